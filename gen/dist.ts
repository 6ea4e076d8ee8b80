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
 * What: one module, `dist/_desir.js`, bundled by `deno bundle` from every entry point
 * deno.json exports, so a class is one class whichever entry a program imports it from;
 * each entry point is a module re-exporting its names from it. One module, not chunks
 * shared between entries, and without the doc comments (the declarations carry the
 * docs): Deno pays for each module it loads and for every byte of it, ~1.7 ms of a cold
 * start for the code-split build with its comments (`bench/cold_ab.ts` against a checkout
 * of 9e398c9, its "published" rows). A linked source map lets a stack trace name lines
 * of lib/; Deno reads it only to print a stack. Each entry gets a declaration file that
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
/** The module, in `out`, that holds all of the build's code. */
const BUNDLE = "_desir";

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
    throw new Error("dist: every entry point must be a .ts file at the root");
  }
  await Deno.remove(out, { recursive: true }).catch((error) => {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  });
  await Deno.mkdir(out, { recursive: true });
  await dropDocComments(await bundleAll(root, sources, out));
  await bundle(root, ["-o", `${out}/_command_docs.js`, "lib/_command_docs.ts"]);
  const built: Record<string, string> = {};
  for (const [subpath, source] of Object.entries(exports)) {
    const name = source.slice(2, -3);
    await writeEntry(root, out, name);
    built[subpath] = `./${relative(root, `${out}/${name}.js`)}`;
  }
  return built;
}

/**
 * Bundles the entry points `sources` of `root` into `out/_desir.js`, with a linked
 * source map; returns its path.
 */
export async function bundleAll(
  root: string,
  sources: string[],
  out: string,
): Promise<string> {
  const all = `${out}/${BUNDLE}.ts`;
  await Deno.writeTextFile(
    all,
    sources.map((path) => `export * from "${root}/${path}";\n`).join(""),
  );
  const js = `${out}/${BUNDLE}.js`;
  await bundle(root, ["--sourcemap", "linked", "-o", js, all]);
  await Deno.remove(all);
  return js;
}

/**
 * Removes the doc comments `deno bundle` keeps (whole lines from a line that starts
 * with `/**` to the one that ends it) from `js`, and their lines from its source map.
 * A comment line maps nothing; a line that maps something is code, and stops the build.
 */
export async function dropDocComments(js: string): Promise<void> {
  const lines = (await Deno.readTextFile(js)).split("\n");
  const map = JSON.parse(await Deno.readTextFile(`${js}.map`));
  const mappings: string[] = map.mappings.split(";");
  const kept: string[] = [];
  const keptMappings: string[] = [];
  let inComment = false;
  lines.forEach((line, i) => {
    const text = line.trim();
    const comment = inComment || text.startsWith("/**");
    inComment = comment && !text.endsWith("*/");
    if (!comment) {
      kept.push(line);
      if (i < mappings.length) keptMappings.push(mappings[i]);
    } else if (mappings[i]) {
      throw new Error(
        `dist: line ${i + 1} of ${js} looks like a comment but maps code`,
      );
    }
  });
  map.mappings = keptMappings.join(";");
  await Deno.writeTextFile(js, kept.join("\n"));
  await Deno.writeTextFile(`${js}.map`, JSON.stringify(map));
}

/**
 * Writes entry point `name` of the build: `out/<name>.js`, which re-exports the names
 * its source exports from the bundle, and its types, a declaration file that re-exports
 * the source entry with its module doc, named by the module's `@ts-self-types` line.
 */
async function writeEntry(root: string, out: string, name: string) {
  const names = Object.keys(await import(`file://${root}/${name}.ts`));
  // An entry of types only (./sentinel) loads nothing.
  const body = names.length === 0
    ? "export {};\n"
    : `export { ${names.join(", ")} } from "./${BUNDLE}.js";\n`;
  await Deno.writeTextFile(
    `${out}/${name}.js`,
    `// @ts-self-types="./${name}.d.ts"\n${body}`,
  );
  const source = await Deno.readTextFile(`${root}/${name}.ts`);
  const moduleDoc = /^\/\*\*[\s\S]*?\*\/\n/.exec(source)?.[0] ?? "";
  const specifier = relative(out, `${root}/${name}.ts`);
  await Deno.writeTextFile(
    `${out}/${name}.d.ts`,
    `${moduleDoc}export * from "${
      specifier.startsWith(".") ? specifier : `./${specifier}`
    }";\n`,
  );
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
