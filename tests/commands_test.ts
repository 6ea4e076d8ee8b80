import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";
import { Commands } from "../lib/commands.ts";
import { commandKeys, commandName } from "../lib/command_keys.ts";
import { help } from "../lib/help.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import { RedisError } from "../lib/errors.ts";
import { generate, readTable } from "../gen/generate.ts";
import { fetchPlan, fetchTable, parseArgs } from "../gen/fetch_commands.ts";
import { serverCommand } from "../gen/_servers.ts";
import { API_RECORD } from "../gen/api.ts";
import { formatTable } from "../gen/_table.ts";
import { methodName, methodOf } from "../gen/shape.ts";
import { EXCLUDED } from "../gen/overrides.ts";
import { REPLIES } from "../gen/replies.ts";
import { sampleCalls } from "../gen/samples.ts";
import { argvOf, Recorder } from "./_recorder.ts";
import {
  toCoordinates,
  toGeoMatches,
  toNumber,
  toRecord,
  toScored,
  toStreams,
} from "../lib/_reply.ts";

const table = await readTable();

Deno.test("generate reproduces the committed generated files", async () => {
  const { files } = await generate(table);
  for (const [path, text] of Object.entries(files)) {
    const committed = await Deno.readTextFile(
      new URL(`../${path}`, import.meta.url),
    );
    assert.ok(
      committed === text,
      `${path} differs from a fresh generation: run \`deno task gen\``,
    );
  }
});

Deno.test("gen:commands rebuilds commands.json and the API record byte for byte from the servers it was read from", async () => {
  const plan = parseArgs([]);
  const missing = plan.servers.map(serverCommand).filter((c) => "missing" in c);
  if (missing.length) {
    console.log(
      `not compared: ${missing.map((m) => "missing" in m && m.missing)}`,
    );
    return;
  }
  const first = formatTable(await fetchPlan(plan));
  const second = formatTable(await fetchPlan(plan));
  assert.ok(first === second, "two reads of the same servers differ");
  const committed = await Deno.readTextFile(
    new URL("../commands.json", import.meta.url),
  );
  assert.ok(
    first === committed,
    "commands.json differs from the servers' tables: run `deno task gen:commands`",
  );
  const { files } = await generate(JSON.parse(first));
  const record = await Deno.readTextFile(
    new URL(`../${API_RECORD}`, import.meta.url),
  );
  assert.equal(
    files[API_RECORD],
    record,
    `the public API changed (${API_RECORD}): if on purpose, commit the new record`,
  );
});

Deno.test("Commands has a method for every command in commands.json", async () => {
  const { methods, excluded, containers } = await generate(table);
  const all = Object.keys(table.commands);
  assert.equal(
    methods.length + excluded.length + containers.length,
    all.length,
  );
  assert.deepEqual(excluded.sort(), Object.keys(EXCLUDED).sort());
  for (const method of methods) {
    assert.equal(
      typeof Object.getOwnPropertyDescriptor(Commands.prototype, method.name)
        ?.value,
      "function",
      method.name,
    );
  }
  const names = new Set(methods.map((m) => m.name));
  for (const [typed, reply] of Object.entries(REPLIES)) {
    assert.ok(names.has(typed), `REPLIES.${typed}`);
    const method = methods.find((m) => m.name === typed)!;
    if (reply.on) {
      assert.ok(
        method.params.some((p) => p.name === reply.on),
        `REPLIES.${typed}.on: no parameter "${reply.on}"`,
      );
    }
  }
  const leaves = all.filter((n) => !table.commands[n].subcommands?.length);
  assert.equal(methods.length, leaves.length - excluded.length);
  console.log(
    `${all.length} commands: ${methods.length} methods, ${excluded.length} excluded, ${containers.length} containers`,
  );
});

