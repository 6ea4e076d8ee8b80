import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";

/** Resolves once `check` holds, failing after a generous deadline. */
async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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
  await until(async () => {
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
