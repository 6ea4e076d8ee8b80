/**
 * The generator on any table: merging tables of several servers, and generating code that
 * compiles from each server's own table and from the merged one. Tests that need a server
 * read whichever of redis-7.0, redis-8.0 and valkey-8.1 this machine has, and say which
 * they skipped.
 */
import assert from "node:assert/strict";
import { type Arg, type CommandTable, formatTable } from "../gen/_table.ts";
import { mergeTables } from "../gen/merge.ts";
import { generate, OUTPUTS } from "../gen/generate.ts";
import { methodOf } from "../gen/shape.ts";
import { apiRecord } from "../gen/api.ts";
import {
  fetchFromServer,
  fetchPlan,
  parseArgs,
} from "../gen/fetch_commands.ts";
import { DEFAULT_SERVERS, serverCommand } from "../gen/_servers.ts";

const BASE = {
  arity: -2,
  flags: [],
  acl_categories: [],
  first_key: 1,
  last_key: 1,
  key_step: 1,
};

/** A one-server table of commands given by their argument trees. */
function table(
  server: string,
  version: string,
  commands: Record<string, Arg[]>,
): CommandTable {
  const since = version.split(".").slice(0, 2).join(".");
  return {
    sources: [{ server, version, modules: [] }],
    commands: Object.fromEntries(
      Object.entries(commands).map(([name, args]) => [name, {
        ...BASE,
        summary: name,
        availability: { [server]: since },
        arguments: args,
      }]),
    ),
  };
}

const key: Arg = { name: "key", type: "key" };
const opt = ["optional"] as Arg["flags"];
const bare = (token: string, flags?: Arg["flags"]): Arg => ({
  name: token.toLowerCase(),
  type: "pure-token",
  token,
  ...(flags && { flags }),
});

const side = (name: string): Arg => ({
  name,
  type: "oneof",
  arguments: [bare("LEFT"), bare("RIGHT")],
});

// As Redis 7.0, Redis 8.0 and Valkey 8.1 write them.
const old = table("redis", "7.0.15", {
  "xinfo stream": [key, {
    name: "full",
    type: "block",
    token: "FULL",
    flags: opt,
    arguments: [{ name: "count", type: "integer", token: "COUNT", flags: opt }],
  }],
  shutdown: [
    {
      name: "nosave_save",
      type: "oneof",
      flags: opt,
      arguments: [bare("NOSAVE"), bare("SAVE")],
    },
    bare("NOW", opt),
    bare("ABORT", opt),
  ],
  set: [key, { name: "value", type: "string" }, {
    name: "condition",
    type: "oneof",
    flags: opt,
    arguments: [bare("NX"), bare("XX")],
  }, bare("GET", opt)],
  bitop: [{ name: "operation", type: "string" }, key],
  lmove: [key, { ...key, name: "destination" }, side("from"), side("to")],
});
const redis8 = table("redis", "8.0.2", {
  "xinfo stream": [key, {
    name: "full-block",
    type: "block",
    flags: opt,
    arguments: [bare("FULL"), {
      name: "count",
      type: "integer",
      token: "COUNT",
      flags: opt,
    }],
  }],
  bitop: [{
    name: "operation",
    type: "oneof",
    arguments: [bare("AND"), bare("OR")],
  }, key],
  hexpire: [key, { name: "seconds", type: "integer" }, {
    name: "fields",
    type: "block",
    token: "FIELDS",
    arguments: [{ name: "numfields", type: "integer" }, {
      name: "field",
      type: "string",
      flags: ["multiple"],
    }],
  }],
});
const valkey = table("valkey", "8.1.1", {
  lmove: [key, { ...key, name: "destination" }, side("from"), side("to")],
  shutdown: [{
    name: "abort-selector",
    type: "oneof",
    flags: opt,
    arguments: [{
      name: "save-selector-block",
      type: "block",
      arguments: [
        {
          name: "save-selector",
          type: "oneof",
          flags: opt,
          arguments: [bare("NOSAVE"), bare("SAVE")],
        },
        bare("NOW", opt),
      ],
    }, bare("ABORT")],
  }],
  set: [key, { name: "value", type: "string" }, {
    name: "condition",
    type: "oneof",
    flags: opt,
    arguments: [bare("NX"), bare("XX"), {
      name: "comparison-value",
      type: "string",
      token: "IFEQ",
    }],
  }, bare("GET", opt)],
});

