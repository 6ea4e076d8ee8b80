/**
 * This tree's RESP and codec micro-benchmarks against another checkout's, for a change
 * to the hot path on a busy machine: each workload runs in a fresh process per side
 * (so no workload inherits another's heap), the sides alternate, and both are timed in
 * CPU time, so waiting for a core counts against neither.
 *
 * ```sh
 * git archive main | (mkdir -p /tmp/desir-main && tar -x -C /tmp/desir-main)
 * deno run -A bench/compare.ts /tmp/desir-main
 * deno run -A bench/compare.ts /tmp/desir-main "+OK"   # workloads whose name has "+OK"
 * ```
 *
 * Prints, per workload of `_micro_cases.ts`, this tree's rate ÷ the other's (above 1×:
 * faster here): the median over rounds and its min–max.
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

/** The workloads of the tree at `dir`. */
async function workloads(dir: string): Promise<Case[]> {
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
  return all;
}

/** In a child: the median rate of the workload `name` of the tree at `dir`. */
async function measure(dir: string, name: string): Promise<void> {
  const c = (await workloads(dir)).find((c) => c.name === name)!;
  rate(c);
  rate(c);
  const slices = Array.from({ length: SLICES }, () => rate(c));
  console.log(slices.sort((a, b) => a - b)[SLICES >> 1]);
}

async function child(dir: string, name: string): Promise<number> {
  const { code, stdout } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", import.meta.filename!, "--measure", dir, name],
    stderr: "inherit",
  }).output();
  if (code !== 0) throw new Error(`measuring ${name} in ${dir} failed`);
  return Number(new TextDecoder().decode(stdout));
}

if (Deno.args[0] === "--measure") {
  await measure(Deno.args[1], Deno.args[2]);
} else {
  if (Deno.args.length < 1 || Deno.args.length > 2) {
    console.error(
      "usage: deno run -A bench/compare.ts <other checkout> [filter]",
    );
    Deno.exit(2);
  }
  const [other, only = ""] = Deno.args;
  const here = resolve(import.meta.dirname!, "..");
  const names = (await workloads(here)).map((c) => c.name).filter((name) =>
    name.includes(only)
  );
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      const first = round % 2 === 0 ? here : other;
      const a = await child(first, name);
      const b = await child(first === here ? other : here, name);
      (ratios[name] ??= []).push(first === here ? a / b : b / a);
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
