/**
 * Reads `COMMAND DOCS` and `COMMAND INFO` from servers, merges their tables and writes
 * `commands.json`.
 *
 * Usage:
 * - `deno task gen:commands` starts throwaway `redis-7.0` (the host's `redis-server`),
 *   `redis-8.0` and `valkey-8.1` (from the root `./run servers` unpacks) and merges
 *   the three tables.
 * - `--server <name or command line>` (repeatable) starts those instead:
 *   `--server redis-7.0 --server "/opt/valkey/bin/valkey-server"`.
 * - `--url <redis://…>` (repeatable, or `REDIS_URL`) reads running servers (your own,
 *   with its modules) instead of starting any.
 * - `--merge` merges what was read into the existing `commands.json` rather than
 *   replacing it: `deno task gen:commands --url redis://my-host:6379 --merge`.
 *
 * Then run `deno task gen` to regenerate the methods.
 *
 * @module
 */
import { Redis } from "../lib/client.ts";
import { buildTable, type CommandTable, formatTable } from "./_table.ts";
import { mergeTables } from "./merge.ts";
import { DEFAULT_SERVERS, startServer } from "./_servers.ts";

/** Reads the command table from the server at `url` (RESP3: needs Redis 7 or later). */
export async function fetchTable(url: string): Promise<CommandTable> {
  await using r = new Redis(url, { protocol: 3 });
  const hello = await r.sendCommand(["HELLO"]);
  const docs = await r.sendCommand(["COMMAND", "DOCS"]);
  const info = await r.sendCommand(["COMMAND", "INFO"]);
  return buildTable(docs, info, hello);
}

/** Starts the server `spec` names (see gen/_servers.ts), reads its table, stops it. */
export async function fetchFromServer(spec: string): Promise<CommandTable> {
  await using server = await startServer(spec);
  return await fetchTable(server.url);
}

/** What the command line asks for. */
export interface FetchPlan {
  servers: string[];
  urls: string[];
  merge: boolean;
}

/** Parses the command line (see the module doc). */
export function parseArgs(
  args: string[],
  env: { REDIS_URL?: string } = {},
): FetchPlan {
  const plan: FetchPlan = { servers: [], urls: [], merge: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === "--merge") {
      plan.merge = true;
      continue;
    }
    const value = args[i + 1];
    if ((flag !== "--server" && flag !== "--url") || value === undefined) {
      throw new TypeError(
        `gen:commands: unknown argument "${flag}"; use --server <name or command>, --url <url>, --merge`,
      );
    }
    (flag === "--server" ? plan.servers : plan.urls).push(value);
    i++;
  }
  if (env.REDIS_URL) plan.urls.push(env.REDIS_URL);
  if (!plan.servers.length && !plan.urls.length) {
    plan.servers = [...DEFAULT_SERVERS];
  }
  return plan;
}

/**
 * Reads every table the plan names, one server at a time, and merges them; `onRead` sees
 * each table as it is read.
 */
export async function fetchPlan(
  plan: FetchPlan,
  existing?: CommandTable,
  onRead: (table: CommandTable) => void = () => {},
): Promise<CommandTable> {
  const tables: CommandTable[] = existing && plan.merge ? [existing] : [];
  for (const spec of plan.servers) tables.push(await fetchFromServer(spec));
  for (const url of plan.urls) tables.push(await fetchTable(url));
  tables.slice(existing && plan.merge ? 1 : 0).forEach(onRead);
  return mergeTables(tables);
}

if (import.meta.main) {
  const plan = parseArgs(Deno.args, { REDIS_URL: Deno.env.get("REDIS_URL") });
  const path = new URL("../commands.json", import.meta.url);
  const existing = plan.merge
    ? JSON.parse(await Deno.readTextFile(path)) as CommandTable
    : undefined;
  const count = (t: CommandTable) => Object.keys(t.commands).length;
  const table = await fetchPlan(plan, existing, (read) => {
    const [{ server, version }] = read.sources;
    console.log(
      `${server} ${version}: ${count(read)} commands and subcommands`,
    );
  });
  await Deno.writeTextFile(path, formatTable(table));
  const from = table.sources.map((s) => `${s.server} ${s.version}`).join(", ");
  console.log(
    `commands.json: ${count(table)} commands and subcommands from ${from}`,
  );
}
