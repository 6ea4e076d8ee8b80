/**
 * Where an idle client's memory goes on Deno: 1,000 connected clients that each sent one
 * command (as the idle shape connects them, 100 at a time), measured after a full
 * collection, per client: RSS, the V8 heap in use, the heap V8 holds (`heapTotal`) and
 * external memory; next to them the same for 1,000 bare `Deno.connect` sockets that each
 * sent a PING and wait on a read. Each kind runs in a fresh process, alternating.
 *
 * `desir, warmed up` is desir again in a process that first sent 2,000 commands and
 * opened and closed 20 clients: what the first thousands of commands cost a process once
 * (the optimizing compilers' code and memory, a young generation grown to the traffic)
 * is then in the baseline, not spread over the clients.
 *
 * Run: `deno run -A bench/idle_heap.ts [rounds]`
 *
 * @module
 */
import { startRedis } from "../tests/harness/redis_server.ts";

const N = 1000;
const rounds = Number(Deno.args[0] ?? 3);
const KINDS = ["desir", "warm", "bare"] as const;

/** The program one process runs: connects N clients of `kind`, prints its per-client use. */
const PROGRAM = `
import { Redis } from "${new URL("../mod.ts", import.meta.url).href}";
const [kind, port] = [Deno.args[0], Number(Deno.args[1])];
const wait = () => new Promise((resolve) => setTimeout(resolve, 100));
async function connect() {
  if (kind !== "bare") {
    const r = new Redis({ port });
    await r.ping();
    return r;
  }
  const c = await Deno.connect({ port });
  await c.write(new TextEncoder().encode("PING\\r\\n"));
  await c.read(new Uint8Array(512));
  c.read(new Uint8Array(512)).catch(() => {}); // waits, as an idle client's socket does
  return c;
}
const keep = [await connect()];
if (kind === "warm") {
  for (let i = 0; i < 20; i++) {
    await Promise.all(Array.from({ length: 100 }, () => keep[0].ping()));
    const extra = await connect();
    extra.close();
  }
}
globalThis.gc();
await wait();
const before = Deno.memoryUsage();
for (let i = 0; i < ${N}; i += 100) {
  keep.push(...await Promise.all(Array.from({ length: 100 }, connect)));
}
globalThis.gc();
await wait();
const after = Deno.memoryUsage();
const per = (field) => (after[field] - before[field]) / ${N} / 1024;
console.log(JSON.stringify({
  rss: per("rss"), heapUsed: per("heapUsed"), heapTotal: per("heapTotal"),
  external: per("external"),
}));
Deno.exit(0);
`;

await using server = await startRedis({ args: ["--maxclients", "10000"] });
const dir = await Deno.makeTempDir({ prefix: "desir_idle_heap_" });
const file = `${dir}/idle.js`;
await Deno.writeTextFile(file, PROGRAM);
const results: Record<string, Record<string, number>[]> = {
  desir: [],
  warm: [],
  bare: [],
};
try {
  for (let round = 0; round < rounds; round++) {
    for (const kind of KINDS) {
      const { success, stdout, stderr } = await new Deno.Command(
        Deno.execPath(),
        {
          args: [
            "run",
            "-A",
            "--v8-flags=--expose-gc",
            file,
            kind,
            `${server.port}`,
          ],
          stdin: "null",
        },
      ).output();
      if (!success) throw new Error(new TextDecoder().decode(stderr));
      results[kind].push(JSON.parse(new TextDecoder().decode(stdout)));
    }
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}

const LABELS = {
  desir: "desir",
  warm: "desir, warmed up",
  bare: "bare Deno.connect",
};
const median = (values: number[]) =>
  values.toSorted((a, b) => a - b)[values.length >> 1];
console.log(
  `KiB per idle client, ${N} clients, median of ${rounds} fresh processes each (min–max)`,
);
console.log("| | RSS | heap used | heap held (heapTotal) | external |");
console.log("| --- | --- | --- | --- | --- |");
for (const kind of KINDS) {
  const cell = (field: string) => {
    const values = results[kind].map((r) => r[field]);
    return `${median(values).toFixed(1)} (${Math.min(...values).toFixed(1)}–${
      Math.max(...values).toFixed(1)
    })`;
  };
  console.log(
    `| ${LABELS[kind]} | ${cell("rss")} | ${cell("heapUsed")} | ${
      cell("heapTotal")
    } | ${cell("external")} |`,
  );
}
