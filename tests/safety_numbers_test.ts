import assert from "node:assert/strict";
import { Redis } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

interface Argument {
  name: string;
  type: string;
  arguments?: Argument[];
}
const table = JSON.parse(
  await Deno.readTextFile(new URL("../commands.json", import.meta.url)),
) as { commands: Record<string, { arguments?: Argument[] }> };

/** The names of a command's integer-typed arguments, as commands.json says. */
function integerArguments(command: string): string[] {
  const walk = (args: Argument[] = []): string[] =>
    args.flatMap((a) => [
      ...(a.type === "integer" ? [a.name] : []),
      ...walk(a.arguments),
    ]);
  return walk(table.commands[command].arguments);
}

Deno.test("Redis sends -0 to every integer argument as a number the server accepts", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.rpush("list", "a", "b");
  await r.set("str", "hello");
  await r.zadd("zset", [[1, "m"]]);
  const z = -0;
  // Each call puts -0 in every integer argument its command has (checked below).
  const calls: [string, string[], () => Promise<unknown>, unknown][] = [
    ["incrby", ["increment"], () => r.incrby("n1", z), 0],
    ["decrby", ["decrement"], () => r.decrby("n2", z), 0],
    ["hincrby", ["increment"], () => r.hincrby("h", "f", z), 0],
    ["expire", ["seconds"], () => r.expire("str2", z), 0],
    ["pexpire", ["milliseconds"], () => r.pexpire("str2", z), 0],
    ["lrange", ["start", "stop"], () => r.lrange("list", z, z), ["a"]],
    ["lindex", ["index"], () => r.lindex("list", z), "a"],
    ["lset", ["index"], () => r.lset("list", z, "a"), "OK"],
    ["ltrim", ["start", "stop"], () => r.ltrim("nolist", z, z), "OK"],
    ["getrange", ["start", "end"], () => r.getrange("str", z, z), "h"],
    ["setrange", ["offset"], () => r.setrange("str", z, "j"), 5],
    ["getbit", ["offset"], () => r.getbit("str", z), 0],
    ["setbit", ["offset", "value"], () => r.setbit("bits", z, z), 0],
    [
      "zremrangebyrank",
      ["start", "stop"],
      () => r.zremrangebyrank("nz", z, z),
      0,
    ],
  ];
  for (const [command, args, call, expected] of calls) {
    assert.deepEqual(integerArguments(command), args, command);
    assert.deepEqual(await call(), expected, command);
  }
  // A raw command too: the encoder, not the generated method, makes the difference.
  assert.equal(await r.sendCommand(["INCRBY", "n3", -0]), 0);
  // A double keeps its value: -0 and 0 are the same score.
  assert.equal(await r.zadd("zset", [[-0, "m"]]), 0);
  assert.equal(Number(await r.zscore("zset", "m")), 0);
});
