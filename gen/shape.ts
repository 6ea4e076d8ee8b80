/**
 * From a command's argument tree to the parameters of its method: which arguments are
 * positional, which go into the options object, and what TypeScript type each one has.
 *
 * The rule (also in the README):
 * - Required arguments without a token are positional, in order. Optional ones without a
 *   token that come after every other argument are optional positionals (`SPOP key
 *   [count]`, `EXPIRE key seconds [NX|XX|GT|LT]`). Everything else — every argument with a
 *   token, and optional ones in the middle — is a field of one options object, the last
 *   parameter (required when one of its fields is).
 * - A positional `multiple` argument that comes last, with no options object after it, is
 *   a rest parameter (`del(...keys)`); any other `multiple` argument takes one value or an
 *   array (`T | readonly T[]`).
 * - Field names: the token in lowerCamel (`EX` → `ex`, `WITHSCORES` → `withscores`), or the
 *   argument's name when it has no token (`condition`). A token alone is a `boolean` field.
 * - A oneof of bare tokens is a string-literal union (`"NX" | "XX"`). A oneof whose
 *   alternatives all carry tokens spreads them into the object as mutually exclusive fields
 *   (`{ ex: 10 }` or `{ px: 500 }`). Other oneofs take the union of their alternatives.
 * - A block is a tuple (`limit: [offset, count]`) when its members are plain values (a
 *   token inside a tuple is written as itself: `count: [10, "ANY"]`), otherwise an object;
 *   a block whose only required member is one value also takes that value alone
 *   (`count: 10`). A `multiple` block is an array of tuples; a pair whose first member is a
 *   name also takes a record (`hset("h", { field: "value" })`).
 * - A count is never passed: an integer argument without a token, followed by a
 *   `multiple` one (`numkeys key [key ...]`, `FIELDS numfields field [field ...]`,
 *   `VALUES num value [value ...]`), is the length of the array given for the latter.
 * - Token literals are accepted in either case (`"and"` or `"AND"`) and sent upper case.
 *
 * @module
 */
import type { Arg, Command } from "./_table.ts";
import { argText, availabilityText, whose } from "./docs.ts";

/** A scalar's type family; each maps to one TypeScript type in {@linkcode typeOf}. */
export type Scalar =
  | "key"
  | "value"
  | "integer"
  | "double"
  | "range"
  | "cursor"
  | "time";

/** How one value is typed and encoded. */
export type Shape =
  /** One argument, pushed as is. */
  | { k: "scalar"; scalar: Scalar }
  /** One of some bare tokens, given as a string literal and pushed as is. */
  | { k: "literal"; values: string[] }
  /** Fixed words, given as one literal (`"NO ONE"`) and pushed word by word. */
  | { k: "words"; words: string[] }
  /** A boolean field: `true` pushes the token. */
  | { k: "flag" }
  /** One value or an array of them. */
  | { k: "many"; of: Shape }
  /** An array (no single-value form); `counted`: its length goes first. */
  | { k: "list"; of: Shape; counted?: boolean }
  /** A fixed tuple; items after `required` may be left out. */
  | {
    k: "tuple";
    items: Shape[];
    labels: string[];
    required: number;
    shorthand: boolean;
  }
  /** Name/value pairs: an array of tuples, or a record when `record`. */
  | {
    k: "pairs";
    first: Shape;
    second: Shape;
    labels: string[];
    record: boolean;
    parallel: boolean;
    /** The number of pairs goes first. */
    counted?: boolean;
  }
  /** An object with fields; `acceptTrue` when every field is optional. */
  | { k: "object"; entries: Entry[]; acceptTrue: boolean }
  /** Alternatives told apart at run time by kind: scalar, array or object. */
  | { k: "union"; alts: Shape[] };

