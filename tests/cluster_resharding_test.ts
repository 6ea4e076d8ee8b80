import assert from "node:assert/strict";
import { startCluster } from "./harness/cluster.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { ClusterError } from "../lib/errors.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import { denoTransport } from "../lib/transport/deno.ts";
import type { Transport } from "../lib/transport/types.ts";
import type { PubSubMessage } from "../lib/subscription.ts";
import { waitFor } from "./_wait.ts";

/** The default transport, counting the MOVED, ASK and TRYAGAIN replies it sees. */
function counting(seen: Record<string, number>): Transport {
  const text = new TextDecoder();
  return (options, handlers) =>
    denoTransport(options, {
      data(chunk) {
        for (
          const m of text.decode(chunk).matchAll(/-(MOVED|ASK|TRYAGAIN) /g)
        ) {
          seen[m[1]] = (seen[m[1]] ?? 0) + 1;
        }
        handlers.data(chunk);
      },
      end: (error) => handlers.end(error),
    });
}

/** A key whose hash tag puts it in a slot of its own among these. */
function tagged(n: number): string {
  return `{hot${n}}`;
}

Deno.test("RedisCluster keeps every acknowledged write while slots move under load", async () => {
  await using cluster = await startCluster({ replicas: 0 });
  const seen: Record<string, number> = {};
  await using c = new RedisCluster({
    nodes: cluster.urls,
    transport: counting(seen),
  });
  let refreshes = 0;
  c.addEventListener("refresh", () => refreshes++);
  const masters = await cluster.masters();
  // Keys the writers hit all the time, in 12 slots that will move.
  const hot = Array.from({ length: 12 }, (_, i) => tagged(i));
  const slots = [...new Set(hot.map(keySlot))];
  for (const tag of hot) {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => c.set(`${tag}:seed:${i}`, i)),
    );
    await c.mset({ [`${tag}:a`]: "a", [`${tag}:b`]: "b" });
  }

  const acked = new Map<string, string>();
  const failures: unknown[] = [];
  let stop = false;
  let writes = 0;
  const writer = async (id: number) => {
    for (let i = 0; !stop; i++) {
      const tag = hot[(id + i) % hot.length];
      const key = i % 2 ? `${tag}:w${id}:${i}` : `cold:${id}:${i}`;
      try {
        await c.set(key, `${i}`);
        acked.set(key, `${i}`);
        writes++;
        // Two keys of one migrating slot: TRYAGAIN when only one has moved yet.
        await c.mget(`${tag}:a`, `${tag}:seed:${i % 50}`);
      } catch (e) {
        failures.push(e);
      }
    }
  };
  const writers = Array.from({ length: 16 }, (_, id) => writer(id));

  const started = performance.now();
  let moved = 0;
  try {
    for (const [i, slot] of slots.entries()) {
      const owner = await cluster.ownerOf(slot);
      const to =
        masters[(masters.indexOf(owner) + 1 + (i % 2)) % masters.length];
      const asks = seen.ASK ?? 0;
      // Half moved, the slot sends writers of new keys on with ASK: wait for one.
      await cluster.moveSlot(
        slot,
        to,
        () => waitFor(() => (seen.ASK ?? 0) > asks, `ASK while ${slot} moves`),
      );
    }
    moved = performance.now() - started;
  } finally {
    // Also when a move failed: writers of a closed client would spin until out of memory.
    stop = true;
    await Promise.all(writers);
  }

  assert.deepEqual(failures, []);
  assert.ok((seen.MOVED ?? 0) > 0, "MOVED was exercised");
  assert.ok((seen.ASK ?? 0) > 0, "ASK was exercised");
  const keys = [...acked.keys()];
  const values = await Promise.all(keys.map((k) => c.get(k)));
  const lost = keys.filter((k, i) => values[i] !== acked.get(k));
  assert.deepEqual(lost, []);
  console.log(
    `moved ${slots.length} slots in ${
      Math.round(moved)
    } ms under ${writes} writes: ${acked.size} acknowledged, ${lost.length} lost, ` +
      `${failures.length} failed; redirects seen: ${JSON.stringify(seen)}; ` +
      `${refreshes} topology refreshes`,
  );
});

Deno.test("RedisCluster follows a moving slot with transactions and shard subscriptions", async () => {
  await using cluster = await startCluster({ replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls });
  const slot = keySlot("{acct}");
  await c.set("{acct}:balance", 100);
  const received: PubSubMessage[] = [];
  await using _sub = await c.ssubscribe(
    "{acct}:events",
    (m) => received.push(m),
  );
  await c.spublish("{acct}:events", "before");

  const owner = await cluster.ownerOf(slot);
  const to = (await cluster.masters()).find((m) => m !== owner)!;
  await cluster.moveSlot(slot, to, async () => {
    // Migrating: a new key is made on the target, after ASKING, even in a transaction.
    const results = await c.multi()
      .set("{acct}:new", 1)
      .incr("{acct}:new")
      .exec();
    assert.deepEqual(results, ["OK", 2]);
    // Made on the target, which serves it only after ASKING until the move is done.
    await assert.rejects(to.call(["GET", "{acct}:new"]), /MOVED/);
  });
  assert.equal(await to.call(["GET", "{acct}:new"]), "2");
  // The client's map is stale: the transaction is refused (MOVED), then sent again.
  const results = await c.multi().decrby("{acct}:balance", 10).get("{acct}:new")
    .exec();
  assert.deepEqual(results, [90, "2"]);
  assert.equal(await to.call(["GET", "{acct}:balance"]), "90");

  // The shard subscription moved to the new owner of the slot.
  await waitFor(async () => {
    const [, n] = await to.call<[string, number]>([
      "PUBSUB",
      "SHARDNUMSUB",
      "{acct}:events",
    ]);
    return n === 1;
  }, "the shard subscription on the new owner");
  assert.equal(await c.spublish("{acct}:events", "after"), 1);
  await waitFor(() => received.length >= 2, "the message after the move");
  assert.deepEqual(received.map((m) => m.message), ["before", "after"]);
});

Deno.test("RedisCluster reads from masters when no replica exists, unless readFrom is replica", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using prefer = new RedisCluster({
    nodes: cluster.urls,
    readFrom: "preferReplica",
  });
  await prefer.set("k", "v");
  assert.equal(await prefer.get("k"), "v");
  await using strict = new RedisCluster({
    nodes: cluster.urls,
    readFrom: "replica",
  });
  await assert.rejects(strict.get("k"), (e) => {
    assert.ok(e instanceof ClusterError && e.code === "NO_REPLICA");
    assert.match(e.message, /preferReplica/);
    return true;
  });
  assert.equal(await strict.set("k", "w"), "OK"); // writes go to masters anyway
});
