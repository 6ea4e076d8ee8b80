import assert from "node:assert/strict";
import { ConnectionLostError, Redis } from "../mod.ts";
import { ReplyQueue } from "../lib/_reply_queue.ts";
import { startRedis } from "./harness/mod.ts";

Deno.test("ReplyQueue gives items back in order across wrap-arounds, growth, emptying and drain", () => {
  const queue = new ReplyQueue<number>();
  const model: number[] = [];
  let next = 0;
  // Bursts of pushes and shifts of many sizes, so the ring wraps at every capacity it
  // grows to (16 … 8192) and empties (and goes back to small) several times.
  const bursts = [
    [3, 2],
    [40, 30],
    [5000, 4990],
    [20, 40],
    [3000, 100],
    [1, 2900],
    [9000, 9000],
    [17, 5],
  ];
  for (const [pushes, shifts] of bursts) {
    for (let i = 0; i < pushes; i++) {
      queue.push(next);
      model.push(next++);
      if (i % 7 === 0) assert.equal(queue.shift(), model.shift()); // interleaved
    }
    for (let i = 0; i < shifts; i++) {
      assert.equal(queue.peek(), model[0]);
      assert.equal(queue.shift(), model.shift());
    }
    assert.equal(queue.length, model.length);
  }
  assert.equal(queue.shift(), model.shift());
  queue.push(next);
  model.push(next++);
  assert.deepEqual(queue.drain(), model);
  assert.equal(queue.length, 0);
  assert.equal(queue.shift(), undefined);
  assert.equal(queue.peek(), undefined);
  queue.push(1);
  assert.deepEqual(queue.drain(), [1]);
});

Deno.test("Redis answers 20,000 callers that each await their own command in a loop, every reply to its caller", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const callers = 20_000;
  let answered = 0;
  await Promise.all(
    Array.from({ length: callers }, async (_, i) => {
      for (let round = 0; round < 3; round++) {
        const mine = `${i}:${round}`;
        assert.equal(await r.sendCommand(["ECHO", mine]), mine);
        answered++;
      }
    }),
  );
  assert.equal(answered, 3 * callers);
  // The queue emptied (and went back to small): the next commands still match.
  assert.equal(await r.sendCommand(["ECHO", "after"]), "after");
});

Deno.test("Redis settles each of 20,000 commands in flight once when the connection drops, with its own reply or ConnectionLostError, then answers in order again", async () => {
  await using server = await startRedis({
    args: ["--enable-debug-command", "yes"],
  });
  await using r = new Redis(server.url, { reconnect: { minDelay: 10 } });
  await using admin = new Redis(server.url);
  const id = await r.sendCommand<number>(["CLIENT", "ID"]);
  await admin.sendCommand(["PING"]); // connected: its KILL waits only for the sleep
  // A slow command ahead of them keeps all 20,000 in flight while the socket is killed.
  const blocked = r.sendCommand(["DEBUG", "SLEEP", "0.2"]);
  const all = Array.from(
    { length: 20_000 },
    (_, i) => r.sendCommand(["ECHO", `${i}`]),
  );
  const settled = Promise.allSettled([blocked, ...all]);
  await admin.sendCommand(["CLIENT", "KILL", "ID", id]);
  const outcomes = await settled;
  const lost = outcomes.filter((o) =>
    o.status === "rejected" && o.reason instanceof ConnectionLostError
  );
  const answered = outcomes.filter((o) => o.status === "fulfilled");
  // Each settled exactly once, and none was answered with another's reply.
  assert.equal(lost.length + answered.length, outcomes.length);
  for (const [i, o] of outcomes.entries()) {
    if (i > 0 && o.status === "fulfilled") assert.equal(o.value, `${i - 1}`);
  }
  assert.ok(lost.length > 0, "the kill dropped commands in flight");
  const again = await Promise.all(
    Array.from({ length: 5000 }, (_, i) => r.sendCommand(["ECHO", `b${i}`])),
  );
  assert.deepEqual(again, Array.from({ length: 5000 }, (_, i) => `b${i}`));
});