/** A field of an object, or a group of mutually exclusive alternatives. */
export type Entry =
  | {
    k: "field";
    name: string;
    token?: string;
    /** The token goes before every element of a `multiple` value. */
    tokenEach: boolean;
    /** The argument's syntax, and the version that added it. */
    doc: string;
    required: boolean;
    shape: Shape;
  }
  | { k: "group"; alts: Entry[][]; required: boolean };

/** One parameter of a generated method. */
export interface Param {
  name: string;
  role: "required" | "optional" | "rest" | "options";
  shape: Shape;
  /** A `numkeys` argument precedes this one and is its length. */
  counted: boolean;
}

/** One step of the encoding, in the order the server expects the arguments. */
export type Step =
  | { k: "param"; param: number }
  | { k: "option"; entry: Entry }
  | { k: "const"; words: string[] };

/** Everything the generator needs to emit one method. */
export interface Method {
  /** Lowercase command name, subcommands spaced: `"config get"`. */
  command: string;
  /** The method name: `configGet`. */
  name: string;
  /** The command words as sent: `["CONFIG", "GET"]`. */
  words: string[];
  params: Param[];
  steps: Step[];
}

/** The error the generator stops with when a command does not fit the rules. */
export class ShapeError extends Error {}

const RESERVED = new Set([
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "import",
  "in",
  "instanceof",
  "new",
  "null",
  "return",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "let",
  "static",
  "implements",
  "interface",
  "package",
  "private",
  "protected",
  "public",
  "await",
  "arguments",
  "eval",
]);

/** `"client-id"`, `"ip:port"`, `"yes/no"`, `"NO-EVICT"` → `clientId`, `ipPort`, `yesNo`, `noEvict`. */
export function camel(text: string): string {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.map((w, i) => i === 0 ? w : w[0].toUpperCase() + w.slice(1))
    .join("");
}

/** The method name of a command: lowerCamel of its words (`client no-evict` → `clientNoEvict`). */
export function methodName(command: string): string {
  return camel(command.replace(/_/g, " "));
}

const has = (arg: Arg, flag: "optional" | "multiple" | "multiple_token") =>
  arg.flags?.includes(flag) ?? false;

/** The flags without `optional`: a chosen alternative is given. */
function required(flags: Arg["flags"]): Arg["flags"] {
  const kept = flags?.filter((f) => f !== "optional");
  return kept?.length ? kept : undefined;
}

/**
 * Normalises blocks the server writes in two equivalent ways: a block of one member is
 * that member (CONFIG GET's `parameter`, CLIENT LIST's `ID client-id [client-id ...]`), and
 * a block that starts with its only token is a tokened block (GEOSEARCH's `BYRADIUS
 * radius unit`, GEORADIUS' `COUNT count [ANY]`).
 */
function unwrap(arg: Arg): Arg {
  if (arg.type !== "block" || !arg.arguments?.length) return arg;
  const args = countless(arg.arguments);
  const [first, ...rest] = args;
  if (args.length === 1 && !(arg.token && first.token)) {
    const flags = [...new Set([...(arg.flags ?? []), ...(first.flags ?? [])])];
    return unwrap({
      ...first,
      token: arg.token ?? first.token,
      flags: flags.length ? flags : undefined,
    });
  }
  // `[FULL [COUNT count]]` as Redis 7.2+ writes it: a bare token, then options.
  const leadsOptions = first.type === "pure-token" &&
    rest.every((a) => has(a, "optional"));
  if (
    !arg.token && first.token && !first.flags?.length && rest.length &&
    !isConstBlock(arg) &&
    (leadsOptions ||
      rest.every((a) =>
        !a.token && !(a.type === "block" || a.type === "oneof") || isBare(a)
      ))
  ) {
    const members = first.type === "pure-token"
      ? rest
      : [{ ...first, token: undefined }, ...rest];
    return { ...arg, token: first.token, arguments: members };
  }
  return arg;
}

/** A member with no token anywhere inside, other than bare-token choices. */
function isBare(arg: Arg): boolean {
  if (arg.type === "pure-token") return true;
  if (arg.token) return false;
  return (arg.arguments ?? []).every(isBare);
}