Deno.test("methodName is the lowerCamel of the command words", () => {
  const cases: [string, string][] = [
    ["get", "get"],
    ["config get", "configGet"],
    ["client kill", "clientKill"],
    ["xinfo stream", "xinfoStream"],
    ["client no-evict", "clientNoEvict"],
    ["georadius_ro", "georadiusRo"],
    ["restore-asking", "restoreAsking"],
    ["cluster set-config-epoch", "clusterSetConfigEpoch"],
    ["json.get", "jsonGet"],
  ];
  for (const [command, method] of cases) {
    assert.equal(methodName(command), method);
  }
});

Deno.test("generate fails loudly on a command it cannot place", async () => {
  const base = {
    arity: -2,
    flags: [],
    acl_categories: [],
    first_key: 0,
    last_key: 0,
    key_step: 0,
  };
  const sources = [{ server: "test", version: "0", modules: [] }];
  await assert.rejects(
    generate({
      sources,
      commands: {
        "x.odd": {
          ...base,
          arguments: [{
            name: "either",
            type: "oneof",
            arguments: [
              {
                name: "a",
                type: "block",
                arguments: [{ name: "p", type: "string" }, {
                  name: "q",
                  type: "string",
                }],
              },
              {
                name: "b",
                type: "block",
                arguments: [{ name: "r", type: "integer" }, {
                  name: "s",
                  type: "integer",
                }],
              },
            ],
          }],
        },
      },
    }),
    /Cannot generate a method for X\.ODD: .*cannot be told apart/,
  );
  await assert.rejects(
    generate({ sources, commands: { close: { ...base, arity: 1 } } }),
    /would be method "close", which the client defines/,
  );
});

Deno.test("Commands methods encode their options in the server's order", () => {
  assert.deepEqual(
    argvOf("set", ["k", "v", { condition: "NX", get: true, ex: 10 }]),
    [
      "SET",
      "k",
      "v",
      "NX",
      "GET",
      "EX",
      10,
    ],
  );
  assert.deepEqual(argvOf("set", ["k", "v"]), ["SET", "k", "v"]);
  assert.deepEqual(
    argvOf("zadd", ["z", [[1, "a"], [2, "b"]], { condition: "XX", ch: true }]),
    [
      "ZADD",
      "z",
      "XX",
      "CH",
      1,
      "a",
      2,
      "b",
    ],
  );
  assert.deepEqual(
    argvOf("xadd", ["s", "*", { f: "v", g: 1 }, {
      trim: { strategy: "MAXLEN", operator: "~", threshold: 100, limit: 10 },
    }]),
    ["XADD", "s", "MAXLEN", "~", 100, "LIMIT", 10, "*", "f", "v", "g", 1],
  );
  assert.deepEqual(
    argvOf("geosearch", ["g", {
      fromlonlat: [15, 37],
      byradius: [200, "km"],
      order: "ASC",
      count: [5, "ANY"],
      withdist: true,
    }]),
    [
      "GEOSEARCH",
      "g",
      "FROMLONLAT",
      15,
      37,
      "BYRADIUS",
      200,
      "KM",
      "ASC",
      "COUNT",
      5,
      "ANY",
      "WITHDIST",
    ],
  );
  assert.deepEqual(argvOf("clientKill", [{ id: 7, skipme: "no" }]), [
    "CLIENT",
    "KILL",
    "ID",
    7,
    "SKIPME",
    "no",
  ]);
  assert.deepEqual(argvOf("clientKill", ["127.0.0.1:5000"]), [
    "CLIENT",
    "KILL",
    "127.0.0.1:5000",
  ]);
  assert.deepEqual(
    argvOf("sort", ["l", {
      by: "w_*",
      limit: [0, 10],
      get: ["#", "o_*"],
      order: "DESC",
      alpha: true,
      store: "d",
    }]),
    [
      "SORT",
      "l",
      "BY",
      "w_*",
      "LIMIT",
      0,
      10,
      "GET",
      "#",
      "GET",
      "o_*",
      "DESC",
      "ALPHA",
      "STORE",
      "d",
    ],
  );
  assert.deepEqual(
    argvOf("migrate", ["h", 6380, "", 0, 1000, {
      replace: true,
      auth2: ["u", "p"],
      keys: ["a", "b"],
    }]),
    [
      "MIGRATE",
      "h",
      6380,
      "",
      0,
      1000,
      "REPLACE",
      "AUTH2",
      "u",
      "p",
      "KEYS",
      "a",
      "b",
    ],
  );
  assert.deepEqual(argvOf("eval", ["return 1"]), ["EVAL", "return 1", 0]);
  assert.deepEqual(argvOf("eval", ["s", ["k1", "k2"], ["a"]]), [
    "EVAL",
    "s",
    2,
    "k1",
    "k2",
    "a",
  ]);
  assert.deepEqual(
    argvOf("zunion", [["a", "b"], { weights: [1, 2], aggregate: "MAX" }]),
    [
      "ZUNION",
      2,
      "a",
      "b",
      "WEIGHTS",
      1,
      2,
      "AGGREGATE",
      "MAX",
    ],
  );
  assert.deepEqual(
    argvOf("xread", [{ count: 2, streams: { s1: "0", s2: "$" } }]),
    [
      "XREAD",
      "COUNT",
      2,
      "STREAMS",
      "s1",
      "s2",
      "0",
      "$",
    ],
  );
  assert.deepEqual(
    argvOf("bitfield", ["b", { get: ["u8", 0] }, {
      overflow: "SAT",
      incrby: ["u8", 0, 1],
    }]),
    [
      "BITFIELD",
      "b",
      "GET",
      "u8",
      0,
      "OVERFLOW",
      "SAT",
      "INCRBY",
      "u8",
      0,
      1,
    ],
  );
  assert.deepEqual(argvOf("replicaof", ["NO ONE"]), ["REPLICAOF", "NO", "ONE"]);
  assert.deepEqual(
    argvOf("clientTracking", ["ON", { prefix: ["a:", "b:"], bcast: true }]),
    [
      "CLIENT",
      "TRACKING",
      "ON",
      "PREFIX",
      "a:",
      "PREFIX",
      "b:",
      "BCAST",
    ],
  );
  assert.deepEqual(argvOf("xinfoStream", ["s", { full: true }]), [
    "XINFO",
    "STREAM",
    "s",
    "FULL",
  ]);
  assert.deepEqual(argvOf("xinfoStream", ["s", { full: { count: 5 } }]), [
    "XINFO",
    "STREAM",
    "s",
    "FULL",
    "COUNT",
    5,
  ]);
  assert.deepEqual(argvOf("del", ["a", "b", "c"]), ["DEL", "a", "b", "c"]);
  assert.deepEqual(argvOf("commandGetkeys", ["GET", "k"]), [
    "COMMAND",
    "GETKEYS",
    "GET",
    "k",
  ]);
});

