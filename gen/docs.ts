/**
 * Documentation text for a command, from `commands.json` alone: the syntax line as
 * redis.io writes it, and the help text that both the JSDoc and `help()` show.
 *
 * @module
 */
import type { Arg, Availability, Command, CommandTable } from "./_table.ts";

const has = (arg: Arg, flag: "optional" | "multiple" | "multiple_token") =>
  arg.flags?.includes(flag) ?? false;

/** One argument as redis.io writes it: `[EX seconds | PX milliseconds]`, `key [key ...]`. */
export function argText(arg: Arg, nested = false): string {
  const label = arg.display_text ?? arg.name;
  let text: string;
  switch (arg.type) {
    case "pure-token":
      text = arg.token ?? label;
      break;
    case "oneof":
      text = (arg.arguments ?? []).map((a) => argText(a, true)).join(" | ");
      if (arg.token) text = `${arg.token} ${wrap(text, has(arg, "optional"))}`;
      break;
    case "block":
      text = (arg.arguments ?? []).map((a) => argText(a, true)).join(" ");
      if (arg.token) text = `${arg.token} ${text}`;
      break;
    default:
      text = arg.token ? `${arg.token} ${label}` : label;
  }
  if (has(arg, "multiple")) {
    const again = has(arg, "multiple_token") || !arg.token
      ? text
      : text.slice(arg.token.length + 1);
    text = `${text} [${again} ...]`;
  }
  if (has(arg, "optional")) return `[${text}]`;
  if (
    (arg.type === "oneof" && !arg.token) ||
    (arg.type === "block" && nested && !arg.token)
  ) {
    return arg.type === "oneof" ? `<${text}>` : text;
  }
  return text;
}

function wrap(text: string, optional: boolean): string {
  return optional ? text : `<${text}>`;
}

/** The syntax line: `SET key value [NX | XX] [GET] [EX seconds | ...]`. */
export function syntax(name: string, command: Command): string {
  const words = name.toUpperCase();
  const args = (command.arguments ?? []).map((a) => argText(a));
  if (!command.arguments?.length && command.arity !== name.split(" ").length) {
    args.push("[arg ...]");
  }
  return [words, ...args].join(" ");
}

/** The command's page: on valkey.io for a command Valkey has and Redis does not. */
export function link(name: string, availability: Availability = {}): string {
  const site = availability.valkey && !availability.redis
    ? "valkey.io"
    : "redis.io";
  return `https://${site}/commands/${name.replace(/ /g, "-")}/`;
}

/** The facts shown for a command, as plain-text lines (no markup beyond backticks). */
export interface DocFacts {
  summary: string;
  syntax: string;
  complexity?: string;
  since?: string;
  group?: string;
  history: [string, string][];
  deprecated?: string;
  link: string;
  /** Where the command exists: `Redis ≥ 7.0, Valkey ≥ 8.1`, `Redis ≥ 8.0 only`. */
  availability?: string;
  /** Arguments not available everywhere the command is: `IFEQ value: Valkey ≥ 8.1 only`. */
  partial: string[];
}

/**
 * `{ redis: "8.0", valkey: "8.1" }` → `"Redis ≥ 8.0, Valkey ≥ 8.1"`, with "only" when it
 * names fewer families than `families` (those the table, or the command, covers).
 */
export function availabilityText(
  availability: Availability,
  families: readonly string[],
): string {
  const names = Object.keys(availability).sort();
  const text = names.map((f) =>
    `${f[0].toUpperCase()}${f.slice(1)} ≥ ${availability[f]}`
  ).join(", ");
  return names.length < families.length ? `${text} only` : text;
}

/**
 * A version as the docs give it, said to be Valkey's (`Valkey 8.1.0`) when only Valkey has
 * the thing: its numbers are not Redis's.
 */
export function whose(version: string, availability?: Availability): string {
  return availability?.valkey && !availability.redis
    ? `Valkey ${version}`
    : version;
}

/** The server families a table covers (`["redis", "valkey"]`). */
export function familiesOf(table: CommandTable): string[] {
  return [...new Set(table.sources.map((s) => s.server))].sort();
}

