/**
 * The shape of `commands.json`, and how server replies to `COMMAND DOCS` / `COMMAND INFO`
 * become it. Pure functions: the fetcher feeds them replies, tests feed them fixtures.
 *
 * @module
 */
import { MODULE_DOCS } from "./module_docs.ts";

/** One node of a command's argument tree, as `COMMAND DOCS` describes it. */
export interface Arg {
  name: string;
  type:
    | "string"
    | "integer"
    | "double"
    | "key"
    | "pattern"
    | "unix-time"
    | "pure-token"
    | "oneof"
    | "block";
  token?: string;
  flags?: ("optional" | "multiple" | "multiple_token")[];
  arguments?: Arg[];
  key_spec_index?: number;
  since?: string;
  deprecated_since?: string;
  display_text?: string;
  summary?: string;
  /**
   * Set by gen/shape.ts (never in `commands.json`): a count argument came just before
   * this one, and the method sends this value's length there.
   */
  counted?: boolean;
  /** Where the argument exists, when that differs from its parent's (see `Availability`). */
  availability?: Availability;
}

/**
 * Where a command or argument exists: server family (as `HELLO` names it: `redis`,
 * `valkey`) → the earliest tested version (`major.minor`) that has it. A family missing
 * here does not have it in any tested version.
 */
export type Availability = Record<string, string>;

/** One key specification, as `COMMAND INFO` describes it. */
export interface KeySpec {
  flags: string[];
  notes?: string;
  begin_search:
    | { type: "index"; spec: { index: number } }
    | { type: "keyword"; spec: { keyword: string; startfrom: number } }
    | { type: "unknown"; spec: Record<string, never> };
  find_keys:
    | {
      type: "range";
      spec: { lastkey: number; keystep: number; limit: number };
    }
    | {
      type: "keynum";
      spec: { keynumidx: number; firstkey: number; keystep: number };
    }
    | { type: "unknown"; spec: Record<string, never> };
}

/** One command or subcommand: its `COMMAND DOCS` and `COMMAND INFO` facts merged. */
export interface Command {
  summary?: string;
  since?: string;
  group?: string;
  complexity?: string;
  module?: string;
  doc_flags?: string[];
  deprecated_since?: string;
  replaced_by?: string;
  history?: [string, string][];
  arity: number;
  flags: string[];
  acl_categories: string[];
  tips?: string[];
  first_key: number;
  last_key: number;
  key_step: number;
  key_specs?: KeySpec[];
  /** For a subcommand: the name of its container command. */
  container?: string;
  /** For a container: the names of its subcommands. */
  subcommands?: string[];
  arguments?: Arg[];
  /** Where the command exists. */
  availability?: Availability;
  /** Set when the server documents no arguments and gen/module_docs.ts supplies them. */
  docs_from?: string;
}

/** One server a table was read from. */
export interface Source {
  server: string;
  version: string;
  modules: { name: string; version: number }[];
}

/** The whole of `commands.json`. */
export interface CommandTable {
  /** The servers the table was read from, oldest first (by family, then version). */
  sources: Source[];
  /** Keyed by lowercase name, subcommands as `"config get"`. */
  commands: Record<string, Command>;
}

/** A RESP3 reply with maps already turned into plain objects. */
type Plain = string | number | boolean | null | Plain[] | {
  [key: string]: Plain;
};

/** Turns `Map`s (RESP3 maps) into objects, recursively, so the tree is plain JSON. */
export function plain(value: unknown): Plain {
  if (value instanceof Map) {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of value) out[String(k)] = plain(v);
    return out;
  }
  if (value instanceof Set) return [...value].map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (value === undefined) return null;
  return value as Plain;
}

/** `"client|kill"` (how Redis names subcommands) → `"client kill"`. */
function spaced(name: string): string {
  return name.toLowerCase().replace("|", " ");
}

/**
 * Merges the RESP3 replies of `COMMAND DOCS` and `COMMAND INFO` (plus `HELLO`'s server
 * and version) into a command table, one entry per command and per subcommand.
 */
