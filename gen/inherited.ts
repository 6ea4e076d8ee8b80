/**
 * The hand-written public members a surface class inherits (from `ClientBase` and
 * `ClientFeatures` on the clients, from `CommandQueue` on the queues), declared again
 * in its generated tail with their docs, so that `deno doc` and JSR, which list no
 * inherited member, show `Redis.close` or `Pipeline.sendCommand` under their class.
 * The source of each is the base class's text, read here: nothing is written twice by
 * hand.
 *
 * @module
 */

/** A base class whose public members a surface declares again. */
export interface Base {
  /** The file declaring the class, relative to the repository root. */
  file: string;
  /** The class name. */
  name: string;
  /** Type names of the base replaced in the surface (`E` → `RedisEventMap`). */
  rename?: Readonly<Record<string, string>>;
  /**
   * What a member of the base that queues a reply `T` returns (`Returned<"chain", T>`,
   * left open as the command methods' is): on the surface, the surface's own type for
   * `T` (`Pipeline<S, [...R, T]>`).
   */
  queues?: string;
}

/** One member of a class, as written: its JSDoc and its signature. */
interface Member {
  name: string;
  /** The JSDoc lines, as written (indented). */
  doc: string[];
  /** The signature lines, up to (without) the body. */
  head: string[];
  /** An abstract member, an overload signature or a property: no body follows. */
  bodiless: boolean;
  /** `private`, `protected`, `static`, `#`, a constructor, `@ignore` or `@internal`. */
  hidden: boolean;
}

/**
 * The members of `class name` in `text`, as deno fmt lays a class out: members at an
 * indent of two spaces, a body closed by a line `  }`.
 */
export function membersOf(text: string, name: string): Member[] {
  const lines = text.split("\n");
  let i = lines.findIndex((l) =>
    new RegExp(`^export (abstract )?class ${name}\\b`).test(l)
  );
  if (i === -1) throw new Error(`no class ${name}`);
  while (!lines[i].endsWith("{")) i++;
  const members: Member[] = [];
  let doc: string[] = [];
  for (i++; i < lines.length && lines[i] !== "}"; i++) {
    const line = lines[i];
    if (line.startsWith("  /**")) {
      doc = [line];
      while (!lines[i].endsWith("*/")) doc.push(lines[++i]);
      continue;
    }
    // Blank lines, lines inside a member, and comments for the reader of the base.
    if (!/^ {2}\S/.test(line) || line.startsWith("  //")) continue;
    const head = [line];
    let depth = balance(line);
    while (depth > 0 || !/[{;]$/.test(head.at(-1)!)) {
      head.push(lines[++i]);
      depth += balance(lines[i]);
    }
    const bodiless = head.at(-1)!.endsWith(";");
    // A body (or a multi-line property's type) ends at the next line at this indent.
    if (!bodiless) { while (!lines[i].startsWith("  }")) i++; }
    const words = line.trim();
    const name =
      /^(?:(?:public|protected|private|static|abstract|override|declare|async|readonly|get|set)\s+)*\*?(\[[^\]]+\]|#?[\w$"~]+)/
        .exec(words)![1];
    members.push({
      name,
      doc,
      head,
      bodiless,
      hidden:
        /^(private|protected|static|declare)\b|^constructor\b/.test(words) ||
        name.startsWith("#") || doc.some((l) => /@ignore|@internal/.test(l)),
    });
    doc = [];
  }
  return members;
}

/** Open parentheses and brackets minus closed ones on a line (a body's `{` aside). */
function balance(line: string): number {
  let depth = 0;
  for (const c of line) {
    if (c === "(" || c === "[") depth++;
    if (c === ")" || c === "]") depth--;
  }
  return depth;
}

/** The names of every member `class name` in `text` declares itself. */
export function ownNames(text: string, name: string): Set<string> {
  return new Set(membersOf(text, name).map((m) => m.name));
}

/**
 * The public members of `bases` (the first base that has a name wins) that the
 * surface does not declare itself, as interface declarations: `async`, `override` and
 * default values dropped, a queued reply `T` returning the surface's own type for it;
 * with the files the names they use come from.
 */
export function inheritedDeclarations(
  bases: readonly { base: Base; text: string }[],
  own: ReadonlySet<string>,
  returns: (reply: string) => string,
): { lines: string[]; imports: Map<string, string> } {
  const taken = new Set(own);
  const lines: string[] = [];
  const imports = new Map<string, string>();
  for (const { base, text } of bases) {
    const members = membersOf(text, base.name);
    const origins = originsOf(text, base.file);
    // An overloaded method: its overload signatures, not its implementation's.
    const overloaded = new Set(
      members.filter((m) => m.bodiless && !m.hidden).map((m) => m.name),
    );
    const added = new Set<string>();
    for (const m of members) {
      if (m.hidden || taken.has(m.name)) continue;
      if (/^\s*abstract\b/.test(m.head[0])) continue; // the class itself has it
      if (overloaded.has(m.name) && !m.bodiless) continue;
      added.add(m.name);
      const signature = declaration(m.head, base, returns);
      lines.push(...m.doc, ...signature, "");
      for (const [, name] of signature.join("\n").matchAll(/\b([A-Z]\w+)/g)) {
        const origin = origins.get(name);
        if (origin) imports.set(name, origin);
      }
    }
    for (const name of added) taken.add(name);
  }
  return { lines, imports };
}

/** A class member's signature as an interface member's. */
function declaration(
  head: string[],
  base: Base,
  returns: (reply: string) => string,
): string[] {
  let text = head.join("\n")
    .replace(/\s*\{$/, ";")
    // Interfaces declare no default: `keys: T = []` is `keys?: T`.
    .replace(
      /(\w+): ([^=\n,()]+?) = (?:\[\]|\{\}|[\w."'-]+)(?=,|\)|$)/gm,
      "$1?: $2",
    )
    .replace(/^(\s*)(?:(?:async|override|public)\s+)*\*?/, "$1");
  if (base.queues) {
    text = text.replace(`): ${base.queues};`, `): ${returns("T")};`);
  }
  for (const [from, to] of Object.entries(base.rename ?? {})) {
    text = text.replace(new RegExp(`\\b${from}\\b`, "g"), to);
  }
  return text.split("\n");
}

/**
 * Where the names a base file uses come from: its imports (by specifier) and its own
 * exported declarations (the file itself).
 */
export function originsOf(text: string, file: string): Map<string, string> {
  const origins = new Map<string, string>();
  const dir = file.slice(0, file.lastIndexOf("/") + 1);
  for (
    const m of text.matchAll(
      /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+"(\.[^"]+)";/gm,
    )
  ) {
    for (const part of m[1].split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/).pop();
      if (name) origins.set(name, normalize(dir + m[2]));
    }
  }
  for (
    const m of text.matchAll(
      /^export (?:abstract )?(?:type|interface|class|function|const) (\w+)/gm,
    )
  ) origins.set(m[1], file);
  return origins;
}

/** `lib/a/../b.ts` as `lib/b.ts`. */
function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

/** The specifier of `target` imported from `from` (both relative to the root). */
export function specifier(from: string, target: string): string {
  const a = from.split("/").slice(0, -1);
  const b = target.split("/");
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  const up = a.length - common;
  const rest = b.slice(common).join("/");
  return up ? "../".repeat(up) + rest : `./${rest}`;
}
