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

/** A variable, not a literal, so that `deno bundle` and esbuild do not inline the texts. */
const DOCS_MODULE = "./_command_docs.ts";

async function loadDocs(): Promise<typeof import("./_command_docs.ts")> {
  try {
    return await import(DOCS_MODULE);
  } catch (cause) {
    throw new Error(
      `The help texts (lib/_command_docs.ts) could not be loaded: ${
        (cause as Error).message
      }. From a local checkout, Deno needs --allow-read; a bundle leaves them out.`,
      { cause },
    );
  }
}
