/**
 * Lua scripts run by SHA-1 (EVALSHA), loading the source only when the server lacks it.
 *
 * @module
 */

import { RedisError } from "./errors.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";

/**
 * A Lua script. Create it with `r.script(source)`; run it with `script.run(keys, args)` or
 * queue it in a pipeline or transaction with `p.evalScript(script, keys, args)`.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * const incrBy = r.script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
 * console.log(await incrBy.run(["counter"], [5]));
 * ```
 */
export class Script {
  /** The Lua source. */
  readonly source: string;
  #sha: Promise<string> | undefined;
  #hex: string | undefined;

  /** Wraps `source`; nothing is sent until the script runs. */
  constructor(source: string) {
    if (typeof source !== "string" || source.length === 0) {
      throw new TypeError(
        "A script needs its Lua source as a non-empty string",
      );
    }
    this.source = source;
  }

  /** The script's SHA-1 in hex, as `SCRIPT LOAD` returns it. */
  sha1(): Promise<string> {
    return this.#sha ??= crypto.subtle.digest(
      "SHA-1",
      new TextEncoder().encode(this.source),
    )
      .then((digest) =>
        this.#hex = Array.from(
          new Uint8Array(digest),
          (b) => b.toString(16).padStart(2, "0"),
        ).join("")
      );
  }

  /**
   * The SHA-1 once `sha1()` has computed it, for callers that must send without waiting
   * (a wait would let commands issued later overtake theirs).
   * @internal
   */
  get knownSha1(): string | undefined {
    return this.#hex;
  }
}

/** A script bound to the client that made it: `run(keys, args)` runs it there. */
export interface BoundScript extends Script {
  /** Runs the script with these keys and arguments. */
  run<T = RespValue>(
    keys?: readonly RedisArgument[],
    args?: readonly RedisArgument[],
  ): Promise<T>;
}

/** Gives `script` a `run` that goes through `evalScript`. @internal */
export function bindScript(
  script: Script,
  evalScript: <T>(
    script: Script,
    keys: readonly RedisArgument[],
    args: readonly RedisArgument[],
  ) => Promise<T>,
): BoundScript {
  return Object.assign(script, {
    run: <T>(
      keys: readonly RedisArgument[] = [],
      args: readonly RedisArgument[] = [],
    ) => evalScript<T>(script, keys, args),
  });
}

/** Runs a script through `send`: EVALSHA, then EVAL once if the server answers NOSCRIPT. @internal */
export async function runScript<T>(
  send: (args: readonly RedisArgument[]) => Promise<T>,
  script: Script,
  keys: readonly RedisArgument[],
  args: readonly RedisArgument[],
): Promise<T> {
  // Without a wait when the SHA-1 is known, so later calls cannot overtake this one.
  const sha = script.knownSha1 ?? await script.sha1();
  const tail = [keys.length, ...keys, ...args];
  try {
    return await send(["EVALSHA", sha, ...tail]);
  } catch (e) {
    if (!(e instanceof RedisError) || e.code !== "NOSCRIPT") throw e;
    return await send(["EVAL", script.source, ...tail]);
  }
}
