/**
 * Reads `COMMAND DOCS` and `COMMAND INFO` from a live server and writes `commands.json`.
 *
 * Usage: `deno task gen:commands` starts a throwaway `redis-server` (from PATH) on a unix
 * socket in a temp dir; `REDIS_URL=redis://host:port deno task gen:commands` reads your
 * own server instead (a newer Redis, Valkey, or one with modules loaded). Then run
 * `deno task gen` to regenerate the methods.
 *
 * @module
 */
import { Redis } from "../lib/client.ts";
import { buildTable, type CommandTable, formatTable } from "./_table.ts";

/** Reads the command table from the server at `url` (RESP3: needs Redis 7 or later). */
export async function fetchTable(url: string): Promise<CommandTable> {
  await using r = new Redis(url, { protocol: 3 });
  const hello = await r.sendCommand(["HELLO"]);
  const docs = await r.sendCommand(["COMMAND", "DOCS"]);
  const info = await r.sendCommand(["COMMAND", "INFO"]);
  return buildTable(docs, info, hello);
}

/** Starts a throwaway `redis-server` on a unix socket; disposing stops it. */
async function throwawayServer(): Promise<{ url: string } & AsyncDisposable> {
  const dir = await Deno.makeTempDir({ prefix: "desir-gen-" });
  const socket = `${dir}/redis.sock`;
  const child = new Deno.Command("redis-server", {
    args: ["--port", "0", "--unixsocket", socket, "--save", "", "--dir", dir],
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const stop = async () => {
    try {
      child.kill("SIGTERM");
    } catch { /* already exited */ }
    await child.output();
    await Deno.remove(dir, { recursive: true });
  };
  for (let i = 0; i < 100; i++) {
    try {
      (await Deno.connect({ transport: "unix", path: socket })).close();
      return { url: `unix://${socket}`, [Symbol.asyncDispose]: stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await stop();
  throw new Error(
    "redis-server did not start within 5 s: is it installed and on PATH?",
  );
}

if (import.meta.main) {
  const given = Deno.env.get("REDIS_URL");
  await using server = given ? null : await throwawayServer();
  const table = await fetchTable(given ?? server!.url);
  const path = new URL("../commands.json", import.meta.url);
  await Deno.writeTextFile(path, formatTable(table));
  const count = Object.keys(table.commands).length;
  console.log(
    `commands.json: ${count} commands and subcommands from ${table.source.server} ${table.source.version}`,
  );
}
