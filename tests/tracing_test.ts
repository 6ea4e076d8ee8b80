import assert from "node:assert/strict";
import dc from "node:diagnostics_channel";
import { startRedis } from "./harness/mod.ts";
import { waitFor } from "./_wait.ts";
import { startSentinels } from "./harness/sentinel.ts";
import { startCluster } from "./harness/cluster.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { Redis } from "../lib/client.ts";
import { RedisError } from "../lib/errors.ts";
import {
  type CommandTrace,
  type ConnectionTrace,
  queryText,
} from "../lib/tracing.ts";

Deno.test("queryText shows the command and its keys, never values", () => {
  assert.equal(queryText(["SET", "user:1", "secret"]), "SET user:1 ?");
  assert.equal(
    queryText(["EVAL", "return 1", 2, "a", "b", "arg"]),
    "EVAL ? ? a b ?",
  );
  assert.equal(
    queryText(["CONFIG", "SET", "requirepass", "pw"]),
    "CONFIG SET ? ?",
  );
  assert.equal(queryText(["AUTH", "user", "pw"]), "AUTH ? ?");
});

Deno.test("Redis tracing hooks see every command and connection event, with timing", async () => {
  await using server = await startRedis();
  const started: CommandTrace[] = [];
  const ended: CommandTrace[] = [];
  const failed: CommandTrace[] = [];
  const events: ConnectionTrace[] = [];
  await using r = new Redis(server.url, {
    db: 2,
    tracing: {
      commandStart: (c) => started.push(c),
      commandEnd: (c) => ended.push(c),
      commandError: (c) => failed.push(c),
      connection: (e) => events.push(e),
    },
  });
  await r.set("k", "secret value");
  await assert.rejects(r.incr("k"), RedisError);
  assert.deepEqual(started.map((c) => c.query), ["SET k ?", "INCR k"]);
  assert.deepEqual(ended.map((c) => c.name), ["set"]);
  const [set] = ended;
  assert.deepEqual(set.server, { hostname: "127.0.0.1", port: server.port });
  assert.equal(set.db, 2);
  assert.ok(set.duration! >= 0);
  assert.equal(failed.length, 1);
  assert.ok(failed[0].error instanceof RedisError);
  assert.ok(!JSON.stringify([...started, ...ended]).includes("secret value"));
  assert.ok(!Deno.inspect([...started, ...ended]).includes("secret value"));
  assert.deepEqual(events.map((e) => e.type), ["connect", "ready"]);
  assert.ok(events[1].duration! >= 0);

  // A dropped connection: reconnecting, then ready again (same server).
  await using admin = new Redis(server.url);
  await admin.sendCommand([
    "CLIENT",
    "KILL",
    "TYPE",
    "normal",
    "SKIPME",
    "yes",
  ]);
  await waitFor(
    () => events.filter((e) => e.type === "ready").length === 2,
    "the reconnect",
  );
  assert.ok(events.some((e) => e.type === "reconnecting"));
  assert.equal(await r.get("k"), "secret value");
});

Deno.test("Redis publishes commands on the desir:command tracing channel", async () => {
  await using server = await startRedis();
  const seen: string[] = [];
  const channel = dc.tracingChannel("desir:command");
  const handlers = {
    start: (c: unknown) => seen.push(`start ${(c as CommandTrace).query}`),
    end: () => {},
    asyncStart: () => {},
    asyncEnd: (c: unknown) => seen.push(`end ${(c as CommandTrace).name}`),
    error: (c: unknown) =>
      seen.push(`error ${(c as CommandTrace).error?.constructor.name}`),
  };
  channel.subscribe(handlers);
  try {
    await using r = new Redis(server.url);
    // The channel loads after the first reply, in a task of its own: commands are
    // published from then on.
    await waitFor(
      async () => (await r.ping(), seen.length > 0),
      "a command published on the channel",
    );
    seen.length = 0;
    await r.set("k", "v");
    await assert.rejects(r.incr("k"));
    assert.deepEqual(seen, [
      "start SET k ?",
      "end set",
      "start INCR k",
      "error RedisError",
      "end incr", // asyncEnd follows error, as in node:diagnostics_channel
    ]);
  } finally {
    channel.unsubscribe(handlers);
  }
});

