import assert from "node:assert/strict";
import util from "node:util";
import { ConnectionError, Counter, Redis, RedisCluster } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

const SECRET = "Sup3r-S3cret";

/** Every way a user prints an object. */
function printed(value: unknown): string[] {
  return [
    Deno.inspect(value, { depth: 10 }), // what console.log shows
    util.inspect(value, { depth: 10 }),
    JSON.stringify(value) ?? "",
  ];
}

function assertNoSecret(value: unknown, what: string): void {
  for (const text of printed(value)) {
    assert.ok(!text.includes(SECRET), `${what} printed the secret: ${text}`);
  }
}

Deno.test("Redis URL errors name the wrong part, never the password nor the URL", () => {
  const cases: [string, RegExp][] = [
    [`redis://u:${SECRET}@h:99999/0`, /port/],
    [`redis://u:${SECRET}@h:abc`, /port/],
    [`redis://u:${SECRET}/x@h:1/0`, /user name or password/],
    [`redis://u:${SECRET}#x@h:1`, /user name or password/],
    [
      `redis://u:${SECRET}%zz@h:1`,
      /percent-encoding in the Redis URL's password/,
    ],
    [`redis://u:${SECRET}@h:1/x`, /database in the Redis URL's path/],
    [
      `redis://u:${SECRET}@h:1?db=-1`,
      /database in the Redis URL's db parameter/,
    ],
    [`redis://u:${SECRET}@h:1?protocol=9`, /protocol parameter/],
    [`http://u:${SECRET}@h:1`, /scheme "http:"/],
    [`redis://u:${SECRET}@h b:1`, /host/],
  ];
  for (const [url, part] of cases) {
    assert.throws(() => new Redis(url), (e: Error) => {
      assert.ok(e instanceof TypeError, `${url}: ${e}`);
      assert.match(e.message, part, url);
      assert.ok(!e.message.includes(SECRET), e.message);
      assert.ok(!e.message.includes("@h"), e.message);
      assertNoSecret(e, url);
      return true;
    });
  }
});

Deno.test("Redis, RedisCluster and their options print passwords redacted", async () => {
  await using r = new Redis(`redis://user:${SECRET}@127.0.0.1:1/2`, {
    sentinelPassword: SECRET,
    reconnect: false,
  });
  assertNoSecret(r, "Redis");
  assertNoSecret(r.options, "Redis options");
  assertNoSecret(r.with({ timeout: 5 }), "a Redis view");
  assertNoSecret(
    { client: r, counter: new Counter(r, "c") },
    "objects holding it",
  );
  assert.match(Deno.inspect(r), /password: "<redacted>"/);
  assert.match(util.inspect(r.options), /password: '<redacted>'/);
  assert.equal(JSON.parse(JSON.stringify(r)).options.username, "user");
  // The options still work: a copy has the password, and duplicate() connects alike.
  assert.equal({ ...r.options }.password, SECRET);
  await using twin = r.duplicate();
  assert.equal(twin.options.password, SECRET);
  await using c = new RedisCluster({
    nodes: [`redis://:${SECRET}@127.0.0.1:1`, {
      hostname: "127.0.0.1",
      port: 2,
    }],
    password: SECRET,
  });
  assertNoSecret(c, "RedisCluster");
  assertNoSecret(c.options, "RedisCluster options");
});

Deno.test("Redis errors of a refused handshake do not carry the password", async () => {
  await using server = await startRedis({ password: "right" });
  await using r = new Redis(server.url, { password: SECRET, reconnect: false });
  const error = await r.connect().catch((e) => e);
  assert.ok(error instanceof ConnectionError, String(error));
  assert.match(error.message, /WRONGPASS|invalid password/);
  assertNoSecret(error, "the handshake error");
  assert.ok(!String(error.stack).includes(SECRET));
});
