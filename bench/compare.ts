/**
 * This tree's RESP and codec micro-benchmarks against another checkout's, for a change
 * to the hot path on a busy machine: each side runs in fresh processes, alternating,
 * and is timed in CPU time, so waiting for a core counts against neither.
 *
 * ```sh
 * git archive main | (mkdir -p /tmp/desir-main && tar -x -C /tmp/desir-main)
 * deno run -A bench/compare.ts /tmp/desir-main
 * deno run -A bench/compare.ts /tmp/desir-main "+OK"   # workloads whose name has "+OK"
 * ```
 *
 * Prints, per workload of `_micro_cases.ts`, this tree's rate ÷ the other's (above 1×:
 * faster here): the median over rounds (one process per side each) and its min–max.
 *
 * @module
 */

import { resolve } from "node:path";
import { cpuUsage } from "node:process";
import { pathToFileURL } from "node:url";
import type { Case } from "./_micro_cases.ts";

const ROUNDS = 5;
const SLICES = 5;
const SLICE_MS = 40;

/** Iterations per millisecond of this process's CPU time over one slice. */
function rate({ run }: Case): number {
  const start = performance.now();
  const cpu = cpuUsage();
  let n = 0;
  do {
    run();
    n++;
  } while (performance.now() - start < SLICE_MS);
  const used = cpuUsage(cpu);
  return n / ((used.user + used.system) / 1000);
}

/** In a child: the median rate of each workload of the tree at `dir`, as JSON. */
async function measure(dir: string, only: string): Promise<void> {
  const tree = pathToFileURL(resolve(dir)).href;
  const [cases, decode, encode, codec] = await Promise.all([
    import("./_micro_cases.ts"),
    import(`${tree}/lib/resp/decode.ts`),
    import(`${tree}/lib/resp/encode.ts`),
    import(`${tree}/lib/codec/codec.ts`),
  ]);
  const all: Case[] = [
    ...cases.respCases({
      Decoder: decode.Decoder,
      WriteBuffer: encode.WriteBuffer,
    }),
    ...cases.codecCases({
      serialize: codec.serialize,
      deserialize: codec.deserialize,
    }),
  ];
  const rates: Record<string, number> = {};
  for (const c of all.filter((c) => c.name.includes(only))) {
    rate(c);
    rate(c);
    const slices = Array.from({ length: SLICES }, () => rate(c));
    rates[c.name] = slices.sort((a, b) => a - b)[SLICES >> 1];
  }
  if (cases.sink === -1) console.error("never");
  console.log(JSON.stringify(rates));
}

async function child(dir: string, only: string) {
  const { code, stdout } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", import.meta.filename!, "--measure", dir, only],
    stderr: "inherit",
  }).output();
  if (code !== 0) throw new Error(`measuring ${dir} failed`);
  return JSON.parse(new TextDecoder().decode(stdout)) as Record<
    string,
    number
  >;
}

if (Deno.args[0] === "--measure") {
  await measure(Deno.args[1], Deno.args[2] ?? "");
} else {
  if (Deno.args.length < 1 || Deno.args.length > 2) {
    console.error(
      "usage: deno run -A bench/compare.ts <other checkout> [filter]",
    );
    Deno.exit(2);
  }
  const [other, only = ""] = Deno.args;
  const here = resolve(import.meta.dirname!, "..");
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    const first = round % 2 === 0 ? here : other;
    const a = await child(first, only);
    const b = await child(first === here ? other : here, only);
    const [mine, theirs] = first === here ? [a, b] : [b, a];
    for (const name of Object.keys(mine)) {
      (ratios[name] ??= []).push(mine[name] / theirs[name]);
    }
  }
  console.log(`| workload | this ÷ ${other} | min–max |`);
  console.log("| --- | --- | --- |");
  for (const [name, list] of Object.entries(ratios)) {
    list.sort((a, b) => a - b);
    const median = list[list.length >> 1];
    console.log(
      `| ${name} | ${median.toFixed(2)}× | ${list[0].toFixed(2)}–${
        list.at(-1)!.toFixed(2)
      } |`,
    );
  }
}
