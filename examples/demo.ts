/**
 * A short tour of desir. Uses the server at `REDIS_URL`, or starts a throwaway
 * `redis-server` on a free loopback port when `REDIS_URL` is unset.
 *
 *     deno task demo            # or: ./run demo
 *
 * @module
 */
import { Redis, RedisError } from "../mod.ts";
import { startRedis } from "../tests/harness/mod.ts";

const step = (title: string) => console.log(`\n── ${title}`);

await using server = Deno.env.get("REDIS_URL") ? undefined : await startRedis();
const url = Deno.env.get("REDIS_URL") ?? server!.url;
console.log(
  `desir demo against ${url}${server ? " (a throwaway redis-server)" : ""}`,
);

await using r = new Redis(url);

step("Commands: raw sendCommand, auto-pipelined");
await r.sendCommand(["SET", "demo:greeting", "hello"]);
console.log(
  "GET demo:greeting →",
  await r.sendCommand(["GET", "demo:greeting"]),
);
const started = performance.now();
const replies = await Promise.all(
  Array.from(
    { length: 10_000 },
    (_, i) => r.sendCommand(["INCR", `demo:n:${i % 10}`]),
  ),
);
console.log(
  `10000 INCRs issued in one tick, sent in one write: last reply ${
    replies.at(-1)
  }, ` +
    `${(performance.now() - started).toFixed(0)} ms`,
);
console.log("protocol spoken:", `RESP${r.protocol}`);

step("Pipelines: results in order, an error stays in its slot");
const p = r.pipeline();
p.sendCommand(["SET", "demo:x", "1"]).sendCommand(["INCR", "demo:x"])
  .sendCommand([
    "LPUSH",
    "demo:x",
    "oops",
  ]);
const [ok, two, wrongType] = await p.exec();
console.log(
  ok,
  two,
  `${(wrongType as RedisError).code}: a RedisError in slot 3`,
);

step("Transactions: MULTI/EXEC, and WATCH for optimistic locking");
const tx = r.multi();
tx.sendCommand(["INCR", "demo:visits"]).sendCommand([
  "EXPIRE",
  "demo:visits",
  60,
]);
console.log("EXEC →", await tx.exec());
const watched = r.multi();
await watched.watch("demo:x");
await r.sendCommand(["SET", "demo:x", "changed by someone else"]);
watched.sendCommand(["SET", "demo:x", "mine"]);
console.log("EXEC after a watched key changed →", await watched.exec());

step("Lua scripts: EVALSHA, falling back to EVAL once");
const incrBy = r.script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
console.log("script →", await incrBy.run(["demo:counter"], [5]));
await r.sendCommand(["SCRIPT", "FLUSH"]);
console.log(
  "after SCRIPT FLUSH, still →",
  await incrBy.run(["demo:counter"], [5]),
);

step("Binary-safe values");
const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
await r.sendCommand(["SET", "demo:bytes", bytes]);
const back = await r.with({ bytes: true }).sendCommand<Uint8Array>([
  "GET",
  "demo:bytes",
]);
console.log(`all 256 byte values round-trip: ${back.every((b, i) => b === i)}`);

step("Blocking commands run on their own connection");
const popped = r.sendCommand(["BLPOP", "demo:queue", 5]);
console.log("PING while BLPOP waits →", await r.sendCommand(["PING"]));
await r.sendCommand(["RPUSH", "demo:queue", "job-1"]);
console.log("BLPOP →", await popped);

step("Pub/sub: async iteration and callbacks");
const heard: string[] = [];
const listener = await r.subscribe("demo:news", (m) => heard.push(m.message));
await using news = await r.subscribe("demo:news");
await r.sendCommand(["PUBLISH", "demo:news", "desir speaks RESP3"]);
for await (const m of news) {
  console.log(`iterator got "${m.message}" on ${m.channel}`);
  break;
}
console.log("callback got", heard);
await listener.unsubscribe();

step("Timeouts, AbortSignal and typed errors");
try {
  await r.with({ timeout: 50 }).sendCommand(["BLPOP", "demo:empty", 1]);
} catch (e) {
  console.log(`${(e as Error).name}: ${(e as Error).message}`);
}
try {
  await r.sendCommand(["HSET", "demo:greeting", "f", "v"]);
} catch (e) {
  if (e instanceof RedisError) {
    console.log(`RedisError ${e.code}: ${e.message}`);
  }
}

console.log("\nDone: the client closes gracefully at the end of its scope.");
