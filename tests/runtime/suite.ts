/**
 * The cross-runtime suite: written once, run unchanged on Deno, Bun, Node and workerd
 * (driven by `tests/runtimes_test.ts`). It imports desir as a user does, by its package
 * name, and needs nothing but web APIs and `node:assert`. Every test makes and closes its
 * own clients and uses keys of its own, so runtimes may share one server.
 *
 * @module
 */
import assert from "node:assert/strict";
import { waitFor, within } from "../_wait.ts";
import {
  ConnectionError,
  ConnectionLostError,
  Connector,
  ConnectorError,
  Counter,
  type PubSubMessage,
  Redis,
  RedisError,
  RedisList,
  RedisMap,
  type RedisOptions,
  RedisSet,
  TimeoutError,
} from "@desir/desir";
import { deserialize, serialize } from "@desir/desir/codec";

/** Where the suite finds its server. */
export interface SuiteContext {
  /** `redis://` URL of the test server. */
  url: string;
  /** `rediss://` URL of the same server's TLS port. */
  tlsUrl: string;
  /** PEM of the CA that signed the server's certificate, unless the runtime trusts it already. */
  caCert?: string;
}

/** What a test gets: the context, and clients that are closed after the test. */
export interface TestKit extends SuiteContext {
  /** A client of `url` (unless `options.url` says otherwise), closed when the test ends. */
  redis(options?: RedisOptions): Redis;
}

/** One test of the suite: rejects (an `AssertionError` or other) when it fails. */
export type SuiteTest = (kit: TestKit) => Promise<void>;

/**
 * Runs the test `name`, then closes the clients it made. Tests close clients this way,
 * not with `await using`, which Node 20 cannot parse.
 */
export async function runTest(
  name: string,
  context: SuiteContext,
): Promise<void> {
  const test = Object.hasOwn(tests, name) ? tests[name] : undefined;
  if (!test) throw new Error(`No test named ${name}`);
  const clients: Redis[] = [];
  const redis = (options?: RedisOptions) => {
    const r = new Redis<string | Uint8Array>({
      url: context.url,
      ...options,
    }) as unknown as Redis;
    clients.push(r);
    return r;
  };
  try {
    await test({ ...context, redis });
  } finally {
    await Promise.all(clients.map((r) => r.close()));
  }
}

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/** A key no other test, run or runtime uses. */
function key(name: string): string {
  return `runtime:${crypto.randomUUID()}:${name}`;
}

