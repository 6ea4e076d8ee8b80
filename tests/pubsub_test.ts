import assert from "node:assert/strict";
import {
  ConnectionError,
  DesirError,
  type PubSubMessage,
  Redis,
  RedisError,
  type Subscription,
} from "../mod.ts";
import {
  type FakeConnection,
  startFakeServer,
  startRedis,
} from "./harness/mod.ts";
import { waitFor, within } from "./_wait.ts";

/** The next message of an iterated subscription, failing when none comes. */
function nextMessage<S extends string | Uint8Array>(
  iterator: AsyncIterator<PubSubMessage<S>>,
): Promise<IteratorResult<PubSubMessage<S>>> {
  return within(iterator.next(), "the next message");
}

/** Waits until the server counts `n` subscribers on `channel` (UNSUBSCRIBE goes out on another connection). */
async function subscribers(
  r: Redis,
  channel: string,
  n: number,
): Promise<void> {
  await waitFor(
    async () => {
      const [, count] = await r.sendCommand<[string, number]>([
        "PUBSUB",
        "NUMSUB",
        channel,
      ]);
      return count === n;
    },
    `${n} subscribers on ${channel}`,
  );
}

for (const protocol of [3, 2] as const) {
  const resp = `RESP${protocol}`;

  Deno.test(`Subscription yields published messages in order with for await (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    const sub = await r.subscribe("foo");
    assert.equal(sub.kind, "channel");
    assert.deepEqual(sub.names, ["foo"]);
    for (const m of ["tata", "toto", "titi"]) {
      await r.sendCommand(["PUBLISH", "foo", m]);
    }
    const got: PubSubMessage[] = [];
    for await (const m of sub) {
      got.push(m);
      if (got.length === 3) break;
    }
    assert.deepEqual(got, [
      { channel: "foo", message: "tata" },
      { channel: "foo", message: "toto" },
      { channel: "foo", message: "titi" },
    ]);
    // `break` unsubscribed.
    await subscribers(r, "foo", 0);
  });

  Deno.test(`Redis.subscribe calls a listener for each message (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    const got: PubSubMessage[] = [];
    const sub = await r.subscribe(["a", "b"], (m) => got.push(m));
    await r.sendCommand(["PUBLISH", "a", "1"]);
    await r.sendCommand(["PUBLISH", "b", "2"]);
    await r.sendCommand(["PUBLISH", "c", "not subscribed"]);
    await waitFor(() => got.length === 2, "two messages");
    assert.deepEqual(got, [
      { channel: "a", message: "1" },
      { channel: "b", message: "2" },
    ]);
    await sub.unsubscribe();
    await subscribers(r, "a", 0);
  });

  Deno.test(`Redis.psubscribe delivers matching channels with their pattern (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    await using sub = await r.psubscribe("news.*");
    const it = sub[Symbol.asyncIterator]();
    await r.sendCommand(["PUBLISH", "weather", "ignored"]);
    await r.sendCommand(["PUBLISH", "news.tech", "deno 3"]);
    assert.deepEqual((await nextMessage(it)).value, {
      channel: "news.tech",
      message: "deno 3",
      pattern: "news.*",
    });
  });

  Deno.test(`Redis.ssubscribe receives SPUBLISH messages (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    await using sub = await r.ssubscribe("orders:{42}");
    assert.equal(sub.kind, "shard");
    const it = sub[Symbol.asyncIterator]();
    await r.sendCommand(["SPUBLISH", "orders:{42}", "paid"]);
    assert.deepEqual((await nextMessage(it)).value, {
      channel: "orders:{42}",
      message: "paid",
    });
  });

  Deno.test(`Subscription.unsubscribe ends a pending iteration (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    const sub = await r.subscribe("foo");
    const it = sub[Symbol.asyncIterator]();
    const pending = it.next();
    await sub.unsubscribe();
    assert.deepEqual(await pending, { value: undefined, done: true });
    assert.deepEqual(await it.next(), { value: undefined, done: true });
    await sub.unsubscribe(); // twice is fine
    await subscribers(r, "foo", 0);
  });

  Deno.test(`Subscriptions sharing a channel: unsubscribing one keeps the other (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    const first = await r.subscribe("shared");
    const second = await r.subscribe(["shared", "other"]);
    const it1 = first[Symbol.asyncIterator]();
    const it2 = second[Symbol.asyncIterator]();
    await r.sendCommand(["PUBLISH", "shared", "both"]);
    assert.equal((await nextMessage(it1)).value?.message, "both");
    assert.equal((await nextMessage(it2)).value?.message, "both");
    await first.unsubscribe();
    await subscribers(r, "shared", 1);
    await r.sendCommand(["PUBLISH", "shared", "second only"]);
    assert.equal((await nextMessage(it2)).value?.message, "second only");
    await second.unsubscribe();
    await subscribers(r, "shared", 0);
  });

  Deno.test(`Subscription delivers binary messages exactly in bytes mode (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { protocol });
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await using sub = await r.with({ bytes: true }).subscribe("bin");
    await using text = await r.subscribe("bin");
    const it = sub[Symbol.asyncIterator]();
    await r.sendCommand(["PUBLISH", "bin", bytes]);
    const m = (await nextMessage(it)).value!;
    assert.ok(m.message instanceof Uint8Array);
    assert.deepEqual(m.message, bytes);
    assert.deepEqual(m.channel, new TextEncoder().encode("bin"));
    const t = (await nextMessage(text[Symbol.asyncIterator]())).value!;
    assert.equal(typeof t.message, "string");
  });

  Deno.test(`Subscriptions are renewed after the server restarts (${resp})`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, {
      protocol,
      reconnect: { minDelay: 10, maxDelay: 50, retries: 100 },
    });
    const heard: PubSubMessage[] = [];
    await using _listened = await r.subscribe("l", (m) => heard.push(m));
    await using sub = await r.psubscribe("p.*");
    const it = sub[Symbol.asyncIterator]();
    const pending = it.next(); // waits across the restart
    await server.kill();
    await server.restart();
    // Publish until the subscriber connection is back and subscribed again.
    await waitFor(async () => {
      await r.sendCommand(["PUBLISH", "l", "again"]);
      await r.sendCommand(["PUBLISH", "p.x", "again"]);
      return heard.length > 0;
    }, "the subscription is renewed");
    assert.equal(heard[0].message, "again");
    const m = await within(pending, "the pattern message");
    assert.deepEqual(m.value, {
      channel: "p.x",
      message: "again",
      pattern: "p.*",
    });
    await subscribers(r, "l", 1);
  });
}

Deno.test('Subscription overflow "error" ends the iteration with SUBSCRIPTION_OVERFLOW after the buffered messages', async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const sub = await r.subscribe("fast", undefined, { bufferSize: 2 });
  for (let i = 0; i < 5; i++) await r.sendCommand(["PUBLISH", "fast", `${i}`]);
  // Overflowing, the subscription unsubscribes: then the third message has arrived.
  await subscribers(r, "fast", 0);
  const it = sub[Symbol.asyncIterator]();
  assert.equal((await it.next()).value?.message, "0");
  assert.equal((await it.next()).value?.message, "1");
  await assert.rejects(
    it.next(),
    (e: Error) => e instanceof DesirError && e.code === "SUBSCRIPTION_OVERFLOW",
  );
  await sub.unsubscribe();
});

Deno.test('Subscription overflow "error" leaves the channel unsubscribed on the server', async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using _sub = await r.subscribe("fast", undefined, { bufferSize: 1 });
  await subscribers(r, "fast", 1);
  for (let i = 0; i < 3; i++) await r.sendCommand(["PUBLISH", "fast", `${i}`]);
  // Nobody read or unsubscribed: only the overflow can have unsubscribed.
  await subscribers(r, "fast", 0);
});

Deno.test('Subscription overflow "drop-oldest" keeps the newest messages and counts the dropped', async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using sub = await r.subscribe("fast", undefined, {
    bufferSize: 2,
    overflow: "drop-oldest",
  });
  for (let i = 0; i < 5; i++) await r.sendCommand(["PUBLISH", "fast", `${i}`]);
  await waitFor(() => sub.dropped === 3, "3 messages dropped");
  const it = sub[Symbol.asyncIterator]();
  assert.equal((await it.next()).value?.message, "3");
  assert.equal((await it.next()).value?.message, "4");
  assert.equal(sub.dropped, 3);
  await r.sendCommand(["PUBLISH", "fast", "5"]);
  assert.equal((await nextMessage(it)).value?.message, "5");
});

Deno.test("Subscription ends when the client closes", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url);
  const sub: Subscription = await r.subscribe("foo");
  const pending = sub[Symbol.asyncIterator]().next();
  await r.close();
  assert.deepEqual(await pending, { value: undefined, done: true });
});

Deno.test("Redis.subscribe rejects names that are not strings, and no names", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await assert.rejects(r.subscribe([]), TypeError);
  await assert.rejects(r.subscribe([1 as unknown as string]), TypeError);
});

Deno.test("Redis.subscribe after close rejects instead of hanging", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url);
  await (await r.subscribe("foo")).unsubscribe();
  await r.close();
  const outcome = await within(
    r.subscribe("foo").then(() => "subscribed", (e) => e),
    "subscribe after close",
  );
  assert.ok(outcome instanceof ConnectionError, `got ${outcome}`);
});

Deno.test("Redis.subscribe to a channel another subscription is still joining waits for the server", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.sendCommand(["PING"]); // the main connection is ready, the subscriber's is not
  const first = r.subscribe("joining");
  const second = await r.subscribe("joining");
  await r.sendCommand(["PUBLISH", "joining", "hello"]);
  const m = await nextMessage(second[Symbol.asyncIterator]());
  assert.equal(m.value?.message, "hello");
  await (await first).unsubscribe();
  await second.unsubscribe();
});

Deno.test("A throwing listener is reported as an error event and disturbs no other subscription", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const errors: Error[] = [];
  r.addEventListener("error", (e) => errors.push((e as CustomEvent).detail));
  await using _bad = await r.subscribe("c", () => {
    throw new Error("listener bug");
  });
  await using good = await r.subscribe("c");
  const it = good[Symbol.asyncIterator]();
  await r.sendCommand(["PUBLISH", "c", "1"]);
  await r.sendCommand(["PUBLISH", "c", "2"]);
  assert.equal((await nextMessage(it)).value?.message, "1");
  assert.equal((await nextMessage(it)).value?.message, "2");
  assert.deepEqual(errors.map((e) => e.message), [
    "listener bug",
    "listener bug",
  ]);
});

/**
 * Answers one subscriber connection as Valkey's development branch does: an UNSUBSCRIBE
 * on a connection with no subscription gets an error (`NOSUB`). Channels named
 * `forbidden*` are refused with NOPERM (the whole SUBSCRIBE, as servers do); channels
 * named `lost*` are confirmed and then forgotten, as by a server that dropped them on its
 * side. `publish(channel, message)` pushes a message. Serves until the client leaves.
 */
function serveLikeValkeyDev(conn: FakeConnection, protocol: 2 | 3): {
  publish(channel: string, message: string): Promise<void>;
  done: Promise<void>;
} {
  const bulk = (s: string) =>
    `$${new TextEncoder().encode(s).length}\r\n${s}\r\n`;
  const frame = (...parts: (string | number)[]) =>
    `${protocol === 3 ? ">" : "*"}${parts.length}\r\n` +
    parts.map((p) => typeof p === "number" ? `:${p}\r\n` : bulk(p)).join("");
  const subscribed = new Set<string>();
  const done = (async () => {
    for (;;) {
      const commands = await conn.commands(1, { timeout: 60_000 }).catch(
        () => [],
      );
      if (commands.length === 0) return;
      const [name, ...args] = commands[0];
      if (name === "HELLO") {
        await conn.write(
          protocol === 3
            ? "%1\r\n+proto\r\n:3\r\n"
            : "*2\r\n$5\r\nproto\r\n:2\r\n",
        );
      } else if (name === "SUBSCRIBE") {
        if (args.some((a) => a.startsWith("forbidden"))) {
          await conn.write(
            `-NOPERM User app has no permissions to access the '${
              args[0]
            }' channel\r\n`,
          );
          continue;
        }
        let reply = "";
        for (const channel of args) {
          if (!channel.startsWith("lost")) subscribed.add(channel);
          reply += frame("subscribe", channel, subscribed.size);
        }
        await conn.write(reply);
      } else if (name === "UNSUBSCRIBE") {
        if (subscribed.size === 0) {
          await conn.write(
            "-NOSUB 'unsubscribe' command executed not in subscribed mode\r\n",
          );
          continue;
        }
        let reply = "";
        for (const channel of args) {
          subscribed.delete(channel);
          reply += frame("unsubscribe", channel, subscribed.size);
        }
        await conn.write(reply);
      } else {
        await conn.write(`-ERR unknown command '${name}'\r\n`);
      }
    }
  })();
  return {
    publish: (channel, message) =>
      conn.write(frame("message", channel, message)),
    done,
  };
}

