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
  // bytes: true alone makes a Redis<Uint8Array>: no type argument needed.
  await using bytes = new Redis(server.url, { bytes: true });
  await using fromOptions = new Redis({ url: server.url, bytes: true });
  await using typed = new Redis<Uint8Array>(server.url, { bytes: true });
  await using text = new Redis(server.url);
  sameType<typeof bytes, Redis<Uint8Array>>();
  sameType<typeof fromOptions, Redis<Uint8Array>>();
  sameType<typeof typed, Redis<Uint8Array>>();
  sameType<typeof text, Redis>();
  await text.set("k", "hello");

  const body = await bytes.get("k");
  sameType<typeof body, Uint8Array<ArrayBuffer> | null>();
  // A byte reply is a BodyInit: no cast needed.
  assert.equal(await new Response(body).text(), "hello");
  const fromUrl = await fromOptions.get("k");
  sameType<typeof fromUrl, Uint8Array<ArrayBuffer> | null>();
  assert.ok(fromUrl instanceof Uint8Array);
  const [piped] = await bytes.pipeline().get("k").exec();
  sameType<typeof piped, Uint8Array<ArrayBuffer> | null | Error>();
  assert.ok(piped instanceof Uint8Array);

  const word = await text.get("k");
  sameType<typeof word, string | null>();
  assert.equal(word, "hello");

  const view = await text.with({ bytes: true }).get("k");
  sameType<typeof view, Uint8Array<ArrayBuffer> | null>();
  assert.ok(view instanceof Uint8Array);
  const back = await bytes.with({ bytes: false }).get("k");
  sameType<typeof back, string | null>();
  assert.equal(back, "hello");
});

Deno.test("a bytes client made without a type argument is a Redis<Uint8Array> where one is expected", async () => {
  await using server = await startRedis();
  // Assignable both ways, so helpers typed Redis<Uint8Array> take it.
  await using r: Redis<Uint8Array> = new Redis({
    url: server.url,
    bytes: true,
  });
  const back: typeof r extends Redis<Uint8Array> ? true : false = true;
  const duplicate: Redis<Uint8Array> = r.duplicate();
  await using _dup = duplicate;
  const image = async (client: Redis<Uint8Array>) => await client.get("img");
  await r.set("img", new Uint8Array([0, 255]));
  assert.deepEqual(
    await image(new Redis({ url: server.url, bytes: true })
      .with({})),
    new Uint8Array([0, 255]),
  );
  assert.ok(back);
  // A subclass keeps the rule.
  class ImageStore extends Redis<Uint8Array> {
    constructor(url: string) {
      super(url, { bytes: true });
    }
  }
  await using store = new ImageStore(server.url);
  const stored: Redis<Uint8Array> = store;
  assert.deepEqual(await stored.get("img"), new Uint8Array([0, 255]));
});

Deno.test("a text client stays Redis<string>; a boolean bytes needs a client typed for both", async () => {
  await using server = await startRedis();
  await using plain = new Redis();
  await using fromUrl = new Redis(server.url);
  await using fromHost = new Redis({
    hostname: "127.0.0.1",
    port: server.port,
  });
  await using notBytes = new Redis({ url: server.url, bytes: false });
  sameType<typeof plain, Redis<string>>();
  sameType<typeof fromUrl, Redis<string>>();
  sameType<typeof fromHost, Redis<string>>();
  sameType<typeof notBytes, Redis<string>>();
  const flag = Math.random() < 2; // a boolean only known at run time
  await using either = new Redis<string | Uint8Array>(server.url, {
    bytes: flag,
  });
  await either.set("k", "v");
  const reply = await either.get("k");
  sameType<typeof reply, string | Uint8Array<ArrayBuffer> | null>();
  assert.ok(reply instanceof Uint8Array);
  const view = await fromUrl.with({ bytes: flag }).get("k");
  sameType<typeof view, string | Uint8Array<ArrayBuffer> | null>();
});

Deno.test("RedisCluster follows bytes: true too", () => {
  // Constructing only: nothing connects until the first command.
  const nodes = ["redis://127.0.0.1:7000"];
  const bytes = new RedisCluster({ nodes, bytes: true });
  const typed: RedisCluster<Uint8Array> = bytes;
  const text = new RedisCluster({ nodes });
  sameType<typeof bytes, RedisCluster<Uint8Array>>();
  sameType<typeof text, RedisCluster>();
  sameType<
    ReturnType<typeof bytes.get>,
    Promise<Uint8Array<ArrayBuffer> | null>
  >();
  for (const c of [typed, text]) c.destroy();
});

Deno.test("Redis cannot be typed as bytes without asking for bytes", () => {
  // Constructing only: nothing connects until the first command.
  const flag = Math.random() < 2;
  const cases = [
    // @ts-expect-error: a bytes client must pass bytes: true.
    () => new Redis<Uint8Array>(),
    // @ts-expect-error: a bytes client must pass bytes: true.
    () => new Redis<Uint8Array>("redis://127.0.0.1:6379"),
    // @ts-expect-error: bytes: false answers strings.
    () => new Redis<Uint8Array>({ bytes: false }),
    // @ts-expect-error: bytes: true answers Uint8Array, not strings.
    () => new Redis<string>({ bytes: true }),
    // @ts-expect-error: a boolean variable: the reply type would be unknown.
    () => new Redis({ bytes: flag }),
    // @ts-expect-error: the same on a cluster.
    () => new RedisCluster({ nodes: ["redis://127.0.0.1:7000"], bytes: flag }),
    // @ts-expect-error: and a bytes cluster must ask for bytes.
    () => new RedisCluster<Uint8Array>({ nodes: ["redis://127.0.0.1:7000"] }),
    // @ts-expect-error: a bytes client is no text client.
    (): Redis => new Redis({ bytes: true }),
    () => new Redis({ bytes: false }),
    () =>
      new RedisCluster<Uint8Array>({
        nodes: ["redis://127.0.0.1:7000"],
        bytes: true,
      }),
  ];
  assert.equal(cases.length, 10);
});
