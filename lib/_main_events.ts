/**
 * What a `Redis` client does when its main connection connects, is ready, fails,
 * reconnects, closes or hears a push frame: its events, and a reset of its client-side
 * cache whenever invalidations may have been missed.
 *
 * @module
 */
import type { ConnectionEvents } from "./_connection_events.ts";
import type { ClientCache } from "./cache/client_cache.ts";
import type { RespValue } from "./resp/decode.ts";

/** The `detail` of each event the main connection makes a `Redis` client dispatch. */
export interface MainEventDetails {
  connect: undefined;
  ready: undefined;
  error: Error;
  reconnecting: { attempt: number; delay: number };
  close: undefined;
  push: RespValue[];
}

/** Dispatches one of the client's events. */
export type Emit = <K extends keyof MainEventDetails>(
  type: K,
  detail: MainEventDetails[K],
) => void;

/**
 * The main connection's events, as methods of one small object: six arrow functions and
 * their object cost ~0.3 KiB on every client.
 */
export class MainEvents implements Omit<ConnectionEvents, "reply"> {
  constructor(
    private readonly emit: Emit,
    private readonly cache: ClientCache | undefined,
  ) {}

  // Invalidations may have been missed whenever the connection drops or is new.
  connect(): void {
    this.cache?.reset();
    this.emit("connect", undefined);
  }

  ready(): void {
    this.emit("ready", undefined);
  }

  error(error: Error): void {
    this.cache?.reset();
    this.emit("error", error);
  }

  reconnecting(attempt: number, delay: number): void {
    this.emit("reconnecting", { attempt, delay });
  }

  close(): void {
    this.cache?.reset();
    this.emit("close", undefined);
  }

  push(frame: RespValue[]): void {
    if (!this.cache?.push(frame)) this.emit("push", frame);
  }
}