Deno.test("Redis.subscribe matches a refused SUBSCRIBE and a refused UNSUBSCRIBE (NOSUB) to their own commands", async () => {
  for (const protocol of [3, 2] as const) {
    await using fake = await startFakeServer();
    await using r = new Redis(fake.url, { protocol, reconnect: false });
    const errors: Error[] = [];
    r.addEventListener("error", (e) => errors.push((e as CustomEvent).detail));
    const first = r.subscribe("forbidden").catch((e) => e);
    const server = serveLikeValkeyDev(await fake.accept(), protocol);

    // One after the other, as in the issue: the refusal must not become the next one's.
    const refused = await first;
    assert.ok(refused instanceof RedisError, `RESP${protocol}: ${refused}`);
    assert.equal(refused.code, "NOPERM");
    await using allowed = await r.subscribe("allowed");
    // A refused SUBSCRIBE of several names refuses them all, and fails nothing else.
    const many = await r.subscribe(["also", "forbidden2"]).catch((e) => e);
    assert.equal(many.code, "NOPERM");
    await using other = await r.subscribe("other");

    // An UNSUBSCRIBE the server answers with NOSUB while a SUBSCRIBE waits: the error
    // is the UNSUBSCRIBE's, not the SUBSCRIBE's.
    await allowed.unsubscribe();
    await other.unsubscribe();
    const lost = await r.subscribe("lost"); // the server forgets it at once
    const [, next] = await Promise.all([
      lost.unsubscribe(), // answered with NOSUB
      r.subscribe("next"),
    ]);
    await server.publish("next", "hello");
    const it = next[Symbol.asyncIterator]();
    assert.equal((await nextMessage(it)).value?.message, "hello");
    await next.unsubscribe();
    assert.deepEqual(errors, [], `RESP${protocol}`);
  }
});

Deno.test("Redis.subscribe refused by an ACL rejects with NOPERM and leaves the connection usable", async () => {
  await using server = await startRedis({
    users: [{
      name: "app",
      password: "pw",
      rules: "~* resetchannels &allowed +@all",
    }],
  });
  for (const protocol of [3, 2] as const) {
    await using r = new Redis(server.url, {
      username: "app",
      password: "pw",
      protocol,
    });
    const refused = await r.subscribe("forbidden").catch((e) => e);
    assert.ok(refused instanceof RedisError, `RESP${protocol}: ${refused}`);
    assert.equal(refused.code, "NOPERM");
    await using allowed = await r.subscribe("allowed");
    await r.sendCommand(["PUBLISH", "allowed", "hi"]);
    for await (const m of allowed) {
      assert.equal(m.message, "hi");
      break;
    }
  }
});