const children = (arg: Arg): Arg[] =>
  countless(arg.arguments ?? []).map(unwrap);

/**
 * Drops each count argument (an integer without a token followed by a `multiple`
 * argument without one) and marks what it counts: the method computes the count.
 */
export function countless(args: Arg[]): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const [arg, next] = [args[i], args[i + 1]];
    if (
      arg.type === "integer" && !arg.token && !arg.flags?.length && next &&
      has(next, "multiple") && !next.token
    ) {
      out.push({ ...next, counted: true });
      i++;
    } else out.push(arg);
  }
  return out;
}

function scalarOf(arg: Arg): Scalar {
  switch (arg.type) {
    case "key":
      return "key";
    case "integer":
      return arg.name === "cursor" ? "cursor" : "integer";
    case "double":
      // Score ranges take "(1.5", "-inf" and friends besides numbers.
      return arg.name === "min" || arg.name === "max" ? "range" : "double";
    case "unix-time":
      return "time";
    case "string":
    case "pattern":
      return "value";
    default:
      throw new ShapeError(
        `argument "${arg.name}" of type ${arg.type} is not a scalar`,
      );
  }
}

const isPureTokenOneof = (arg: Arg) =>
  arg.type === "oneof" && children(arg).every((a) => a.type === "pure-token");

const isConstBlock = (arg: Arg) =>
  arg.type === "block" &&
  children(arg).every((a) => a.type === "pure-token" && !has(a, "optional"));

/**
 * A oneof whose alternatives all carry tokens (or are blocks that spread into fields)
 * becomes exclusive fields of the enclosing object.
 */
function spreads(arg: Arg): boolean {
  if (arg.token || has(arg, "multiple")) return false;
  if (arg.type === "oneof") {
    return !isPureTokenOneof(arg) &&
      children(arg).every((a) => a.token || spreads(a));
  }
  if (arg.type === "block") {
    return children(arg).every((a) => a.token || spreads(a));
  }
  return false;
}

/** An argument that lives in an options object rather than in a position. */
const fieldLike = (arg: Arg) => Boolean(arg.token) || spreads(arg);

/** The entries an argument contributes to an object. */
function entriesOf(arg: Arg, context: string): Entry[] {
  if (spreads(arg)) {
    if (arg.type === "block") {
      return children(arg).flatMap((a) => entriesOf(a, context));
    }
    return [{
      k: "group",
      required: !has(arg, "optional"),
      alts: children(arg).map((a) =>
        entriesOf({ ...a, flags: required(a.flags) }, context)
      ),
    }];
  }
  const name = arg.token ? camel(arg.token) : camel(arg.name);
  if (!name) {
    throw new ShapeError(
      `${context}: argument "${arg.name}" has no usable name`,
    );
  }
  const doc = fieldDoc(arg);
  if (arg.type === "pure-token") {
    return [{
      k: "field",
      name,
      token: arg.token,
      tokenEach: false,
      required: false,
      shape: { k: "flag" },
      doc,
    }];
  }
  const multiple = has(arg, "multiple");
  const shape = valueShape({ ...arg, token: undefined }, context);
  return [{
    k: "field",
    name: !arg.token && multiple ? plural(name) : name,
    token: arg.token,
    tokenEach: has(arg, "multiple_token"),
    required: !has(arg, "optional"),
    shape,
    doc,
  }];
}

/** `EX seconds (since 2.6.12)`: the argument as redis.io writes it. */
function fieldDoc(arg: Arg): string {
  const flags = arg.flags?.filter((f) => f !== "optional");
  const text = argText({ ...arg, flags: flags?.length ? flags : undefined });
  const notes = [
    arg.since && `since ${whose(arg.since, arg.availability)}`,
    // Availability is recorded only where it is narrower than the parent's.
    arg.availability && `${availabilityText(arg.availability, [])} only`,
  ].filter(Boolean);
  return notes.length ? `${text} (${notes.join("; ")})` : text;
}

