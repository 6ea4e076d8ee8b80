import assert from "node:assert/strict";
import {
  ConnectionError,
  ConnectionLostError,
  Redis,
  RedisError,
} from "../mod.ts";
import { denoTransport, type Transport } from "../transport.ts";
import { type SentinelSetup, startSentinels } from "./harness/sentinel.ts";
import { freePorts } from "./harness/_free_port.ts";
import { waitFor, within } from "./_wait.ts";

/** Wraps the Deno transport and records when each socket to each port opened. */
function connectLog(log: { port: number; at: number }[]): Transport {
  return async (options, handlers) => {
    const socket = await denoTransport(options, handlers);
    log.push({ port: options.port, at: performance.now() });
    return socket;
  };
}

async function serverPort(r: Redis): Promise<number> {
  const reply = await r.sendCommand<Map<string, string>>([
    "CONFIG",
    "GET",
    "port",
  ]);
  return Number(reply.get("port"));
}

/** What happened to one write of the load. */
interface Write {
  key: string;
  value: number;
  ok: boolean;
  /** Replicas that acknowledged it, for writes made with `WAIT 1 1000`. */
  replicas?: number;
  error?: Error;
  /** When its reply came. */
  at: number;
}

/**
 * `writers` loops issue `SET key i` and `INCR counter` in one tick, over and over; with
 * `wait`, `WAIT 1 1000` too (the acknowledgement that a replica has the write). Every
 * outcome is recorded until `stop` is called.
 */
function load(
  r: Redis,
  options: { writers: number; prefix: string; wait?: boolean },
): { writes: Write[]; stop(): Promise<Write[]> } {
  const writes: Write[] = [];
  let stopped = false;
  let n = 0;
  const running = Promise.all(
    Array.from({ length: options.writers }, async () => {
      while (!stopped) {
        const value = ++n;
        const write: Write = {
          key: `${options.prefix}:${value}`,
          value,
          ok: false,
          at: 0,
        };
        writes.push(write);
        const set = r.set(write.key, value).then(
          () => write.ok = true,
          (error) => write.error = error,
        ).finally(() => write.at = performance.now());
        const others = [r.incr("counter").catch(() => {})];
        if (options.wait) {
          others.push(
            r.sendCommand<number>(["WAIT", 1, 1000]).then(
              (replicas) => write.replicas = replicas,
              () => {},
            ),
          );
        }
        await Promise.all([set, ...others]);
        // A steady load (about 1000 writes/s per writer) measures the failover to the
        // millisecond without piling up hundreds of thousands of writes to check; a
        // writer that fails fast must not spin while the client reconnects.
        await new Promise((resolve) => setTimeout(resolve, write.ok ? 1 : 10));
      }
    }),
  );
  return {
    writes,
    async stop() {
      stopped = true;
      await within(running, "the writers stop");
      return writes;
    },
  };
}

/**
 * Runs a load across a fault and checks and reports: the time from the fault to the first
 * write acknowledged by the new master, the writes that failed, and those lost. Writes
 * made with `WAIT 1` that a replica acknowledged must all survive.
 */
async function followUnderLoad(
  s: SentinelSetup,
  name: string,
  fault: () => Promise<void>,
): Promise<void> {
  const connects: { port: number; at: number }[] = [];
  await using r = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
    transport: connectLog(connects),
  });
  // WAIT holds its connection: the acknowledged writes go through a client of their own.
  await using durable = r.duplicate();
  const messages: string[] = [];
  await using _sub = await r.subscribe("news", (m) => messages.push(m.message));
  const oldPort = await serverPort(r);
  assert.equal(oldPort, s.master.port);

  const plain = load(r, { writers: 4, prefix: "plain" });
  const waited = load(durable, { writers: 1, prefix: "waited", wait: true });
  // Steady state first: a replica has acknowledged a write.
  await waitFor(
    () => waited.writes.some((w) => w.replicas),
    "a replicated write",
  );
  const start = performance.now();
  await fault();
  // A client whose first connect falls in the failover waits for the new master.
  await using late = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
  });
  const lateWrite = late.set("late", 1);
  const newPort = await s.waitForNewMaster(oldPort);
  const moved = () => connects.find((c) => c.port === newPort);
  await waitFor(() => moved() !== undefined, "the client reconnects");
  const onNewMaster = (w: Write) =>
    w.ok && w.at > moved()!.at && w.key.startsWith("plain");
  await waitFor(
    () => plain.writes.some(onNewMaster),
    "a write on the new master",
  );
  const writes = [...await plain.stop(), ...await waited.stop()];
  assert.equal(await within(lateWrite, "the late client's write"), "OK");
  assert.equal(await serverPort(late), newPort);

  await using check = new Redis({ port: newPort });
  assert.equal((await check.sendCommand<string[]>(["ROLE"]))[0], "master");
  const values = await check.mget(...writes.map((w) => w.key));
  const lost = writes.filter((w, i) => w.ok && values[i] !== String(w.value));
  for (const w of lost) {
    assert.ok(!w.replicas, `${w.key} was acknowledged by a replica, yet lost`);
  }
  const failed = writes.filter((w) => !w.ok);
  for (const w of failed) {
    assert.ok(w.error instanceof ConnectionLostError, String(w.error));
  }
  assert.ok(writes.some((w) => w.replicas), "no write was replicated");
  // The subscription moved too.
  await check.publish("news", "after");
  await waitFor(
    () => messages.includes("after"),
    "the moved subscription hears",
  );
  assert.equal(await serverPort(r), newPort);
  const followed = writes
    .filter(onNewMaster)
    .reduce((first, w) => Math.min(first, w.at), Infinity);
  const followMs = Math.round(followed - start);
  console.log(
    `${name}: first write on the new master ${followMs} ms after the fault; ` +
      `${writes.length} writes, ${failed.length} failed (ConnectionLostError), ` +
      `${lost.length} acknowledged but lost (none acknowledged by a replica)`,
  );
  assert.ok(followMs < 8000, `followed after ${followMs} ms`);
}

