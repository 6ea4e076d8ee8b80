/**
 * desir as built from another checkout, for benches that time this tree against it
 * (`git archive <commit> | tar -x -C /tmp/desir_base`).
 *
 * @module
 */

/** The `mod.ts` of the checkout at `path`; throws `usage` when no path was given. */
export async function importBase<T>(
  path: string | undefined,
  usage: string,
): Promise<T> {
  if (!path) throw new Error(`usage: ${usage}`);
  return await import(
    new URL(`file://${Deno.realPathSync(path)}/mod.ts`).href
  ) as T;
}
