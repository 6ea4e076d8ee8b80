/**
 * The types the generated command methods (lib/commands.ts) are written in: keys and
 * tokens, reply shapes (`ScoredMember`, `StreamEntry`, `GeoMatch`), the option-dependent
 * reply (`IfOption`), and the return types of a method on a client or a queue. Kept by
 * hand here, linted and documented as code; the generator only refers to them.
 *
 * @example
 * ```ts
 * import type { RedisKey, ScoredMember } from "@desir/desir/commands";
 * const leader: ScoredMember<string> = ["alice", 42];
 * const key: RedisKey = "board";
 * ```
 *
 * @module
 */

/**
 * A key: a string (sent as UTF-8) or raw bytes.
 *
 * @example
 * ```ts
 * import type { RedisKey } from "@desir/desir/commands";
 * const keys: RedisKey[] = ["user:1", new Uint8Array([0xff, 0x00])];
 * ```
 */
export type RedisKey = string | Uint8Array;

/**
 * The reply type of a client typed `S`: a bytes client's replies are `Uint8Array`s over
 * an `ArrayBuffer` of their own (so `new Response(bytes)` type-checks).
 *
 * @example
 * ```ts
 * import type { Reply } from "@desir/desir";
 * const body: Reply<Uint8Array> = new Uint8Array(4);
 * const response = new Response(body);
 * ```
 */
export type Reply<S extends string | Uint8Array> = S extends string ? S
  : Uint8Array<ArrayBuffer>;

/**
 * A token of the command syntax, in upper or lower case (`"NX"` or `"nx"`); sent upper
 * case.
 *
 * @example
 * ```ts
 * import type { Token } from "@desir/desir/commands";
 * const condition: Token<"NX" | "XX"> = "nx";
 * ```
 */
export type Token<T extends string> = T | Lowercase<T>;

/**
 * A queue whose chained calls track their reply types, so that `exec()` returns a typed
 * tuple: its `~next` is its own type with `this["~reply"]` appended. Type-level only;
 * no such properties exist at run time.
 *
 * @example
 * ```ts
 * import type { Chain } from "@desir/desir/commands";
 * import type { Pipeline } from "@desir/desir";
 * const tracked: Chain = {} as Pipeline;
 * ```
 */
export interface Chain {
  /** The reply type of the call being chained. */
  readonly "~reply": unknown;
  /** The queue's type after that call. */
  readonly "~next": unknown;
}

/**
 * What a hand-written member of a client or a queue returns for a reply `T`: a promise of
 * the reply on a client (`"promise"`), the queue itself (for chaining) on pipelines and
 * transactions (`"chain"`) — retyped, on a {@linkcode Chain}, with the reply added to the
 * tuple its `exec()` returns.
 *
 * @example
 * ```ts
 * import type { Out } from "@desir/desir/commands";
 * const reply: Out<"promise", number, unknown> = Promise.resolve(1);
 * ```
 */
export type Out<Kind extends "promise" | "chain", T, Self> = Kind extends
  "promise" ? Promise<T>
  : Self extends Chain ? (Self & { readonly "~reply": T })["~next"]
  : Self;

/**
 * What a generated method returns in the shared implementation: a promise of the reply
 * on a client; on a queue, the queue, whose exact type each queue class declares with
 * its methods (`Pipeline<S, [...R, T]>`), so it is left open here.
 *
 * @example
 * ```ts
 * import type { Returned } from "@desir/desir/commands";
 * const reply: Returned<"promise", "OK"> = Promise.resolve("OK");
 * ```
 */
export type Returned<Kind extends "promise" | "chain", T> = Kind extends
  "promise" ? Promise<T>
  : unknown;

/**
 * A reply type that depends on a boolean option `F`: `A` when it is `true`, `B` when it
 * is `false` or absent, and either when it is only known as a `boolean` (a variable).
 *
 * @example
 * ```ts
 * import type { IfOption } from "@desir/desir/commands";
 * type WithScores = IfOption<{ withscores: true }, "withscores", [string, number][], string[]>;
 * const reply: WithScores = [["a", 1]];
 * ```
 */
export type IfOption<O, F extends string, A, B> = F extends keyof O
  ? (O extends { [K in F]: true } ? A : true extends O[F] ? A | B : B)
  : B;

/**
 * The options type of a call that passed none: no option is set.
 *
 * @example
 * ```ts
 * import type { NoOptions } from "@desir/desir/commands";
 * const none: NoOptions = {};
 * ```
 */
export type NoOptions = Record<never, never>;

/**
 * A sorted-set member with its score.
 *
 * @example
 * ```ts
 * import type { ScoredMember } from "@desir/desir/commands";
 * const entry: ScoredMember<string> = ["alice", 42];
 * ```
 */
export type ScoredMember<S> = [member: S, score: number];

/**
 * A stream entry: its ID and its fields as `[field, value, field, value, …]`.
 *
 * @example
 * ```ts
 * import type { StreamEntry } from "@desir/desir/commands";
 * const entry: StreamEntry<string> = ["1-0", ["temperature", "21"]];
 * ```
 */
export type StreamEntry<S> = [id: S, fields: S[]];

/**
 * A GEOSEARCH match with the details its WITHDIST, WITHHASH and WITHCOORD options asked
 * for.
 *
 * @example
 * ```ts
 * import type { GeoMatch } from "@desir/desir/commands";
 * const match: GeoMatch<string> = { member: "Paris", distance: 3.2 };
 * ```
 */
export interface GeoMatch<S> {
  /** The member's name. */
  member: S;
  /** Distance from the center, in the query's unit (WITHDIST). */
  distance?: number;
  /** The raw geohash (WITHHASH). */
  hash?: number;
  /** Longitude and latitude (WITHCOORD). */
  coordinates?: [longitude: number, latitude: number];
}

/**
 * Per-call options a generated method passes with its command.
 *
 * @example
 * ```ts
 * import type { CommandHints } from "@desir/desir/commands";
 * const dump: CommandHints = { bytes: true };
 * ```
 */
export interface CommandHints {
  /** Decode this reply's strings as bytes, whatever the client's mode. */
  bytes?: boolean;
}