function plural(name: string): string {
  return name.endsWith("s") || name.endsWith("data") ? name : name + "s";
}

/** A name usable as an identifier: reserved words get a suffix. */
function identifier(name: string): string {
  return RESERVED.has(name) ? name + "Name" : name;
}

/** Tuple items of a block, or null when a member does not fit in a tuple. */
function tupleItems(
  arg: Arg,
  context: string,
): { items: Shape[]; labels: string[]; required: number } | null {
  const items: Shape[] = [];
  const labels: string[] = [];
  let required = 0;
  const members = children(arg);
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    const optional = has(m, "optional");
    if (has(m, "multiple") || (m.token && m.type !== "pure-token")) return null;
    if (optional && i !== members.length - 1 && m.type !== "pure-token") {
      return null;
    }
    if (!optional && items.length > required) return null; // required after optional
    let shape: Shape;
    if (m.type === "pure-token") shape = { k: "literal", values: [m.token!] };
    else if (isPureTokenOneof(m)) {
      shape = {
        k: "literal",
        values: children(m).map((a) => a.token!),
      };
    } else if (m.type === "block") {
      // A trailing optional block flattens into trailing optional items (BITPOS).
      const inner = tupleItems(m, context);
      if (!inner || !optional) return null;
      items.push(...inner.items);
      labels.push(...inner.labels);
      continue;
    } else if (m.type === "oneof") return null;
    else shape = { k: "scalar", scalar: scalarOf(m) };
    items.push(shape);
    labels.push(identifier(camel(m.name)));
    if (!optional) required = items.length;
  }
  return { items, labels, required };
}

/** The shape of an argument's value, ignoring its own token and `optional` flag. */
export function valueShape(arg: Arg, context: string): Shape {
  const shape = uncountedShape(arg, context);
  if (!arg.counted) return shape;
  if (shape.k === "many" || shape.k === "list") {
    return { k: "list", of: shape.of, counted: true };
  }
  if (shape.k === "pairs" && !shape.parallel) {
    return { ...shape, counted: true };
  }
  throw new ShapeError(`${context}: cannot count "${arg.name}"`);
}

function uncountedShape(arg: Arg, context: string): Shape {
  const multiple = has(arg, "multiple");
  const single = valueOfOne(arg, context);
  if (
    !multiple || (arg.type === "oneof" && children(arg).every((a) => a.token))
  ) return single;
  if (
    single.k === "tuple" && single.items.length === 2 && single.required === 2
  ) {
    const [first, second] = single.items;
    return {
      k: "pairs",
      first,
      second,
      labels: single.labels,
      record: named(first, second),
      parallel: false,
    };
  }
  if (single.k === "scalar" || single.k === "literal") {
    return { k: "many", of: single };
  }
  return { k: "list", of: single };
}

/** Pairs of a name and a string value also take a record: `{ field: "value" }`. */
function named(first: Shape, second: Shape): boolean {
  return first.k === "scalar" &&
    (first.scalar === "key" || first.scalar === "value") &&
    second.k === "scalar" && second.scalar === "value";
}

