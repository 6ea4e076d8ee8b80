/**
 * What the generated methods' runtime argument checks cost on the hot path: each method
 * builds its argument array against a `Commands` whose `command` hands it straight back,
 * so no socket or server is timed — only the encoder and its checks.
 *
 * Run: `deno bench bench/command_checks.ts` (compare against the previous commit's run).
 *
 * @module
 */
import { type CommandHints, Commands } from "../commands.ts";
import type { RedisArgument } from "../mod.ts";

/** Returns the argument array instead of sending it. */
class Encoder extends Commands<"promise", string> {
  protected override command(
    args: RedisArgument[],
    _parse?: (reply: unknown) => unknown,
    _hints?: CommandHints,
  ): Promise<never> {
    last = args;
    return done;
  }
}

const done = Promise.resolve() as Promise<never>;
/** The last argument array, kept so that building it is not optimized away. */
export let last: RedisArgument[] = [];
const r = new Encoder();

Deno.bench("get(key)", () => {
  r.get("k");
});
Deno.bench("set(key, value)", () => {
  r.set("k", "v");
});
Deno.bench("set(key, value, { ex })", () => {
  r.set("k", "v", { ex: 10 });
});
Deno.bench("zrange(key, 0, -1, { withscores })", () => {
  r.zrange("k", 0, -1, { withscores: true });
});
Deno.bench("zadd(key, pairs, { condition })", () => {
  r.zadd("k", [[1, "a"]], { condition: "nx" });
});
Deno.bench("del(key)", () => {
  r.del("k");
});
Deno.bench("mget(a, b)", () => {
  r.mget("a", "b");
});
Deno.bench("hset(key, { field })", () => {
  r.hset("h", { f: "v" });
});
