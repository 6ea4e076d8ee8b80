/**
 * Type tests of bytes mode: `deno test` type-checks this file, so each
 * `@ts-expect-error` line must stay an error and every other line must compile.
 */
import assert from "node:assert/strict";
import { Redis, RedisCluster } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

/** Fails to compile unless `A` and `B` are the same type. */
function sameType<A, B>(
  ..._: [A] extends [B] ? [B] extends [A] ? [] : [never] : [never]
): void {}

Deno.test("Redis bytes client is typed and replies with Uint8Array<ArrayBuffer>", async () => {
  await using server = await startRedis();
  await using bytes = new Redis<Uint8Array>(server.url, { bytes: true });
  await using fromOptions = new Redis<Uint8Array>({
    url: server.url,
    bytes: true,
  });
  await using text = new Redis(server.url);
  await text.set("k", "hello");

  const body = await bytes.get("k");
  sameType<typeof body, Uint8Array<ArrayBuffer> | null>();
  // A byte reply is a BodyInit: no cast needed.
  assert.equal(await new Response(body).text(), "hello");
  assert.ok((await fromOptions.get("k")) instanceof Uint8Array);

  const word = await text.get("k");
  sameType<typeof word, string | null>();
  assert.equal(word, "hello");

  const view = await text.with({ bytes: true }).get("k");
  sameType<typeof view, Uint8Array<ArrayBuffer> | null>();
  assert.ok(view instanceof Uint8Array);
});

Deno.test("Redis cannot be typed as bytes without asking for bytes", () => {
  // Constructing only: nothing connects until the first command.
  const cases = [
    // @ts-expect-error: a bytes client must pass bytes: true.
    () => new Redis<Uint8Array>(),
    // @ts-expect-error: a bytes client must pass bytes: true.
    () => new Redis<Uint8Array>("redis://127.0.0.1:6379"),
    // @ts-expect-error: bytes: false answers strings.
    () => new Redis<Uint8Array>({ bytes: false }),
    // @ts-expect-error: bytes: true answers Uint8Array; say so with Redis<Uint8Array>.
    () => new Redis({ bytes: true }),
    // @ts-expect-error: the same on a cluster.
    () => new RedisCluster({ nodes: ["redis://127.0.0.1:7000"], bytes: true }),
    // @ts-expect-error: and a bytes cluster must ask for bytes.
    () => new RedisCluster<Uint8Array>({ nodes: ["redis://127.0.0.1:7000"] }),
    () => new Redis({ bytes: false }),
    () =>
      new RedisCluster<Uint8Array>({
        nodes: ["redis://127.0.0.1:7000"],
        bytes: true,
      }),
  ];
  assert.equal(cases.length, 8);
});
