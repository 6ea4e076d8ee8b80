/**
 * Merges command tables read from several servers (or already merged) into one: every
 * command, subcommand and argument of any of them, each marked with where it exists.
 *
 * The first table (oldest: Redis before others, then by version) is the base: its
 * argument trees, names and structure stay, so the methods generated from it keep their
 * shape. The others contribute only what the base lacks. Their arguments are matched to
 * the base's by token (case-insensitive), then by the tokens of a choice's alternatives,
 * then by name, then by position among the untokened ones — never only by the server's
 * internal names, which change between releases (`nosave_save` → `save-selector`). A
 * grouping the base does not have (Valkey's SHUTDOWN nests its options in a block inside
 * a oneof) is flattened into the base's level when its members match there. A new tokened
 * alternative of a choice of bare tokens (SET's `IFEQ value` beside `NX | XX`) becomes an
 * optional argument of its own, so the choice keeps its literal type.
 *
 * @module
 */
import type {
  Arg,
  Availability,
  Command,
  CommandTable,
  Source,
} from "./_table.ts";

/** Compares `"7.0"` and `"8.1"` numerically. */
function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** `"Valkey 8.1.0"` → `"8.1.0"`. */
const numeric = (version: string) => version.replace(/^\D+/, "");

/** Redis first (it defines the command set), then other families by name; then by version. */
function compareSources(a: Source, b: Source): number {
  const rank = (s: Source) => s.server === "redis" ? "" : s.server;
  return rank(a) < rank(b)
    ? -1
    : rank(a) > rank(b)
    ? 1
    : compareVersions(a.version, b.version);
}

/** The union of two availabilities: each family's earliest version. */
function union(a: Availability = {}, b: Availability = {}): Availability {
  const out: Availability = { ...a };
  for (const [family, version] of Object.entries(b)) {
    if (!out[family] || compareVersions(version, out[family]) < 0) {
      out[family] = version;
    }
  }
  return out;
}

const same = (a: Availability = {}, b: Availability = {}) =>
  JSON.stringify(Object.entries(a).sort()) ===
    JSON.stringify(Object.entries(b).sort());

/** Gives every argument its availability explicitly (inherited from its parent when unset). */
function materialize(args: Arg[] | undefined, parent: Availability): Arg[] {
  return (args ?? []).map((arg) => {
    const availability = arg.availability ?? parent;
    const out: Arg = { ...arg, availability };
    if (arg.arguments) out.arguments = materialize(arg.arguments, availability);
    return out;
  });
}

/** Drops each argument's availability where it equals its parent's. */
function compress(args: Arg[], parent: Availability): Arg[] {
  return args.map((arg) => {
    const out: Arg = { ...arg };
    if (same(arg.availability, parent)) delete out.availability;
    if (arg.arguments) {
      out.arguments = compress(arg.arguments, arg.availability ?? parent);
    }
    return out;
  });
}

const up = (token?: string) => token?.toUpperCase();

/** The token that selects an argument: its own, or that of a block's leading bare token. */
function leadingToken(arg: Arg): string | undefined {
  if (arg.token) return up(arg.token);
  const first = arg.arguments?.[0];
  if (
    arg.type === "block" && first?.type === "pure-token" &&
    !first.flags?.includes("optional")
  ) return up(first.token);
  return undefined;
}

/** The tokens of an untokened choice's or block's direct members. */
function memberTokens(arg: Arg): Set<string> {
  return new Set(
    (arg.arguments ?? []).map((a) => up(a.token)).filter((t): t is string =>
      Boolean(t)
    ),
  );
}

const overlaps = (a: Set<string>, b: Set<string>) =>
  [...a].some((t) => b.has(t));

/** Every argument inside `arg`, itself excluded. */
function descendants(arg: Arg): Arg[] {
  return (arg.arguments ?? []).flatMap((a) => [a, ...descendants(a)]);
}

/**
 * The index in `list` of the base argument `arg` is the same as, or -1; arguments in
 * `taken` already matched another (LMOVE's second `LEFT | RIGHT`).
 */