Deno.test("Redis with sentinels finds the master and checks its role", async () => {
  await using s = await startSentinels();
  const [nobody] = freePorts(1);
  await using r = new Redis({
    // A sentinel that is down is skipped.
    sentinels: [{ hostname: "127.0.0.1", port: nobody }, ...s.sentinels],
    masterName: s.masterName,
  });
  await r.set("k", "v");
  assert.equal(await serverPort(r), s.master.port);
  assert.equal((await r.sendCommand<string[]>(["ROLE"]))[0], "master");
  // Blocking calls use connections of their own: they find the master too.
  assert.equal(await r.blpop("empty", 0.05), null);
  await using copy = r.duplicate();
  assert.equal(await copy.get("k"), "v");
});

Deno.test("Redis with sentinels connects to a replica on request", async () => {
  await using s = await startSentinels();
  await using master = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
  });
  await master.set("k", "v");
  await master.sendCommand(["WAIT", 1, 1000]);
  await using r = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
    replica: true,
  });
  assert.equal(await r.get("k"), "v");
  assert.equal(await serverPort(r), s.replica.port);
  await assert.rejects(
    r.set("k", "w"),
    (e) => e instanceof RedisError && e.code === "READONLY",
  );
});

Deno.test("Redis with sentinels follows SENTINEL FAILOVER under load", async () => {
  await using s = await startSentinels();
  await followUnderLoad(s, "SENTINEL FAILOVER", () => s.failover(0));
});

Deno.test("Redis with sentinels follows SENTINEL FAILOVER led by another sentinel", async () => {
  await using s = await startSentinels();
  // Not the first sentinel the client asks: it hears the leader all the same.
  await followUnderLoad(
    s,
    "SENTINEL FAILOVER via another",
    () => s.failover(1),
  );
});

Deno.test("Redis with sentinels follows the promoted replica after the master is killed", async () => {
  await using s = await startSentinels();
  await followUnderLoad(s, "kill -9", () => s.master.kill());
});

Deno.test("Redis with sentinels names every sentinel it tried when none answers", async () => {
  const ports = freePorts(2);
  await using r = new Redis({
    sentinels: ports.map((port) => ({ hostname: "127.0.0.1", port })),
    masterName: "mymaster",
  });
  await assert.rejects(r.get("k"), (e) => {
    assert.ok(e instanceof ConnectionError);
    assert.equal(e.code, "CONNECTION");
    assert.match(e.message, /Cannot find the master "mymaster"/);
    for (const port of ports) assert.match(e.message, new RegExp(`:${port}`));
    return true;
  });
});

Deno.test("Redis with sentinels says when no sentinel knows the master name", async () => {
  await using s = await startSentinels({ sentinels: 1 });
  await using r = new Redis({ sentinels: s.sentinels, masterName: "nomaster" });
  await assert.rejects(r.get("k"), (e) => {
    assert.ok(e instanceof ConnectionError);
    assert.equal(e.code, "MASTER_NOT_FOUND");
    assert.match(e.message, /does not monitor "nomaster"/);
    return true;
  });
});

Deno.test("Redis with sentinels authenticates to the sentinels with sentinelPassword", async () => {
  await using s = await startSentinels({
    sentinels: 1,
    sentinelPassword: "s3cret",
  });
  await using r = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
    sentinelPassword: "s3cret",
  });
  assert.equal(await r.sendCommand(["PING"]), "PONG");
  await using anonymous = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
  });
  await assert.rejects(
    anonymous.sendCommand(["PING"]),
    (e) => e instanceof ConnectionError && /NOAUTH|WRONGPASS/.test(e.message),
  );
});

Deno.test("Redis with sentinels needs a masterName", () => {
  assert.throws(
    () => new Redis({ sentinels: [{ hostname: "127.0.0.1" }] }),
    TypeError,
  );
});
