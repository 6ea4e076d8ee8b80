/**
 * The ceiling: redis-benchmark's run closest to each workload.
 *
 * @module
 */
import type { Result } from "./_report.ts";

/** The most one redis-benchmark run may take before it counts as hung. */
const TIMEOUT_MS = 120_000;

/**
 * Runs redis-benchmark `reps` times for workload `w` and keeps the best rate.
 * Like the clients it uses one connection (`-c 1`), and pipelines 1000 deep
 * where they keep 1000 commands in flight. W1 and W4 time SET and GET
 * separately; their combined rate is total ops over total time. W5 has no
 * built-in test: it PUBLISHes while a subscriber that reads and discards is
 * connected, so the server does the same fan-out as in the clients' W5.
 */
export async function redisBenchmark(
  w: string,
  port: number,
  reps: number,
): Promise<Omit<Result, "client" | "workload">> {
  const common = ["-p", `${port}`, "-c", "1", "--csv"];
  const pipelined = [...common, "-n", "1000000", "-P", "1000"];
  const args = {
    w1: [...common, "-n", "20000", "-t", "set,get"],
    w2: [...pipelined, "-t", "get"],
    w3: [...pipelined, "-t", "set"],
    w4: [...common, "-n", "1000", "-d", "1048576", "-t", "set,get"],
    w5: [...pipelined, "PUBLISH", "bench:w5", "hello"],
  }[w]!;
  await using subscriber = w === "w5"
    ? await discardingSubscriber(port, "bench:w5")
    : undefined;
  const rates: number[] = [];
  for (let i = 0; i < reps; i++) {
    const output = await new Deno.Command("redis-benchmark", {
      args,
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    }).output();
    // CSV rows are "test","rps",...; the header's "rps" is NaN and drops out.
    const perTest = new TextDecoder().decode(output.stdout).split("\n")
      .map((line) => Number(line.split(",")[1]?.replaceAll('"', "")))
      .filter((rps) => rps > 0);
    if (!output.success || perTest.length === 0) {
      const stderr = new TextDecoder().decode(output.stderr);
      return { error: `redis-benchmark ${args.join(" ")} failed: ${stderr}` };
    }
    const seconds = perTest.reduce((sum, rps) => sum + 1 / rps, 0);
    rates.push(Math.round(perTest.length / seconds));
  }
  if (subscriber && !subscriber.connected) {
    // Redis drops a subscriber that lags past its output buffer limit; then
    // PUBLISH costs less and the ceiling would be too high.
    return { error: "the W5 subscriber was disconnected during the run" };
  }
  return { opsPerSec: Math.max(...rates), rates, peakRssKiB: null };
}

/** A raw RESP2 subscriber that reads and throws away everything it gets. */
async function discardingSubscriber(port: number, channel: string) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  const subscribe =
    `*2\r\n$9\r\nSUBSCRIBE\r\n$${channel.length}\r\n${channel}\r\n`;
  await conn.write(new TextEncoder().encode(subscribe));
  const buffer = new Uint8Array(1 << 20);
  let seen = "";
  while (!seen.endsWith(":1\r\n")) {
    const n = await conn.read(buffer);
    if (n === null) throw new Error("The W5 subscriber could not subscribe");
    seen += new TextDecoder().decode(buffer.subarray(0, n));
  }
  let open = true;
  const reading = (async () => {
    try {
      while (await conn.read(buffer) !== null);
    } catch {
      // Closed by dispose below.
    }
    open = false;
  })();
  return {
    get connected() {
      return open;
    },
    async [Symbol.asyncDispose]() {
      conn.close();
      await reading;
    },
  };
}
