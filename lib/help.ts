/**
 * `help()`: the documentation of any command at run time, the same text its method's
 * JSDoc shows. The texts load on first use, so importing the client stays cheap.
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
 */
export async function help(
  command: string | ((...args: never[]) => unknown),
): Promise<string> {
  const { DOCS, METHODS } = await import("./_command_docs.ts");
  const given = typeof command === "function" ? command.name : command;
  const name = given.trim().toLowerCase().replace(/[|\s]+/g, " ");
  if (Object.hasOwn(DOCS, name)) return DOCS[name];
  if (Object.hasOwn(METHODS, given)) return DOCS[METHODS[given]];
  throw new TypeError(`No Redis command is named "${given}"`);
}
