/**
 * The Bun peer: Bun's built-in `RedisClient` (native, auto-pipelining on by default).
 * It has no explicit pipeline, so W3 issues each batch of SETs in one tick,
 * which its auto-pipelining sends together.
 *
 * Run: `bun bench/bun_peer.ts bun <shape> <port> [quick]`
 *
 * @module
 */
// @ts-ignore: "bun" resolves only on Bun; Deno lints and formats this file but never runs it.
import { RedisClient } from "bun";
import { main } from "./_harness.mjs";

async function connect(_client: string, port: number) {
  const r = new RedisClient(`redis://127.0.0.1:${port}`);
  await r.connect();
  return {
    set: (key: string, value: string | Uint8Array) => r.set(key, value),
    get: (key: string) => r.get(key),
    getBytes: (key: string) => r.getBuffer(key),
    pipelineSet: (pairs: string[][]) =>
      Promise.all(pairs.map(([key, value]) => r.set(key, value))),
    subscribe: (channel: string, onMessage: () => void) =>
      r.subscribe(channel, onMessage),
    publish: (channel: string, message: string) => r.publish(channel, message),
    close: () => Promise.resolve(r.close()),
  };
}

await main(connect);