function findMatch(
  list: Arg[],
  arg: Arg,
  untokenedIndex: number,
  taken: ReadonlySet<Arg> = new Set(),
): number {
  const find = (test: (b: Arg) => boolean) =>
    list.findIndex((b) => !taken.has(b) && test(b));
  const token = leadingToken(arg);
  if (token) return find((b) => leadingToken(b) === token);
  const tokens = memberTokens(arg);
  if (tokens.size) {
    const i = find((b) =>
      !leadingToken(b) && overlaps(memberTokens(b), tokens)
    );
    if (i !== -1) return i;
  }
  const named = find((b) => !leadingToken(b) && b.name === arg.name);
  if (named !== -1) return named;
  if (descendants(arg).some((d) => findMatch(list, d, -1, taken) !== -1)) {
    return -1;
  }
  // Same place among the untokened arguments, and of a compatible kind: a choice of bare
  // tokens may stand where the base takes any string (BITOP's operation).
  const candidate = list.filter((b) => !leadingToken(b))[untokenedIndex];
  if (!candidate || taken.has(candidate)) return -1;
  const fits = isBareChoice(arg)
    ? candidate.type === "string"
    : !isBareChoice(candidate);
  return fits ? list.indexOf(candidate) : -1;
}

/** An untokened choice of bare tokens (`NX | XX`): matched only by its tokens. */
const isBareChoice = (arg: Arg) =>
  arg.type === "oneof" && !arg.token &&
  (arg.arguments ?? []).every((a) => a.type === "pure-token");

/** Merges `other`'s arguments into `base`'s (both materialized). */
function mergeArgs(base: Arg[], other: Arg[]): Arg[] {
  const out = base.map((a) => ({ ...a }));
  let cursor = 0;
  let untokened = 0;
  const taken = new Set<Arg>();
  const queue = [...other];
  while (queue.length) {
    const arg = queue.shift()!;
    const counted = !leadingToken(arg);
    const i = findMatch(out, arg, counted ? untokened : -1, taken);
    if (counted) untokened++;
    if (i !== -1) {
      const { merged, hoisted } = mergeArg(out[i], arg);
      out[i] = merged;
      taken.add(merged);
      cursor = i + 1;
      for (const h of hoisted) {
        // Hoisted by an earlier merge already: merge into it.
        const j = findMatch(out, h, -1, taken);
        if (j === -1) out.splice(cursor++, 0, h);
        else taken.add(out[j] = mergeArg(out[j], h).merged);
      }
      continue;
    }
    const flatten = !arg.token &&
      (arg.type === "oneof" || arg.type === "block") &&
      descendants(arg).some((d) => findMatch(out, d, -1, taken) !== -1);
    if (flatten) {
      // Its members stand at this level, each optional when the grouping was a choice.
      const choice = arg.type === "oneof" || arg.flags?.includes("optional");
      queue.unshift(
        ...(arg.arguments ?? []).map((a) =>
          choice ? { ...a, flags: optional(a.flags) } : a
        ),
      );
      if (counted) untokened--;
      continue;
    }
    out.splice(cursor++, 0, arg);
    taken.add(arg);
  }
  return out;
}

/** The flags with `optional`. */
function optional(flags: Arg["flags"]): Arg["flags"] {
  return flags?.includes("optional") ? flags : [...(flags ?? []), "optional"];
}

/** Merges one argument into its base counterpart; may hoist new tokened alternatives. */
function mergeArg(base: Arg, other: Arg): { merged: Arg; hoisted: Arg[] } {
  // The base's structure and names stay; the other only fills in documentation.
  const merged: Arg = {
    ...base,
    availability: union(base.availability, other.availability),
  };
  for (const field of ["since", "summary", "deprecated_since"] as const) {
    if (merged[field] === undefined && other[field] !== undefined) {
      merged[field] = other[field];
    }
  }
  if (!other.arguments && base.arguments) {
    // The other server takes the same argument, written without members: so are they.
    merged.arguments = widen(base.arguments, other.availability ?? {});
  }
  if (!base.arguments || !other.arguments) return { merged, hoisted: [] };
  let theirs = other.arguments;
  let lead: Arg[] = [];
  let ours = base.arguments;
  // `FULL [COUNT n]` written as a tokened block by one and as a block that starts with
  // the bare token by the other: merge the members after the token.
  if (!base.token && other.token && leadingToken(base) === up(other.token)) {
    [lead, ours] = [[ours[0]], ours.slice(1)];
  }
  if (base.token && !other.token && leadingToken(other) === up(base.token)) {
    theirs = theirs.slice(1);
  }
  const members = [...lead, ...mergeArgs(ours, theirs)];
  const hoisted: Arg[] = [];
  if (isBareChoice(base)) {
    merged.arguments = members.filter((a) => {
      if (a.type === "pure-token") return true;
      hoisted.push({ ...a, flags: optional(a.flags) });
      return false;
    });
  } else merged.arguments = members;
  return { merged, hoisted };
}