Deno.test("Commands methods send the counts the caller does not write", () => {
  assert.deepEqual(argvOf("hexpire", ["h", 100, { fields: ["a", "b"] }]), [
    "HEXPIRE",
    "h",
    100,
    "FIELDS",
    2,
    "a",
    "b",
  ]);
  assert.deepEqual(
    argvOf("hsetex", ["h", { ex: 5, fields: { a: "1", b: "2" } }]),
    ["HSETEX", "h", "EX", 5, "FIELDS", 2, "a", "1", "b", "2"],
  );
  assert.deepEqual(
    argvOf("vadd", ["v", "e", { values: [0.5, 1], reduce: 2 }]),
    ["VADD", "v", "REDUCE", 2, "VALUES", 2, 0.5, 1, "e"],
  );
  assert.deepEqual(argvOf("vsim", ["v", { ele: "e", count: 3 }]), [
    "VSIM",
    "v",
    "ELE",
    "e",
    "COUNT",
    3,
  ]);
  assert.deepEqual(argvOf("eval", ["return 1"]), ["EVAL", "return 1", 0]);
  assert.deepEqual(argvOf("zunion", [["a", "b"]]), ["ZUNION", 2, "a", "b"]);
});

Deno.test("Commands methods send what they sent on the Redis 7.0 table, token literals upper case", () => {
  assert.deepEqual(argvOf("xinfoStream", ["s", { full: { count: 5 } }]), [
    "XINFO",
    "STREAM",
    "s",
    "FULL",
    "COUNT",
    5,
  ]);
  assert.deepEqual(argvOf("xinfoStream", ["s", { full: true }]), [
    "XINFO",
    "STREAM",
    "s",
    "FULL",
  ]);
  assert.deepEqual(argvOf("clientKill", [{ skipme: "yes" }]), [
    "CLIENT",
    "KILL",
    "SKIPME",
    "yes",
  ]);
  assert.deepEqual(argvOf("bitop", ["and", "d", "a"]), [
    "BITOP",
    "and",
    "d",
    "a",
  ]);
  assert.deepEqual(
    argvOf("shutdown", [{ nosaveSave: "nosave", abort: true }]),
    [
      "SHUTDOWN",
      "NOSAVE",
      "ABORT",
    ],
  );
  assert.deepEqual(argvOf("bgsave", [{ schedule: true }]), [
    "BGSAVE",
    "SCHEDULE",
  ]);
  assert.deepEqual(argvOf("set", ["k", "v", { condition: "xx", ifeq: "o" }]), [
    "SET",
    "k",
    "v",
    "XX",
    "IFEQ",
    "o",
  ]);
  assert.deepEqual(argvOf("zrank", ["z", "m", { withscore: true }]), [
    "ZRANK",
    "z",
    "m",
    "WITHSCORE",
  ]);
  assert.deepEqual(argvOf("clientNoTouch", ["on"]), [
    "CLIENT",
    "NO-TOUCH",
    "ON",
  ]);
});

