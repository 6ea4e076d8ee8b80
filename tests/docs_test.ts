/**
 * The command methods as `deno doc` (and so JSR) shows them (issue 13, finding 7): under
 * each public class, not under a base class `deno doc` never lists, with the class's own
 * return type (a `Promise` on a client, the queue on a pipeline), optional parameters
 * marked optional, and the full docs on the clients. The same for the members the
 * clients have from `ClientBase` and `ClientFeatures`, and the queues from
 * `CommandQueue` (gen/inherited.ts).
 *
 * @module
 */
import assert from "node:assert/strict";
import { generate, readTable } from "../gen/generate.ts";
import { SURFACES } from "../gen/surfaces.ts";

const ROOT = new URL("../", import.meta.url);

interface TsType {
  repr: string;
  kind: string;
  value?: { typeName?: string; typeParams?: TsType[] } | TsType[] | string;
}

interface ParamDoc {
  kind: string;
  name?: string;
  optional?: boolean;
  /** A parameter with a default (`kind: "assign"`): shown optional (`options?`). */
  left?: { name: string };
}

interface MethodDoc {
  name: string;
  /** `"method"`, or `"getter"` for an accessor. */
  kind?: string;
  jsDoc?: { doc?: string; tags?: { kind: string; doc?: string }[] };
  params: ParamDoc[];
  returnType: TsType;
}

/** A class method keeps its signature in `functionDef`; an interface's, inline. */
type Member = MethodDoc & { functionDef?: MethodDoc };

interface Declaration {
  kind: string;
  def: { methods?: Member[] };
}

/** `deno doc --json` of the entry points: each class's methods, own and declared. */
async function methodsOf(...files: string[]): Promise<Map<string, MethodDoc>> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", ...files],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  assert.ok(out.success, decoder.decode(out.stderr));
  const { nodes } = JSON.parse(decoder.decode(out.stdout));
  const methods = new Map<string, MethodDoc>();
  for (const node of Object.values(nodes) as { symbols: unknown[] }[]) {
    for (
      const symbol of node.symbols as {
        name: string;
        declarations: Declaration[];
      }[]
    ) {
      for (const declaration of symbol.declarations) {
        for (const method of declaration.def.methods ?? []) {
          const signature = { ...method, ...method.functionDef };
          methods.set(`${symbol.name}.${method.name}`, signature);
        }
      }
    }
  }
  return methods;
}

const methods = await methodsOf("mod.ts", "cluster.ts");

/** A method as documented under its class, failing with the names found when absent. */
function method(path: string): MethodDoc {
  const found = methods.get(path);
  assert.ok(found, `deno doc lists no ${path}`);
  return found;
}