/** The arguments, each also available where `availability` says. */
function widen(args: Arg[], availability: Availability): Arg[] {
  return args.map((arg) => ({
    ...arg,
    availability: union(arg.availability, availability),
    ...(arg.arguments && { arguments: widen(arg.arguments, availability) }),
  }));
}

/**
 * Merges one command's facts: the base's win, the other's fill what the base lacks. New
 * history entries of another family say whose version they give (`Valkey 8.1.0`).
 */
function mergeCommand(base: Command, other: Command, family: string): Command {
  const availability = union(base.availability, other.availability);
  const merged: Command = { ...other, ...base, availability };
  if (!base.arguments) delete merged.arguments;
  if (base.subcommands || other.subcommands) {
    merged.subcommands = [
      ...new Set([...(base.subcommands ?? []), ...(other.subcommands ?? [])]),
    ].sort();
  }
  if (base.history || other.history) {
    const seen = new Set<string>();
    const label = family === "redis"
      ? ""
      : `${family[0].toUpperCase()}${family.slice(1)} `;
    const known = new Set((base.history ?? []).map((h) => h[1]));
    const added = (other.history ?? []).filter(([, change]) =>
      !known.has(change)
    ).map(([version, change]): [string, string] =>
      /^\d/.test(version) ? [label + version, change] : [version, change]
    );
    merged.history = [...(base.history ?? []), ...added]
      .filter((h) => !seen.has(h.join("\0")) && seen.add(h.join("\0")))
      .sort((a, b) => compareVersions(numeric(a[0]), numeric(b[0])));
  }
  // A base that documents no arguments has a method taking `...args`: it stays so.
  const ours = materialize(base.arguments, base.availability ?? {});
  if (base.arguments?.length && other.arguments?.length) {
    merged.arguments = mergeArgs(
      ours,
      materialize(other.arguments, other.availability ?? {}),
    );
  } else if (base.arguments?.length) {
    // The other server documents no arguments, yet has the command: and so its arguments.
    merged.arguments = widen(ours, other.availability ?? {});
  }
  return merged;
}

/**
 * Merges tables (fresh from servers, or already merged) into one. The result does not
 * depend on the order of `tables`.
 */
export function mergeTables(tables: CommandTable[]): CommandTable {
  // Oldest first; of two that start alike, the one merged from more servers.
  const sorted = [...tables].sort((a, b) =>
    compareSources(a.sources[0], b.sources[0]) ||
    b.sources.length - a.sources.length
  );
  const commands: Record<string, Command> = {};
  for (const table of sorted) {
    for (const [name, command] of Object.entries(table.commands)) {
      const materialized = {
        ...command,
        arguments: command.arguments &&
          materialize(command.arguments, command.availability ?? {}),
      };
      if (!materialized.arguments) delete materialized.arguments;
      commands[name] = commands[name]
        ? mergeCommand(commands[name], materialized, table.sources[0].server)
        : materialized;
    }
  }
  for (const command of Object.values(commands)) {
    if (command.arguments) {
      command.arguments = compress(
        command.arguments,
        command.availability ?? {},
      );
    }
  }
  const seen = new Set<string>();
  const sources = sorted.flatMap((t) => t.sources).filter((s) => {
    const id = `${s.server} ${s.version}`;
    return !seen.has(id) && seen.add(id);
  }).sort(compareSources);
  return { sources, commands };
}
