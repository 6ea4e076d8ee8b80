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

/** Where an object made printable keeps the name it prints after. */
const NAME = Symbol("desir.printName");

/** What the shared hooks read from the object they print. */
interface Printable {
  [NAME]: string;
  toJSON(): unknown;
}

// One pair of hooks for every printable object (each client has two), reading the view
// and name off the object: no closures made per client.
function denoInspect(
  this: Printable,
  inspect: Inspect,
  options: unknown,
): string {
  return this[NAME] + inspect(this.toJSON(), options);
}

function nodeInspect(
  this: Printable,
  _depth: number,
  options: unknown,
  inspect: Inspect,
): string {
  return this[NAME] + inspect(this.toJSON(), options);
}

/**
 * Makes `target` print as `view()`, after `name` if given, in `console.log`,
 * `Deno.inspect`, Node's `util.inspect` and `JSON.stringify`. The hooks are
 * non-enumerable: spreading `target` copies none of them.
 */
export function printAs(
  target: object,
  name: string,
  view: () => unknown,
): void {
  Object.defineProperties(target, {
    [NAME]: { value: name ? `${name} ` : "", configurable: true },
    [Symbol.for("Deno.customInspect")]: {
      value: denoInspect,
      configurable: true,
    },
    [Symbol.for("nodejs.util.inspect.custom")]: {
      value: nodeInspect,
      configurable: true,
    },
    toJSON: { value: view, configurable: true, writable: true },
  });
}
