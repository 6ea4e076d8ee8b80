/**
 * A second process for the sugar's cross-process tests: counts, sends, receives or
 * serves as an RPC worker against the server at the given URL.
 *
 *     deno run --allow-net tests/_sugar_process.ts count <url> <counter> <n>
 *     deno run --allow-net tests/_sugar_process.ts send <url> <from> <to> <n>
 *     deno run --allow-net tests/_sugar_process.ts receive <url> <name> <idle ms>
 *     deno run --allow-net tests/_sugar_process.ts worker <url> <name> <visibility ms>
 *
 * `count` and `receive` print what they got as JSON; a worker serves until SIGTERM.
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { Counter } from "../lib/sugar/counter.ts";
import { Connector } from "../lib/sugar/connector.ts";

/** Starts this script in a new Deno process with these arguments. */
export function spawnSugarProcess(...args: string[]): Deno.ChildProcess {
  return new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-net=127.0.0.1", import.meta.filename!, ...args],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

/** Waits for a process started by {@linkcode spawnSugarProcess}; throws unless it succeeded. */
export async function outputOf(child: Deno.ChildProcess): Promise<string> {
  const { success, stdout, stderr } = await child.output();
  const text = new TextDecoder();
  if (!success) throw new Error(`The process failed: ${text.decode(stderr)}`);
  return text.decode(stdout);
}

/** The functions the test worker serves. */
function register(worker: Connector, redis: Redis): void {
  worker
    .register("add", (...numbers: unknown[]) => {
      let sum = 0;
      for (const n of numbers) {
        if (typeof n !== "number") {
          throw new TypeError(`unsupported operand type for +: '${typeof n}'`);
        }
        sum += n;
      }
      return sum;
    })
    // Runs forever the first time (the test kills this process meanwhile).
    .register("once", async (key: string) => {
      const attempt = await redis.sendCommand<number>(["INCR", key]);
      if (attempt === 1) await new Promise((ok) => setTimeout(ok, 60_000));
      return `attempt ${attempt} on ${Deno.pid}`;
    });
}

async function main([mode, url, ...rest]: string[]): Promise<void> {
  await using redis = new Redis(url);
  if (mode === "count") {
    const counter = new Counter(redis, rest[0]);
    const values: number[] = [];
    for (let i = 0; i < Number(rest[1]); i++) values.push(await counter.next());
    console.log(JSON.stringify(values));
  } else if (mode === "send") {
    const from = new Connector(redis, rest[0]);
    for (let i = 0; i < Number(rest[2]); i++) await from.send(rest[1], { i });
  } else if (mode === "receive") {
    const inbox = new Connector(redis, rest[0], { timeout: Number(rest[1]) });
    const values: unknown[] = [];
    for await (const m of inbox) values.push(m.value);
    console.log(JSON.stringify(values));
  } else if (mode === "worker") {
    const worker = new Connector(redis, rest[0]);
    register(worker, redis);
    const stop = new AbortController();
    const abort = () => stop.abort();
    Deno.addSignalListener("SIGTERM", abort);
    await worker.worker({
      signal: stop.signal,
      visibilityTimeout: Number(rest[1]),
    });
    Deno.removeSignalListener("SIGTERM", abort);
  } else {
    throw new Error(`Unknown mode ${mode}`);
  }
}

if (import.meta.main) await main(Deno.args);
