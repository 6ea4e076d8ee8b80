import assert from "node:assert/strict";
import * as desir from "../mod.ts";
import {
  ClusterError,
  ConnectionError,
  ConnectionLostError,
  DesirError,
  Redis,
  RedisCluster,
  RedisError,
} from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";
import { keySlot } from "../cluster.ts";
import { waitFor } from "./_wait.ts";
import { blockedClients } from "./_server_state.ts";

/** Each error class with a code of its own and the options only it needs. */
const SHAPES: Record<string, { code: string; extra?: object }> = {
  DesirError: { code: "SUBSCRIPTION_OVERFLOW" },
  RedisError: { code: "WRONGTYPE" },
  ProtocolError: { code: "PROTOCOL" },
  ConnectionError: { code: "CLOSED" },
  ConnectionLostError: {
    code: "CONNECTION_LOST",
    extra: { mayHaveExecuted: true },
  },
  TimeoutError: { code: "TIMEOUT" },
  AbortError: { code: "ABORT" },
  ValueCodecError: {
    code: "VALUE_CODEC",
    extra: { key: "k", raw: new Uint8Array([1]) },
  },
  ClusterError: { code: "CROSSSLOT" },
  ConnectorError: {
    code: "REMOTE_ERROR",
    extra: { worker: "w", function: "f", remoteName: "E", remoteMessage: "m" },
  },
};

type ErrorClass = new (message: string, options: object) => DesirError;

Deno.test("DesirError and every exported subclass take (message, { code, cause, … })", () => {
  const classes = Object.entries(desir).filter(([, value]) =>
    value === DesirError ||
    (typeof value === "function" && value.prototype instanceof DesirError)
  ) as [string, ErrorClass][];
  assert.deepEqual(
    classes.map(([name]) => name).sort(),
    Object.keys(SHAPES).sort(),
    "an exported error class without a shape here (or a shape of no class)",
  );
  for (const [name, Class] of classes) {
    const { code, extra } = SHAPES[name];
    const cause = new Error("why");
    const e = new Class("what happened", {
      code,
      cause,
      command: "GET",
      key: "k",
      index: 2,
      ...extra,
    });
    assert.ok(e instanceof DesirError && e instanceof Error, name);
    assert.equal(e.name, name);
    assert.equal(e.message, "what happened", name);
    assert.equal(e.code, code, name);
    assert.equal(e.cause, cause, name);
    assert.deepEqual([e.command, e.key, e.index], ["GET", "k", 2], name);
  }
});

Deno.test("DesirError subclasses with a usual code default to it", () => {
  assert.equal(new RedisError("NOSCRIPT No matching script").code, "NOSCRIPT");
  assert.equal(new RedisError("lowercase reply").code, "ERR");
  assert.equal(new desir.ProtocolError("bad byte").code, "PROTOCOL");
  assert.equal(new ConnectionError("refused").code, "CONNECTION");
  assert.equal(new desir.TimeoutError("slow").code, "TIMEOUT");
  assert.equal(new desir.AbortError("stop").code, "ABORT");
  const lost = new ConnectionLostError("lost", { mayHaveExecuted: false });
  assert.deepEqual([lost.code, lost.mayHaveExecuted], [
    "CONNECTION_LOST",
    false,
  ]);
  const plain = new desir.TimeoutError("slow");
  assert.ok(!("cause" in plain) && !("command" in plain), "no empty fields");
});

/** True only when A and B are the same type. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;

Deno.test("DesirError subclasses type code as their own exported union", () => {
  const typed: true[] = [
    true satisfies Same<DesirError["code"], desir.DesirErrorCode>,
    true satisfies Same<RedisError["code"], desir.RedisErrorCode>,
    true satisfies Same<desir.ProtocolError["code"], desir.ProtocolErrorCode>,
    true satisfies Same<ConnectionError["code"], desir.ConnectionErrorCode>,
    true satisfies Same<
      ConnectionLostError["code"],
      desir.ConnectionLostErrorCode
    >,
    true satisfies Same<desir.TimeoutError["code"], desir.TimeoutErrorCode>,
    true satisfies Same<desir.AbortError["code"], desir.AbortErrorCode>,
    true satisfies Same<
      desir.ValueCodecError["code"],
      desir.ValueCodecErrorCode
    >,
    true satisfies Same<ClusterError["code"], desir.ClusterErrorCode>,
    true satisfies Same<desir.ConnectorError["code"], desir.ConnectorErrorCode>,
  ];
  assert.equal(typed.length, Object.keys(SHAPES).length);
  const refused = [
    // @ts-expect-error: TIMEOUT is a TimeoutError's code, not a ConnectionError's
    () => new ConnectionError("m", { code: "TIMEOUT" }),
    // @ts-expect-error: a ClusterError needs one of its own codes
    () => new ClusterError("m", { code: "CLOSED" }),
    // @ts-expect-error: a ClusterError cannot be made without a code
    () => new ClusterError("m", {}),
    // @ts-expect-error: a ConnectionLostError says whether the command was written
    () => new ConnectionLostError("m", {}),
  ];
  assert.equal(refused.length, 4);
  const e: unknown = new ConnectionError("m", { code: "CLOSED" });
  // The way users branch: narrowed by instanceof, then a typo in the code would not compile.
  assert.ok(e instanceof ConnectionError && e.code === "CLOSED");
});

/** Asserts `error` is the one closed-client error: ConnectionError `CLOSED`. */
function assertClosed(error: unknown, path: string): void {
  assert.ok(
    error instanceof ConnectionError,
    `${path}: ${error instanceof Error ? error.name : typeof error}`,
  );
  assert.equal(error.code, "CLOSED", path);
}

