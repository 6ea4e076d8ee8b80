/**
 * `help()`: the documentation of any command at run time, the same text its method's
 * JSDoc shows. The texts (~120 KB) load on first use, so importing the client stays cheap,
 * and bundlers leave them out: they follow only literal import specifiers.
 *
 * @module
 */

/**
 * Returns the documentation of a command: syntax, summary, complexity, version, history,
 * deprecation, the method that sends it, and its redis.io link. Takes a command name
 * (`"RPOP"`, `"config get"`, `"CONFIG|GET"`), a method name (`"configGet"`), or the method
 * itself (`r.configGet`).
 *
 * @example
 * ```ts
 * import { help, Redis } from "@desir/desir";
 * console.log(await help("rpop"));
 * await using r = new Redis();
 * console.log(await help(r.configGet)); // CONFIG GET parameter [parameter ...] …
 * ```
 * @throws {TypeError} When no command has that name.
 * @throws {Error} When the texts cannot be loaded: from a local checkout Deno needs
 *   `--allow-read`; a bundle does not contain them.
 */
export async function help(
  command: string | ((...args: never[]) => unknown),
): Promise<string> {
  const { DOCS, METHODS } = await loadDocs();
  const given = typeof command === "function" ? command.name : command;
  const name = given.trim().toLowerCase().replace(/[|\s]+/g, " ");
  if (Object.hasOwn(DOCS, name)) return DOCS[name];
  if (Object.hasOwn(METHODS, given)) return DOCS[METHODS[given]];
  throw new TypeError(`No Redis command is named "${given}"`);
}

/**
 * Variables, not literals, so that `deno bundle` and esbuild do not inline the texts.
 * `.js` is where a build that compiled the TypeScript (JSR's npm package) puts them.
 */
const DOCS_MODULES = ["./_command_docs.ts", "./_command_docs.js"];

async function loadDocs(): Promise<typeof import("./_command_docs.ts")> {
  let first: unknown;
  for (const specifier of DOCS_MODULES) {
    try {
      return await import(specifier);
    } catch (e) {
      first ??= e;
    }
  }
  // The runtime's message may end with a full stop of its own (Deno's does).
  const reason = String((first as Error).message).replace(/\.$/, "");
  throw new Error(
    `The help texts (lib/_command_docs.ts) could not be loaded: ${reason}. ` +
      "From a local checkout, Deno needs --allow-read; a bundle leaves them out.",
    { cause: first },
  );
}