Deno.test("Commands methods ask for bytes where the reply is binary", () => {
  const rec = new Recorder();
  rec.dump("k");
  assert.equal(rec.hints?.bytes, true);
  rec.get("k");
  assert.equal(rec.hints, undefined);
  assert.equal(rec.parse, undefined);
});

Deno.test("commandKeys matches COMMAND GETKEYS for every command with keys", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  // The commands this server has: the table covers several servers.
  const served = (await fetchTable(server.url)).commands;
  let checked = 0;
  let renamed = 0;
  const commands = Object.entries(table.commands).filter(([name, c]) =>
    c.key_specs?.length && !Object.hasOwn(EXCLUDED, name) &&
    Object.hasOwn(served, name)
  );
  for (const [name] of commands) {
    // Sample calls use only what this server's own table has.
    const method = methodOf(name, served[name]);
    for (const call of sampleCalls(method)) {
      let argv: RedisArgument[];
      try {
        argv = argvOf(method.name, call);
      } catch (e) {
        // An option this server's table names otherwise than the merged table (Valkey's
        // SET "nx" is the method's `condition`): the method refuses it by name.
        assert.ok(
          e instanceof TypeError && /unknown option/.test(e.message),
          String(e),
        );
        renamed++;
        continue;
      }
      let expected: RedisArgument[];
      try {
        expected = await r.sendCommand<RedisArgument[]>([
          "COMMAND",
          "GETKEYS",
          ...argv,
        ]);
      } catch (e) {
        assert.ok(e instanceof RedisError, String(e));
        assert.match(
          e.message,
          /Invalid arguments|no key arguments|must be set to the empty string/,
          `${argv.join(" ")}: ${e.message}`,
        );
        expected = [];
      }
      assert.deepEqual(
        commandKeys(argv),
        expected,
        `keys of ${argv.join(" ")}`,
      );
      checked++;
    }
  }
  // Excluded commands have keys too (WATCH): their raw argv still resolves.
  assert.deepEqual(commandKeys(["WATCH", "a", "b"]), ["a", "b"]);
  assert.ok(commands.length > 150, `${commands.length} commands with keys`);
  assert.ok(renamed < checked / 20, `${renamed} calls with renamed options`);
  console.log(
    `${commands.length} commands with keys, ${checked} calls checked, ${renamed} with renamed options skipped`,
  );
});

