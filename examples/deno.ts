/**
 * desir on Deno. In your project: `deno add jsr:@desir/desir`, then
 *
 *     REDIS_URL=redis://127.0.0.1:6379 deno run --allow-net --allow-env deno.ts
 *
 * @module
 */
import { Redis } from "@desir/desir";

await using r = new Redis(Deno.env.get("REDIS_URL")); // redis://127.0.0.1:6379 when unset
await r.set("greeting", "hello from Deno");
console.log(await r.get("greeting"));
