/**
 * The check that a transaction whose `exec()` failed unsent (a bad argument) while
 * watching refuses a later `exec()` until `discard()`, run on `Redis` and `RedisCluster`.
 *
 * @module
 */
import assert from "node:assert/strict";
import { ConnectionError } from "../lib/errors.ts";
import type { Redis } from "../lib/client.ts";
import type { RedisCluster } from "../lib/cluster/cluster.ts";

/** Watches `key`, fails an exec on a bad argument, and checks nothing runs unwatched after. */
export async function assertNoUnwatchedExec(
  client: Redis | RedisCluster,
  key: string,
): Promise<void> {
  const tx = client.multi();
  await tx.watch(key);
  tx.sendCommand(["SET", key, undefined as unknown as string]);
  await assert.rejects(tx.exec(), TypeError);
  await client.set(key, "changed"); // another writer
  tx.set(key, "mine");
  await assert.rejects(tx.exec(), (e: Error) => {
    assert.ok(e instanceof ConnectionError);
    assert.ok(e.cause instanceof TypeError);
    return true;
  });
  assert.equal(await client.get(key), "changed"); // nothing ran unwatched
  await tx.discard();
  await tx.watch(key);
  tx.set(key, "mine");
  assert.deepEqual(await tx.exec(), ["OK"]);
}
