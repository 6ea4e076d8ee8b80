/**
 * The keys of any command call, as the server itself finds them: from the key
 * specifications in `COMMAND INFO`, plus the commands whose keys those cannot describe
 * (SORT's STORE, MIGRATE's KEYS). A cluster router hashes these to pick a node.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import { CONTAINERS, KEY_SPECS, type KeySpec } from "./_key_specs.ts";
import { text } from "./_text.ts";

function word(arg: RedisArgument | undefined): string {
  return arg === undefined ? "" : text(arg).toLowerCase();
}

/** The lowercase command name of a call, with its subcommand: `"xinfo stream"`. */
export function commandName(args: readonly RedisArgument[]): string {
  const name = word(args[0]);
  return CONTAINERS.has(name) && args.length > 1
    ? `${name} ${word(args[1])}`
    : name;
}

/** Keys of the commands whose key specifications are incomplete or unknown. */
const SPECIAL: Record<
  string,
  (args: readonly RedisArgument[]) => RedisArgument[]
> = {
  // The sorted key, and the destination of the last STORE (BY and GET take patterns).
  sort(args) {
    const keys = args.length > 1 ? [args[1]] : [];
    let store: RedisArgument | undefined;
    for (let i = 2; i < args.length; i++) {
      const w = word(args[i]);
      if (w === "limit") i += 2;
      else if (w === "get" || w === "by") i += 1;
      else if (w === "store" && i + 1 < args.length) store = args[++i];
    }
    if (store !== undefined) keys.push(store);
    return keys;
  },
  sort_ro: (args) => args.length > 1 ? [args[1]] : [],
  // One key in position 3, or an empty string there and the keys after KEYS.
  migrate(args) {
    for (let i = 6; i < args.length; i++) {
      const w = word(args[i]);
      if (w === "auth") i += 1;
      else if (w === "auth2") i += 2;
      else if (w === "keys") {
        return word(args[3]) === "" ? args.slice(i + 1) : [];
      }
    }
    return args.length > 3 ? [args[3]] : [];
  },
};

/**
 * Returns the keys of a command call, in the order the server reports them (as `COMMAND
 * GETKEYS` does), or an empty array for a command without keys or unknown to this table.
 *
 * @example
 * ```ts
 * import { commandKeys } from "@desir/desir";
 * commandKeys(["MSET", "a", "1", "b", "2"]); // ["a", "b"]
 * commandKeys(["EVAL", "return 1", 2, "k1", "k2", "arg"]); // ["k1", "k2"]
 * commandKeys(["XREAD", "COUNT", 5, "STREAMS", "s1", "s2", "0", "0"]); // ["s1", "s2"]
 * ```
 */
export function commandKeys(args: readonly RedisArgument[]): RedisArgument[] {
  const name = commandName(args);
  const special = Object.hasOwn(SPECIAL, name) ? SPECIAL[name] : undefined;
  if (special) return special(args);
  const specs = Object.hasOwn(KEY_SPECS, name) ? KEY_SPECS[name] : undefined;
  const keys: RedisArgument[] = [];
  if (specs) { for (const spec of specs) collect(spec, args, keys); }
  return keys;
}

/** Applies one key specification the way the server does (`getKeysUsingKeySpecs`). */
function collect(
  spec: KeySpec,
  args: readonly RedisArgument[],
  keys: RedisArgument[],
): void {
  const [begin, startfrom, find, a, b, c] = spec;
  const argc = args.length;
  let first = 0;
  if (typeof begin === "number") first = begin;
  else {
    const keyword = begin.toLowerCase();
    const start = startfrom > 0 ? startfrom : argc + startfrom;
    const end = startfrom > 0 ? argc - 1 : 1;
    for (let i = start; i !== end; i = start <= end ? i + 1 : i - 1) {
      if (i >= argc || i < 1) break;
      if (word(args[i]) === keyword) {
        first = i + 1;
        break;
      }
    }
    if (!first) return;
  }
  let last: number;
  let step: number;
  if (find === 0) {
    const [lastkey, keystep, limit] = [a, b, c];
    if (lastkey >= 0) last = first + lastkey;
    else if (!limit) last = argc + lastkey;
    else last = first + Math.floor((argc - first) / limit) + lastkey;
    step = keystep;
  } else {
    const count = Number(word(args[first + a]));
    if (!Number.isInteger(count) || count < 0) return;
    first += b;
    last = first + count - 1;
    step = c;
  }
  for (let i = first; i <= last && i < argc; i += step) keys.push(args[i]);
}
