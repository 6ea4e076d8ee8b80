import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";
import { Redis } from "../lib/client.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import { KeyPrefix } from "../lib/key_prefix.ts";
import { RedisMap } from "../lib/sugar/redis_map.ts";
import { Connector } from "../lib/sugar/connector.ts";
import { Counter } from "../lib/sugar/counter.ts";
import { commandKeys, commandName } from "../lib/command_keys.ts";
import { RedisError } from "../lib/errors.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import { readTable } from "../gen/generate.ts";
import { methodOf } from "../gen/shape.ts";
import { EXCLUDED } from "../gen/overrides.ts";
import { sampleCalls } from "../gen/samples.ts";
import { argvOf } from "./_recorder.ts";
import {
  type RecordedSocket,
  recordingTransport,
} from "./_recording_transport.ts";

const PRE = "pre:";

/** The server's keys of a call, or none when it refuses to say. */
async function getkeys(
  r: Redis,
  argv: readonly RedisArgument[],
): Promise<string[]> {
  try {
    return await r.sendCommand<string[]>(["COMMAND", "GETKEYS", ...argv]);
  } catch (e) {
    assert.ok(e instanceof RedisError, String(e));
    return [];
  }
}

Deno.test("KeyPrefix prefixes exactly the keys of every keyed command's sample calls", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const prefix = new KeyPrefix(PRE);
  const table = await readTable();
  let checked = 0;
  for (const [name, command] of Object.entries(table.commands)) {
    if (!command.key_specs?.length || Object.hasOwn(EXCLUDED, name)) continue;
    const method = methodOf(name, command);
    for (const call of sampleCalls(method)) {
      const argv = argvOf(method.name, call);
      const { args: wire } = prefix.call(argv, undefined);
      const keys = await getkeys(r, argv);
      const line = argv.join(" ");
      assert.deepEqual(
        await getkeys(r, wire),
        keys.map((k) => PRE + k),
        `keys of ${line}`,
      );
      // Nothing else changes but our key positions (a superset of the server's when
      // it ignores one: Redis 8 reports only the last of GEORADIUS STORE/STOREDIST),
      // and the key patterns of KEYS, SCAN and SORT.
      const patterns = ["keys", "scan", "sort", "sort_ro"];
      if (!patterns.includes(commandName(argv))) {
        const changed = wire.filter((arg, i) => arg !== argv[i]);
        assert.equal(
          changed.length,
          commandKeys(argv).length,
          `arguments of ${line}`,
        );
      }
      checked++;
    }
  }
  assert.ok(checked > 300, `${checked} calls checked`);
});

Deno.test("Redis keyPrefix confines every call to its prefix and strips it from replies", async () => {
  await using server = await startRedis();
  await using plain = new Redis(server.url);
  const sockets: RecordedSocket[] = [];
  await using r = new Redis(server.url, {
    keyPrefix: PRE,
    transport: recordingTransport(sockets),
  });
  // Same names outside the prefix: none may be read or written.
  const decoys = ["a", "b", "l", "d", "s", "q", "z1", "z2", "w_1", "o_1", "c"];
  for (const k of decoys) await plain.set(k, `outside ${k}`);

  await r.set("a", "1");
  assert.equal(await r.get("a"), "1");
  await r.mset({ b: "2" });
  assert.deepEqual(await r.mget("a", "b"), ["1", "2"]);
  await r.rpush("l", "1", "2");
  await r.mset({ w_1: 5, w_2: 1, o_1: "one", o_2: "two" });
  assert.deepEqual(
    await r.sendCommand(["SORT", "l", "BY", "w_*", "GET", "#", "GET", "o_*"]),
    ["2", "two", "1", "one"],
  );
  assert.equal(
    await r.sendCommand(["SORT", "l", "BY", "nosort", "STORE", "d"]),
    2,
  );
  const get = r.script("return redis.call('GET', KEYS[1])");
  assert.equal(await get.run(["a"]), "1");
  assert.equal(await r.eval("return KEYS[1]", ["a"]), `${PRE}a`);
  const id = await r.xadd("s", "*", { f: "v" });
  const streams = await r.xread({ streams: { s: "0" } });
  assert.deepEqual(streams, [["s", [[id, ["f", "v"]]]]]);
  await r.rpush("q", "x", "y");
  assert.deepEqual(await r.blpop(["q"], 1), ["q", "x"]);
  assert.deepEqual(await r.sendCommand(["LMPOP", 1, "q", "LEFT"]), [
    "q",
    ["y"],
  ]);
  await r.zadd("z1", [[1, "m"]]);
  await r.zadd("z2", [[2, "m"]]);
  assert.equal(await r.zunionstore("d", ["z1", "z2"]), 1);
  const [, piped] = await r.pipeline().set("p", "9").get("p").exec();
  assert.equal(piped, "9");
  const tx = r.multi();
  await tx.watch("a");
  tx.incr("c").sendCommand(["BLPOP", "q", 1]);
  assert.deepEqual(await tx.exec(), [1, null]);
  assert.equal(await new Counter(r, "n").next(), 1);
  const map = new RedisMap<number>(r, "m");
  await map.set("f", 1);
  assert.equal(await map.get("f"), 1);
  assert.deepEqual(await Array.fromAsync(map.entries()), [["f", 1]]);
  const box = new Connector(r, "box");
  await box.send("box", "hi"); // RPUSH, then BLPOP on a pooled connection
  assert.equal((await box.receive({ timeout: 1000 }))?.value, "hi");
  const view = r.with({ keyPrefix: "t1:" });
  await view.set("a", "tenant");
  assert.equal(await plain.get(`${PRE}t1:a`), "tenant");

  const mine = (await r.keys("*")).sort();
  assert.ok(mine.includes("a") && mine.includes("t1:a") && mine.includes("c"));
  assert.ok(mine.every((k) => !k.startsWith(PRE)));
  const scanned: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await r.sendCommand<[string, string[]]>([
      "SCAN",
      cursor,
    ]);
    scanned.push(...keys);
    cursor = next;
  } while (cursor !== "0");
  assert.deepEqual(scanned.sort(), mine);
  assert.deepEqual(
    (await r.with({ bytes: true }).keys("t1:*")).map((k) =>
      new TextDecoder().decode(k)
    ),
    ["t1:a"],
  );

  // Nothing outside the prefix was read or written.
  for (const k of decoys) assert.equal(await plain.get(k), `outside ${k}`);
  const all = await plain.keys("*");
  assert.equal(all.filter((k) => !k.startsWith(PRE)).length, decoys.length);
  let commands = 0;
  for (const argv of sockets.flatMap((s) => s.commands)) {
    if (["hello", "client setinfo", "ping"].includes(commandName(argv))) {
      continue;
    }
    for (const key of await getkeys(plain, argv)) {
      assert.ok(key.startsWith(PRE), `${argv.join(" ")} touches ${key}`);
    }
    commands++;
  }
  assert.ok(commands > 25, `${commands} commands on the wire`);
});

