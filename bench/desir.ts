/**
 * desir's side of the benchmarks. Uses only desir's public API and the shared
 * harness, so any runtime that runs TypeScript can run it: `deno task bench`
 * runs it on Deno, and `--clients desir-bun` on Bun.
 *
 * Run: `deno run --allow-all bench/desir.ts desir <w1..w5> <port> [reps]`
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { main } from "./_harness.mjs";

async function connect(_client: string, port: number) {
  const r = new Redis({ hostname: "127.0.0.1", port });
  await r.sendCommand(["PING"]);
  return {
    set: (key: string, value: string | Uint8Array) =>
      r.sendCommand(["SET", key, value]),
    get: (key: string) => r.sendCommand(["GET", key]),
    getBytes: (key: string) =>
      r.sendCommand(["GET", key], { bytes: true }) as Promise<Uint8Array>,
    pipelineSet(pairs: string[][]) {
      const p = r.pipeline();
      for (const [key, value] of pairs) p.sendCommand(["SET", key, value]);
      return p.exec();
    },
    subscribe: (channel: string, onMessage: () => void) =>
      r.subscribe(channel, onMessage),
    publish: (channel: string, message: string) =>
      r.sendCommand(["PUBLISH", channel, message]),
    close: () => r.close(),
  };
}

await main(connect);