Deno.test("Redis documents zrange as its own method: Promise reply, options optional", () => {
  const zrange = method("Redis.zrange");
  assert.equal(zrange.returnType.repr, "Promise");
  assert.deepEqual(
    zrange.params.map((p) => [p.name, p.optional]),
    [["key", false], ["start", false], ["stop", false], ["options", true]],
  );
  assert.match(zrange.jsDoc?.doc ?? "", /`ZRANGE key start stop/);
  assert.match(zrange.jsDoc?.doc ?? "", /Complexity:/);
  assert.ok(
    zrange.jsDoc?.tags?.some((t) =>
      t.kind === "see" && t.doc?.includes("redis.io/commands/zrange")
    ),
  );
});

Deno.test("RedisCluster documents get with a Promise of the reply", () => {
  const get = method("RedisCluster.get");
  assert.equal(get.returnType.repr, "Promise");
  assert.match(get.jsDoc?.doc ?? "", /Get the value of a key/);
});

Deno.test("pipelines and transactions document each method returning the queue", () => {
  assert.equal(method("Pipeline.get").returnType.repr, "Pipeline");
  assert.equal(method("Transaction.incr").returnType.repr, "Transaction");
  // An optional positional parameter, not only options objects, shows as optional.
  const [categoryname] = method("Pipeline.aclCat").params;
  assert.deepEqual([categoryname.name, categoryname.optional], [
    "categoryname",
    true,
  ]);
});

Deno.test("hand-written parameters with a default are documented as optional", () => {
  // JSR and `deno doc --html` show these as `options?:` (the terminal printer of
  // deno doc 2.9 drops the mark).
  const [options] = method("Connector.receive").params;
  assert.deepEqual([options.kind, options.left?.name], ["assign", "options"]);
  const [scan] = method("RedisCluster.scanIterator").params;
  assert.ok(scan.kind === "assign" || scan.optional, "scanIterator(options?)");
});

Deno.test("deno doc --filter finds a command method under Redis", async () => {
  // deno doc 2.9 names a member `Class.member` (the HTML pages add `.prototype` for
  // members written in the class body).
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--filter", "Redis.zrange", "mod.ts"],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const text = new TextDecoder().decode(out.stdout);
  assert.ok(out.success, new TextDecoder().decode(out.stderr));
  assert.match(text, /zrange<O extends ZrangeOptions = NoOptions>\(/);
  assert.match(text, /options\?: O\): Promise</);
});

/** What every client has, written once in ClientBase and ClientFeatures. */
const CLIENT_MEMBERS = [
  "sendCommand",
  "with",
  "addEventListener",
  "removeEventListener",
  "duplicate",
  "close",
  "destroy",
  "[Symbol.asyncDispose]",
  "reauthenticate",
  "script",
  "evalScript",
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "help",
  "scanIterator",
  "hscanIterator",
  "sscanIterator",
  "zscanIterator",
];

Deno.test("Redis and RedisCluster document what every client has as their own members", () => {
  for (const client of ["Redis", "RedisCluster"]) {
    for (const name of CLIENT_MEMBERS) {
      const member = method(`${client}.${name}`);
      assert.ok(member.jsDoc?.doc, `${client}.${name} has no doc`);
    }
    const close = method(`${client}.close`);
    assert.equal(close.returnType.repr, "Promise");
    assert.deepEqual(
      close.params.map((p) => [p.name, p.optional]),
      [["options", true]],
    );
    assert.match(close.jsDoc?.doc ?? "", /Closes gracefully/);
    // Each client's own event map, not the base's type parameter.
    const [type] = method(`${client}.addEventListener`).params;
    assert.equal(type.name, "type");
  }
  assert.match(
    JSON.stringify(method("Redis.addEventListener")),
    /RedisEventMap/,
  );
  assert.match(
    JSON.stringify(method("RedisCluster.addEventListener")),
    /ClusterEventMap/,
  );
});

Deno.test("deno doc --filter finds close, destroy and with under Redis and RedisCluster", async () => {
  for (
    const [filter, file, expected] of [
      [
        "Redis.close",
        "mod.ts",
        /close\(options\?: CloseOptions\): Promise<void>/,
      ],
      ["Redis.destroy", "mod.ts", /destroy\(\): void/],
      ["RedisCluster.close", "cluster.ts", /Closes gracefully/],
      ["Redis.with", "mod.ts", /with<B extends boolean/],
      ["Pipeline.sendCommand", "mod.ts", /Pipeline<S, \[\.\.\.R, T\]>/],
    ] as const
  ) {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["doc", "--filter", filter, file],
      cwd: ROOT,
      env: { NO_COLOR: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const decoder = new TextDecoder();
    assert.ok(out.success, `${filter}: ${decoder.decode(out.stderr)}`);
    assert.match(decoder.decode(out.stdout), expected, filter);
  }
});

Deno.test("a queue's own methods are documented under Pipeline and Transaction with their real return types", () => {
  for (const queue of ["Pipeline", "Transaction"]) {
    for (const name of ["sendCommand", "evalScript"]) {
      const member = method(`${queue}.${name}`);
      // The queue itself, with T added to the tuple exec() returns: [...R, T].
      assert.equal(member.returnType.repr, queue, `${queue}.${name}`);
      const [, tuple] = (member.returnType.value as {
        typeParams: TsType[];
      }).typeParams;
      assert.equal(tuple.kind, "tuple", `${queue}.${name}`);
      assert.deepEqual(
        (tuple.value as TsType[]).map((t) => t.kind),
        ["rest", "typeRef"],
      );
    }
    const [, keys, args] = method(`${queue}.evalScript`).params;
    assert.deepEqual([keys.optional, args.optional], [true, true]);
    const length = method(`${queue}.length`);
    assert.deepEqual([length.kind, length.returnType.repr], [
      "getter",
      "number",
    ]);
    assert.equal(method(`${queue}.exec`).returnType.repr, "Promise");
  }
  assert.match(method("Transaction.watch").jsDoc?.doc ?? "", /Watches keys/);
});

Deno.test("each class's generated declarations are what deno task gen writes from the bases as they are now", async () => {
  // An edit to ClientBase, ClientFeatures or CommandQueue (a doc, a signature) shows
  // under Redis, RedisCluster, Pipeline and Transaction once `deno task gen` ran.
  const { files } = await generate(await readTable());
  for (const file of new Set(SURFACES.map((s) => s.file))) {
    assert.ok(
      files[file] === await Deno.readTextFile(new URL(file, ROOT)),
      `${file} is not what the generator writes: run \`deno task gen\``,
    );
  }
});
