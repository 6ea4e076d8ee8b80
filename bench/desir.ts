/**
 * desir's side of the benchmarks. Uses only desir's public API and the shared
 * harness, so any runtime that runs TypeScript can run it: `deno task bench`
 * runs it on Deno and Bun, and bundled (by run.ts) on Node. The clients
 * `desir-nodenet` and `desir-bun-nodenet` are desir on Deno and on Bun through
 * `nodeTransport` (`node:net`) instead of the runtime's own sockets.
 *
 * Run: `deno run -A --v8-flags=--expose-gc bench/desir.ts desir <shape> <port> [quick]`
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { nodeTransport } from "../transport.ts";
import { main } from "./_harness.mjs";

async function connect(client: string, port: number) {
  const r = new Redis({
    hostname: "127.0.0.1",
    port,
    ...(client.endsWith("-nodenet") ? { transport: nodeTransport } : {}),
  });
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