Deno.test("examples/otel/otel.ts turns commands into OpenTelemetry spans", async () => {
  const dir = new URL("../examples/otel/", import.meta.url).pathname;
  // The example's own dev dependencies, from npm (once; node_modules is ignored by git).
  const install = await new Deno.Command("npm", {
    args: ["install", "--no-audit", "--no-fund", "--prefer-offline"],
    cwd: dir,
    stdout: "null",
    stderr: "piped",
  }).output();
  assert.equal(install.code, 0, new TextDecoder().decode(install.stderr));
  await using server = await startRedis();
  const out = await new Deno.Command("bun", {
    args: [`${dir}otel.ts`],
    env: { REDIS_URL: server.url },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  assert.equal(out.code, 0, new TextDecoder().decode(out.stderr));
  const spans = text.trim().split("\n").map((line) => JSON.parse(line));
  const common = {
    "db.system.name": "redis",
    "db.namespace": "1",
    "server.address": "127.0.0.1",
    "server.port": server.port,
  };
  assert.deepEqual(spans, [
    {
      name: "SET",
      attributes: {
        ...common,
        "db.operation.name": "SET",
        "db.query.text": "SET user:1 ?",
      },
      status: 0,
    },
    {
      name: "INCR",
      attributes: {
        ...common,
        "db.operation.name": "INCR",
        "db.query.text": "INCR user:1",
        "error.type": "ERR",
      },
      status: 2,
    },
  ]);
  assert.ok(!text.includes("secret"));
});

Deno.test("Redis tracing reports a sentinel failover as a failover event on the new master", async () => {
  await using s = await startSentinels();
  const events: ConnectionTrace[] = [];
  await using r = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
    tracing: { connection: (e) => events.push(e) },
  });
  await r.set("k", "v");
  const oldPort = await s.masterPort();
  assert.equal(events.find((e) => e.type === "ready")?.server.port, oldPort);
  await s.failover();
  const newPort = await s.waitForNewMaster(oldPort);
  // Keep using the client until it has followed the master.
  await waitFor(() => {
    r.set("k", "w").catch(() => {});
    return events.some((e) => e.type === "failover");
  }, "the failover event");
  const failover = events.find((e) => e.type === "failover")!;
  assert.equal(failover.server.port, newPort);
  assert.ok(failover.duration! >= 0);
});

Deno.test("Redis tracing traces each command of a pipeline and a transaction", async () => {
  await using server = await startRedis();
  const ended: string[] = [];
  const failed: string[] = [];
  await using r = new Redis(server.url, {
    tracing: {
      commandEnd: (c) => ended.push(c.query),
      commandError: (c) => failed.push(`${c.query}: ${c.error?.name}`),
    },
  });
  await r.pipeline().set("a", "1").incr("a").lpush("a", "x").exec();
  assert.deepEqual(ended, ["SET a ?", "INCR a"]);
  assert.deepEqual(failed, ["LPUSH a ?: RedisError"]);
  ended.length = failed.length = 0;
  await r.multi().incr("n").get("n").exec();
  assert.deepEqual(ended, ["INCR n", "GET n"]);
  // EXECABORT: every queued command fails with it.
  await assert.rejects(r.multi().incr("n").sendCommand(["NOSUCH"]).exec());
  assert.deepEqual(failed, ["INCR n: RedisError", "NOSUCH: RedisError"]);
});

Deno.test("RedisCluster tracing names the node that ran each command", async () => {
  await using cluster = await startCluster();
  const ports: number[] = [];
  await using c = new RedisCluster({
    nodes: [cluster.nodes[0].url],
    tracing: {
      commandEnd: (t) => t.name === "set" && ports.push(t.server.port),
    },
  });
  await Promise.all(Array.from({ length: 30 }, (_, i) => c.set(`k${i}`, i)));
  assert.equal(ports.length, 30);
  assert.ok(new Set(ports).size >= 3, "commands on each master");
});
