/**
 * The codec against JSON + TextEncoder/TextDecoder on the same JSON-compatible data:
 * `deno bench bench/codec_bench.ts`. Each group has JSON as its baseline, so the summary
 * prints the ratio; the sizes are printed once at the start.
 *
 * @module
 */

import { deserialize, serialize } from "../lib/codec/codec.ts";

const text = new TextEncoder();
const utf8 = new TextDecoder();

function user(i: number) {
  return {
    id: 100_000 + i,
    name: `User ${i}`,
    email: `user${i}@example.com`,
    active: i % 3 !== 0,
    roles: i % 2 ? ["admin", "editor"] : ["viewer"],
    score: Math.round(i * 13.37) / 100,
    createdAt: new Date(1_700_000_000_000 + i * 86_400_000).toISOString(),
    address: {
      street: `${i} Main Street`,
      city: "Springfield",
      zip: `${10_000 + i}`,
    },
    tags: null,
  };
}

const data: Record<string, unknown> = {
  "one record": user(7),
  "100 records": Array.from({ length: 100 }, (_, i) => user(i)),
  "1000 numbers": Array.from(
    { length: 1000 },
    (_, i) => (i % 2 ? i * 1.5 : i * 1000),
  ),
  "text (10 KB, non-ASCII)": {
    title: "Résumé — 日本語",
    body: "Lorem ipsum dolor sit amet, café naïve façade. ".repeat(200),
  },
  "RPC call": {
    id: 42,
    method: "sum",
    args: [1, 2, "three", { four: 4 }],
    replyTo: "rpc:r:17",
  },
};

let sink = 0;
for (const [name, value] of Object.entries(data)) {
  const json = text.encode(JSON.stringify(value));
  const codec = serialize(value);
  console.log(
    `${name}: codec ${codec.length} bytes, JSON ${json.length} bytes`,
  );

  Deno.bench(`JSON.stringify + encode: ${name}`, {
    group: `encode ${name}`,
    baseline: true,
  }, () => {
    sink += text.encode(JSON.stringify(value)).length;
  });
  Deno.bench(`serialize: ${name}`, { group: `encode ${name}` }, () => {
    sink += serialize(value).length;
  });
  Deno.bench(`decode + JSON.parse: ${name}`, {
    group: `decode ${name}`,
    baseline: true,
  }, () => {
    sink += JSON.parse(utf8.decode(json)) === null ? 0 : 1;
  });
  Deno.bench(`deserialize: ${name}`, { group: `decode ${name}` }, () => {
    sink += deserialize(codec) === null ? 0 : 1;
  });
}

// Keeps the results alive so no engine can drop the work.
globalThis.addEventListener("unload", () => {
  if (sink === -1) console.log(sink);
});
