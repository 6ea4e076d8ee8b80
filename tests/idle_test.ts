import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { waitFor, within } from "./_wait.ts";
import { Redis } from "../lib/client.ts";
import type { PubSubMessage } from "../lib/subscription.ts";

/** The connections named `name` in CLIENT LIST, as their `cmd` fields. */
async function named(admin: Redis, name: string): Promise<string[]> {
  const list = await admin.sendCommand<string>(["CLIENT", "LIST"]);
  return list.split("\n").filter((line) => line.includes(` name=${name} `))
    .map((line) => line.match(/ cmd=(\S+)/)![1]);
}

Deno.test("Redis idleTimeout closes an idle connection and reopens it on the next command", async () => {
  await using server = await startRedis();
  await using admin = new Redis(server.url);
  await using r = new Redis(server.url, { name: "idler", idleTimeout: 300 });
  const errors: unknown[] = [];
  r.addEventListener("error", (e) => errors.push((e as CustomEvent).detail));
  await r.set("k", "v");
  assert.equal((await named(admin, "idler")).length, 1);
  await waitFor(
    async () => (await named(admin, "idler")).length === 0,
    "the idle connection to close",
  );
  // The next commands (several in one tick) reopen it: none lost, none failed.
  const replies = await Promise.all([r.get("k"), r.incr("n"), r.incr("n")]);
  assert.deepEqual(replies, ["v", 1, 2]);
  assert.equal((await named(admin, "idler")).length, 1);
  assert.deepEqual(errors, []);
});

Deno.test("Redis idleTimeout leaves subscriptions and blocking calls their connections", async () => {
  await using server = await startRedis();
  await using admin = new Redis(server.url);
  await using r = new Redis(server.url, { name: "idler", idleTimeout: 300 });
  const got: PubSubMessage[] = [];
  await using _sub = await r.subscribe("ch", (m) => got.push(m));
  const popped = r.blpop(["q"], 5);
  await waitFor(
    async () => {
      const cmds = await named(admin, "idler");
      return cmds.includes("blpop") && cmds.includes("subscribe");
    },
    "the blocking call and the subscription",
  );
  // Wait until the main connection closed for idleness: the others stay.
  await r.ping();
  await waitFor(
    async () => !(await named(admin, "idler")).includes("ping"),
    "the idle main connection to close",
  );
  assert.deepEqual((await named(admin, "idler")).sort(), [
    "blpop",
    "subscribe",
  ]);
  await admin.rpush("q", "job");
  assert.deepEqual(await popped, ["q", "job"]);
  await admin.publish("ch", "hello");
  await waitFor(() => got.length === 1, "the message");
  assert.equal(got[0].message, "hello");
});

Deno.test("Redis idleTimeout refuses a timeout that is not a number of ms", () => {
  assert.throws(() => new Redis({ idleTimeout: -1 }), TypeError);
});

Deno.test("Redis idleTimeout empties the cache of a connection it closes", async () => {
  await using server = await startRedis();
  await using admin = new Redis(server.url);
  await using r = new Redis(server.url, {
    name: "idler",
    idleTimeout: 300,
    cache: {},
  });
  await admin.set("k", "old");
  assert.equal(await r.get("k"), "old");
  assert.equal(await r.get("k"), "old");
  assert.equal(r.cache!.stats.hits, 1);
  await waitFor(
    async () => (await named(admin, "idler")).length === 0,
    "the idle connection to close",
  );
  // Closed, the client heard no invalidation for this write.
  await admin.set("k", "new");
  assert.equal(await r.get("k"), "new");
});

Deno.test("Redis idleTimeout and reauthenticateEvery let a program that never closes its client exit", async () => {
  await using server = await startRedis();
  const mod = new URL("../mod.ts", import.meta.url).href;
  const program = `
    import { Redis } from "${mod}";
    const r = new Redis("${server.url}", { idleTimeout: 100, reauthenticateEvery: 3_600_000 });
    console.log(await r.ping());
  `;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["eval", program],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  try {
    // Its timers must not hold it: it ends once the idle connection is closed.
    const ended = await within(child.output(), "the program to exit", 20_000);
    assert.equal(new TextDecoder().decode(ended.stdout).trim(), "PONG");
    assert.equal(ended.code, 0, new TextDecoder().decode(ended.stderr));
  } catch (e) {
    child.kill();
    throw e;
  }
});