Deno.test("commandKeys finds keys of movable-key commands", () => {
  assert.deepEqual(commandKeys(["EVAL", "s", 2, "a", "b", "x"]), ["a", "b"]);
  assert.deepEqual(commandKeys(["eval", "s", "0"]), []);
  assert.deepEqual(
    commandKeys([
      "XREADGROUP",
      "GROUP",
      "g",
      "c",
      "STREAMS",
      "s1",
      "s2",
      ">",
      ">",
    ]),
    ["s1", "s2"],
  );
  assert.deepEqual(
    commandKeys(["SORT", "l", "BY", "w_*", "GET", "#", "STORE", "d"]),
    ["l", "d"],
  );
  assert.deepEqual(
    commandKeys(["MIGRATE", "h", 1, "", 0, 5, "KEYS", "a", "b"]),
    ["a", "b"],
  );
  assert.deepEqual(commandKeys(["MIGRATE", "h", 1, "k", 0, 5]), ["k"]);
  assert.deepEqual(
    commandKeys(["ZUNIONSTORE", "d", 2, "a", "b", "WEIGHTS", 1, 2]),
    ["d", "a", "b"],
  );
  assert.deepEqual(commandKeys(["XINFO", "STREAM", "s"]), ["s"]);
  assert.deepEqual(commandKeys([new TextEncoder().encode("GET"), "k"]), ["k"]);
  assert.deepEqual(commandKeys(["PING"]), []);
  assert.deepEqual(commandKeys(["NOSUCHCOMMAND", "x"]), []);
  assert.equal(commandName(["CONFIG", "get", "x"]), "config get");
});

Deno.test("help returns a command's documentation by command or method name", async () => {
  const rpop = await help("rpop");
  assert.match(rpop, /^RPOP key \[count\]\n/);
  assert.match(rpop, /Complexity: O\(N\)/);
  assert.match(rpop, /https:\/\/redis\.io\/commands\/rpop\//);
  assert.match(rpop, /Method: rpop\(key, count\?\)/);
  assert.equal(await help("RPOP"), rpop);
  const configGet = await help("configGet");
  assert.equal(await help("CONFIG GET"), configGet);
  assert.equal(await help("config|get"), configGet);
  assert.match(configGet, /^CONFIG GET parameter \[parameter \.\.\.\]/);
  const rec = new Recorder();
  assert.equal(await help(rec.configGet), configGet);
  assert.match(
    await help("georadius"),
    /Deprecated since Redis 6\.2\.0: use `GEOSEARCH`/,
  );
  assert.match(await help("multi"), /Method: none\. Use `r\.multi\(\)`/);
  assert.match(await help("client"), /subcommands: CLIENT CACHING, /);
  await assert.rejects(help("nosuchcommand"), TypeError);
  await assert.rejects(help("constructor"), TypeError);
});

Deno.test("reply parsers give one shape for RESP2 and RESP3", () => {
  assert.equal(toNumber("1.5"), 1.5);
  assert.equal(toNumber(new TextEncoder().encode("-inf")), -Infinity);
  assert.equal(toNumber("inf"), Infinity);
  assert.equal(toNumber(null), null);
  assert.deepEqual(toScored(["a", "1", "b", "2.5"]), [["a", 1], ["b", 2.5]]);
  assert.deepEqual(toScored([["a", 1], ["b", 2.5]]), [["a", 1], ["b", 2.5]]);
  const flat = toRecord(["a", "1", "__proto__", "x"])!;
  const map = toRecord(new Map([["a", "1"], ["__proto__", "x"]]))!;
  assert.deepEqual({ ...flat }, { ...map });
  assert.equal(Object.getPrototypeOf(flat), null);
  assert.equal(flat.__proto__, "x");
  assert.deepEqual(toStreams(new Map([["s", []]])), [["s", []]]);
  assert.deepEqual(toStreams([["s", []]]), [["s", []]]);
  assert.deepEqual(toCoordinates([["1.5", "2"], null]), [[1.5, 2], null]);
  assert.deepEqual(toGeoMatches([["m", "0.5", 123, ["1", "2"]], "x"]), [
    { member: "m", distance: 0.5, hash: 123, coordinates: [1, 2] },
    "x",
  ]);
});
