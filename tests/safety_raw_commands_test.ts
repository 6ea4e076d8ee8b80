import assert from "node:assert/strict";
import { Redis, RedisCluster } from "../mod.ts";
import { OWNED_COMMANDS } from "../lib/_raw_command_guard.ts";
import { startRedis } from "./harness/mod.ts";

const table = JSON.parse(
  await Deno.readTextFile(new URL("../commands.json", import.meta.url)),
) as {
  commands: Record<string, { flags?: string[]; acl_categories?: string[] }>;
};

/** Each owned command as a user would type it. */
const RAW: string[][] = Object.keys(OWNED_COMMANDS).map((name) => [
  ...name.split(" "),
  "x",
]);

Deno.test("OWNED_COMMANDS holds every command commands.json marks as transaction or subscription", () => {
  for (const [name, command] of Object.entries(table.commands)) {
    const transaction = command.acl_categories?.includes("@transaction");
    const subscription = command.flags?.includes("pubsub") &&
      name.endsWith("subscribe");
    if (transaction || subscription) {
      assert.ok(Object.hasOwn(OWNED_COMMANDS, name), name);
    }
  }
  for (const name of Object.keys(OWNED_COMMANDS)) {
    assert.ok(Object.hasOwn(table.commands, name), `${name} is no command`);
  }
});

Deno.test("Redis sendCommand refuses every command the client owns, naming what to use, and stays in sync", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.set("k", "v");
  for (const args of RAW) {
    for (const spelled of [args, [args[0].toLowerCase(), ...args.slice(1)]]) {
      await assert.rejects(
        r.sendCommand(spelled),
        (e: Error) =>
          e instanceof TypeError &&
          e.message.startsWith(
            `${
              args.slice(0, -1).join(" ").toUpperCase()
            } cannot be sent with sendCommand: `,
          ),
        spelled.join(" "),
      );
    }
  }
  await assert.rejects(
    r.sendCommand([new TextEncoder().encode("subscribe"), "x"]),
    /r\.subscribe\(\)/,
  );
  await assert.rejects(r.sendCommand(["SELECT", 1]), /`db` option/);
  await assert.rejects(r.sendCommand(["MULTI"]), /r\.multi\(\)/);
  await assert.rejects(r.sendCommand(["CLIENT", "REPLY", "OFF"]), TypeError);
  // Nothing reached the server: replies still match their commands, in db 0.
  assert.equal(await r.get("k"), "v");
  assert.equal(await r.sendCommand(["ECHO", "mine"]), "mine");
  assert.match(
    await r.sendCommand<string>(["CLIENT", "INFO"]),
    / db=0 sub=0 psub=0 ssub=0 multi=-1 /,
  );
  // What the client owns still works through its API.
  const tx = r.multi();
  tx.sendCommand(["INCR", "n"]);
  assert.deepEqual(await tx.exec(), [1]);
  // Pipelines and transactions refuse them too, when queued.
  assert.throws(() => r.pipeline().sendCommand(["SUBSCRIBE", "x"]), TypeError);
  assert.throws(() => r.multi().sendCommand(["MULTI"]), /r\.multi\(\)/);
  // HELLO without arguments only reports; CLIENT subcommands that are not owned pass.
  assert.equal(
    (await r.sendCommand<Map<string, unknown>>(["HELLO"])).get("proto"),
    3,
  );
  assert.equal(typeof await r.sendCommand(["CLIENT", "ID"]), "number");
});

Deno.test("RedisCluster sendCommand refuses every command the client owns", async () => {
  await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:1"] });
  for (const args of RAW) {
    await assert.rejects(c.sendCommand(args), TypeError, args.join(" "));
  }
  assert.throws(() => c.pipeline().sendCommand(["WATCH", "k"]), TypeError);
});
