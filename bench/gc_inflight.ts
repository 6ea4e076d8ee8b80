/**
 * Why more callers in flight cost more per call: V8's own account of its
 * young-generation collections (`--trace-gc-nvp`) while bench/cpu_inflight.ts
 * runs one point (its in-process loopback, no server) for 2 s, on Deno and on
 * Node (bundled), for desir, for bare promises (no client: the runtime's
 * floor) and for bare promises that keep what desir keeps (`same`). Per call:
 * bytes allocated, bytes the scavenger copied (survived or promoted: all that
 * was live, i.e. in flight, at each collection), and collector pause. Unlike a rate, these hardly move with the load of a shared
 * machine (the pause does).
 *
 * Run: `deno run -A bench/gc_inflight.ts`
 *
 * @module
 */
const HERE = import.meta.dirname!;
const SCRIPT = `${HERE}/cpu_inflight.ts`;

const bundle = await Deno.makeTempFile({ suffix: ".mjs" });
const built = await new Deno.Command(Deno.execPath(), {
  args: ["bundle", "--quiet", "--platform", "browser", "-o", bundle, SCRIPT],
}).output();
if (!built.success) throw new Error(new TextDecoder().decode(built.stderr));

const RUNTIMES: Record<string, string[]> = {
  deno: [Deno.execPath(), "run", "--v8-flags=--trace-gc-nvp", SCRIPT],
  node: ["node", "--trace-gc-nvp", bundle],
};

/** Sums of one run's trace: Deno prints each collection as JSON, Node as `key=value`. */
function summarize(output: string, errors: string) {
  const sums = { scavenges: 0, allocated: 0, copied: 0, pause: 0 };
  for (const line of output.split("\n")) {
    let gc: Record<string, string | number>;
    const json = line.indexOf("GC: {");
    if (json !== -1) gc = JSON.parse(line.slice(json + 4));
    else if (line.includes(" gc=")) {
      gc = Object.fromEntries(
        line.split(" ").filter((w) => w.includes("=")).map((w) => w.split("=")),
      );
    } else continue;
    sums.allocated += Number(gc.allocated);
    sums.pause += Number(gc.pause);
    if (gc.gc !== "s") continue;
    sums.scavenges++;
    sums.copied += Number(gc.new_space_survived) + Number(gc.promoted);
  }
  const calls = Number(/calls=(\d+)/.exec(errors)?.[1]);
  if (!calls) throw new Error(`no calls counted: ${errors}`);
  return { ...sums, calls };
}

console.log(
  "| runtime | calls of | callers | allocated B/call | copied by scavenges B/call | scavenges | GC pause µs/call |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [runtime, command] of Object.entries(RUNTIMES)) {
  for (const op of ["desir", "bare", "same"]) {
    for (const callers of [1000, 10000]) {
      const { stdout, stderr } = await new Deno.Command(command[0], {
        args: [...command.slice(1), op, String(callers)],
      }).output();
      const text = new TextDecoder();
      const s = summarize(text.decode(stdout), text.decode(stderr));
      const per = (x: number) => (x / s.calls).toFixed(0);
      console.log(
        `| ${runtime} | ${op} | ${callers} | ${per(s.allocated)} | ${
          per(s.copied)
        } | ${s.scavenges} | ${(s.pause * 1000 / s.calls).toFixed(3)} |`,
      );
    }
  }
}
await Deno.remove(bundle);
