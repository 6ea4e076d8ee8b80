import assert from "node:assert/strict";
import { type ClusterNode, startCluster } from "./harness/cluster.ts";
import { type FakeServer, startFakeServer } from "./harness/mod.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { ClusterError } from "../lib/errors.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import { ConnectionError, RedisError } from "../lib/errors.ts";
import { Connector } from "../lib/sugar/connector.ts";
import { Counter } from "../lib/sugar/counter.ts";
import { RedisMap } from "../lib/sugar/redis_map.ts";
import { RedisList } from "../lib/sugar/redis_list.ts";
import { RedisSet } from "../lib/sugar/redis_set.ts";
import { assertNoUnwatchedExec } from "./_unwatched_exec.ts";
import type { PubSubMessage } from "../lib/subscription.ts";
import { DEADLINE_MS, within } from "./_wait.ts";

/** `calls` of one command in a node's `INFO commandstats`. */
async function calls(node: ClusterNode, command: string): Promise<number> {
  const info = await node.call<string>(["INFO", "commandstats"]);
  return Number(
    info.match(new RegExp(`cmdstat_${command}:calls=(\\d+)`))?.[1] ?? 0,
  );
}

/** The next message of a subscription, failing when none comes. */
async function next<S extends string | Uint8Array>(
  sub: AsyncIterable<PubSubMessage<S>>,
): Promise<PubSubMessage<S>> {
  const iterator = sub[Symbol.asyncIterator]();
  return (await within(iterator.next(), "the next message")).value!;
}

