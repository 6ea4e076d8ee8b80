/**
 * What the runners need on disk: the npm peers and esbuild, and desir bundled for Node.
 * Both go into bench/peers/, which git ignores.
 *
 * @module
 */

const HERE = import.meta.dirname!;
/** Where the peers are installed and the results written. */
export const PEERS = `${HERE}/peers`;

/**
 * Installs the peers pinned in bench/package.json into bench/peers/ unless
 * those exact versions are there; returns the pinned versions by package name.
 */
export async function ensurePeers(): Promise<Record<string, string>> {
  const manifest = await Deno.readTextFile(`${HERE}/package.json`);
  const wanted: Record<string, string> = JSON.parse(manifest).dependencies;
  const names = Object.keys(wanted);
  const have = await Promise.all(names.map(installedVersion));
  if (names.every((name, i) => have[i] === wanted[name])) return wanted;

  const list = names.map((name) => `${name}@${wanted[name]}`).join(" ");
  console.log(`Installing ${list} into bench/peers/ ...`);
  await Deno.mkdir(PEERS, { recursive: true });
  await Deno.writeTextFile(`${PEERS}/package.json`, manifest);
  await run("npm", [
    "install",
    "--prefix",
    PEERS,
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
  ]);
  return wanted;
}

/**
 * Node 20 runs no TypeScript: bundles `bench/<name>.ts`, desir included, into one
 * ES module `bench/peers/<name>_node.mjs`, and returns its path.
 */
export async function bundleForNode(name: string): Promise<string> {
  const output = `${PEERS}/${name}_node.mjs`;
  await Deno.mkdir(PEERS, { recursive: true });
  // deno-fmt-ignore
  await run(Deno.execPath(), [
    "bundle", "--quiet", "--platform", "browser", "--format", "esm",
    "-o", output, `${HERE}/${name}.ts`,
  ]);
  return output;
}

async function installedVersion(name: string): Promise<string | undefined> {
  try {
    const path = `${PEERS}/node_modules/${name}/package.json`;
    return JSON.parse(await Deno.readTextFile(path)).version;
  } catch {
    return undefined;
  }
}

/** Runs a command, its output shown; throws when it fails. */
export async function run(command: string, args: string[]): Promise<void> {
  const { success } = await new Deno.Command(command, {
    args,
    stdin: "null",
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  if (!success) {
    throw new Error(
      `${command} ${args.join(" ")} failed: see its output above`,
    );
  }
}
