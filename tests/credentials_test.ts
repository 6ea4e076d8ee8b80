import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { waitFor } from "./_wait.ts";
import { blockedClients } from "./_server_state.ts";
import { AbortError } from "../lib/errors.ts";
import { Redis } from "../lib/client.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { startCluster } from "./harness/cluster.ts";
import { startSentinels } from "./harness/sentinel.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import {
  type RecordedSocket,
  recordingTransport,
} from "./_recording_transport.ts";

Deno.test("Redis calls a password provider for each new connection, following a rotation", async () => {
  await using server = await startRedis({
    users: [{ name: "u", password: "old" }],
  });
  await using admin = new Redis(server.url, { username: "u", password: "old" });
  let current = "old";
  let calls = 0;
  await using r = new Redis(server.url, {
    username: () => "u",
    password: async () => {
      calls++;
      await Promise.resolve();
      return current;
    },
    name: "rotating",
  });
  assert.equal(await r.ping(), "PONG");
  assert.equal(calls, 1);

  // Rotate: the new password first, then drop the old one and the connection on it.
  await admin.sendCommand(["ACL", "SETUSER", "u", ">new", "<old"]);
  current = "new";
  await admin.sendCommand(["CLIENT", "KILL", "USER", "u", "SKIPME", "yes"]);
  await waitFor(async () => {
    try {
      return await r.ping() === "PONG";
    } catch {
      return false;
    }
  }, "the reconnect with the new password");
  assert.ok(calls >= 2, `${calls} provider calls`);
  const list = await admin.sendCommand<string>(["CLIENT", "LIST"]);
  assert.match(list, /name=rotating .*user=u/);
  // The old password is gone: a fresh AUTH with it fails.
  await using stale = new Redis(server.url, { username: "u", password: "old" });
  await assert.rejects(stale.ping());
});

/** The password a socket last authenticated with (HELLO … AUTH user pw, or AUTH). */
function lastPassword(commands: RedisArgument[][]): RedisArgument | undefined {
  let password: RedisArgument | undefined;
  for (const args of commands) {
    const name = String(args[0]).toUpperCase();
    if (name === "AUTH") password = args[args.length - 1];
    if (name === "HELLO") {
      const at = args.findIndex((a) => String(a).toUpperCase() === "AUTH");
      if (at > 0) password = args[at + 2];
    }
  }
  return password;
}

/**
 * A server whose user `u` has the password "old" (at `url`), a client `admin` on it,
 * and a client `r` as `u` whose password provider answers `credential.password`, its
 * sockets recorded.
 */
async function rotatingClient(name?: string) {
  const server = await startRedis({ users: [{ name: "u", password: "old" }] });
  const credential = { password: "old" };
  const sockets: RecordedSocket[] = [];
  const admin = new Redis(server.url, { username: "u", password: "old" });
  const r = new Redis(server.url, {
    username: "u",
    password: () => credential.password,
    name,
    transport: recordingTransport(sockets),
  });
  return {
    url: server.url,
    admin,
    r,
    sockets,
    credential,
    async [Symbol.asyncDispose]() {
      await r.close();
      await admin.close();
      await server[Symbol.asyncDispose]();
    },
  };
}

Deno.test("Redis.reauthenticate succeeds when a connection its AUTH waits on closes, and the next one takes the new password", async () => {
  await using rotating = await rotatingClient();
  const { admin, r, sockets, credential } = rotating;
  await r.ping(); // sockets[0]: the main connection
  const abort = new AbortController();
  const blocked = r.with({ signal: abort.signal }).blpop(["nothing"], 0);
  await waitFor(async () => (await blockedClients(admin)) === 1, "the BLPOP");
  await admin.sendCommand(["ACL", "SETUSER", "u", ">new"]);
  credential.password = "new";
  const reauthenticated = r.reauthenticate();
  const pooled = sockets[1];
  await waitFor(
    () => pooled.commands.some(([name]) => name === "AUTH"),
    "the AUTH written behind the BLPOP",
  );
  // The abandoned call leaves the server blocked on that socket: the pool closes it,
  // with the AUTH unanswered.
  abort.abort();
  await assert.rejects(blocked, AbortError);
  await reauthenticated;
  assert.ok(pooled.closed);
  assert.equal(lastPassword(sockets[0].commands), "new");
  await admin.sendCommand(["ACL", "SETUSER", "u", "<old"]);
  assert.equal(await r.blpop(["nothing"], 0.01), null);
  assert.equal(sockets.length, 3);
  assert.equal(lastPassword(sockets[2].commands), "new");
});

