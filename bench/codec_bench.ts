/**
 * The codec against JSON + TextEncoder/TextDecoder on the same JSON-compatible data:
 * `deno bench bench/codec_bench.ts`. Each group has JSON as its baseline, so the summary
 * prints the ratio; the sizes are printed once at the start.
 *
 * @module
 */

import { deserialize, serialize } from "../lib/codec/codec.ts";
import { codecCases, data, sink as caseSink } from "./_micro_cases.ts";

const text = new TextEncoder();
const utf8 = new TextDecoder();

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
  Deno.bench(`decode + JSON.parse: ${name}`, {
    group: `decode ${name}`,
    baseline: true,
  }, () => {
    sink += JSON.parse(utf8.decode(json)) === null ? 0 : 1;
  });
}
for (const { name, group, run } of codecCases({ serialize, deserialize })) {
  Deno.bench(name, { group }, run);
}

// Keeps the results alive so no engine can drop the work.
globalThis.addEventListener("unload", () => {
  if (sink + caseSink === -1) console.log(sink);
});
