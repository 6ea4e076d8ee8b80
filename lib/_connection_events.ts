/**
 * What a connection goes through and what it tells its owner.
 *
 * @module
 */
import type { RespValue } from "./resp/decode.ts";

/** The states a connection goes through. */
export type ConnectionState =
  | "idle"
  | "connecting"
  | "ready"
  | "reconnecting"
  | "closed";

/** Events a connection reports to its owner. */
export interface ConnectionEvents {
  connect(): void;
  ready(): void;
  error(error: Error): void;
  reconnecting(attempt: number, delay: number): void;
  close(): void;
  push(frame: RespValue[]): void;
  /**
   * Offered every reply before the command that waits for it (`waiting`: how many do):
   * true when it took the reply. A subscriber's connection claims RESP2 pub/sub frames
   * and refused (un)subscribes this way (`subscribedReplies` in _pubsub_replies.ts).
   */
  reply(reply: RespValue, waiting: number): boolean;
}
