/**
 * What a subscriber connection's replies mean: the (un)subscribe commands and the frames
 * that confirm them, which RESP2 replies are pub/sub frames (`subscribedReplies`), and
 * which command an error reply answers. A confirmation frame names its channel, but an
 * error reply (a refused SUBSCRIBE: NOPERM, MOVED; or, on Valkey's development branch,
 * `NOSUB` for an UNSUBSCRIBE on a connection that is not subscribed) names nothing: only
 * the order of what was written tells whose it is.
 *
 * @module
 */
import { RedisError } from "./errors.ts";
import type { RespValue } from "./resp/decode.ts";
import { text } from "./_text.ts";

/** The three kinds of subscription: channels, patterns, and shard channels. */
export type SubscriptionKind = "channel" | "pattern" | "shard";

/** One (un)subscribe command written on the connection. @internal */
export interface SentCommand {
  readonly kind: SubscriptionKind;
  /** SUBSCRIBE and friends (true), or UNSUBSCRIBE and friends (false). */
  readonly subscribe: boolean;
  /** The names it named, in order. */
  readonly names: readonly string[];
}

/** Every kind, in the order a subscriber re-subscribes them. @internal */
export const KINDS: readonly SubscriptionKind[] = [
  "channel",
  "pattern",
  "shard",
];

/** The commands that start and stop each kind of subscription. @internal */
export const COMMANDS = {
  channel: ["SUBSCRIBE", "UNSUBSCRIBE"],
  pattern: ["PSUBSCRIBE", "PUNSUBSCRIBE"],
  shard: ["SSUBSCRIBE", "SUNSUBSCRIBE"],
} as const;

/** The confirmation frames, by name: the kind and direction each confirms. @internal */
export const FRAMES: Record<
  string,
  { kind: SubscriptionKind; subscribe: boolean }
> = {
  subscribe: { kind: "channel", subscribe: true },
  psubscribe: { kind: "pattern", subscribe: true },
  ssubscribe: { kind: "shard", subscribe: true },
  unsubscribe: { kind: "channel", subscribe: false },
  punsubscribe: { kind: "pattern", subscribe: false },
  sunsubscribe: { kind: "shard", subscribe: false },
};

interface Pending extends SentCommand {
  /** Names not yet confirmed, one entry per frame still due. */
  due: string[];
}

/**
 * The commands written on one connection and not yet answered, oldest first. The server
 * answers commands in order: a command is answered by one frame per name, or by a single
 * error.
 * @internal
 */
export class SentCommands {
  #pending: Pending[] = [];

  /** A new socket: what was written on the old one will never be answered. */
  reset(): void {
    this.#pending = [];
  }

  /** Records a command just written. */
  sent(command: SentCommand): void {
    this.#pending.push({ ...command, due: [...command.names] });
  }

  /**
   * A confirmation frame (`subscribe`, `sunsubscribe`, ... and its name): it answers the
   * oldest command only if it is one of that command's own frames. Others (a node that
   * drops a shard channel whose slot moved) answer nothing.
   */
  confirmed(frame: string, name: string): void {
    const expected = FRAMES[frame];
    const oldest = this.#pending[0];
    if (
      !expected || !oldest || oldest.kind !== expected.kind ||
      oldest.subscribe !== expected.subscribe
    ) return;
    const index = oldest.due.indexOf(name);
    if (index === -1) return;
    oldest.due.splice(index, 1);
    if (oldest.due.length === 0) this.#pending.shift();
  }

  /**
   * An error reply: the refusal of the oldest command, if nothing of it was answered yet.
   * Undefined when no command waits for one (the error answers nothing the client sent).
   */
  refused(): SentCommand | undefined {
    const oldest = this.#pending[0];
    if (!oldest || oldest.due.length !== oldest.names.length) return undefined;
    this.#pending.shift();
    return oldest;
  }
}

/** What a RESP2 pub/sub frame starts with: a message kind, or a command it confirms. */
const PUBSUB_KINDS = new Set([
  "message",
  "pmessage",
  "smessage",
  ...Object.keys(FRAMES),
]);

/**
 * The reply hook of a subscriber's connection (`ConnectionEvents.reply`). In RESP2's
 * subscribed mode messages and (un)subscribe confirmations come as plain arrays, not push
 * frames: they go to `push`. A refused SUBSCRIBE (NOPERM, CROSSSLOT) gets an error as its
 * only reply, which no command waits for: it goes to `refused`.
 * @internal
 */
export function subscribedReplies(
  push: (frame: RespValue[]) => void,
  refused: (error: RedisError) => void = () => {},
): (reply: RespValue, waiting: number) => boolean {
  return (reply, waiting) => {
    if (isPubSubFrame(reply)) push(reply);
    else if (reply instanceof RedisError && waiting === 0) refused(reply);
    else return false;
    return true;
  };
}

function isPubSubFrame(value: RespValue): value is RespValue[] {
  return Array.isArray(value) && value.length >= 3 &&
    PUBSUB_KINDS.has(text(value[0]));
}
