import assert from "node:assert/strict";
import { ConnectionError, ConnectionLostError, Redis } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { seeded, startCuttingProxy } from "./_cutting_proxy.ts";
import { within } from "./_wait.ts";

const SEED = Number(Deno.env.get("DESIR_FAULT_SEED") ?? 7);
const KEYS = 10_000;
const IN_FLIGHT = 40;
const DEADLINE_MS = 60_000;

Deno.test("Redis under random connection cuts runs no command twice, mixes no reply, and hangs on nothing", async () => {
  await using server = await startRedis();
  await using proxy = startCuttingProxy(server.port, {
    seed: SEED,
    cuts: 40,
    maxOffset: 8_000,
  });
  const r = new Redis({
    port: proxy.port,
    reconnect: { minDelay: 5, maxDelay: 40, retries: 1000 },
  });
  const random = seeded(SEED + 1);
  // Key i is only ever incremented by i + 1, once: its value tells whether it ran, and
  // twice would show as 2 * (i + 1). The reply must be i + 1 (not another key's).
  const outcomes: ("ran" | "maybe" | "not")[] = new Array(KEYS);
  let next = 0;
  const worker = async () => {
    while (next < KEYS) {
      const i = next++;
      if (random() < 0.1) await new Promise((r) => setTimeout(r, 1));
      try {
        const reply = await r.sendCommand(["INCRBY", `k:${i}`, i + 1]);
        assert.equal(reply, i + 1, `the reply of INCRBY k:${i}`);
        outcomes[i] = "ran";
      } catch (e) {
        if (e instanceof ConnectionLostError && e.mayHaveExecuted) {
          outcomes[i] = "maybe";
        } else if (e instanceof ConnectionError) outcomes[i] = "not";
        else throw e;
      }
    }
  };
  try {
    await within(
      Promise.all(Array.from({ length: IN_FLIGHT }, worker)),
      "the load under cuts",
      DEADLINE_MS,
    );
  } finally {
    r.destroy();
  }
  assert.ok(proxy.cut >= 10, `only ${proxy.cut} connections were cut`);
  // Read the truth straight from the server.
  await using direct = new Redis(server.url);
  const values = await direct.sendCommand<(string | null)[]>([
    "MGET",
    ...Array.from({ length: KEYS }, (_, i) => `k:${i}`),
  ]);
  const counts = { ran: 0, maybe: 0, not: 0 };
  values.forEach((value, i) => {
    const n = value === null ? 0 : Number(value);
    const outcome = outcomes[i];
    counts[outcome]++;
    if (outcome === "ran") assert.equal(n, i + 1, `k:${i} acknowledged`);
    else if (outcome === "maybe") assert.ok(n === 0 || n === i + 1, `k:${i}`);
    else assert.equal(n, 0, `k:${i} was reported as not run`);
  });
  assert.ok(counts.ran > KEYS / 2, JSON.stringify(counts));
  assert.ok(counts.maybe > 0, JSON.stringify(counts));
});
