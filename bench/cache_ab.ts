/**
 * What the client-side cache itself costs per call, without a socket: a hit of
 * `GET key`, and a miss of `GET key` followed by the `SET key` that drops its entry
 * (the two calls whose cost the `mixed` shape of bench/cache_bench.ts adds to a round
 * trip), this checkout's against `base`'s (desir built from another checkout). Each
 * round times both, alternating which goes first; prints the best time per call of
 * each and the median ratio with its range (above 1: this checkout is faster).
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/cache_ab.ts /tmp/desir_base [rounds]
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { importBase } from "./_base_checkout.ts";

/** The part of a client's cache this bench calls (internal, the same in both trees). */
type Cache = {
  request(
    args: readonly string[],
    parse: undefined,
    options: undefined,
    connection: Sender,
  ): Promise<unknown> | undefined;
};
type Sender = {
  send(
    args: readonly string[],
    target: { resolve(value: unknown): void },
  ): void;
};

const [basePath, roundsArg] = Deno.args;
const { Redis: BaseRedis } = await importBase<{ Redis: typeof Redis }>(
  basePath,
  "deno run --allow-all bench/cache_ab.ts <base checkout> [rounds]",
);
const rounds = Number(roundsArg ?? 15);
const KEYS = 1000;
const CALLS = 200_000;
const keys = Array.from({ length: KEYS }, (_, i) => `hot:${i}`);
const VALUE = "x".repeat(100);
// Answers at once, as the server would: the value for a GET, OK for a SET.
const server: Sender = {
  send: (args, target) => target.resolve(args[0] === "GET" ? VALUE : "OK"),
};

/** ns per call of a hit, and of a miss with the write that drops it. */
function time(cache: Cache): { hit: number; missWrite: number } {
  let start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    const key = keys[i % KEYS];
    cache.request(["GET", key], undefined, undefined, server);
    cache.request(["SET", key, VALUE], undefined, undefined, server);
  }
  const missWrite = (performance.now() - start) / CALLS * 1e6;
  for (const key of keys) {
    cache.request(["GET", key], undefined, undefined, server);
  }
  start = performance.now();
  for (let i = 0; i < CALLS; i++) {
    cache.request(["GET", keys[i % KEYS]], undefined, undefined, server);
  }
  return { hit: (performance.now() - start) / CALLS * 1e6, missWrite };
}

// Clients that never connect: only their caches are called.
const caches = {
  this: new Redis({ cache: {} }).cache as unknown as Cache,
  base: new BaseRedis({ cache: {} }).cache as unknown as Cache,
};
const runs = {
  this: [] as ReturnType<typeof time>[],
  base: [] as ReturnType<typeof time>[],
};
for (let round = 0; round < rounds; round++) {
  const order = round % 2
    ? (["base", "this"] as const)
    : (["this", "base"] as const);
  for (const tree of order) runs[tree].push(time(caches[tree]));
}
for (const kind of ["hit", "missWrite"] as const) {
  const ratios = runs.base.map((b, i) => b[kind] / runs.this[i][kind]).sort((
    a,
    b,
  ) => a - b);
  const best = (tree: "this" | "base") =>
    Math.min(...runs[tree].map((r) => r[kind]));
  console.log(
    `${kind === "hit" ? "GET hit" : "GET miss + SET"}: this ${
      best("this").toFixed(0)
    } ns, base ${
      best("base").toFixed(0)
    } ns (best of ${rounds}); base/this median ${
      ratios[rounds >> 1].toFixed(2)
    }× (${ratios[0].toFixed(2)}–${ratios.at(-1)!.toFixed(2)})`,
  );
}