function valueOfOne(arg: Arg, context: string): Shape {
  switch (arg.type) {
    case "pure-token":
      return { k: "literal", values: [arg.token!] };
    case "oneof": {
      if (isPureTokenOneof(arg)) {
        return { k: "literal", values: children(arg).map((a) => a.token!) };
      }
      const alts = children(arg);
      if (has(arg, "multiple") && alts.every((a) => a.token)) {
        // Filters such as CLIENT KILL's: each may appear once, in any order.
        const entries = alts.flatMap((a) =>
          entriesOf(
            { ...a, flags: a.flags?.filter((f) => f !== "optional") },
            context,
          )
        ).map((e) => e.k === "field" ? { ...e, required: false } : e);
        return { k: "object", entries, acceptTrue: false };
      }
      if (spreads({ ...arg, flags: undefined })) {
        return {
          k: "object",
          entries: entriesOf({ ...arg, flags: undefined }, context),
          acceptTrue: false,
        };
      }
      return union(alts.map((a) => altShape(a, context)), context, arg);
    }
    case "block": {
      if (isConstBlock(arg)) {
        return { k: "words", words: children(arg).map((a) => a.token!) };
      }
      const members = children(arg);
      if (
        members.length === 2 &&
        members.every((m) => has(m, "multiple") && !m.token)
      ) {
        // XREAD's STREAMS key [key ...] id [id ...]: given as pairs, sent as two lists.
        const [first, second] = members.map((m) => valueOfOne(m, context));
        const labels = members.map((m) => identifier(camel(m.name)));
        return {
          k: "pairs",
          first,
          second,
          labels,
          record: named(first, second),
          parallel: true,
        };
      }
      const tuple = tupleItems(arg, context);
      if (tuple) {
        const shorthand = tuple.required === 1 && tuple.items.length > 1 &&
          tuple.items[0].k === "scalar";
        return { k: "tuple", ...tuple, shorthand };
      }
      const entries = members.flatMap((m) => entriesOf(m, context));
      const acceptTrue = members.every((m) => has(m, "optional"));
      return { k: "object", entries, acceptTrue };
    }
    default:
      return { k: "scalar", scalar: scalarOf(arg) };
  }
}

/** The shape of one oneof alternative: its token (if any) makes it a one-field object. */
function altShape(arg: Arg, context: string): Shape {
  if (arg.type === "pure-token") return { k: "literal", values: [arg.token!] };
  if (arg.token) {
    return {
      k: "object",
      entries: entriesOf({ ...arg, flags: undefined }, context),
      acceptTrue: false,
    };
  }
  return valueShape(arg, context);
}

/**
 * What a value looks like at run time, to tell union alternatives apart. A value that
 * can take two looks (a block's shorthand) cannot be an alternative.
 */
export function kindOf(shape: Shape): "scalar" | "array" | "object" {
  switch (shape.k) {
    case "scalar":
    case "literal":
    case "words":
      return "scalar";
    case "many":
    case "list":
    case "pairs":
      return "array";
    case "tuple":
      if (shape.shorthand) break;
      return "array";
    case "object":
      return "object";
  }
  throw new ShapeError(
    `a ${shape.k} value cannot be one alternative of several`,
  );
}

function union(given: Shape[], context: string, arg: Arg): Shape {
  // An object alternative must be written as one: `true` would be taken for a value.
  const alts = given.map((a) =>
    a.k === "object" && a.acceptTrue ? { ...a, acceptTrue: false } : a
  );
  // Literals and plain values are all pushed as they are: merge them into one alternative.
  const scalars = alts.filter((a, i) =>
    (a.k === "scalar" || a.k === "literal") &&
    alts.findIndex((b) => JSON.stringify(b) === JSON.stringify(a)) === i
  );
  const others = alts.filter((a) => a.k !== "scalar" && a.k !== "literal");
  const merged: Shape[] = [...others];
  if (scalars.length) merged.unshift(...scalars);
  const kinds = new Set<string>();
  for (const alt of others) {
    const kind = kindOf(alt);
    if (kinds.has(kind) || (kind === "scalar" && scalars.length)) {
      throw new ShapeError(
        `${context}: the alternatives of "${arg.name}" cannot be told apart at run time`,
      );
    }
    kinds.add(kind);
  }
  return merged.length === 1 ? merged[0] : { k: "union", alts: merged };
}

