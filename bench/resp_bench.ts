/**
 * Micro-benchmarks of the RESP layer: `deno bench bench/resp_bench.ts`.
 *
 * @module
 */

import { Decoder, type RespValue } from "../lib/resp/decode.ts";
import { WriteBuffer } from "../lib/resp/encode.ts";

const text = new TextEncoder();
let sink = 0;
const handler = {
  reply(value: RespValue) {
    sink += value === null ? 0 : 1;
  },
  push() {},
};

const smallBulks = text.encode("$3\r\nabc\r\n".repeat(10_000));
const okReplies = text.encode("+OK\r\n".repeat(10_000));
const integers = text.encode(":1\r\n".repeat(10_000));
const bigBulk = (() => {
  const payload = "x".repeat(1 << 20);
  return text.encode(`$${payload.length}\r\n${payload}\r\n`);
})();
const bigChunks: Uint8Array[] = [];
for (let i = 0; i < bigBulk.length; i += 65536) {
  bigChunks.push(bigBulk.subarray(i, i + 65536));
}
const arrayOfBulks = text.encode(
  "*1000\r\n" + "$10\r\nvalue:1234\r\n".repeat(1000),
);

Deno.bench(
  "decode 10k small bulk replies in one chunk",
  { group: "decode" },
  () => {
    new Decoder(handler).feed(smallBulks);
  },
);

Deno.bench(
  "decode 10k small bulk replies as bytes",
  { group: "decode" },
  () => {
    const decoder = new Decoder(handler);
    decoder.bytes = true;
    decoder.feed(smallBulks);
  },
);

Deno.bench("decode 10k +OK replies in one chunk", { group: "decode" }, () => {
  new Decoder(handler).feed(okReplies);
});

Deno.bench("decode 10k :1 replies in one chunk", { group: "decode" }, () => {
  new Decoder(handler).feed(integers);
});

Deno.bench("decode a 1 MiB bulk in 64 KiB chunks", { group: "decode" }, () => {
  const decoder = new Decoder(handler);
  for (const chunk of bigChunks) decoder.feed(chunk);
});

Deno.bench(
  "decode a 1 MiB bulk in 64 KiB chunks as bytes",
  { group: "decode" },
  () => {
    const decoder = new Decoder(handler);
    decoder.bytes = true;
    for (const chunk of bigChunks) decoder.feed(chunk);
  },
);

Deno.bench("decode an array of 1000 bulks", { group: "decode" }, () => {
  new Decoder(handler).feed(arrayOfBulks);
});

const out = new WriteBuffer();
Deno.bench("encode 10k SET key:123 value", { group: "encode" }, () => {
  for (let i = 0; i < 10_000; i++) out.write(["SET", "key:123", "value"]);
  sink += out.take().length;
});

Deno.bench("encode 10k SET key:123 <number>", { group: "encode" }, () => {
  for (let i = 0; i < 10_000; i++) out.write(["SET", "key:123", i]);
  sink += out.take().length;
});

const longValue = "v".repeat(1000);
Deno.bench(
  "encode 1000 SET key:123 <1000-char string>",
  { group: "encode" },
  () => {
    for (let i = 0; i < 1000; i++) out.write(["SET", "key:123", longValue]);
    sink += out.take().length;
  },
);
