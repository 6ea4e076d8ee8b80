/**
 * Why desir's p99 at 10k GET/s is above its runtime's raw socket in the latency shape,
 * and only there: the p99 of each of five seconds at 10k/s after the shape's own warm-up
 * (200 ms sequential, 2 s at 1k/s), for desir and the raw socket (`_raw.mjs`), each in a
 * fresh process, alternating. The first second pays the optimizing JIT compiling the hot
 * path on other threads (JSC's FTL on Bun, TurboFan on Node and Deno), which on 2 cores
 * take CPU from the sending thread and from redis-server; desir's hot path is more code
 * than the raw socket's, so it pays more. On Bun it also runs with the FTL tier off
 * (`BUN_JSC_useFTLJIT=0`): if the first second's excess goes with it, the cause is the
 * compile, not a stall in desir's own code. Medians (min–max) over the runs.
 *
 * Run (needs redis-server, bun, node):
 *   deno run -A bench/warmup_tail.ts [runs]
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import { run } from "./_peers.ts";

const HERE = import.meta.dirname!;
const DENO = Deno.execPath();
const runs = Number(Deno.args[0] ?? 5);
const dir = await Deno.makeTempDir({ prefix: "desir_warmup_" });
const bundle = `${dir}/peer.mjs`;
// deno-fmt-ignore
await run(DENO, [
  "bundle", "--quiet", "--platform", "browser", "--format", "esm", "-o", bundle,
  `${HERE}/_warmup_peer.ts`,
]);
const peer = `${HERE}/_warmup_peer.ts`;
type Variant = { id: string; command: string[]; env?: Record<string, string> };
const variants: Variant[] = [];
for (const who of ["desir", "raw"]) {
  variants.push(
    { id: `bun ${who}`, command: ["bun", peer, who] },
    {
      id: `bun ${who}, FTL off`,
      command: ["bun", peer, who],
      env: { BUN_JSC_useFTLJIT: "0" },
    },
    { id: `node ${who}`, command: ["node", bundle, who] },
    { id: `deno ${who}`, command: [DENO, "run", "-A", peer, who] },
  );
}

await using server = await startRedis();
const results = new Map<string, number[][]>();
for (let i = 0; i < runs; i++) {
  for (const v of i % 2 ? variants.toReversed() : variants) {
    const { stdout, success } = await new Deno.Command(v.command[0], {
      args: [...v.command.slice(1), String(server.port)],
      env: v.env,
      stderr: "inherit",
    }).output();
    if (!success) throw new Error(`${v.command.join(" ")} failed`);
    const { p99 } = JSON.parse(new TextDecoder().decode(stdout));
    results.set(v.id, [...results.get(v.id) ?? [], p99]);
  }
}
const median = (list: number[]) => {
  const s = list.toSorted((a, b) => a - b);
  const f = (x: number) => x.toFixed(2);
  return `${f(s[Math.floor(s.length / 2)])} (${f(s[0])}–${f(s.at(-1)!)})`;
};
console.log(
  `p99 (ms) of each second at 10k GET/s, ${runs} fresh processes each\n`,
);
console.log("| client | 1st s | 2nd s | 3rd s | 4th s | 5th s |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [id, list] of results) {
  const cells = list[0].map((_, s) => median(list.map((p) => p[s])));
  console.log(`| ${id} | ${cells.join(" | ")} |`);
}
await Deno.remove(dir, { recursive: true });
