/**
 * What `ClientBase` gives both clients alike, tested on the cluster client (the single
 * server's side is in client_test.ts, faults_test.ts and command_context_test.ts):
 * `duplicate()`, `close({ timeout })`, `captureStack`, typed events.
 */
import assert from "node:assert/strict";
import { startCluster } from "./harness/cluster.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import {
  ClusterError,
  ConnectionLostError,
  RedisError,
} from "../lib/errors.ts";
import { freeze } from "./_server_state.ts";
import { within } from "./_wait.ts";

Deno.test("RedisCluster shared surface: duplicate, captureStack, close with a timeout", async (t) => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });

  await t.step(
    "duplicate() opens its own connections with the same options",
    async () => {
      await using c = new RedisCluster({ nodes: cluster.urls, name: "twin" });
      await using copy = c.duplicate();
      assert.notEqual(copy, c);
      await c.set("k", "1");
      await copy.set("k", "2"); // after the first: the same key, two connections
      const owner = await cluster.ownerOf(keySlot("k"));
      const twins = (await owner.call<string>(["CLIENT", "LIST"]))
        .split("\n").filter((line) => line.includes(" name=twin "));
      assert.equal(
        twins.length,
        2,
        "one connection each, both named by the options",
      );
      await copy.close();
      assert.equal(await c.get("k"), "2"); // closing the copy leaves the original open
    },
  );

  await t.step(
    "captureStack points an error at the caller's code",
    async () => {
      await using plain = new RedisCluster({ nodes: cluster.urls });
      await using traced = new RedisCluster({
        nodes: cluster.urls,
        captureStack: true,
      });
      await plain.set("s", "v");
      const here = new URL(import.meta.url).pathname.split("/").pop()!;
      const without = await plain.lpush("s", "x").catch((e) => e);
      assert.ok(without instanceof RedisError);
      assert.ok(!without.stack!.includes(here), without.stack);
      const withStack = await traced.lpush("s", "x").catch((e) => e);
      assert.ok(withStack instanceof RedisError);
      assert.ok(withStack.stack!.includes(here), withStack.stack);
      assert.match(
        withStack.stack!,
        /^RedisError: WRONGTYPE .*\(command LPUSH/,
      );
      // An error the cluster client makes itself gets the caller's stack too.
      assert.notEqual(keySlot("a"), keySlot("b"));
      const crossSlot = await traced.rename("a", "b").catch((e) => e);
      assert.ok(crossSlot instanceof ClusterError, String(crossSlot));
      assert.equal(crossSlot.code, "CROSSSLOT");
      assert.ok(crossSlot.stack!.includes(here), crossSlot.stack);
    },
  );

  await t.step(
    "close({ timeout }) gives up on a stalled node and rejects what waits",
    async () => {
      const sent = Promise.withResolvers<void>();
      const c = new RedisCluster({
        nodes: cluster.urls,
        tracing: {
          commandStart: (trace) => trace.name === "get" && sent.resolve(),
        },
      });
      await c.set("stalled", "v"); // the topology is known, the node connected
      const owner = await cluster.ownerOf(keySlot("stalled"));
      const node = c.nodes("master").find((n) =>
        n.options.port === owner.port
      )!;
      const thaw = await freeze(node);
      try {
        const stalled = c.get("stalled");
        await within(sent.promise, "GET reached its node's connection");
        const started = Date.now();
        await within(c.close({ timeout: 100 }), "close with a timeout");
        assert.ok(
          Date.now() - started < 5000, // the reply never comes: only the timeout ends close
          "close did not wait for the stalled reply",
        );
        const error = await within(stalled.catch((e) => e), "the stalled GET");
        assert.ok(error instanceof ConnectionLostError, String(error));
        assert.equal(error.mayHaveExecuted, true);
        await assert.rejects(c.get("k"), { code: "CLOSED" });
      } finally {
        thaw();
      }
    },
  );
});
