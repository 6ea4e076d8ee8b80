/**
 * Where a cold start of desir as JSR serves it goes, on Deno and Bun, next to a raw
 * socket's (the one desir uses there) in the same phases: in fresh processes, the time
 * from the process's start to the program's first line (the runtime loading and linking
 * every module of the program, desir's build of gen/dist.ts among them), then desir's
 * top-level code, `new Redis()`, the first PING (which connects and runs the HELLO
 * handshake, compiling on first use the code they run; the raw socket connects and
 * sends PING) and a second PING, whose code is compiled: a loopback round trip.
 * Medians (min–max) over the runs, after one untimed run each that fills the runtime's
 * caches.
 *
 * Run: `deno run -A bench/cold_phases.ts [runs]`
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import { buildDist } from "../gen/dist.ts";

const runs = Number(Deno.args[0] ?? 11);
const PHASES = [
  "to the first line",
  "desir's top level",
  "new Redis",
  "first PING",
  "second PING",
];
// The first module evaluated notes the time: every module is loaded and linked by then.
const START = "export const at = [performance.now()];\n";
const PORT =
  "const port = Number((globalThis.Deno?.args ?? process.argv.slice(2))[0]);\n";
const REPORT =
  "console.log(JSON.stringify(at.map((t, i) => i ? t - at[i - 1] : t)));\n";
const DESIR = `import { at } from "./start.mjs";
import { Redis } from "./dist/mod.js";
at.push(performance.now());
${PORT}const r = new Redis({ hostname: "127.0.0.1", port });
at.push(performance.now());
await r.ping();
at.push(performance.now());
await r.ping();
at.push(performance.now());
r.destroy();
${REPORT}`;
const RAW = `import { at } from "./start.mjs";
at.push(performance.now(), performance.now());
${PORT}const bytes = new TextEncoder().encode("*1\\r\\n$4\\r\\nPING\\r\\n");
let ping, close;
if (globalThis.Deno) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const buffer = new Uint8Array(64);
  ping = async () => { await conn.write(bytes); await conn.read(buffer); };
  close = () => conn.close();
} else {
  let replied;
  const socket = await Bun.connect({
    hostname: "127.0.0.1", port, socket: { data: () => replied() },
  });
  ping = () => new Promise((resolve) => { replied = resolve; socket.write(bytes); });
  close = () => socket.end();
}
await ping();
at.push(performance.now());
await ping();
at.push(performance.now());
close();
${REPORT}`;

const dir = await Deno.makeTempDir({ prefix: "desir_cold_phases_" });
try {
  await buildDist(`${import.meta.dirname}/..`, `${dir}/dist`);
  await Deno.writeTextFile(`${dir}/start.mjs`, START);
  await Deno.writeTextFile(`${dir}/desir.mjs`, DESIR);
  await Deno.writeTextFile(`${dir}/raw.mjs`, RAW);
  await using server = await startRedis();
  const once = async (command: string[], program: string) => {
    const output = await new Deno.Command(command[0], {
      args: [...command.slice(1), `${dir}/${program}`, `${server.port}`],
      stdin: "null",
      stderr: "inherit",
    }).output();
    if (!output.success) throw new Error(`${command[0]} ${program} failed`);
    return JSON.parse(new TextDecoder().decode(output.stdout)) as number[];
  };
  console.log(`| ms: median (min–max of ${runs}) | ${PHASES.join(" | ")} |`);
  console.log(`| --- |${" --- |".repeat(PHASES.length)}`);
  for (
    const [runtime, command] of [
      ["Deno", [Deno.execPath(), "run", "-A"]],
      ["Bun", ["bun"]],
    ] as const
  ) {
    for (const program of ["raw.mjs", "desir.mjs"]) {
      await once([...command], program);
      const times: number[][] = [];
      for (let i = 0; i < runs; i++) {
        times.push(await once([...command], program));
      }
      const cells = PHASES.map((_, p) => {
        const s = times.map((t) => t[p]).sort((a, b) => a - b);
        const f = (v: number) => v.toFixed(2);
        return `${f(s[s.length >> 1])} (${f(s[0])}–${f(s[s.length - 1])})`;
      });
      const who = program === "raw.mjs" ? "raw socket" : "desir";
      console.log(`| ${runtime}, ${who} | ${cells.join(" | ")} |`);
    }
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}