/** The suite, by test name. */
export const tests: Record<string, SuiteTest> = {
  async "idleTimeout closes an idle connection, the next command reopens it"({
    redis,
  }) {
    const name = crypto.randomUUID();
    const r = redis({ name, idleTimeout: 100 });
    const admin = redis();
    const open = async () =>
      (await admin.sendCommand<string>(["CLIENT", "LIST"])).includes(name);
    await r.ping();
    await waitFor(async () => !(await open()), "the idle connection to close");
    assert.equal(await r.ping(), "PONG");
    assert.ok(await open());
  },

  async "keyPrefix and tracing hooks work without a dependency"({ redis }) {
    const prefix = key("app:");
    const queries: string[] = [];
    const r = redis({
      keyPrefix: prefix,
      tracing: { commandEnd: (c) => queries.push(c.query) },
    });
    await r.set("a", "secret");
    assert.equal(await redis().get(`${prefix}a`), "secret");
    assert.deepEqual(await r.keys("*"), ["a"]);
    assert.deepEqual(queries, [`SET ${prefix}a ?`, "KEYS ?"]); // keys shown, not values
  },

  async "GET and SET round-trip text, numbers and bytes"({ redis }) {
    const r = redis();
    const k = key("k");
    assert.equal(await r.set(k, "héllo 🦕"), "OK");
    assert.equal(await r.get(k), "héllo 🦕");
    await r.set(k, 42);
    assert.equal(await r.incr(k), 43);
    await r.set(k, ALL_BYTES);
    assert.deepEqual(await r.with({ bytes: true }).get(k), ALL_BYTES);
    assert.equal(await r.get(key("missing")), null);
  },

  async "RESP3 replies are maps, doubles, booleans and bigints"({ redis }) {
    const r = redis();
    const h = key("h"), z = key("z"), n = key("n");
    await r.hset(h, { name: "Ada", visits: 1 });
    const raw = await r.sendCommand(["HGETALL", h]);
    assert.equal(r.protocol, 3);
    assert.ok(raw instanceof Map);
    assert.equal(raw.get("name"), "Ada");
    await r.zadd(z, [[1.5, "a"]]);
    assert.equal(await r.sendCommand(["ZSCORE", z, "a"]), 1.5);
    assert.equal(await r.sendCommand(["EXISTS", h]), 1);
    await r.set(n, "9007199254740993");
    assert.equal(await r.incr(n), 9007199254740994n);
  },

  async "RESP2 replies have the same typed shapes"({ redis }) {
    const r = redis({ protocol: 2 });
    const h = key("h"), z = key("z");
    await r.hset(h, { name: "Ada", visits: 1 });
    assert.equal(r.protocol, 2);
    assert.deepEqual({ ...await r.hgetall(h) }, { name: "Ada", visits: "1" });
    assert.deepEqual(await r.sendCommand(["HGETALL", h]), [
      "name",
      "Ada",
      "visits",
      "1",
    ]);
    await r.zadd(z, [[100, "ada"], [90, "bob"]]);
    assert.equal(await r.zscore(z, "ada"), 100);
    assert.deepEqual(
      await r.zrange(z, 0, -1, { rev: true, withscores: true }),
      [
        ["ada", 100],
        ["bob", 90],
      ],
    );
  },

  async "generated methods take options objects and rest arguments"({ redis }) {
    const r = redis();
    const k = key("k"), l = key("l");
    assert.equal(await r.set(k, "v", { condition: "NX", ex: 60 }), "OK");
    assert.equal(await r.set(k, "w", { condition: "NX" }), null);
    const ttl = await r.ttl(k);
    assert.ok(ttl > 0 && ttl <= 60, `ttl ${ttl}`);
    assert.equal(await r.rpush(l, "a", "b", "c"), 3);
    assert.deepEqual(await r.lrange(l, 0, -1), ["a", "b", "c"]);
    assert.equal(await r.del(k, l), 2);
  },

  async "auto-pipelining keeps replies in order"({ redis }) {
    const r = redis();
    const k = key("n");
    const replies = await Promise.all(
      Array.from({ length: 1000 }, () => r.incr(k)),
    );
    assert.deepEqual(replies, Array.from({ length: 1000 }, (_, i) => i + 1));
  },

  async "Pipeline returns results in order, an error in its slot"({ redis }) {
    const r = redis();
    const k = key("k");
    const results = await r.pipeline()
      .set(k, 1)
      .incr(k)
      .sendCommand(["LPUSH", k, "x"])
      .get(k)
      .exec();
    assert.deepEqual(results.slice(0, 2), ["OK", 2]);
    assert.ok(results[2] instanceof RedisError);
    assert.equal(results[2].code, "WRONGTYPE");
    assert.equal(results[3], "2");
  },

  async "Transaction runs MULTI/EXEC, and WATCH aborts it on a change"(
    { redis },
  ) {
    const r = redis();
    const k = key("balance");
    assert.deepEqual(await r.multi().set(k, 10).incrby(k, 5).exec(), [
      "OK",
      15,
    ]);
    const tx = r.multi();
    await tx.watch(k);
    await r.set(k, 0);
    tx.incrby(k, 5);
    assert.equal(await tx.exec(), null);
    assert.equal(await r.get(k), "0");
  },

  async "Transaction refused while queuing rejects with EXECABORT"({ redis }) {
    const r = redis();
    const k = key("k");
    const tx = r.multi().set(k, 1).sendCommand(["NOSUCHCOMMAND"]);
    await assert.rejects(tx.exec(), (e: Error) => {
      assert.ok(e instanceof RedisError);
      assert.equal(e.code, "EXECABORT");
      return true;
    });
    assert.equal(await r.get(k), null);
  },

  async "script runs by EVALSHA, by EVAL the first time, in pipelines too"(
    { redis },
  ) {
    const r = redis();
    const k = key("counter");
    // A source no server has seen: the first run meets NOSCRIPT and falls back to EVAL.
    const incrBy = r.script(
      `-- ${crypto.randomUUID()}\nreturn redis.call('INCRBY', KEYS[1], ARGV[1])`,
    );
    assert.equal(await incrBy.run([k], [5]), 5);
    assert.equal(await incrBy.run([k], [1]), 6);
    const [result] = await r.pipeline().evalScript(incrBy, [k], [4]).exec();
    assert.equal(result, 10);
  },

  async "subscribe delivers to an iterator and to a callback"({ redis }) {
    const r = redis();
    const channel = key("news");
    const heard: PubSubMessage<string>[] = [];
    const sub = await r.subscribe(channel);
    await r.psubscribe(
      `${channel}*`,
      (m) => heard.push(m),
    );
    assert.equal(await r.publish(channel, "hello"), 2);
    const iterator = sub[Symbol.asyncIterator]();
    const { value } = await within(iterator.next(), "the next message", 5000);
    assert.equal(value?.channel, channel);
    assert.equal(value?.message, "hello");
    await waitFor(() => heard.length > 0, "the callback's first message");
    assert.equal(heard[0].pattern, `${channel}*`);
    assert.equal(heard[0].message, "hello");
  },

  async "subscribe buffers a 20,000-message burst for a counting iterator"(
    { redis },
  ) {
    const r = redis();
    const channel = key("burst");
    const sub = await r.subscribe(channel);
    const payload = "x".repeat(50);
    await Promise.all(
      Array.from({ length: 20_000 }, () => r.publish(channel, payload)),
    );
    await r.publish(channel, "end");
    let count = 0;
    const iterator = sub[Symbol.asyncIterator]();
    for (;;) {
      const { value } = await within(
        iterator.next(),
        "the next message",
        10_000,
      );
      if (value?.message === "end") break;
      count++;
    }
    assert.equal(count, 20_000);
    await sub.unsubscribe();
  },

  async "Connector send and receive carry structured values in order"(
    { redis },
  ) {
    const r = redis();
    const toto = new Connector(r, key("toto"));
    const tata = new Connector<unknown>(r, key("tata"), { timeout: 5000 });
    await toto.send(tata, [1, 2, 3, { a: 2, b: 3 }]);
    await toto.send(tata.name, new Map([["when", new Date(0)]]));
    const first = await tata.receive();
    assert.equal(first?.from, toto.name);
    assert.deepEqual(first?.value, [1, 2, 3, { a: 2, b: 3 }]);
    assert.deepEqual(
      (await tata.receive())?.value,
      new Map([["when", new Date(0)]]),
    );
    assert.equal(await tata.receive({ timeout: 50 }), null);
  },

  async "Connector RPC: a worker serves, a proxy calls, errors come back"(
    { redis },
  ) {
    const r = redis();
    const name = key("math");
    const stop = new AbortController();
    const serving = new Connector(r, name)
      .register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0))
      .register("fail", () => {
        throw new RangeError("nope");
      })
      .worker({ signal: stop.signal, concurrency: 2 });
    try {
      const math = new Connector(r).proxy<
        { add(...n: number[]): number; fail(): void }
      >(name, { timeout: 5000 });
      assert.equal(await math.add(10, 20, 30, 40, 50), 150);
      await assert.rejects(math.fail(), (e: Error) => {
        assert.ok(e instanceof ConnectorError);
        assert.equal(e.code, "REMOTE_ERROR");
        assert.equal(e.remoteName, "RangeError");
        assert.equal(e.remoteMessage, "nope");
        return true;
      });
    } finally {
      stop.abort();
      await serving;
    }
  },

  // deno-lint-ignore require-await
  async "serialize and deserialize round-trip what structuredClone copies"() {
    const value = {
      text: "é 🦕",
      n: -0,
      nan: NaN,
      big: -(2n ** 70n),
      nothing: undefined,
      date: new Date(0),
      re: /a+/gi,
      map: new Map<unknown, unknown>([[1, "one"], ["two", [2]]]),
      set: new Set(["x", "y"]),
      bytes: ALL_BYTES,
      error: new TypeError("bad", { cause: "why" }),
      self: {},
    };
    value.self = value;
    const copy = deserialize(serialize(value)) as typeof value;
    assert.deepEqual(copy.map, value.map);
    assert.deepEqual(copy.set, value.set);
    assert.deepEqual(copy.bytes, ALL_BYTES);
    assert.ok(Object.is(copy.n, -0) && Number.isNaN(copy.nan));
    assert.equal(copy.big, value.big);
    assert.ok("nothing" in copy && copy.nothing === undefined);
    assert.equal(copy.date.getTime(), 0);
    assert.equal(String(copy.re), "/a+/gi");
    assert.ok(copy.error instanceof TypeError);
    assert.equal(copy.error.message, "bad");
    assert.equal(copy.error.cause, "why");
    assert.equal(copy.self, copy);
    assert.throws(() => serialize(() => {}), { name: "DataCloneError" });
  },

  async "RedisMap, RedisSet, RedisList and Counter keep values in Redis"(
    { redis },
  ) {
    const r = redis();
    const map = new RedisMap<unknown>(r, key("map"));
    await map.set("joined", new Date(0));
    await map.set("__proto__", "just a key");
    assert.deepEqual(await map.get("joined"), new Date(0));
    assert.equal((await map.toMap()).get("__proto__"), "just a key");
    const set = new RedisSet<unknown>(r, key("set"));
    await set.add({ id: 1 });
    assert.equal(await set.has({ id: 1 }), true);
    assert.equal(await set.has({ id: 2 }), false);
    const list = new RedisList<number[]>(r, key("list"));
    await list.push([1], [2]);
    await list.unshift([0]);
    assert.deepEqual(await list.toArray(), [[0], [1], [2]]);
    assert.deepEqual(await list.pop(), [2]);
    const counter = new Counter(r, key("counter"), { seed: 5 });
    assert.equal(await counter.next(), 6);
    assert.equal(await counter.incrementBy(4), 10);
  },

  async "errors: bad input, WRONGTYPE, refused connection, timeout"({ redis }) {
    const r = redis();
    const k = key("list");
    await assert.rejects(
      async () => await r.sendCommand(["SET", k, {} as never]),
      TypeError,
    );
    await r.rpush(k, "x");
    await assert.rejects(r.get(k), (e: Error) => {
      assert.ok(e instanceof RedisError);
      assert.equal(e.code, "WRONGTYPE");
      return true;
    });
    const refused = redis({ url: "redis://127.0.0.1:1", reconnect: false });
    await assert.rejects(refused.ping(), (e: Error) => {
      assert.ok(e instanceof ConnectionError);
      assert.match(e.message, /^Cannot connect to 127\.0\.0\.1:1/);
      return true;
    });
    await assert.rejects(
      r.with({ timeout: 50 }).blpop(key("empty"), 0),
      TimeoutError,
    );
    assert.equal(await r.ping(), "PONG");
  },

  async "a dropped connection rejects in-flight commands, then reconnects"({
    redis,
  }) {
    const r = redis(), killer = redis();
    const k = key("n");
    const id = await r.clientId();
    // WAIT for a replica that does not exist blocks the connection until killed.
    const inFlight = Promise.allSettled([r.wait(1, 10_000), r.incr(k)]);
    const list = () => killer.clientList({ id: [id] }) as Promise<string>;
    await waitFor(
      async () => (await list()).includes("cmd=wait"),
      "WAIT to block the connection",
    );
    await killer.clientKill({ id });
    for (const lost of await inFlight) {
      assert.equal(lost.status, "rejected");
      assert.ok(lost.reason instanceof ConnectionLostError, lost.reason);
      assert.equal(lost.reason.mayHaveExecuted, true);
    }
    assert.equal(await r.incr(k), 1, "the INCR sent behind WAIT never ran");
    assert.notEqual(await r.clientId(), id);
  },

  async "values of several MiB go and come back whole, in order with small ones"(
    {
      redis,
    },
  ) {
    // More than a socket takes in one write: the transport writes the rest as the
    // kernel drains, in order, before the commands queued behind it.
    const r = redis();
    const k = key("big");
    const bytes = new Uint8Array(4 << 20).map((_, i) => i * 7);
    const [set, incr, back] = await Promise.all([
      r.set(k, bytes),
      r.incr(key("n")),
      r.with({ bytes: true }).get(k),
    ]);
    assert.deepEqual([set, incr], ["OK", 1]);
    assert.deepEqual(back, bytes);
    // Read back to back, each gathered over many reads, with a small reply between
    // and after them.
    const raw = r.with({ bytes: true });
    const n = key("n");
    const replies = await Promise.all([
      raw.get(k),
      r.incr(n),
      raw.get(k),
      r.incr(n),
    ]);
    assert.deepEqual(replies, [bytes, 1, bytes, 2]);
    const text = "é".repeat(1 << 19);
    await r.set(k, text);
    assert.equal(await r.get(k), text);
  },

  async "large strings read one after another come back whole, bad UTF-8 as U+FFFD"(
    { redis },
  ) {
    // More than one read each (Bun reads up to 512 KiB), so each is gathered or decoded
    // piece by piece, with UTF-8 sequences cut by the reads; on Bun the next large
    // string is gathered into the last one's buffer, which must change neither the
    // last string nor bytes handed over.
    const r = redis();
    const [a, b] = [key("a"), key("b")];
    const text = "é🦕x".repeat(100_000); // 700,000 bytes
    const bad = new Uint8Array(600_000).fill(0x61);
    bad[1000] = 0xe9; // a lead byte without its continuation
    bad[bad.length - 1] = 0xc3; // a sequence cut by the end
    await r.set(a, text);
    await r.set(b, bad);
    const first = await r.get(a);
    const bytes = await r.with({ bytes: true }).get(b);
    const [second, third] = await Promise.all([r.get(b), r.get(a)]);
    assert.deepEqual(bytes, bad, "a bytes reply is the caller's, never reused");
    assert.equal(first, text);
    assert.equal(
      second,
      `${"a".repeat(1000)}\uFFFD${"a".repeat(600_000 - 1002)}\uFFFD`,
    );
    assert.equal(third, text);
  },

  async "TLS: rediss:// connects and verifies the server"({
    redis,
    tlsUrl,
    caCert,
  }) {
    const r = redis({
      url: tlsUrl,
      tls: caCert ? { caCerts: [caCert] } : true,
    });
    const k = key("k");
    await r.set(k, "over TLS");
    assert.equal(await r.get(k), "over TLS");
  },

  async "the client-side cache serves hits and follows another client's write"({
    redis,
  }) {
    const r = redis({ cache: {} });
    const w = redis();
    const k = key("k");
    await w.set(k, "v1");
    assert.equal(await r.get(k), "v1");
    assert.equal(await r.get(k), "v1");
    assert.equal(r.cache!.stats.hits, 1);
    await w.set(k, "v2");
    await r.ping(); // the round trip that carries the invalidation
    assert.equal(await r.get(k), "v2");
  },

  async "close waits for replies, then refuses commands"({ url }) {
    const r = new Redis(url);
    const k = key("k");
    const pending = r.set(k, "v");
    await r.close();
    assert.equal(await pending, "OK");
    await assert.rejects(r.get(k), (e: Error) => {
      assert.ok(e instanceof ConnectionError);
      assert.equal(e.code, "CLOSED");
      return true;
    });
  },
};
