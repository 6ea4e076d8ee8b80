// desir on Node 18+. In your project: `npx jsr add @desir/desir`, then
//
//     REDIS_URL=redis://127.0.0.1:6379 node node.mjs
import process from "node:process";
import { Redis } from "@desir/desir";

const r = new Redis(process.env.REDIS_URL); // redis://127.0.0.1:6379 when unset
try {
  await r.set("greeting", "hello from Node");
  console.log(await r.get("greeting"));
} finally {
  await r.close(); // Node 20 has no `await using` yet
}