Deno.test("Redis.reauthenticate re-authenticates every open connection under load, dropping nothing", async () => {
  await using rotating = await rotatingClient("rotating");
  const { admin, r, sockets, credential } = rotating;
  const failures: unknown[] = [];
  let ops = 0;
  let messages = 0;
  let stop = false;
  // A failure ends the load: a loop whose calls fail at once would spin in microtasks,
  // never letting the test's own timers run, instead of failing it.
  const fail = (e: unknown) => {
    failures.push(e);
    stop = true;
  };
  await r.subscribe("ch", () => messages++);
  const load = [
    (async () => { // the main connection, many commands in flight
      while (!stop) {
        await Promise.all(
          Array.from(
            { length: 50 },
            (_, i) =>
              r.set(`k${i}`, i).then(() => r.get(`k${i}`)).then(() => ops++)
                .catch(fail),
          ),
        );
      }
    })(),
    (async () => { // pooled connections, blocking calls
      while (!stop) {
        await r.blpop(["nothing"], 0.02).catch(fail);
      }
    })(),
    (async () => { // messages for the subscriber connection
      while (!stop) {
        await admin.publish("ch", "m").catch(fail);
      }
    })(),
  ];
  await waitFor(
    () => failures.length > 0 || (ops > 500 && messages > 50),
    "some load",
  );
  assert.deepEqual(failures, []);

  await admin.sendCommand(["ACL", "SETUSER", "u", ">new"]);
  credential.password = "new";
  await r.reauthenticate();
  await admin.sendCommand(["ACL", "SETUSER", "u", "<old"]);
  const [before, seen] = [ops, messages];
  await waitFor(
    () => failures.length > 0 || (ops > before + 500 && messages > seen + 50),
    "more load after the rotation",
  );
  stop = true;
  await Promise.all(load);

  assert.deepEqual(failures, []);
  const open = sockets.filter((s) => !s.closed);
  assert.ok(open.length >= 3, `${open.length} open connections`);
  for (const socket of open) assert.equal(lastPassword(socket.commands), "new");
  const list = await admin.sendCommand<string>(["CLIENT", "LIST"]);
  assert.equal(list.match(/name=rotating /g)?.length, open.length);
  await using stale = new Redis(rotating.url, {
    username: "u",
    password: "old",
  });
  await assert.rejects(stale.ping());
});

Deno.test("Redis reauthenticateEvery re-authenticates on a schedule", async () => {
  await using server = await startRedis({
    users: [{ name: "u", password: "p1" }],
  });
  await using admin = new Redis(server.url, { username: "u", password: "p1" });
  let calls = 0;
  await using r = new Redis(server.url, {
    username: "u",
    password: () => (calls++, "p1"),
    reauthenticateEvery: 20,
  });
  await r.ping();
  await waitFor(() => calls >= 3, "scheduled AUTHs");
  const stats = await admin.sendCommand<string>(["INFO", "commandstats"]);
  assert.match(stats, /cmdstat_auth:calls=([2-9]|\d\d)/);
});

Deno.test("RedisCluster.reauthenticate re-authenticates the connections to every node", async () => {
  await using cluster = await startCluster();
  const acl = (...rules: string[]) =>
    Promise.all(
      cluster.nodes.map((n) => n.call(["ACL", "SETUSER", "u", ...rules])),
    );
  await acl("on", ">old", "~*", "&*", "+@all");
  let current = "old";
  const sockets: RecordedSocket[] = [];
  await using c = new RedisCluster({
    nodes: [cluster.nodes[0].url],
    username: "u",
    password: () => current,
    transport: recordingTransport(sockets),
  });
  // Keys on every master, so there is a connection to each; and a subscriber.
  await Promise.all(Array.from({ length: 30 }, (_, i) => c.set(`k${i}`, i)));
  await using _sub = await c.subscribe("ch");
  await acl(">new");
  current = "new";
  await c.reauthenticate();
  await acl("<old");
  assert.equal(await c.get("k1"), "1");
  const open = sockets.filter((s) =>
    !s.closed &&
    s.commands.some(([name]) => name === "SET" || name === "SUBSCRIBE")
  );
  assert.ok(open.length >= 4, `${open.length} node connections`);
  assert.ok(open.some((s) => s.commands.some(([n]) => n === "SUBSCRIBE")));

  // And on a schedule.
  let calls = 0;
  await using scheduled = new RedisCluster({
    nodes: [cluster.nodes[0].url],
    username: "u",
    password: () => (calls++, "new"),
    reauthenticateEvery: 20,
  });
  assert.equal(await scheduled.get("k1"), "1");
  await waitFor(() => calls > 3, "scheduled reauthentications");
  for (const socket of open) assert.equal(lastPassword(socket.commands), "new");
});

Deno.test("Redis calls a sentinel password provider for the sentinels", async () => {
  await using s = await startSentinels({ sentinelPassword: "sp" });
  let calls = 0;
  await using r = new Redis({
    sentinels: s.sentinels,
    masterName: s.masterName,
    sentinelPassword: () => (calls++, "sp"),
  });
  await r.set("k", "v");
  assert.equal(await r.get("k"), "v");
  assert.ok(calls >= 1);
});

Deno.test("Redis reauthenticateEvery refuses a period that is not a number of ms", () => {
  assert.throws(() => new Redis({ reauthenticateEvery: -1 }), TypeError);
  assert.throws(
    () =>
      new RedisCluster({
        nodes: ["redis://127.0.0.1:1"],
        reauthenticateEvery: 0,
      }),
    TypeError,
  );
});