/** Arguments whose availability differs from the command's, as `SYNTAX: where`. */
function partialArgs(args: Arg[], families: string[]): string[] {
  return args.flatMap((arg) => {
    const own = arg.availability
      ? [
        `${argText({ ...arg, flags: undefined })}: ${
          availabilityText(arg.availability, families)
        }`,
      ]
      : [];
    // Members of an argument found only on some servers say no more than it does.
    return arg.availability ? own : partialArgs(arg.arguments ?? [], families);
  });
}

/** Collects the facts of one command; `families` are those the table covers. */
export function facts(
  name: string,
  command: Command,
  families: readonly string[] = [],
): DocFacts {
  const own = Object.keys(command.availability ?? {});
  let deprecated: string | undefined;
  if (command.deprecated_since || command.doc_flags?.includes("deprecated")) {
    const since = command.deprecated_since
      ? `since Redis ${command.deprecated_since}`
      : "";
    const use = command.replaced_by ? `use ${command.replaced_by}` : "";
    deprecated = [since, use].filter(Boolean).join(": ") || "deprecated";
  }
  return {
    summary: tidy(command.summary ?? "(no summary)"),
    syntax: syntax(name, command),
    complexity: command.complexity ? tidy(command.complexity) : undefined,
    since: command.since && whose(command.since, command.availability),
    group: command.group,
    history: command.history ?? [],
    deprecated,
    link: link(name, command.availability),
    availability: command.availability &&
      availabilityText(command.availability, families),
    partial: partialArgs(command.arguments ?? [], own),
  };
}

/** One line, sentence-terminated. */
function tidy(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return /[.!?)]$/.test(t) ? t : t + ".";
}

/** The text `help()` returns. */
export function helpText(f: DocFacts, method?: string): string {
  const lines = [f.syntax, "", f.summary, ""];
  if (f.complexity) lines.push(`Complexity: ${f.complexity}`);
  const since = [f.since && `Since: ${f.since}`, f.group && `Group: ${f.group}`]
    .filter(Boolean);
  if (since.length) lines.push(since.join(" · "));
  if (f.history.length) {
    lines.push("History:");
    for (const [version, change] of f.history) {
      lines.push(`  ${version}: ${change}`);
    }
  }
  if (f.availability) lines.push(`Available: ${f.availability}`);
  if (f.partial.length) {
    lines.push("Not everywhere:", ...f.partial.map((p) => `  ${p}`));
  }
  if (f.deprecated) lines.push(`Deprecated ${f.deprecated}`);
  if (method) lines.push(`Method: ${method}`);
  lines.push(f.link);
  return lines.join("\n");
}

/** Text safe inside a JSDoc block. */
function jsdocSafe(text: string): string {
  return text.replace(/\*\//g, "*\\/").replace(/(^|\s)@(\w)/g, "$1\\@$2");
}

/** The JSDoc block of a method (without the comment delimiters), line by line. */
export function jsdoc(f: DocFacts): string[] {
  const only = f.availability?.endsWith(" only")
    ? `**${f.availability}.** `
    : "";
  const lines = [
    only + jsdocSafe(f.summary),
    "",
    "`" + jsdocSafe(f.syntax) + "`",
    "",
  ];
  if (f.availability) lines.push(`- Available: ${f.availability}`);
  for (const p of f.partial) lines.push(`- ${jsdocSafe(p)}`);
  if (f.complexity) lines.push(`- Complexity: ${jsdocSafe(f.complexity)}`);
  if (f.since) {
    lines.push(`- Since: ${f.since}${f.group ? ` (group: ${f.group})` : ""}`);
  }
  for (const [version, change] of f.history) {
    lines.push(`- ${version}: ${jsdocSafe(tidy(change))}`);
  }
  lines.push("", `@see {@link ${f.link}}`);
  if (f.deprecated) lines.push(`@deprecated ${jsdocSafe(f.deprecated)}`);
  return lines;
}

/**
 * The short JSDoc block of a method (summary, syntax, link), for the shared implementation
 * and the queues; the clients carry the full one.
 */
export function shortJsdoc(f: DocFacts): string[] {
  const lines = [
    jsdocSafe(f.summary),
    "",
    "`" + jsdocSafe(f.syntax) + "`",
    "",
    `@see {@link ${f.link}}`,
  ];
  if (f.deprecated) lines.push(`@deprecated ${jsdocSafe(f.deprecated)}`);
  return lines;
}