/** Builds the method for one command (a container itself gets none). */
export function methodOf(command: string, info: Command): Method {
  const name = methodName(command);
  const words = command.toUpperCase().split(" ");
  const args = countless(info.arguments ?? []).map(unwrap);
  const context = command.toUpperCase();
  if (args.length === 0) {
    // The server documents no arguments, yet the arity says there are some (DEBUG).
    const untyped = info.arity !== words.length;
    const params: Param[] = untyped
      ? [{
        name: "args",
        role: "rest",
        shape: { k: "scalar", scalar: "value" },
        counted: false,
      }]
      : [];
    return {
      command,
      name,
      words,
      params,
      steps: untyped ? [{ k: "param", param: 0 }] : [],
    };
  }

  // Where each top-level argument goes.
  type Place = "positional" | "optional" | "options" | "const";
  const places: Place[] = args.map((arg) => {
    if (arg.type === "pure-token" && !has(arg, "optional")) return "const";
    if (fieldLike(arg) || has(arg, "optional")) return "options";
    return "positional";
  });
  // Optional arguments without a token are optional positionals when they come last and
  // nothing else needs an options object.
  const firstOptional = places.indexOf("options");
  if (
    firstOptional !== -1 &&
    args.every((arg, i) =>
      i < firstOptional || (places[i] === "options" && !fieldLike(arg))
    )
  ) {
    for (let i = firstOptional; i < args.length; i++) places[i] = "optional";
  }
  for (let i = 0; i < args.length; i++) {
    if (
      places[i] === "optional" &&
      args.slice(i).some((_, j) => places[i + j] === "positional")
    ) {
      throw new ShapeError(
        `${context}: an optional positional before a required one`,
      );
    }
  }

  const params: Param[] = [];
  const steps: Step[] = [];
  const optionEntries: Entry[] = [];
  const hasOptions = places.includes("options");
  const used = new Set<string>();
  const uniqueName = (base: string) => {
    let n = identifier(base);
    if ((n === "options" && hasOptions) || n === "cmd") n += "Arg";
    if (used.has(n)) {
      throw new ShapeError(`${context}: two parameters named "${n}"`);
    }
    used.add(n);
    return n;
  };
  args.forEach((arg, i) => {
    const place = places[i];
    const counted = arg.counted ?? false;
    if (place === "const") {
      steps.push({ k: "const", words: [arg.token!] });
      return;
    }
    if (place === "options") {
      const entries = entriesOf(arg, context);
      optionEntries.push(...entries);
      for (const entry of entries) steps.push({ k: "option", entry });
      return;
    }
    const multiple = has(arg, "multiple");
    const last = i === args.length - 1 && !hasOptions;
    const lastMultiple = last && multiple &&
      args.filter((a, j) => has(a, "multiple") && places[j] !== "options")
          .length === 1;
    // A positional's count is pushed by the method body (`Param.counted`).
    let shape = valueShape({ ...arg, counted: false }, context);
    let role: Param["role"] = place === "optional" ? "optional" : "required";
    if (lastMultiple && (shape.k === "many" || shape.k === "list")) {
      role = "rest";
      shape = shape.of;
    } else if (counted && shape.k === "many") {
      shape = { k: "list", of: shape.of };
    }
    const base = camel(arg.name);
    params.push({
      name: uniqueName(multiple ? plural(base) : base),
      role,
      shape,
      counted,
    });
    steps.push({ k: "param", param: params.length - 1 });
  });
  if (hasOptions) {
    const required = optionEntries.some((e) => e.required);
    params.push({
      name: "options",
      role: required ? "required" : "options",
      shape: { k: "object", entries: optionEntries, acceptTrue: false },
      counted: false,
    });
    checkFieldNames(optionEntries, context);
  }
  return { command, name, words, params, steps };
}

/** Two fields of one object with the same name would be ambiguous: stop. */
function checkFieldNames(
  entries: Entry[],
  context: string,
  seen = new Set<string>(),
): void {
  for (const entry of entries) {
    if (entry.k === "group") {
      for (const alt of entry.alts) checkFieldNames(alt, context, seen);
      continue;
    }
    if (seen.has(entry.name)) {
      throw new ShapeError(`${context}: two options named "${entry.name}"`);
    }
    seen.add(entry.name);
  }
}
