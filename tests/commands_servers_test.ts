// The methods of commands only newer servers have, end to end against the server that has
// them (Redis 8.0, Valkey 8.1, from the root `./run servers` unpacks), over RESP3 and
// RESP2: each reply has its declared type, with the same shape on both protocols. A test
// whose server is missing says so and passes without checking anything else.
import assert from "node:assert/strict";
import { Redis } from "../lib/client.ts";
import { startServer, type ThrowawayServer } from "../gen/_servers.ts";
import { serverCommand } from "../gen/_servers.ts";
import { help } from "../lib/help.ts";
import { freePorts } from "./harness/_free_port.ts";
import { waitFor } from "./_wait.ts";
import { eachProtocol } from "./_each_protocol.ts";

/** Runs `body` once per protocol against one fresh `spec` server, or skips it. */
function on(
  spec: "redis-8.0" | "valkey-8.1",
  name: string,
  body: (r: Redis, protocol: 2 | 3, server: ThrowawayServer) => Promise<void>,
  serverArgs: string[] = [],
) {
  Deno.test(`${name} (${spec})`, async () => {
    const found = serverCommand(spec);
    if ("missing" in found) {
      console.log(`skipped: ${found.missing}`);
      return;
    }
    await using server = await startServer(spec, serverArgs);
    await eachProtocol(
      (protocol) => new Redis(server.url, { protocol }),
      (r, protocol) => body(r, protocol, server),
    );
  });
}

for (const spec of ["redis-8.0", "valkey-8.1"] as const) {
  on(spec, "zrank and zrevrank WITHSCORE return [rank, score]", async (r) => {
    await r.zadd("z", [[1.5, "a"], [2.5, "b"]]);
    assert.deepEqual(await r.zrank("z", "b", { withscore: true }), [1, 2.5]);
    assert.deepEqual(await r.zrevrank("z", "b", { withscore: true }), [
      0,
      2.5,
    ]);
    assert.equal(await r.zrank("z", "missing", { withscore: true }), null);
    assert.equal(await r.zrank("z", "b"), 1);
  });

  on(spec, "hscan NOVALUES returns fields only", async (r) => {
    await r.hset("h", { a: "1", b: "2" });
    const [cursor, fields] = await r.hscan("h", 0, { novalues: true });
    assert.equal(cursor, "0");
    assert.deepEqual(fields.sort(), ["a", "b"]);
  });

  on(
    spec,
    "client setinfo, no-touch and waitaof reply as declared",
    async (r) => {
      assert.equal(await r.clientSetinfo({ libName: "desir-test" }), "OK");
      assert.equal(await r.clientSetinfo({ libVer: "1.0" }), "OK");
      assert.match(await r.clientInfo(), /lib-name=desir-test lib-ver=1\.0/);
      assert.equal(await r.clientNoTouch("on"), "OK");
      assert.equal(await r.clientNoTouch("OFF"), "OK");
      assert.deepEqual(await r.waitaof(0, 0, 0), [0, 0]);
    },
  );
}

on(
  "redis-8.0",
  "the HEXPIRE family computes FIELDS' count and replies one integer per field",
  async (r) => {
    await r.hset("h", { a: "1", b: "2", c: "3" });
    assert.deepEqual(await r.hexpire("h", 100, { fields: ["a", "zz"] }), [
      1,
      -2,
    ]);
    assert.deepEqual(
      await r.hexpire("h", 50, { condition: "gt", fields: ["a"] }),
      [0],
    );
    assert.deepEqual(await r.httl("h", { fields: ["a", "b", "zz"] }), [
      100,
      -1,
      -2,
    ]);
    const [pttl] = await r.hpttl("h", { fields: ["a"] });
    assert.ok(pttl > 90_000 && pttl <= 100_000, String(pttl));
    const at = Math.floor(Date.now() / 1000) + 1000;
    assert.deepEqual(await r.hexpireat("h", at, { fields: ["b"] }), [1]);
    assert.deepEqual(await r.hexpiretime("h", { fields: ["b"] }), [at]);
    assert.deepEqual(await r.hpexpire("h", 200_000, { fields: ["c"] }), [1]);
    assert.deepEqual(
      await r.hpexpireat("h", at * 1000, { fields: ["c"] }),
      [1],
    );
    assert.deepEqual(await r.hpexpiretime("h", { fields: ["c"] }), [at * 1000]);
    assert.deepEqual(await r.hpersist("h", { fields: ["a", "b", "zz"] }), [
      1,
      1,
      -2,
    ]);
  },
);

on("redis-8.0", "hgetex, hsetex and hgetdel reply as declared", async (r) => {
  assert.equal(
    await r.hsetex("h", { ex: 100, fields: { a: "1", b: "2" } }),
    1,
  );
  assert.equal(
    await r.hsetex("h", { condition: "fnx", fields: [["a", "x"]] }),
    0,
  );
  assert.deepEqual(await r.httl("h", { fields: ["a"] }), [100]);
  assert.deepEqual(
    await r.hgetex("h", { persist: true, fields: ["a", "zz"] }),
    ["1", null],
  );
  assert.deepEqual(await r.httl("h", { fields: ["a"] }), [-1]);
  assert.deepEqual(await r.hgetdel("h", { fields: ["b", "zz"] }), ["2", null]);
  assert.equal(await r.hlen("h"), 1);
});