const apiOf = (t: CommandTable) =>
  apiRecord(
    Object.keys(t.commands).sort().map((n) => methodOf(n, t.commands[n])),
    [],
  ).trim().split("\n");

Deno.test("mergeTables gives the same table whatever the order of its inputs", () => {
  const a = JSON.stringify(mergeTables([old, redis8, valkey]));
  assert.equal(JSON.stringify(mergeTables([valkey, old, redis8])), a);
  assert.equal(JSON.stringify(mergeTables([redis8, valkey, old])), a);
});

Deno.test("mergeTables of a merged table and one of its servers changes nothing", () => {
  const merged = formatTable(mergeTables([old, redis8, valkey]));
  const again = (t: CommandTable) => mergeTables([JSON.parse(merged), t]);
  assert.equal(formatTable(again(valkey)), merged);
  assert.equal(formatTable(again(redis8)), merged);
  assert.equal(formatTable(again(old)), merged);
});

Deno.test("mergeTables marks where each command and argument exists", () => {
  const merged = mergeTables([old, redis8, valkey]);
  assert.deepEqual(merged.sources.map((s) => `${s.server} ${s.version}`), [
    "redis 7.0.15",
    "redis 8.0.2",
    "valkey 8.1.1",
  ]);
  assert.deepEqual(merged.commands.hexpire.availability, { redis: "8.0" });
  assert.deepEqual(merged.commands.set.availability, {
    redis: "7.0",
    valkey: "8.1",
  });
  const ifeq = merged.commands.set.arguments!.find((a) => a.token === "IFEQ");
  assert.deepEqual(ifeq?.availability, { valkey: "8.1" });
  // Arguments everywhere their command is carry no mark of their own; two alike
  // arguments (LEFT | RIGHT, twice) each find their own.
  assert.equal(merged.commands.set.arguments![0].availability, undefined);
  assert.deepEqual(
    merged.commands.lmove.arguments!.map((a) => a.availability),
    [undefined, undefined, undefined, undefined],
  );
});

Deno.test("mergeTables keeps every method of the oldest table as it was, and only adds", () => {
  const before = apiOf(old);
  const after = apiOf(mergeTables([old, redis8, valkey]));
  assert.deepEqual(before.filter((line) => !after.includes(line)), []);
  assert.deepEqual(after.filter((line) => !before.includes(line)), [
    "hexpire options.fields: readonly RedisArgument[]",
    "hexpire(key: RedisKey, seconds: number | bigint, options: {…}): number[]",
    "set options.ifeq?: RedisArgument",
  ]);
});

Deno.test("methodOf reads counts off the argument tree, whatever their names", () => {
  const method = methodOf("hexpire", redis8.commands.hexpire);
  assert.deepEqual(method.params.map((p) => p.name), [
    "key",
    "seconds",
    "options",
  ]);
  const options = method.params[2].shape;
  assert.ok(options.k === "object");
  const fields = options.entries[0];
  assert.ok(fields.k === "field");
  assert.deepEqual(fields.shape, {
    k: "list",
    of: { k: "scalar", scalar: "value" },
    counted: true,
  });
});

Deno.test("methodOf gives one shape to FULL [COUNT] however the server writes it", () => {
  const fromOld = apiOf(table("redis", "7.0.15", {
    "xinfo stream": old.commands["xinfo stream"].arguments!,
  }));
  const fromNew = apiOf(table("redis", "8.0.2", {
    "xinfo stream": redis8.commands["xinfo stream"].arguments!,
  }));
  assert.deepEqual(fromNew, fromOld);
});