Deno.test("RedisCluster on a 3-master, 3-replica cluster", async (t) => {
  await using cluster = await startCluster();
  const flush = () =>
    Promise.all(cluster.nodes.map((n) => n.call(["FLUSHALL"]).catch(() => {})));

  await t.step(
    "RedisCluster routes 10k keys to the node CLUSTER KEYSLOT and CLUSTER NODES name",
    async () => {
      await using c = new RedisCluster({ nodes: [cluster.urls[0]] });
      const keys = Array.from(
        { length: 10_000 },
        (_, i) => `key:${i}:${Math.random()}`,
      );
      await Promise.all(keys.map((k) => c.set(k, k)));
      const owners = await cluster.slotOwners();
      const slots = await Promise.all(
        keys.map((k) =>
          cluster.nodes[0].call<number>(["CLUSTER", "KEYSLOT", k])
        ),
      );
      const expected = new Map<ClusterNode, string[]>();
      keys.forEach((k, i) => {
        const owner = owners[slots[i]]!;
        expected.set(owner, [...(expected.get(owner) ?? []), k]);
      });
      assert.equal(expected.size, 3);
      for (const [node, mine] of expected) {
        const held = await node.call<string[]>(["KEYS", "*"]);
        assert.deepEqual(held.sort(), mine.sort(), `keys on ${node.port}`);
      }
      assert.equal(await c.dbsize(), 10_000);
      await flush();
    },
  );

  await t.step(
    "RedisCluster splits MGET, MSET, DEL, EXISTS, TOUCH and UNLINK across slots, in key order",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      const keys = Array.from({ length: 50 }, (_, i) => `k${i}`);
      assert.ok(new Set(keys.map(keySlot)).size > 40);
      assert.equal(await c.mset(keys.map((k) => [k, `v:${k}`] as const)), "OK");
      assert.deepEqual(
        await c.mget(...keys, "missing"),
        [...keys.map((k) => `v:${k}`), null],
      );
      assert.equal(await c.exists(...keys, "missing", keys[0]), 51);
      assert.equal(await c.touch(...keys), 50);
      assert.equal(await c.del(...keys.slice(0, 20)), 20);
      assert.equal(await c.unlink(...keys), 30);
      assert.equal(await c.msetnx({ "a{1}": 1, "b{2}": 2 }), 1);
      assert.equal(await c.msetnx({ "a{1}": 1, "c{3}": 3 }), 0); // agg_min: one existed
      await flush();
    },
  );

  await t.step(
    "RedisCluster follows the command tips of keyless commands",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => c.set(`n${i}`, i)),
      );
      assert.equal(await c.dbsize(), 30); // agg_sum over every master
      assert.equal((await c.keys("n*")).length, 30); // every master's keys
      assert.equal(await c.ping(), "PONG"); // all_succeeded
      assert.match((await c.randomkey())!, /^n\d+$/);
      // SCRIPT LOAD goes to every node, SCRIPT EXISTS is true only if all have it.
      const sha = await c.scriptLoad("return 1");
      assert.deepEqual(await c.scriptExists(sha, "0".repeat(40)), [1, 0]);
      for (const node of cluster.nodes) {
        assert.deepEqual(await node.call(["SCRIPT", "EXISTS", sha]), [1]);
      }
      await c.configSet({ "slowlog-max-len": "129" }); // all_nodes
      for (const node of cluster.nodes) {
        const [, value] = await node.call<string[]>([
          "CONFIG",
          "GET",
          "slowlog-max-len",
        ]);
        assert.equal(value, "129");
      }
      assert.equal(await c.flushall(), "OK"); // all_shards
      assert.equal(await c.dbsize(), 0);
      assert.equal(await c.wait(1, DEADLINE_MS), 1); // agg_min over every master
    },
  );

  await t.step(
    "RedisCluster refuses cross-slot commands and SCAN with a ClusterError that says what to do",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      await assert.rejects(c.sunion("a", "b"), (e) => {
        assert.ok(e instanceof ClusterError);
        assert.equal(e.code, "CROSSSLOT");
        assert.match(e.message, /hash tag/);
        return true;
      });
      assert.deepEqual(await c.sunion("{u}a", "{u}b"), []);
      await assert.rejects(c.scan(0), (e) => {
        assert.ok(e instanceof ClusterError && e.code === "UNSUPPORTED");
        assert.match(e.message, /scanIterator/);
        return true;
      });
    },
  );

  await t.step(
    "RedisCluster pipelines commands to several nodes and returns results in order",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      const p = c.pipeline();
      for (let i = 0; i < 100; i++) p.incrby(`p${i}`, i);
      p.sendCommand(["LPUSH", "p1", "x"]); // WRONGTYPE stays in its slot
      p.mget("p1", "p2", "p3");
      const script = c.script("return redis.call('GET', KEYS[1])");
      p.evalScript(script, ["p7"]);
      assert.equal(p.length, 103);
      const results = await p.exec();
      assert.deepEqual(
        results.slice(0, 100),
        Array.from({ length: 100 }, (_, i) => i),
      );
      assert.ok(
        results[100] instanceof RedisError && results[100].code === "WRONGTYPE",
      );
      assert.deepEqual(results.slice(101), [["1", "2", "3"], "7"]);
      await flush();
    },
  );

  await t.step(
    "RedisCluster runs a transaction on the master of its one slot",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      const results = await c.multi()
        .set("order:{7}:state", "new")
        .incr("order:{7}:count")
        .hgetall("order:{7}:missing")
        .exec();
      assert.deepEqual(results, ["OK", 1, Object.create(null)]);
      const owner = await cluster.ownerOf(keySlot("order:{7}:count"));
      assert.equal(await owner.call(["GET", "order:{7}:count"]), "1");
      await assert.rejects(c.multi().incr("a").incr("b").exec(), (e) => {
        assert.ok(e instanceof ClusterError && e.code === "CROSSSLOT");
        assert.match(e.message, /one slot/);
        return true;
      });
      // Nothing was sent: neither key exists.
      assert.equal(await c.exists("a", "b"), 0);
      await flush();
    },
  );

  await t.step("RedisCluster watches keys of one slot", async () => {
    await using c = new RedisCluster({ nodes: cluster.urls });
    await c.set("acct:{1}:balance", 100);
    const tx = c.multi();
    await tx.watch("acct:{1}:balance");
    await c.set("acct:{1}:balance", 50); // another writer
    tx.decrby("acct:{1}:balance", 10);
    assert.equal(await tx.exec(), null);
    const again = c.multi();
    await again.watch("acct:{1}:balance");
    again.decrby("acct:{1}:balance", 10).rpush("acct:{1}:log", "-10");
    assert.deepEqual(await again.exec(), [40, 1]);
    await assert.rejects(
      c.multi().watch("acct:{1}:balance", "other"),
      ClusterError,
    );
    await flush();
  });

  await t.step(
    "RedisCluster exec after an exec that failed on a bad argument refuses to run unwatched",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      await assertNoUnwatchedExec(c, "acct:{2}:balance");
      await flush();
    },
  );

  await t.step("RedisCluster scanIterator walks every master", async () => {
    await using c = new RedisCluster({ nodes: cluster.urls });
    await Promise.all(
      Array.from({ length: 300 }, (_, i) => c.set(`scan:${i}`, i)),
    );
    await c.rpush("scan:list", "x");
    const seen: string[] = [];
    for await (const key of c.scanIterator({ match: "scan:*", count: 50 })) {
      seen.push(key);
    }
    assert.equal(seen.length, 301);
    assert.equal(new Set(seen).size, 301);
    const lists: string[] = [];
    for await (const key of c.scanIterator({ type: "list" })) lists.push(key);
    assert.deepEqual(lists, ["scan:list"]);
    await flush();
  });

  await t.step(
    "RedisCluster reads from replicas with readFrom: replica, and writes to masters",
    async () => {
      await using c = new RedisCluster({
        nodes: cluster.urls,
        readFrom: "replica",
      });
      const masters = await cluster.masters();
      const replicas = cluster.nodes.filter((n) => !masters.includes(n));
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => c.set(`r${i}`, i)),
      );
      await c.wait(1, DEADLINE_MS);
      const before = await Promise.all(
        cluster.nodes.map((n) => calls(n, "get")),
      );
      const values = await Promise.all(
        Array.from({ length: 30 }, (_, i) => c.get(`r${i}`)),
      );
      assert.deepEqual(values, Array.from({ length: 30 }, (_, i) => String(i)));
      const after = await Promise.all(
        cluster.nodes.map((n) => calls(n, "get")),
      );
      const delta = (n: ClusterNode) =>
        after[cluster.nodes.indexOf(n)] - before[cluster.nodes.indexOf(n)];
      assert.equal(replicas.reduce((sum, n) => sum + delta(n), 0), 30);
      assert.equal(masters.reduce((sum, n) => sum + delta(n), 0), 0);
      await flush();
    },
  );

  await t.step(
    "RedisCluster rejects a subscribe refused by an ACL with NOPERM, and subscribes on",
    async () => {
      const acl = ["~*", "resetchannels", "&allowed*", "+@all"];
      await Promise.all(
        cluster.nodes.map((n) =>
          n.call(["ACL", "SETUSER", "app", "on", ">pw", ...acl])
        ),
      );
      try {
        await using c = new RedisCluster({
          nodes: cluster.urls,
          username: "app",
          password: "pw",
        });
        for (
          const refused of [
            await c.subscribe("forbidden").catch((e) => e),
            await c.ssubscribe("forbidden{1}").catch((e) => e),
            await c.psubscribe("forbidden.*").catch((e) => e),
          ]
        ) {
          assert.ok(refused instanceof RedisError, String(refused));
          assert.equal(refused.code, "NOPERM");
        }
        await using allowed = await c.subscribe("allowed");
        await using shard = await c.ssubscribe("allowed{1}");
        await c.publish("allowed", "hi");
        assert.deepEqual(await next(allowed), {
          channel: "allowed",
          message: "hi",
        });
        await c.spublish("allowed{1}", "shard hi");
        assert.deepEqual(await next(shard), {
          channel: "allowed{1}",
          message: "shard hi",
        });
      } finally {
        await Promise.all(
          cluster.nodes.map((n) => n.call(["ACL", "DELUSER", "app"])),
        );
      }
    },
  );

  await t.step(
    "RedisCluster subscribes to channels, patterns and shard channels",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      await using news = await c.subscribe("news");
      await using all = await c.psubscribe("news.*");
      const channels = [
        "orders:{1}",
        "orders:{2}",
        "orders:{3}",
        "orders:{1}:x",
      ];
      assert.ok(new Set(channels.map(keySlot)).size >= 3);
      await using orders = await c.ssubscribe(channels);
      // PUBLISH counts the receivers on its own node only; the bus forwards it to the rest.
      await c.publish("news", "hello");
      assert.deepEqual(await next(news), { channel: "news", message: "hello" });
      await c.publish("news.eu", "bonjour");
      assert.deepEqual(await next(all), {
        channel: "news.eu",
        message: "bonjour",
        pattern: "news.*",
      });
      for (const channel of channels) {
        assert.equal(await c.spublish(channel, `to ${channel}`), 1);
        assert.deepEqual(await next(orders), {
          channel,
          message: `to ${channel}`,
        });
      }
      // Each shard channel is held by the master of its slot.
      const slot = keySlot("orders:{2}");
      const owner = await cluster.ownerOf(slot);
      assert.deepEqual(
        await owner.call(["PUBSUB", "SHARDNUMSUB", "orders:{2}"]),
        ["orders:{2}", 1],
      );
    },
  );

  await t.step(
    "RedisCluster runs a Connector send/receive and an RPC call",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      await new Connector(c, "toto").send("tata", [1, 2, { a: 3 }]);
      const m = await new Connector(c, "tata").receive({
        timeout: DEADLINE_MS,
      });
      assert.deepEqual(m?.value, [1, 2, { a: 3 }]);
      assert.equal(m?.from, "toto");

      const worker = new Connector(c, "math")
        .register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0));
      const stop = new AbortController();
      const serving = worker.worker({ signal: stop.signal, concurrency: 2 });
      const caller = new Connector(c);
      const math = caller.proxy<{ add(...n: number[]): number }>("math", {
        timeout: 5000,
      });
      assert.equal(await math.add(10, 20, 30, 40, 50), 150);
      assert.equal(
        await caller.call("math", ["add", 1, 2], { timeout: 5000 }),
        3,
      );
      stop.abort();
      await serving;
      await flush();
    },
  );

  await t.step("RedisCluster backs counters and collections", async () => {
    await using c = new RedisCluster({ nodes: cluster.urls });
    const counter = new Counter(c, "ids", { seed: 10 });
    assert.equal(await counter.next(), 11);
    const map = new RedisMap(c, "map");
    await map.set("a", { x: 1 });
    assert.deepEqual(await map.get("a"), { x: 1 });
    const set = new RedisSet(c, "set");
    await set.add(new Date(0));
    assert.equal(await set.size(), 1);
    const list = new RedisList(c, "list");
    await list.push(1, 2, 3);
    assert.deepEqual(await list.toArray(), [1, 2, 3]);
    await flush();
  });

  await t.step(
    "RedisCluster returns bytes from a with({ bytes: true }) view",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls });
      const bytes = new Uint8Array([0, 255, 128, 10]);
      await c.set(bytes, bytes);
      assert.deepEqual(await c.with({ bytes: true }).get(bytes), bytes);
      assert.deepEqual(await c.with({ bytes: true }).mget(bytes, "none"), [
        bytes,
        null,
      ]);
      await flush();
    },
  );

  await t.step(
    "RedisCluster rejects commands after close and leaves nothing open",
    async () => {
      const c = new RedisCluster({ nodes: cluster.urls });
      await c.set("x", 1);
      await c.close();
      await assert.rejects(
        c.get("x"),
        (e) => e instanceof ConnectionError && e.code === "CLOSED",
      );
    },
  );

  await t.step(
    "RedisCluster says clearly when no node can be reached",
    async () => {
      await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:1"] });
      await assert.rejects(c.get("x"), (e) => {
        assert.ok(e instanceof ConnectionError);
        assert.match(
          e.message,
          /Cannot learn the cluster's slots .*127\.0\.0\.1:1/,
        );
        return true;
      });
    },
  );
});

