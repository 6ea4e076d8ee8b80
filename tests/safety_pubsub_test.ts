import assert from "node:assert/strict";
import { DesirError, Redis } from "../mod.ts";
import { Subscription } from "../lib/subscription.ts";
import { startRedis } from "./harness/mod.ts";
import { waitFor } from "./_wait.ts";

/** Reads until `last` arrives or the iteration fails; returns the count and the error. */
async function drain(
  sub: Subscription,
  last: string,
): Promise<{ count: number; error?: Error }> {
  let count = 0;
  try {
    for await (const m of sub) {
      if (m.message === last) break;
      count++;
    }
  } catch (error) {
    return { count, error: error as Error };
  }
  return { count };
}

function isOverflow(e: Error | undefined): boolean {
  return e instanceof DesirError && e.code === "SUBSCRIPTION_OVERFLOW";
}

Deno.test("Subscription delivers a 20,000-message burst of 50-byte messages to a counting consumer", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const sub = await r.subscribe("burst");
  const payload = "x".repeat(50);
  const sent = await Promise.all(
    Array.from({ length: 20_000 }, () => r.publish("burst", payload)),
  );
  assert.ok(sent.every((n) => n === 1));
  await r.publish("burst", "end");
  const { count, error } = await drain(sub, "end");
  assert.equal(error, undefined);
  assert.equal(count, 20_000);
});

Deno.test("Subscription hands over a backlog of 200,000 unread messages in linear time", async () => {
  // Taking each from the front of an array copied the rest: 17 s for these, quadratic.
  const host = {
    add: () => Promise.resolve(),
    remove: () => Promise.resolve(),
    reportError: (error: unknown) => {
      throw error;
    },
  };
  const sub = new Subscription<string>(
    host,
    "channel",
    ["backlog"],
    undefined,
    undefined,
  );
  const n = 200_000;
  for (let i = 0; i < n; i++) {
    sub.deliver({ channel: "backlog", message: `${i}` });
  }
  sub.deliver({ channel: "backlog", message: "end" });
  const start = performance.now();
  const { count, error } = await drain(sub, "end");
  const ms = performance.now() - start;
  assert.equal(error, undefined);
  assert.equal(count, n);
  assert.ok(ms < 3000, `${n} buffered messages took ${Math.round(ms)} ms`);
});

Deno.test("Subscription overflows past maxBufferBytes of unread messages, after the messages within it", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const sub = await r.subscribe("b", undefined, { maxBufferBytes: 1000 });
  const payload = "x".repeat(49); // 50 bytes with the channel name
  for (let i = 0; i < 100; i++) await r.publish("b", payload);
  const { count, error } = await drain(sub, "never");
  assert.ok(isOverflow(error), String(error));
  assert.match(error!.message, /1000 bytes \(maxBufferBytes\)/);
  assert.equal(count, 20);
});

Deno.test("Subscription overflows after softBufferTime over softBufferBytes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const sub = await r.subscribe("s", undefined, {
    softBufferBytes: 200,
    softBufferTime: 100,
  });
  // A callback subscription on the same connection sees each message when `sub` does.
  let seen = 0;
  await using _watch = await r.subscribe("s", () => seen++);
  const arrived = (n: number) =>
    waitFor(() => seen === n, `${n} messages seen by the callback`);
  const payload = "x".repeat(49);
  for (let i = 0; i < 10; i++) await r.publish("s", payload);
  await arrived(10); // 500 bytes unread: over the soft limit from the 5th on
  // The stimulus is time itself: the buffer stays over its soft limit past softBufferTime.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await r.publish("s", payload); // arrives 150 ms over it
  await arrived(11);
  const { count, error } = await drain(sub, "never");
  assert.ok(isOverflow(error), String(error));
  assert.match(error!.message, /softBufferTime/);
  assert.equal(count, 10);
});
