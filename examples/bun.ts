/**
 * desir on Bun. In your project: `bunx jsr add @desir/desir`, then
 *
 *     REDIS_URL=redis://127.0.0.1:6379 bun bun.ts
 *
 * @module
 */
import process from "node:process";
import { Redis } from "@desir/desir";

await using r = new Redis(process.env.REDIS_URL); // redis://127.0.0.1:6379 when unset
await r.set("greeting", "hello from Bun");
console.log(await r.get("greeting"));
