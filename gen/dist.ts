/**
 * Builds `dist/`, the JavaScript that JSR serves in place of the TypeScript sources, and
 * `jsr.json`, the publish configuration that exports it. Both are built, not committed:
 * `deno task publish` runs this, then `deno publish --config jsr.json`.
 *
 * Why: Deno runs a TypeScript module from its emit cache, with an inline source map that
 * holds the module's whole source; for `mod.ts`'s 105 modules (1.5 MB of TypeScript,
 * mostly docs and types) that costs more than their code. From JavaScript, a cold start
 * takes about half as long (`deno task bench --only cold`, its "as published" column).
 *
 * What: every entry point deno.json exports, bundled by `deno bundle` with code splitting
 * (the code two entries share is in one chunk, so a class is one class whichever entry a
 * program imports it from) and linked source maps (a stack trace names lines of lib/;
 * Deno reads a map only to print a stack). Each entry gets a declaration file that
 * re-exports its TypeScript source, which the package still holds: types and docs are
 * the sources' own. The help texts, which `help()` imports on demand from beside its own
 * module, are `dist/_command_docs.js`.
 *
 * Usage: `deno task dist`
 *
 * @module
 */
import { relative } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

/** deno.json's export map: subpath to a source file (`"./cluster": "./cluster.ts"`). */
async function sourceExports(root: string): Promise<Record<string, string>> {
  const config = JSON.parse(await Deno.readTextFile(`${root}/deno.json`));
  return config.exports;
}

/** Runs `deno bundle` in `root` with these arguments; throws with its output on failure. */
async function bundle(root: string, args: string[]): Promise<void> {
  const { success, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--format",
      "esm",
      "--platform",
      "browser",
      ...args,
    ],
    cwd: root,
    stdin: "null",
  }).output();
  if (!success) {
    throw new Error(
      `deno bundle failed:\n${new TextDecoder().decode(stderr)}`,
    );
  }
}

/**
 * Writes the build of `root`'s entry points into `out` (created if need be); returns the
 * export map of the build (`"./cluster": "./dist/cluster.js"` when `out` is root/dist).
 */
export async function buildDist(
  root: string,
  out: string,
): Promise<Record<string, string>> {
  const exports = await sourceExports(root);
  const sources = Object.values(exports);
  if (sources.some((path) => !/^\.\/[\w-]+\.ts$/.test(path))) {
    // deno bundle names each output after its entry's path below their common folder.
    throw new Error("dist: every entry point must be a .ts file at the root");
  }
  await Deno.remove(out, { recursive: true }).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
  // deno-fmt-ignore
  await bundle(root, ["--code-splitting", "--sourcemap", "linked", "--outdir", out, ...sources]);
  await bundle(root, ["-o", `${out}/_command_docs.js`, "lib/_command_docs.ts"]);
  const built: Record<string, string> = {};
  for (const [subpath, source] of Object.entries(exports)) {
    const name = source.slice(2, -3);
    await declare(root, out, name);
    built[subpath] = `./${relative(root, `${out}/${name}.js`)}`;
  }
  return built;
}

/**
 * Gives `out/<name>.js` its types: a declaration file re-exporting the source entry,
 * with the entry's module doc, named by a `@ts-self-types` line put first in the module
 * (and its source map told of the extra line).
 */
async function declare(root: string, out: string, name: string) {
  const source = await Deno.readTextFile(`${root}/${name}.ts`);
  const moduleDoc = /^\/\*\*[\s\S]*?\*\/\n/.exec(source)?.[0] ?? "";
  const specifier = relative(out, `${root}/${name}.ts`);
  await Deno.writeTextFile(
    `${out}/${name}.d.ts`,
    `${moduleDoc}export * from "${
      specifier.startsWith(".") ? specifier : `./${specifier}`
    }";\n`,
  );
  const js = `${out}/${name}.js`;
  const code = await Deno.readTextFile(js);
  await Deno.writeTextFile(
    js,
    `// @ts-self-types="./${name}.d.ts"\n${code}`,
  );
  const map = JSON.parse(await Deno.readTextFile(`${js}.map`));
  // A source map's lines are separated by ";": one more in front shifts them all by one.
  map.mappings = `;${map.mappings}`;
  await Deno.writeTextFile(`${js}.map`, JSON.stringify(map));
}

/**
 * Writes `jsr.json` at `root`: deno.json's name, version, license and publish list, with
 * the exports of the build and `dist/`, which git ignores, published.
 */
async function writePublishConfig(
  root: string,
  exports: Record<string, string>,
) {
  const config = JSON.parse(await Deno.readTextFile(`${root}/deno.json`));
  const { name, version, license, publish } = config;
  const exclude = [...(publish?.exclude ?? []), "!dist/"];
  await Deno.writeTextFile(
    `${root}/jsr.json`,
    JSON.stringify(
      { name, version, license, exports, publish: { ...publish, exclude } },
      null,
      2,
    ) + "\n",
  );
}

if (import.meta.main) {
  const exports = await buildDist(ROOT, `${ROOT}/dist`);
  await writePublishConfig(ROOT, exports);
  console.log(
    `dist/: ${
      Object.keys(exports).length
    } entry points; jsr.json publishes them`,
  );
}
