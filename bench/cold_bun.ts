/**
 * Cold start of Bun's `RedisClient`: connect, PING, print the wall-clock time of
 * the reply (ms since the epoch).
 *
 * Run: `bun bench/cold_bun.ts <port>`
 *
 * @module
 */
// @ts-ignore: "bun" resolves only on Bun; Deno lints and formats this file but never runs it.
import { RedisClient } from "bun";

// @ts-ignore: Bun's globals.
const port = Number(process.argv[2]);
const r = new RedisClient(`redis://127.0.0.1:${port}`);
await r.ping();
console.log(performance.timeOrigin + performance.now());
r.close();
