/**
 * Keeps secrets out of what people print: `console.log`, `Deno.inspect`, Node's
 * `util.inspect` and `JSON.stringify` of a client or its options show them redacted.
 *
 * @module
 */

/** What a secret prints as. */
const REDACTED = "<redacted>";

/** Option names whose values are secrets, wherever they are nested. */
const SECRETS = new Set([
  "password",
  "sentinelPassword",
  "key",
  "passphrase",
  "token",
]);

/** `scheme://user:password@` in a URL string. */
const URL_PASSWORD = /^([a-z][a-z0-9+.-]*:\/\/[^/?#@]*?:)[^/?#]*@/i;

/**
 * A copy of `value` fit to print: secret fields and URL passwords redacted. Functions,
 * class instances and other objects are kept as they are (they print themselves).
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") {
    return value.replace(URL_PASSWORD, `$1${REDACTED}@`);
  }
  if (typeof value !== "object" || value === null || depth > 8) return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    copy[key] = SECRETS.has(key) && v !== undefined
      ? REDACTED
      : redact(v, depth + 1);
  }
  return copy;
}

/** The `inspect` that Deno and Node hand to a custom inspect hook. */
type Inspect = (value: unknown, options?: unknown) => string;

/** What the hooks read from the object they print. */
interface Printable {
  toJSON(): unknown;
}

/**
 * The inspect hooks of Deno and Node, printing `toJSON()` after `name`, as property
 * descriptors; with `toJSON`, what {@linkcode printRedacted} and
 * {@linkcode printClient} define, non-enumerable (spreading a target copies none).
 */
function hooks(
  name: string,
  toJSON: (this: never) => unknown,
): PropertyDescriptorMap {
  return {
    [Symbol.for("Deno.customInspect")]: {
      value(this: Printable, inspect: Inspect, options: unknown): string {
        return name + inspect(this.toJSON(), options);
      },
      configurable: true,
    },
    [Symbol.for("nodejs.util.inspect.custom")]: {
      value(
        this: Printable,
        _depth: number,
        options: unknown,
        inspect: Inspect,
      ): string {
        return name + inspect(this.toJSON(), options);
      },
      configurable: true,
    },
    toJSON: { value: toJSON, configurable: true, writable: true },
  };
}

// One descriptor map for every options object: defining it makes no closure per client.
const REDACTED_HOOKS = hooks("", function (this: object) {
  return redact(this);
});

/**
 * Makes an options object print redacted (its secrets and URL passwords) in
 * `console.log`, `Deno.inspect`, Node's `util.inspect` and `JSON.stringify`.
 */
export function printRedacted(target: object): void {
  Object.defineProperties(target, REDACTED_HOOKS);
}

/**
 * Makes the instances of a client class print as `name { options }`, the options
 * redacted: hooks on the prototype, so a client takes no property of its own for them.
 * Called by the class's constructor (only its first call defines them), not at its
 * module's top level: such a statement would keep the class, and all it imports, in
 * every bundle of mod.ts, even one that never makes a client of that class.
 */
export function printClient(
  prototype: { options: object },
  name: string,
): void {
  if (Object.hasOwn(prototype, "toJSON")) return;
  Object.defineProperties(
    prototype,
    hooks(`${name} `, function (this: { options: object }) {
      return { options: redact(this.options) };
    }),
  );
}
