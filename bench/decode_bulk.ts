/**
 * The decoder alone on one 1 MiB ASCII bulk reply fed in 64 KiB chunks, as a
 * string and as bytes, alternating: the cost of the string conversion, without
 * the network, in CPU time. Runs on Deno and Bun as it is, on Node bundled:
 *
 * ```sh
 * deno run bench/decode_bulk.ts
 * bun bench/decode_bulk.ts
 * deno bundle --quiet --platform browser bench/decode_bulk.ts | node --input-type=module
 * ```
 *
 * @module
 */
import { cpuUsage } from "node:process";
import { Decoder } from "../lib/resp/decode.ts";

const SIZE = 1 << 20;
const message = new TextEncoder().encode(`$${SIZE}\r\n${"x".repeat(SIZE)}\r\n`);
const decoder = new Decoder({ reply() {}, push() {} });
const feed = () => {
  for (let i = 0; i < message.length; i += 65536) {
    decoder.feed(message.subarray(i, Math.min(message.length, i + 65536)));
  }
};
/** MiB per second of this process's CPU time: waiting for a core counts for neither. */
const rate = (bytes: boolean) => {
  decoder.bytes = bytes;
  const start = performance.now();
  const cpu = cpuUsage();
  let n = 0;
  while (performance.now() - start < 300) {
    feed();
    n++;
  }
  const used = cpuUsage(cpu);
  return n / ((used.user + used.system) / 1e6);
};
for (let round = 1; round <= 5; round++) {
  const string = rate(false);
  const bytes = rate(true);
  console.log(
    `round ${round}: string ${Math.round(string)} MiB/s, bytes ${
      Math.round(bytes)
    } MiB/s, string/bytes ${(string / bytes).toFixed(2)}`,
  );
}