Deno.test("Redis keyPrefix refuses a prefix that is a pattern, and commands it cannot place", async () => {
  assert.throws(() => new Redis({ keyPrefix: "a*" }), TypeError);
  await using plain = new Redis();
  assert.throws(() => plain.with({ keyPrefix: "" }), TypeError);
  await using r = new Redis({ keyPrefix: "app:" });
  // A module's command: where its keys are is unknown, so it is refused, unsent.
  await assert.rejects(
    r.sendCommand(["JSON.SET", "doc", "$", "{}"]),
    /JSON\.SET is not in desir's command table/,
  );
  assert.throws(() => r.pipeline().sendCommand(["JSON.GET", "doc"]), TypeError);
});

Deno.test("RedisCluster keyPrefix hashes the prefixed key and keeps hash tags working", async () => {
  await using cluster = await startCluster();
  await using c = new RedisCluster({
    nodes: [cluster.nodes[0].url],
    keyPrefix: PRE,
  });
  await using plain = new RedisCluster({ nodes: [cluster.nodes[0].url] });
  await c.set("{u1}:a", "1");
  await c.set("{u1}:b", "2");
  assert.deepEqual(await c.mget("{u1}:a", "{u1}:b"), ["1", "2"]);
  await c.set("k", "v");
  assert.equal(await plain.get(`${PRE}k`), "v");
  assert.equal(
    await plain.clusterKeyslot(`${PRE}k`),
    keySlot(`${PRE}k`),
  );
  const tx = c.multi();
  await tx.watch("{u1}:a");
  tx.incr("{u1}:n").get("{u1}:a");
  assert.deepEqual(await tx.exec(), [1, "1"]);
  const keys: string[] = [];
  for await (const key of c.scanIterator()) keys.push(key);
  // Each key once: a slot-less master (a node not yet made a replica) is not walked.
  assert.deepEqual(keys.sort(), [
    "k",
    "{u1}:a",
    "{u1}:b",
    "{u1}:n",
  ]);
  assert.deepEqual((await c.keys("{u1}:*")).sort(), [
    "{u1}:a",
    "{u1}:b",
    "{u1}:n",
  ]);
  assert.deepEqual(
    (await plain.keys("*")).sort(),
    [`${PRE}k`, `${PRE}{u1}:a`, `${PRE}{u1}:b`, `${PRE}{u1}:n`],
  );
});

Deno.test("Redis keyPrefix works as in the README", async () => {
  await using server = await startRedis();
  await using plain = new Redis(server.url);
  await using r = new Redis(server.url, { keyPrefix: "app:" });
  await r.set("user:1", "ada");
  assert.equal(await plain.get("app:user:1"), "ada");
  assert.equal(await r.eval("return KEYS[1]", ["user:1"]), "app:user:1");
  assert.deepEqual(await r.keys("user:*"), ["user:1"]);
  const tenant = r.with({ keyPrefix: "t1:" });
  await plain.rpush("app:t1:jobs", "j1");
  assert.deepEqual(await tenant.blpop(["jobs"], 1), ["jobs", "j1"]);
});

Deno.test("Redis keyPrefix with a bcast cache tracks the prefixed keys", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, {
    keyPrefix: PRE,
    cache: { mode: "bcast", prefixes: ["user:"] },
  });
  await using w = new Redis(server.url);
  await w.mset({ [`${PRE}user:1`]: "ada", [`${PRE}other`]: "x" });
  for (let i = 0; i < 2; i++) {
    assert.equal(await r.get("user:1"), "ada");
    assert.equal(await r.get("other"), "x");
  }
  assert.equal(r.cache!.stats.hits, 1);
  await w.set(`${PRE}user:1`, "grace");
  await r.ping();
  assert.equal(await r.get("user:1"), "grace");
});
