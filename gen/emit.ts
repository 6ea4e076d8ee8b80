/**
 * TypeScript text for shapes: the type of each parameter and the statements that push its
 * value onto the command's argument array (`cmd`).
 *
 * @module
 */
import {
  type Entry,
  kindOf,
  type Method,
  type Param,
  type Scalar,
  type Shape,
} from "./shape.ts";

const SCALAR_TYPES: Record<Scalar, string> = {
  key: "RedisKey",
  value: "RedisArgument",
  integer: "number | bigint",
  double: "number",
  range: "number | string",
  cursor: "RedisArgument",
  time: "number",
};

const q = (s: string) => JSON.stringify(s);

/** Wraps a union in parentheses where an array suffix or intersection would bind wrongly. */
function group(type: string): string {
  return /[|&]/.test(type) && !/^[({[]/.test(type) ||
      type.startsWith("readonly")
    ? `(${type})`
    : type;
}

/** The TypeScript type of a shape. */
export function typeOf(shape: Shape): string {
  switch (shape.k) {
    case "scalar":
      return SCALAR_TYPES[shape.scalar];
    case "literal":
      return `Token<${shape.values.map(q).join(" | ")}>`;
    case "words":
      return q(shape.words.join(" "));
    case "flag":
      return "boolean";
    case "many": {
      const t = typeOf(shape.of);
      return `${t} | readonly ${group(t)}[]`;
    }
    case "list":
      return `readonly ${group(typeOf(shape.of))}[]`;
    case "tuple": {
      const items = shape.items.map((item, i) =>
        `${shape.labels[i]}${i < shape.required ? "" : "?"}: ${typeOf(item)}`
      );
      const tuple = `readonly [${items.join(", ")}]`;
      return shape.shorthand ? `${typeOf(shape.items[0])} | ${tuple}` : tuple;
    }
    case "pairs": {
      const [a, b] = shape.labels;
      const pair = `readonly (readonly [${a}: ${typeOf(shape.first)}, ${b}: ${
        typeOf(shape.second)
      }])[]`;
      return shape.record
        ? `Record<string, ${typeOf(shape.second)}> | ${pair}`
        : pair;
    }
    case "object": {
      const t = objectType(shape.entries);
      return shape.acceptTrue ? `true | ${group(t)}` : t;
    }
    case "union":
      return shape.alts.map((a) => group(typeOf(a))).join(" | ");
  }
}

/** Field names an entry list can hold (all alternatives of its groups). */
export function fieldNames(entries: Entry[]): string[] {
  return entries.flatMap((e) =>
    e.k === "field" ? [e.name] : e.alts.flatMap(fieldNames)
  );
}

/** `{ a?: A; b: B } & (exclusive groups)` */
export function objectType(entries: Entry[]): string {
  const fields = entries.filter((e) => e.k === "field");
  const parts: string[] = [];
  if (fields.length || !entries.length) {
    parts.push(
      `{\n${
        fields.map((f) =>
          `${docComment(f.doc)}${f.name}${f.required ? "" : "?"}: ${
            typeOf(f.shape)
          };\n`
        ).join("")
      }}`,
    );
  }
  for (const g of entries) {
    if (g.k !== "group") continue;
    const all = g.alts.map(fieldNames);
    const options = g.alts.map((alt, i) => {
      const others = all.filter((_, j) => j !== i).flat();
      const own = objectType(alt);
      const never = others.length
        ? ` & { ${others.map((n) => `${n}?: never;`).join(" ")} }`
        : "";
      return `(${
        alt.length === 1 && alt[0].k === "field" ? required(alt[0]) : own
      }${never})`;
    });
    if (!g.required) {
      options.push(`{ ${all.flat().map((n) => `${n}?: never;`).join(" ")} }`);
    }
    parts.push(`(${options.join(" | ")})`);
  }
  return parts.join(" & ");
}

/** Within a group's alternative, its one field is what makes it chosen: required. */
function required(field: Entry & { k: "field" }): string {
  return `{\n${docComment(field.doc)}${field.name}: ${typeOf(field.shape)};\n}`;
}

/** A one-line JSDoc comment on its own line, safe for any text. */
function docComment(text: string): string {
  return `/** ${text.replace(/\*\//g, "*\\/")} */\n`;
}

/** A token literal as sent: upper case, whatever case the caller wrote. */
function upper(expr: string): string {
  return `${expr}.toUpperCase()`;
}

/** Unique loop-variable names. */
class Names {
  #n = 0;
  next(): string {
    return `v${++this.#n}`;
  }
}

/** Statements that push `expr` (of this shape) onto `cmd`. */
export function encode(
  shape: Shape,
  expr: string,
  names: Names,
  token?: string,
  each = false,
): string[] {
  const lead = token ? [`cmd.push(${q(token)});`] : [];
  switch (shape.k) {
    case "scalar":
    case "literal": {
      const value = shape.k === "literal" ? upper(expr) : expr;
      return [
        token ? `cmd.push(${q(token)}, ${value});` : `cmd.push(${value});`,
      ];
    }
    case "words":
      return [
        `cmd.push(${
          [...(token ? [token] : []), ...shape.words].map(q).join(", ")
        });`,
      ];
    case "flag":
      return [`if (${expr}) cmd.push(${q(token!)});`];
    case "many":
      return [
        `pushMany(cmd, ${expr}${
          token ? `, ${q(token)}${each ? ", true" : ""}` : ""
        });`,
      ];
    case "list": {
      const count = shape.counted ? [`${expr}.length`] : [];
      if (shape.of.k === "scalar" && !each) {
        const items = [...(token ? [q(token)] : []), ...count, `...${expr}`];
        return [`cmd.push(${items.join(", ")});`];
      }
      if (count.length) lead.push(`cmd.push(${count[0]});`);
      const v = names.next();
      const body = encode(shape.of, v, names, each ? token : undefined);
      return [
        ...(each ? [] : lead),
        `for (const ${v} of ${expr}) {`,
        ...body,
        "}",
      ];
    }
    case "tuple": {
      const item = (i: number) =>
        shape.items[i].k === "literal"
          ? upper(`${expr}[${i}]`)
          : `${expr}[${i}]`;
      const items = shape.items.map((_, i) =>
        i < shape.required
          ? `cmd.push(${item(i)});`
          : `if (${expr}[${i}] !== undefined) cmd.push(${item(i)});`
      );
      if (!shape.shorthand) return [...lead, ...items];
      return [
        ...lead,
        `if (isList(${expr})) {`,
        ...items,
        `} else cmd.push(${expr});`,
      ];
    }
    case "pairs": {
      if (shape.parallel) {
        return [`pushParallel(cmd, ${expr}${token ? `, ${q(token)}` : ""});`];
      }
      const rest = shape.counted
        ? [token ? q(token) : "undefined", String(each), "true"]
        : token
        ? [q(token), ...(each ? ["true"] : [])]
        : [];
      return [`pushPairs(${["cmd", expr, ...rest].join(", ")});`];
    }
    case "object": {
      const body = encodeEntries(shape.entries, expr, names, false);
      if (shape.acceptTrue) {
        return [...lead, `if (${expr} !== true) {`, ...body, "}"];
      }
      return [...lead, ...body];
    }
    case "union": {
      const out: string[] = [...lead];
      const byKind = (kind: string) =>
        shape.alts.filter((a) => kindOf(a) === kind);
      const arrays = byKind("array");
      const objects = byKind("object");
      const scalars = byKind("scalar");
      const branches: [string, string[]][] = [];
      if (arrays.length) {
        branches.push([`isList(${expr})`, encode(arrays[0], expr, names)]);
      }
      if (objects.length) {
        branches.push([
          `typeof ${expr} === "object" && !(${expr} instanceof Uint8Array)`,
          encode(objects[0], expr, names),
        ]);
      }
      const words = scalars.find((a) => a.k === "words");
      if (words && words.k === "words") {
        branches.push([
          `${expr} === ${q(words.words.join(" "))}`,
          encode(words, expr, names),
        ]);
      }
      const values = scalars.filter((a) => a.k !== "words");
      if (values.length) {
        // After the other branches, TypeScript no longer sees a string: say it.
        const tokens = values.every((a) => a.k === "literal");
        const value = tokens ? upper(`String(${expr})`) : expr;
        branches.push(["", [`cmd.push(${value});`]]);
      }
      if (branches.length === 1 && !branches[0][0]) {
        return [...out, ...branches[0][1]];
      }
      branches.forEach(([test, body], i) => {
        const head = i === 0
          ? `if (${test}) {`
          : test
          ? `} else if (${test}) {`
          : "} else {";
        out.push(head, ...body);
      });
      out.push("}");
      return out;
    }
  }
}

/**
 * Statements for each field of an object held in `expr`; with `count`, each field used
 * also adds one to that variable (the method's options: see {@linkcode checks}).
 */
export function encodeEntries(
  entries: Entry[],
  expr: string,
  names: Names,
  inGroup: boolean,
  count?: string,
): string[] {
  const out: string[] = [];
  const seen = count ? [`${count}++;`] : [];
  for (const entry of entries) {
    if (entry.k === "group") {
      for (const alt of entry.alts) {
        out.push(...encodeEntries(alt, expr, names, true, count));
      }
      continue;
    }
    const value = `${expr}.${entry.name}`;
    if (entry.shape.k === "flag") {
      const push = `cmd.push(${q(entry.token!)});`;
      out.push(
        ...(count
          ? [`if (${value}) {`, ...seen, push, "}"]
          : [`if (${value}) ${push}`]),
      );
      continue;
    }
    const body = [
      ...seen,
      ...encode(entry.shape, value, names, entry.token, entry.tokenEach),
    ];
    if (entry.required && !inGroup) out.push(...body);
    else if (body.length === 1) {
      out.push(`if (${value} !== undefined) ${body[0]}`);
    } else out.push(`if (${value} !== undefined) {`, ...body, "}");
  }
  return out;
}

/** The parameter list of a method; `optionsType` names the options object's type. */
export function paramList(
  method: Method,
  typeName: (param: Param) => string,
): string {
  return method.params.map((p) => {
    const type = typeName(p);
    switch (p.role) {
      case "required":
        return p === onePair(method)
          ? `...${p.name}: ${onePairType(p, type)}`
          : `${p.name}: ${type}`;
      case "optional":
      case "options":
        return `${p.name}?: ${type}`;
      case "rest":
        return `...${p.name}: ${restType(p, type)}`;
    }
  }).join(", ");
}

/**
 * The last parameter when it is name/value pairs as a record (HSET's, MSET's): it may
 * also be given as one name and one value, `hset(key, field, value)`.
 */
export function onePair(method: Method): Param | undefined {
  const p = method.params[method.params.length - 1];
  return p?.role === "required" && p.shape.k === "pairs" && p.shape.record &&
      !p.shape.counted && !p.shape.parallel
    ? p
    : undefined;
}

/** The type of a {@linkcode onePair} parameter: the pairs, or one name and its value. */
export function onePairType(p: Param, type: string): string {
  if (p.shape.k !== "pairs") return type;
  const [a, b] = p.shape.labels;
  return `[${p.name}: ${type}] | [${a}: ${typeOf(p.shape.first)}, ${b}: ${
    typeOf(p.shape.second)
  }]`;
}

/**
 * A rest parameter's type: values spread, or — for plain values, as in `del([...keys])`
 * — one array of them.
 */
export function restType(p: Param, type: string): string {
  return spreadable(p)
    ? `${group(type)}[] | [${p.name}: readonly ${group(type)}[]]`
    : `${group(type)}[]`;
}

/** A rest parameter of plain values whose count is not sent: it may come as one array. */
function spreadable(p: Param): boolean {
  return p.role === "rest" && p.shape.k === "scalar" && !p.counted;
}

/**
 * The method body: one `return this.command([...])` when every argument is a plain
 * positional, else statements that build `cmd` step by step.
 */
export function body(method: Method, call: (args: string) => string): string[] {
  const { head, tail } = checks(method);
  const lines = build(method, call);
  return [...head, ...lines.slice(0, -1), ...tail, ...lines.slice(-1)];
}

/**
 * Runtime checks for plain-JS callers, cheap on the hot path, run once the arguments are
 * encoded (nothing is sent before): one `arguments.length` test; and, when options were
 * passed, the number of option fields the encoder used
 * against the number of keys. Only a mismatch (an unknown key, or a known one left
 * `false`/`undefined`) pays for the full look in `checkCommandOptions`.
 */
function checks(method: Method): { head: string[]; tail: string[] } {
  const head: string[] = [];
  const tail: string[] = [];
  const options = optionsOf(method);
  // The options first: ioredis' `set(k, v, "EX", 10)` is best told about its "EX".
  if (options && options.shape.k === "object") {
    const known = fieldNames(options.shape.entries).map(q).join(", ");
    head.push("let used = 0;");
    tail.push(
      `if (${
        options.role === "options" ? "options && " : ""
      }(typeof options !== "object" || Object.keys(options).length !== used)) {`,
      `checkCommandOptions(${q(method.name)}, options, [${known}]);`,
      "}",
    );
  }
  if (!method.params.some((p) => p.role === "rest")) {
    const names = method.params.map((p) => q(p.name)).join(", ");
    const most = method.params.length + (onePair(method) ? 1 : 0);
    tail.push(
      `if (arguments.length > ${most}) {`,
      `throw extraArgument(${q(method.name)}, [${names}], arguments);`,
      "}",
    );
  }
  return { head, tail };
}

/** The method's options object, when it has one. */
function optionsOf(method: Method): Param | undefined {
  return method.params.find((p) =>
    p.name === "options" && p.shape.k === "object"
  );
}

/** The statements that build the argument array and send it. */
function build(method: Method, call: (args: string) => string): string[] {
  const head = method.words.map(q);
  const plain = (p: Param) =>
    (p.shape.k === "scalar" || p.shape.k === "literal") && !p.counted &&
    p.role !== "optional" &&
    p.role !== "rest";
  const simple = method.steps.every((s) =>
    s.k === "const" ||
    (s.k === "param" && (plain(method.params[s.param]) ||
      (method.params[s.param].role === "rest" &&
        !method.params[s.param].counted &&
        ["scalar", "literal"].includes(method.params[s.param].shape.k))))
  );
  const value = (p: Param) =>
    spreadable(p)
      ? `restOf(${p.name})`
      : p.shape.k !== "literal"
      ? p.name
      : p.role === "rest"
      ? `${p.name}.map((t) => t.toUpperCase())`
      : upper(p.name);
  if (simple) {
    const items = [...head];
    for (const s of method.steps) {
      if (s.k === "const") items.push(...s.words.map(q));
      else if (s.k === "param") {
        const p = method.params[s.param];
        items.push(p.role === "rest" ? `...${value(p)}` : value(p));
      }
    }
    return [`return ${call(`[${items.join(", ")}]`)};`];
  }
  const names = new Names();
  // Leading plain positionals go straight into the array literal.
  let start = 0;
  for (; start < method.steps.length; start++) {
    const s = method.steps[start];
    if (s.k === "const") head.push(...s.words.map(q));
    else if (s.k === "param" && plain(method.params[s.param])) {
      head.push(value(method.params[s.param]));
    } else break;
  }
  const out: string[] = [`const cmd: RedisArgument[] = [${head.join(", ")}];`];
  const options = method.params.find((p) => p.name === "options");
  let inOptions = false;
  const close = () => {
    if (inOptions) out.push("}");
    inOptions = false;
  };
  for (const step of method.steps.slice(start)) {
    if (step.k === "option") {
      if (!inOptions && options?.role === "options") {
        out.push("if (options) {");
        inOptions = true;
      }
      const count = optionsOf(method) ? "used" : undefined;
      out.push(
        ...encodeEntries([step.entry], "options", names, false, count),
      );
      continue;
    }
    close();
    if (step.k === "const") {
      out.push(`cmd.push(${step.words.map(q).join(", ")});`);
      continue;
    }
    const p = method.params[step.param];
    const lines: string[] = [];
    if (p.counted && p.role !== "optional") {
      lines.push(`cmd.push(${p.name}.length);`);
    }
    // A key count is due even when the keys are left out (EVAL script 0).
    if (p.counted && p.role === "optional") {
      out.push(`cmd.push(${p.name}?.length ?? 0);`);
    }
    if (p.role === "rest") {
      if (p.shape.k === "scalar" || p.shape.k === "literal") {
        lines.push(`cmd.push(...${value(p)});`);
      } else {
        const v = names.next();
        lines.push(
          `for (const ${v} of ${p.name}) {`,
          ...encode(p.shape, v, names),
          "}",
        );
      }
    } else if (p === onePair(method)) {
      lines.push(
        `if (${p.name}.length === 2) cmd.push(${p.name}[0], ${p.name}[1]);`,
        `else ${encode(p.shape, `${p.name}[0]`, names)[0]}`,
      );
    } else lines.push(...encode(p.shape, p.name, names));
    if (p.role === "optional") {
      out.push(`if (${p.name} !== undefined) {`, ...lines, "}");
    } else out.push(...lines);
  }
  close();
  out.push(`return ${call("cmd")};`);
  return mergePushes(out);
}

/** Joins consecutive `cmd.push(a); cmd.push(b);` statements into `cmd.push(a, b);`. */
function mergePushes(lines: string[]): string[] {
  const out: string[] = [];
  const push = /^cmd\.push\((.*)\);$/;
  const literal = /^const cmd: RedisArgument\[\] = \[(.*)\];$/;
  for (const line of lines) {
    const m = push.exec(line);
    const last = out[out.length - 1] ?? "";
    const prev = push.exec(last);
    const start = literal.exec(last);
    if (m && prev) out[out.length - 1] = `cmd.push(${prev[1]}, ${m[1]});`;
    else if (m && start) {
      out[out.length - 1] = `const cmd: RedisArgument[] = [${start[1]}, ${
        m[1]
      }];`;
    } else out.push(line);
  }
  return out;
}
