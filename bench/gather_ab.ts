/**
 * The decoder alone gathering a 64 KiB bytes reply as Node's sockets deliver it (a
 * fresh 65,536-byte chunk, then the last 10 bytes in another), this checkout's decoder
 * against another checkout's, alternating, in µs of CPU time per reply. What keeping a
 * payload's offset modulo 16 when it is gathered (`gatherBuffer`, lib/resp/decode.ts)
 * saves where memmove is slow for a destination 1 to 15 bytes past its source modulo
 * a page (glibc 2.36 on AMD EPYC); elsewhere both should be alike.
 *
 *   git archive main | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run -A bench/gather_ab.ts /tmp/desir_base [rounds]
 *
 * @module
 */
import { cpuUsage } from "node:process";
import { Decoder } from "../lib/resp/decode.ts";

const [basePath, roundsArg] = Deno.args;
if (!basePath) throw new Error("usage: gather_ab.ts <base checkout> [rounds]");
const { Decoder: BaseDecoder } = await import(
  new URL(`file://${Deno.realPathSync(basePath)}/lib/resp/decode.ts`).href
) as { Decoder: typeof Decoder };
const rounds = Number(roundsArg ?? 9);

const SIZE = 65536;
const message = new TextEncoder().encode(
  `$${SIZE}\r\n${"x".repeat(SIZE)}\r\n`,
);
let replies = 0;
const handler = { reply: () => replies++, push() {} };

/** µs of CPU time per reply, fed as two fresh chunks each, for ~200 ms. */
function perReply(decoder: Decoder): number {
  decoder.bytes = true;
  const cpu = cpuUsage();
  const start = performance.now();
  replies = 0;
  while (performance.now() - start < 200) {
    const first = new Uint8Array(65536);
    first.set(message.subarray(0, 65536));
    decoder.feed(first);
    decoder.feed(message.slice(65536));
  }
  const used = cpuUsage(cpu);
  return (used.user + used.system) / replies;
}

const head = new Decoder(handler);
const base = new BaseDecoder(handler);
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const [a, b] = round % 2 ? [head, base] : [base, head];
  const first = perReply(a);
  const second = perReply(b);
  const [h, s] = round % 2 ? [first, second] : [second, first];
  console.log(
    `round ${round + 1}: this ${h.toFixed(1)} µs, base ${s.toFixed(1)} µs`,
  );
  ratios.push(s / h);
}
const sorted = ratios.toSorted((x, y) => x - y);
console.log(
  `base ÷ this, CPU time per reply: ${
    sorted[sorted.length >> 1].toFixed(2)
  }× (${sorted[0].toFixed(2)}–${sorted.at(-1)!.toFixed(2)})`,
);