export function buildTable(
  docsReply: unknown,
  infoReply: unknown,
  hello: unknown,
): CommandTable {
  const docs = plain(docsReply) as Record<string, Record<string, Plain>>;
  const info = plain(infoReply) as Plain[][];
  const server = plain(hello) as Record<string, Plain>;
  const commands: Record<string, Command> = {};

  const addDocs = (
    name: string,
    doc: Record<string, Plain>,
    container?: string,
  ) => {
    const { subcommands, ...rest } = doc;
    const entry = (commands[spaced(name)] ??= {} as Command);
    Object.assign(entry, rest);
    if (container) entry.container = spaced(container);
    if (
      subcommands && typeof subcommands === "object" &&
      !Array.isArray(subcommands)
    ) {
      const subs = subcommands as Record<string, Record<string, Plain>>;
      entry.subcommands = Object.keys(subs).map(spaced).sort();
      for (const [sub, subDoc] of Object.entries(subs)) {
        addDocs(sub, subDoc, name);
      }
    }
  };
  for (const [name, doc] of Object.entries(docs)) addDocs(name, doc);

  const addInfo = (row: Plain[]) => {
    const [name, arity, flags, first, last, step, acl, tips, specs, subs] = row;
    const entry = (commands[spaced(name as string)] ??= {} as Command);
    entry.arity = arity as number;
    entry.flags = [...(flags as string[])].sort();
    entry.first_key = first as number;
    entry.last_key = last as number;
    entry.key_step = step as number;
    entry.acl_categories = [...(acl as string[])].sort();
    if (Array.isArray(tips) && tips.length) {
      entry.tips = [...(tips as string[])].sort();
    }
    if (Array.isArray(specs) && specs.length) {
      entry.key_specs = specs as unknown as KeySpec[];
    }
    if (Array.isArray(subs)) {
      for (const sub of subs) {
        addInfo(sub as Plain[]);
      }
    }
  };
  for (const row of info) if (Array.isArray(row)) addInfo(row);

  const family = String(server.server);
  const since = majorMinor(String(server.version));
  for (const [name, command] of Object.entries(commands)) {
    command.availability = { [family]: since };
    if (command.module && !command.arguments?.length) {
      const docs = MODULE_DOCS[name];
      if (docs) {
        Object.assign(command, docs, { docs_from: "gen/module_docs.ts" });
      }
    }
  }
  const modules = Array.isArray(server.modules)
    ? (server.modules as Record<string, Plain>[]).map((m) => ({
      name: String(m.name),
      version: Number(m.ver),
    })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
    : [];
  return {
    sources: [{ server: family, version: String(server.version), modules }],
    commands,
  };
}

/** `"8.0.2"` → `"8.0"`: availability is kept per minor release. */
export function majorMinor(version: string): string {
  return version.split(".").slice(0, 2).join(".");
}

/** Key order in the JSON file: the important facts first, unknown keys last (sorted). */
const KEY_ORDER = [
  "sources",
  "server",
  "version",
  "modules",
  "commands",
  "name",
  "type",
  "token",
  "summary",
  "since",
  "group",
  "complexity",
  "module",
  "doc_flags",
  "deprecated_since",
  "replaced_by",
  "history",
  "arity",
  "flags",
  "acl_categories",
  "tips",
  "first_key",
  "last_key",
  "key_step",
  "availability",
  "docs_from",
  "key_spec_index",
  "key_specs",
  "notes",
  "begin_search",
  "find_keys",
  "spec",
  "container",
  "subcommands",
  "arguments",
];

function rank(key: string): number {
  const i = KEY_ORDER.indexOf(key);
  return i === -1 ? KEY_ORDER.length : i;
}

/** Sorts object keys (commands alphabetically, fields by KEY_ORDER); arrays keep their order. */
function canonical(value: unknown, commandsLevel = false): unknown {
  if (Array.isArray(value)) return value.map((v) => canonical(v));
  if (value === null || typeof value !== "object") return value;
  const entries = Object.entries(value as Record<string, unknown>);
  entries.sort(([a], [b]) =>
    commandsLevel
      ? (a < b ? -1 : a > b ? 1 : 0)
      : rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)
  );
  return Object.fromEntries(
    entries.map(([k, v]) => [k, canonical(v, k === "commands")]),
  );
}

/** The table as `commands.json` text: canonical key order, two-space indent, final newline. */
export function formatTable(table: CommandTable): string {
  return JSON.stringify(canonical(table), null, 2) + "\n";
}