/** Answers every command of the first connection to `fake` with `answer(command)`. */
async function serve(
  fake: FakeServer,
  answer: (command: string[]) => string,
): Promise<void> {
  const conn = await fake.accept();
  for (;;) {
    const [command] = await conn.commands(1).catch(() => [undefined]);
    if (!command) return;
    await conn.write(
      command[0] === "HELLO"
        ? "%2\r\n+server\r\n+fake\r\n+proto\r\n:3\r\n"
        : answer(command),
    );
  }
}

Deno.test("RedisCluster gives up after maxRedirections with a clear error", async () => {
  await using fake = await startFakeServer();
  await using c = new RedisCluster({ nodes: [fake.url], maxRedirections: 3 });
  const shards =
    "*1\r\n%2\r\n+slots\r\n*2\r\n:0\r\n:16383\r\n+nodes\r\n*1\r\n" +
    `%4\r\n+id\r\n+${"f".repeat(40)}\r\n+port\r\n:${fake.port}\r\n` +
    "+endpoint\r\n+127.0.0.1\r\n+role\r\n+master\r\n";
  const serving = serve(
    fake,
    ([name]) =>
      name === "CLUSTER" ? shards : `-MOVED 12182 127.0.0.1:${fake.port}\r\n`,
  );
  await assert.rejects(c.get("foo"), (e) => {
    assert.ok(e instanceof ClusterError);
    assert.equal(e.code, "TOO_MANY_REDIRECTIONS");
    assert.match(e.message, /redirected 3 times/);
    assert.ok(e.cause instanceof RedisError && e.cause.code === "MOVED");
    return true;
  });
  await c.close();
  await fake.close();
  await serving;
});

Deno.test("RedisCluster falls back to CLUSTER SLOTS on servers before 7.0", async () => {
  await using fake = await startFakeServer();
  await using c = new RedisCluster({ nodes: [fake.url] });
  const slots = "*1\r\n*3\r\n:0\r\n:16383\r\n" +
    `*3\r\n$0\r\n\r\n:${fake.port}\r\n$1\r\nf\r\n`;
  const serving = serve(fake, ([name, sub]) => {
    if (name === "CLUSTER" && sub === "SHARDS") {
      return "-ERR unknown subcommand 'SHARDS'. Try CLUSTER HELP.\r\n";
    }
    return name === "CLUSTER" ? slots : "$2\r\nhi\r\n";
  });
  assert.equal(await c.get("foo"), "hi");
  assert.deepEqual(c.topology.map((s) => [s.master.port, s.slots]), [
    [fake.port, [[0, 16383]]],
  ]);
  await c.close();
  await fake.close();
  await serving;
});