/** The error a promise rejects with; fails when it resolves. */
async function rejection(promise: Promise<unknown>, path: string) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  assert.fail(`${path} resolved on a closed client`);
}

/**
 * Asserts that each way of calling a closed `client` (and the `more` of its own kind)
 * rejects with ConnectionError CLOSED, a pipeline in its slot.
 */
async function assertEveryPathClosed(
  client: Redis | RedisCluster,
  more: [string, () => Promise<unknown>][],
): Promise<void> {
  const paths: [string, () => Promise<unknown>][] = [
    ["a command", () => client.get("k")],
    ["sendCommand", () => client.sendCommand(["GET", "k"])],
    ["a blocking call", () => client.blpop(["q"], 0)],
    ["a transaction", () => client.multi().set("k", "v").exec()],
    ["a subscribe", () => client.subscribe("news")],
    ...more,
  ];
  for (const [path, call] of paths) {
    assertClosed(await rejection(call(), path), path);
  }
  const [slot] = await client.pipeline().get("k").exec();
  assertClosed(slot, "a pipeline's slot");
}

Deno.test("Redis rejects with ConnectionError CLOSED after close, from every path", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, { maxBlockingConnections: 1 });
  await using admin = new Redis(server.url);
  await r.connect();
  const blocked = r.blpop(["q"], 0).catch((e) => e);
  const waiting = r.blpop(["q2"], 0).catch((e) => e); // in line for the one connection
  await waitFor(async () => await blockedClients(admin) === 1, "BLPOP blocks");
  const joining = r.subscribe("during").catch((e) => e);
  await r.close();
  assertClosed(await blocked, "a blocking call running at close");
  assertClosed(await waiting, "a blocking call in line at close");
  assertClosed(
    await joining,
    "a subscribe waiting for its confirmation at close",
  );

  await assertEveryPathClosed(r, [
    ["a view from with()", () => r.with({ timeout: 1000 }).get("k")],
    ["a bytes subscribe", () => r.with({ bytes: true }).psubscribe("n*")],
  ]);
});

Deno.test("RedisCluster rejects with ConnectionError CLOSED after close, from every path", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  const c = new RedisCluster({ nodes: cluster.urls });
  await c.set("k", "v");
  const blocked = c.blpop(["q"], 0).catch((e) => e);
  await waitFor(async () => {
    const nodes = c.nodes("master");
    const counts = await Promise.all(nodes.map(blockedClients));
    return counts.reduce((a, b) => a + b) === 1;
  }, "BLPOP blocks on its node");
  const joining = c.subscribe("during").catch((e) => e);
  await c.close();
  assertClosed(await blocked, "a blocking call running at close");
  assertClosed(await joining, "a subscribe waiting at close");

  await assertEveryPathClosed(c, [
    ["a shard subscribe", () => c.ssubscribe("news")],
  ]);
});

Deno.test("RedisCluster names the command it aborts while it waits to retry it", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({
    nodes: cluster.urls,
    retryTimeout: 60_000,
  });
  await c.set("k", "v");
  // No node serves the key's slot any more: the client waits for one, refreshing.
  const slot = keySlot("k");
  await Promise.all(
    cluster.nodes.map((node) =>
      node.call(["CLUSTER", "DELSLOTS", slot]).catch(() => {})
    ),
  );
  const e = await c.with({ signal: AbortSignal.timeout(300) }).get("k")
    .catch((e) => e);
  assert.ok(e instanceof desir.AbortError, String(e));
  assert.match(e.message, /^GET was aborted/);
});