on("redis-8.0", "vector-set methods reply as declared", async (r) => {
  assert.equal(await r.vadd("v", "a", { values: [1, 0] }), true);
  assert.equal(
    await r.vadd("v", "b", { values: [0, 1], setattr: '{"x":1}' }),
    true,
  );
  assert.equal(await r.vadd("v", "c", { values: [1, 1], cas: true }), true);
  assert.equal(await r.vadd("v", "a", { values: [1, 0] }), false);
  assert.equal(await r.vcard("v"), 3);
  assert.equal(await r.vdim("v"), 2);
  assert.equal(await r.vismember("v", "a"), true);
  assert.equal(await r.vismember("v", "zz"), false);
  const emb = await r.vemb("v", "a");
  assert.equal(emb.length, 2);
  assert.ok(emb.every((x) => typeof x === "number"));
  const [quantization] = await r.vemb("v", "a", { raw: true });
  assert.equal(quantization, "int8");
  assert.equal(await r.vgetattr("v", "b"), '{"x":1}');
  assert.equal(await r.vgetattr("v", "a"), null);
  assert.equal(await r.vsetattr("v", "a", '{"x":2}'), true);
  const similar = await r.vsim("v", { ele: "a" });
  assert.equal(similar[0], "a");
  assert.equal(similar.length, 3);
  const scored = await r.vsim("v", {
    values: [1, 0],
    withscores: true,
    count: 2,
  });
  assert.equal(scored.length, 2);
  assert.equal(scored[0][0], "a");
  assert.ok(Math.abs(scored[0][1] - 1) < 0.01, String(scored));
  assert.deepEqual(
    await r.vsim("v", { ele: "a", filter: ".x == 2" }),
    ["a"],
  );
  const info = await r.vinfo("v");
  assert.equal(info["vector-dim"], 2);
  const links = await r.vlinks("v", "a");
  // Which neighbors the graph keeps is its own choice: other elements of the set.
  // One list per layer the element is on; upper layers may be empty.
  assert.ok(links && links.flat().length >= 1, String(links));
  assert.ok(links.flat().every((e) => e === "b" || e === "c"), String(links));
  const scoredLinks = await r.vlinks("v", "a", { withscores: true });
  assert.ok(
    scoredLinks?.flat().every(([e, score]) =>
      typeof e === "string" && typeof score === "number"
    ),
  );
  assert.equal(await r.vlinks("v", "zz"), null);
  assert.ok(["a", "b", "c"].includes((await r.vrandmember("v"))!));
  assert.equal((await r.vrandmember("v", 2)).length, 2);
  assert.equal(await r.vrem("v", "c"), true);
  assert.equal(await r.vrem("v", "c"), false);
});

on(
  "valkey-8.1",
  "client capa, script show and SET IFEQ reply as declared",
  async (r) => {
    assert.equal(await r.clientCapa("redirect"), "OK");
    const sha = await r.scriptLoad("return 1");
    assert.equal(await r.scriptShow(sha), "return 1");
    await r.set("k", "old");
    assert.equal(await r.set("k", "new", { ifeq: "nope" }), null);
    assert.equal(await r.set("k", "new", { ifeq: "old" }), "OK");
    assert.equal(await r.get("k"), "new");
  },
);

on(
  "valkey-8.1",
  "cluster slot-stats replies [slot, stats] pairs",
  async (r) => {
    if ((await r.clusterInfo()).includes("cluster_slots_assigned:0")) {
      await r.clusterAddslotsrange([[0, 16383]]);
    }
    // A lone node serves its slots once it sees the cluster up.
    await waitFor(
      async () => (await r.clusterInfo()).includes("cluster_state:ok"),
      "the one-node cluster to come up",
    );
    await r.set("k", "v"); // slot 7629
    const stats = await r.clusterSlotStats({ slotsrange: [7629, 7630] });
    assert.deepEqual(stats.map(([slot]) => slot), [7629, 7630]);
    assert.equal(stats[0][1]["key-count"], 1);
    assert.equal(stats[1][1]["key-count"], 0);
    const top = await r.clusterSlotStats({
      orderby: { metric: "key-count", limit: 1 },
    });
    assert.deepEqual(top.map(([slot]) => slot), [7629]);
  },
  [
    "--cluster-enabled",
    "yes",
    "--cluster-config-file",
    "nodes.conf",
    // Its own bus port: by default the port + 10000, so 10000 for every server that
    // listens on a unix socket only.
    "--cluster-port",
    String(freePorts(1)[0]),
  ],
);

Deno.test("help says where a command and its options are available", async () => {
  assert.match(await help("hexpire"), /^Available: Redis ≥ 8\.0 only$/m);
  assert.match(await help("vadd"), /^Available: Redis ≥ 8\.0 only$/m);
  assert.match(await help("script show"), /^Available: Valkey ≥ 8\.1 only$/m);
  assert.match(await help("get"), /^Available: Redis ≥ 7\.0, Valkey ≥ 8\.1$/m);
  assert.match(
    await help("set"),
    /^ {2}IFEQ comparison-value: Valkey ≥ 8\.1 only$/m,
  );
  assert.match(
    await help("zrank"),
    /^ {2}WITHSCORE: Redis ≥ 8\.0, Valkey ≥ 8\.1$/m,
  );
});
