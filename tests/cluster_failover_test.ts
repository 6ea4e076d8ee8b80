import assert from "node:assert/strict";
import {
  type ClusterNode,
  startCluster,
  type TestCluster,
} from "./harness/cluster.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import { ConnectionLostError } from "../lib/errors.ts";
import { waitFor, within } from "./_wait.ts";

/** A key whose slot `master` serves. */
async function keyOn(
  cluster: TestCluster,
  master: ClusterNode,
): Promise<string> {
  const owners = await cluster.slotOwners();
  for (let i = 0; i < 100_000; i++) {
    if (owners[keySlot(`probe{${i}}`)] === master) return `probe{${i}}`;
  }
  throw new Error(`${master.port} serves no slot`);
}

/** Resolves once `node` says it is a master; returns when, by `performance.now()`. */
async function promoted(node: ClusterNode): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const [role] = await node.call<string[]>(["ROLE"]);
    if (role === "master") return performance.now();
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${node.port} was not promoted`);
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * Writes under load while `fault` runs: 8 writers over every slot, a probe that writes
 * to the faulty master's slots one command at a time, and a WAIT 1 every 50 ms that
 * marks the writes acknowledged before it as replicated.
 */
async function underLoad(
  c: RedisCluster,
  probeKey: string,
  fault: () => Promise<number>,
) {
  let refreshes = 0;
  c.addEventListener("refresh", () => refreshes++);
  const acked = new Map<string, string>();
  const replicated = new Set<string>();
  const failures: unknown[] = [];
  let stop = false;
  const writer = async (id: number) => {
    for (let i = 0; !stop; i++) {
      const key = `w${id}:${i}`;
      try {
        await c.set(key, `${i}`);
        acked.set(key, `${i}`);
      } catch (e) {
        failures.push(e);
        await pause(); // a command that fails fast must not spin and pile up errors
      }
    }
  };
  const acks: number[] = []; // when each probe write was acknowledged
  const probe = async () => {
    for (let i = 0; !stop; i++) {
      try {
        await c.set(probeKey, i);
        acks.push(performance.now());
      } catch (e) {
        failures.push(e);
        await pause();
      }
    }
  };
  const waiter = async () => {
    while (!stop) {
      const before = [...acked.keys()];
      if (await c.wait(1, 100).catch(() => 0) >= 1) {
        for (const key of before) replicated.add(key);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const loops = [
    ...Array.from({ length: 8 }, (_, id) => writer(id)),
    probe(),
    waiter(),
  ];
  // Steady state first: the probe writes and a WAIT 1 confirmed some writes.
  await waitFor(
    () => acks.length > 0 && replicated.size > 0,
    "steady writes, some replicated",
  );
  const faulted = performance.now();
  const refreshesBefore = refreshes;
  const clusterRecovered = await fault();
  // Run on until the probe has written for a second after the cluster recovered.
  await waitFor(
    () => acks.length > 0 && acks[acks.length - 1] >= clusterRecovered + 1000,
    "the probe writes for a second after the recovery",
    20_000,
  );
  stop = true;
  await within(Promise.all(loops), "every command settles: none hangs");
  const after = acks.filter((t) => t > faulted);
  const gaps = acks.slice(1).map((t, i) => t - acks[i]);
  const keys = [...acked.keys()];
  const values = await Promise.all(keys.map((k) => c.get(k)));
  const lost = keys.filter((k, i) => values[i] !== acked.get(k));
  return {
    failures,
    acked: acked.size,
    replicated: [...replicated],
    lost,
    /** Longest time the faulty shard took no write. */
    outage: Math.round(Math.max(...gaps)),
    /** From the cluster's promotion to the client's first write there. */
    lag: Math.round(
      Math.max(
        0,
        (after.find((t) => t > clusterRecovered) ?? NaN) - clusterRecovered,
      ),
    ),
    clusterFailover: Math.round(clusterRecovered - faulted),
    /** Topology loads from the fault until the end. */
    refreshes: refreshes - refreshesBefore,
  };
}

Deno.test("RedisCluster recovers on its own from a CLUSTER FAILOVER under load", async () => {
  await using cluster = await startCluster();
  await using c = new RedisCluster({ nodes: cluster.urls });
  const [master] = await cluster.masters();
  const [replica] = await cluster.replicasOf(master);
  const probeKey = await keyOn(cluster, master);
  await c.set(probeKey, 0);

  const result = await underLoad(c, probeKey, async () => {
    await replica.call(["CLUSTER", "FAILOVER"]);
    return await promoted(replica);
  });

  assert.deepEqual(result.failures, []); // a coordinated failover loses nothing
  assert.deepEqual(result.lost, []);
  assert.ok(result.outage < 3000, `writes stopped for ${result.outage} ms`);
  // Every node learns of the promotion by gossip, the one the harness asks included.
  await waitFor(
    async () =>
      (await cluster.ownerOf(keySlot(probeKey)).catch(() => undefined))
        ?.port === replica.port,
    "the cluster names the replica owner of the slot",
  );
  console.log(
    `CLUSTER FAILOVER: promoted after ${result.clusterFailover} ms; the shard took no ` +
      `write for ${result.outage} ms at most; first write on the new master ${result.lag} ms ` +
      `after its promotion; ${result.acked} writes acknowledged, ${result.failures.length} ` +
      `failed, ${result.lost.length} lost; ${result.refreshes} topology refreshes`,
  );
});

Deno.test("RedisCluster recovers on its own from a killed master under load", async () => {
  await using cluster = await startCluster();
  await using c = new RedisCluster({ nodes: cluster.urls });
  const received: string[] = [];
  await using _news = await c.subscribe(
    "news",
    (m) => received.push(m.message),
  );
  // Kill the master that holds the channel subscription, and a shard channel's slot.
  const masters = await cluster.masters();
  const counts = await Promise.all(
    masters.map((m) => m.call<[string, number]>(["PUBSUB", "NUMSUB", "news"])),
  );
  const master = masters[counts.findIndex(([, n]) => n === 1)];
  const [replica] = await cluster.replicasOf(master);
  const probeKey = await keyOn(cluster, master);
  await using _shard = await c.ssubscribe(
    probeKey,
    (m) => received.push(m.message),
  );
  await c.set(probeKey, 0);

  const result = await underLoad(c, probeKey, async () => {
    await master.kill();
    return await promoted(replica);
  });

  // Only the commands in flight at the kill fail, and they say they may have run.
  for (const failure of result.failures) {
    assert.ok(failure instanceof ConnectionLostError, String(failure));
    assert.equal(failure.mayHaveExecuted, true);
  }
  // Writes acknowledged by WAIT 1 before the kill survive it.
  const values = await Promise.all(result.replicated.map((k) => c.get(k)));
  assert.equal(values.filter((v) => v === null).length, 0);
  assert.ok(result.replicated.length > 0);
  assert.ok(result.outage < 10_000, `writes stopped for ${result.outage} ms`);
  console.log(
    `kill -9 of a master: replica promoted after ${result.clusterFailover} ms; the shard ` +
      `took no write for ${result.outage} ms at most; first write on the new master ` +
      `${result.lag} ms after its promotion; ${result.acked} writes acknowledged ` +
      `(${result.replicated.length} with WAIT 1), ${result.failures.length} failed ` +
      `(ConnectionLostError, in flight at the kill), ${result.lost.length} lost ` +
      `(0 of those with WAIT 1); ${result.refreshes} topology refreshes`,
  );

  // Both subscriptions moved to live masters.
  await waitFor(async () => {
    await c.publish("news", "plain");
    await c.spublish(probeKey, "shard");
    return received.includes("plain") && received.includes("shard");
  }, "both subscriptions hear a message");
  assert.ok(received.includes("plain"), "the channel subscription moved");
  assert.ok(received.includes("shard"), "the shard subscription moved");

  // A client that starts now learns the new master, even from servers (Redis 8, Valkey 8)
  // that list the dead master first in its shard.
  {
    await using fresh = new RedisCluster({ nodes: cluster.urls });
    await fresh.connect();
    const slot = keySlot(probeKey);
    const shard = fresh.topology.find((s) =>
      s.slots.some(([from, to]) => from <= slot && slot <= to)
    );
    assert.equal(shard?.master.port, replica.port);
    assert.equal(await fresh.set(probeKey, "fresh"), "OK");
  }

  // The old master comes back as a replica of the new one.
  await master.restart();
  await cluster.waitHealthy();
  assert.deepEqual(
    (await cluster.replicasOf(replica)).map((n) => n.port),
    [master.port],
  );
  assert.equal(await c.get(probeKey) !== null, true);
});

Deno.test("RedisCluster ends a subscription whose node stays down, and leaves its names on the other nodes", async () => {
  await using cluster = await startCluster({ replicas: 0 });
  // Few, quick reconnect attempts: the node is given up on soon after the kill.
  await using c = new RedisCluster({
    nodes: cluster.urls,
    retryTimeout: 300,
    reconnect: { retries: 2, minDelay: 10, maxDelay: 50 },
  });
  const [lost, kept] = await cluster.masters();
  const [onLost, onKept] = [
    await keyOn(cluster, lost),
    await keyOn(cluster, kept),
  ];
  const subscription = await c.ssubscribe([onLost, onKept]);
  const listening = async () =>
    (await kept.call<[string, number]>(["PUBSUB", "SHARDNUMSUB", onKept]))[1];
  assert.equal(await listening(), 1);
  await lost.kill();
  // The subscription ends with the lost node's error once retryTimeout has passed...
  await assert.rejects(
    (async () => {
      for await (const _ of subscription) { /* no message is published */ }
    })(),
  );
  // ...and its name on the live node is unsubscribed, not left behind.
  await waitFor(
    async () => await listening() === 0,
    "SSUBSCRIBE left on the live node",
  );
});