/** Generates from each table and type-checks the methods against the real lib/, at once. */
async function typeChecks(...tables: CommandTable[]): Promise<void> {
  const lib = new URL("../lib/", import.meta.url).href;
  const dir = await Deno.makeTempDir({ prefix: "desir-gen-check-" });
  try {
    const paths: string[] = [];
    for (const [i, t] of tables.entries()) {
      const { files } = await generate(t);
      const path = `${dir}/commands_${i}.ts`;
      await Deno.writeTextFile(
        path,
        files[OUTPUTS.commands].replaceAll('from "./', `from "${lib}`),
      );
      paths.push(path);
    }
    const { code: status, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "check",
        "--quiet",
        "--config",
        new URL("../deno.json", import.meta.url).pathname,
        ...paths,
      ],
      stdout: "null",
      stderr: "piped",
    }).output();
    assert.equal(status, 0, new TextDecoder().decode(stderr));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("generate emits code that type-checks for the fixtures, one server or merged", async () => {
  await typeChecks(valkey, mergeTables([old, redis8, valkey]));
});

Deno.test("generate emits code that type-checks for each server's own table and for their merge", async () => {
  const tables: CommandTable[] = [];
  for (const spec of DEFAULT_SERVERS) {
    const found = serverCommand(spec);
    if ("missing" in found) {
      console.log(`skipped: ${found.missing}`);
      continue;
    }
    tables.push(await fetchFromServer(spec));
  }
  await typeChecks(
    ...tables,
    ...(tables.length > 1 ? [mergeTables(tables)] : []),
  );
});

Deno.test("parseArgs reads servers, URLs and --merge, and names what it cannot read", () => {
  assert.deepEqual(parseArgs([]), {
    servers: DEFAULT_SERVERS,
    urls: [],
    merge: false,
  });
  assert.deepEqual(
    parseArgs(["--url", "redis://h:1", "--merge"], { REDIS_URL: "redis://e" }),
    { servers: [], urls: ["redis://h:1", "redis://e"], merge: true },
  );
  assert.deepEqual(
    parseArgs(["--server", "redis-8.0", "--server", "/opt/vk/valkey-server"]),
    {
      servers: ["redis-8.0", "/opt/vk/valkey-server"],
      urls: [],
      merge: false,
    },
  );
  assert.throws(
    () => parseArgs(["--servr", "x"]),
    /unknown argument "--servr"/,
  );
  assert.throws(() => parseArgs(["--url"]), /unknown argument "--url"/);
});

Deno.test("fetchPlan with --merge adds a server to the committed table without changing it", async () => {
  const committed = JSON.parse(
    await Deno.readTextFile(new URL("../commands.json", import.meta.url)),
  ) as CommandTable;
  const found = serverCommand("redis-7.0");
  if ("missing" in found) return console.log(`skipped: ${found.missing}`);
  const merged = await fetchPlan(
    { servers: ["redis-7.0"], urls: [], merge: true },
    committed,
  );
  assert.equal(formatTable(merged), formatTable(committed));
});

/**
 * The lines of the Redis 7.0 table's API record that the merged table changes, each on
 * purpose: new members of a union, a new optional parameter whose reply type depends on
 * it, lower-case tokens in a reply's condition.
 */
const DELIBERATE = [
  "clientKill(", // TYPE PRIMARY (Valkey) and MAXAGE (Redis 8, Valkey) added to the filters
  "hrandfield(", // "withvalues" in either case picks the pairs reply
  "zrandmember(", // "withscores" in either case picks the scored reply
  "zrank(", // options?: { withscore }, replying [rank, score] | null with it
  "zrevrank(", // the same
];

Deno.test("the merged table changes no method of the Redis 7.0 table but on purpose, and only adds", async () => {
  const found = serverCommand("redis-7.0");
  if ("missing" in found) return console.log(`skipped: ${found.missing}`);
  const record = async (t: CommandTable) =>
    (await generate(t)).files[OUTPUTS.api].trim().split("\n");
  const before = await record(await fetchFromServer("redis-7.0"));
  const after = await record(
    JSON.parse(
      await Deno.readTextFile(new URL("../commands.json", import.meta.url)),
    ),
  );
  const changed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  console.log(
    `${before.length} lines on Redis 7.0, ${after.length} merged: ` +
      `${changed.length} changed on purpose, ${added.length} added`,
  );
  for (const line of changed) {
    console.log(`  was: ${line}`);
    assert.ok(DELIBERATE.some((d) => line.startsWith(d)), line);
  }
});
