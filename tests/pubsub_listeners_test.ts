import assert from "node:assert/strict";
import {
  type AnySubscription,
  type PubSubMessage,
  Subscription,
  type SubscriptionHost,
  type SubscriptionKind,
} from "../lib/subscription.ts";
import { Listeners } from "../lib/_pubsub_listeners.ts";
import { SentCommands } from "../lib/_pubsub_replies.ts";

/** A host that does nothing: the registry under test is all there is. */
const host: SubscriptionHost = {
  add: () => Promise.resolve(),
  remove: () => Promise.resolve(),
  reportError: (error) => {
    throw error;
  },
};

/** A callback subscription and the messages it got. */
function listening(kind: SubscriptionKind, ...names: string[]) {
  const got: PubSubMessage[] = [];
  const subscription = new Subscription<string>(
    host,
    kind,
    names,
    (m) => got.push(m),
    undefined,
  ) as unknown as AnySubscription;
  return { subscription, got };
}

/** Settles once every microtask queued so far has run. */
const drained = () => new Promise((resolve) => setTimeout(resolve, 0));

Deno.test("Listeners.remove frees a name only when its last subscription leaves, and the others still get its messages", () => {
  const listeners = new Listeners();
  const sent = new SentCommands();
  const both = listening("channel", "a", "b");
  const onlyA = listening("channel", "a");
  assert.deepEqual(listeners.add(both.subscription).fresh, ["a", "b"]);
  assert.deepEqual(listeners.add(onlyA.subscription).fresh, []);

  assert.deepEqual(listeners.remove(both.subscription), ["b"]);
  assert.deepEqual([...listeners.names("channel")], ["a"]);
  listeners.receive(["message", "a", "hi"], sent);
  listeners.receive(["message", "b", "lost"], sent);
  assert.deepEqual(both.got, []);
  assert.deepEqual(onlyA.got, [{ channel: "a", message: "hi" }]);

  assert.deepEqual(listeners.remove(onlyA.subscription), ["a"]);
  assert.deepEqual([...listeners.names("channel")], []);
});

Deno.test("Listeners.receive gives a message to the channel's subscription and one to the matching pattern's", () => {
  const listeners = new Listeners();
  const sent = new SentCommands();
  const channel = listening("channel", "news.tech");
  const pattern = listening("pattern", "news.*");
  const shard = listening("shard", "news.tech");
  listeners.add(channel.subscription);
  listeners.add(pattern.subscription);
  listeners.add(shard.subscription);

  // Redis sends both frames when a channel and a pattern both match a PUBLISH.
  listeners.receive(["message", "news.tech", "hello"], sent);
  listeners.receive(["pmessage", "news.*", "news.tech", "hello"], sent);
  listeners.receive(["smessage", "news.tech", "sharded"], sent);

  assert.deepEqual(channel.got, [{ channel: "news.tech", message: "hello" }]);
  assert.deepEqual(pattern.got, [
    { channel: "news.tech", message: "hello", pattern: "news.*" },
  ]);
  assert.deepEqual(shard.got, [{ channel: "news.tech", message: "sharded" }]);
});

Deno.test("Listeners.add resolves once every name is confirmed, also names another subscription is joining", async () => {
  const listeners = new Listeners();
  const sent = new SentCommands();
  const first = listeners.add(listening("channel", "a", "b").subscription);
  const second = listeners.add(listening("channel", "b", "c").subscription);
  assert.deepEqual(second.fresh, ["c"]);
  let secondDone = false;
  void second.confirmed.then(() => secondDone = true);

  listeners.receive(["subscribe", "a", 1], sent);
  listeners.receive(["subscribe", "b", 2], sent);
  listeners.receive(["psubscribe", "c", 3], sent); // another kind confirms nothing here
  await first.confirmed;
  await drained();
  assert.equal(secondDone, false, "c is not confirmed yet");

  listeners.receive(["subscribe", "c", 3], sent);
  await second.confirmed;
});

Deno.test("Listeners.fail ends the subscriptions of refused names and rejects their waits, and no other", async () => {
  const listeners = new Listeners();
  const sent = new SentCommands();
  const refused = listening("channel", "secret", "more");
  const other = listening("channel", "open");
  const waits = [
    listeners.add(refused.subscription).confirmed,
    listeners.add(other.subscription).confirmed,
  ];
  const error = new Error("NOPERM");

  const ended = listeners.fail("channel", ["secret"], error);
  assert.deepEqual([...ended], [refused.subscription]);
  await assert.rejects(waits[0], error);
  // "more" stays until the caller removes the ended subscription (and unsubscribes it).
  assert.deepEqual([...listeners.names("channel")], ["more", "open"]);

  listeners.receive(["subscribe", "open", 1], sent);
  await waits[1];
  listeners.receive(["message", "open", "hi"], sent);
  assert.deepEqual(refused.got, [], "an ended subscription gets nothing");
  assert.deepEqual(other.got, [{ channel: "open", message: "hi" }]);
});

Deno.test("Listeners.endAll ends every iteration with the error and rejects every wait", async () => {
  const listeners = new Listeners();
  const subscription = new Subscription<string>(
    host,
    "pattern",
    ["p*"],
    undefined,
    undefined,
  ) as unknown as AnySubscription;
  const { confirmed } = listeners.add(subscription);
  const iteration = subscription[Symbol.asyncIterator]().next();
  const error = new Error("gone");
  listeners.endAll(error);
  await assert.rejects(iteration, error);
  await assert.rejects(confirmed, error);
  assert.deepEqual([...listeners.names("pattern")], []);
});
