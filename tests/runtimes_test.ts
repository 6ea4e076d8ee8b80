/**
 * desir on every runtime it supports: the runtime-neutral suite (`tests/runtime/suite.ts`)
 * and the per-runtime examples, against real redis-servers. Deno runs the sources; Bun,
 * Node and workerd run the JavaScript build `deno bundle` makes of `mod.ts`, installed as
 * the package `@desir/desir` in a temp dir, as `jsr add` would install it.
 *
 * Needs `node`, `bun` and `tests/runtime/node_modules/.bin/workerd` (`./run install`).
 *
 * @module
 */
import assert from "node:assert/strict";
import { type RedisServer, startRedis } from "./harness/mod.ts";
import { runTest, type SuiteContext, tests } from "./runtime/suite.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const RUNTIME = `${ROOT}tests/runtime/`;
const WORKERD = `${RUNTIME}node_modules/.bin/workerd`;
/** Far more than any run needs; a hung runtime must not hang the test. */
const PROCESS_TIMEOUT_MS = 60_000;
/**
 * Runtimes start under `nice`: other test files run meanwhile (`--parallel`), and some of
 * them time things in milliseconds.
 */
const NICE = ["nice", "-n", "10"];
const SUITE_SIZE = Object.keys(tests).length;

Deno.test("suite passes on Deno", async (t) => {
  await using server = await startRedis({ tls: true });
  const context: SuiteContext = {
    url: server.url,
    tlsUrl: server.tlsUrl!,
    caCert: server.caCert,
  };
  for (const name of Object.keys(tests)) {
    await t.step(name, () => runTest(name, context));
  }
});

Deno.test("suite passes on Node under node --test, on the bundled module", async () => {
  const dir = await built();
  await using server = await startRedis({ tls: true });
  const out = await exec(
    ["node", "--test", "--test-reporter=tap", `${dir}/node_entry.mjs`],
    serverEnv(server),
  );
  assertAllPassed(out, /^# pass (\d+)$/m, /^# fail (\d+)$/m);
});

Deno.test("suite passes on Bun under bun test, on the bundled module", async () => {
  const dir = await built();
  await using server = await startRedis({ tls: true });
  const out = await exec(
    ["bun", "test", `${dir}/node_entry.mjs`],
    serverEnv(server),
  );
  assertAllPassed(out, /^ *(\d+) pass$/m, /^ *(\d+) fail$/m);
});

Deno.test("suite and examples/worker.ts pass on workerd over cloudflare:sockets", async (t) => {
  const dir = await built();
  await using server = await startRedis({ tls: true });
  await Deno.writeTextFile(`${dir}/ca.pem`, server.caCert!);
  await using workerd = await startWorkerd(dir, {
    REDIS_URL: server.url,
    REDIS_TLS_URL: server.tlsUrl!,
  });
  const suite = `http://127.0.0.1:${workerd.ports.suite}/`;
  assert.deepEqual(await (await fetch(suite)).json(), Object.keys(tests));
  for (const name of Object.keys(tests)) {
    await t.step(name, async () => {
      const response = await fetch(`${suite}?test=${encodeURIComponent(name)}`);
      const result = await response.json();
      assert.ok(result.ok, `${result.error}\n${workerd.output()}`);
    });
  }
  await t.step("examples/worker.ts makes a client per request", async () => {
    const example = `http://127.0.0.1:${workerd.ports.example}`;
    for (const visit of [1, 2]) {
      const response = await fetch(`${example}/hello`);
      assert.equal(
        await response.text(),
        `visit ${visit} to /hello\n`,
        workerd.output(),
      );
    }
  });
});

Deno.test("examples/deno.ts runs on Deno", async () => {
  await using server = await startRedis();
  const out = await exec(
    [
      Deno.execPath(),
      "run",
      "--allow-net",
      "--allow-env",
      `${ROOT}examples/deno.ts`,
    ],
    { REDIS_URL: server.url },
  );
  assert.equal(out.code, 0, out.text);
  assert.equal(out.stdout, "hello from Deno\n");
});

Deno.test("examples/node.mjs runs on Node, importing the bundled module", async () => {
  const dir = await built();
  await using server = await startRedis();
  const out = await exec(["node", `${dir}/node.mjs`], {
    REDIS_URL: server.url,
  });
  assert.equal(out.code, 0, out.text);
  assert.equal(out.stdout, "hello from Node\n");
});

Deno.test("examples/bun.ts runs on Bun, importing the bundled module", async () => {
  const dir = await built();
  await using server = await startRedis();
  const out = await exec(["bun", `${dir}/bun.ts`], { REDIS_URL: server.url });
  assert.equal(out.code, 0, out.text);
  assert.equal(out.stdout, "hello from Bun\n");
});

let build: Promise<string> | undefined;

/**
 * Bundles desir (as the package `@desir/desir`, with the `./codec` subpath the suite
 * imports) and the entry points that import it into a temp dir, next to copies of the
 * examples and the workerd config; once per process.
 */
function built(): Promise<string> {
  build ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "desir-runtimes-" });
    globalThis.addEventListener("unload", () => {
      Deno.removeSync(dir, { recursive: true });
    });
    const pkg = `${dir}/node_modules/@desir/desir`;
    await Deno.mkdir(pkg, { recursive: true });
    const manifest = {
      name: "@desir/desir",
      type: "module",
      exports: { ".": "./mod.mjs", "./codec": "./codec.mjs" },
    };
    // The first `deno bundle` on an empty Deno cache installs esbuild; two at once race
    // to install it and one fails ("failed to copy esbuild binary"). So one goes first.
    await bundle(`${ROOT}mod.ts`, `${pkg}/mod.mjs`);
    await Promise.all([
      Deno.writeTextFile(`${pkg}/package.json`, JSON.stringify(manifest)),
      bundle(`${ROOT}codec.ts`, `${pkg}/codec.mjs`),
      bundle(`${RUNTIME}node_entry.ts`, `${dir}/node_entry.mjs`),
      bundle(`${RUNTIME}worker/worker.ts`, `${dir}/worker.mjs`),
      bundle(`${ROOT}examples/worker.ts`, `${dir}/example_worker.mjs`),
      Deno.copyFile(`${ROOT}examples/node.mjs`, `${dir}/node.mjs`),
      Deno.copyFile(`${ROOT}examples/bun.ts`, `${dir}/bun.ts`),
      Deno.copyFile(`${RUNTIME}worker/config.capnp`, `${dir}/config.capnp`),
    ]);
    return dir;
  })();
  return build;
}

/** One ES module, with `@desir/desir` left to the runtime to resolve (to the bundled package). */
async function bundle(entry: string, output: string): Promise<void> {
  // deno-fmt-ignore
  const out = await exec([
    Deno.execPath(), "bundle", "--quiet", "--platform", "browser", "--format", "esm",
    "--external", "@desir/desir", "-o", output, entry,
  ]);
  assert.equal(out.code, 0, `deno bundle ${entry} failed:\n${out.text}`);
}

interface Output {
  code: number;
  stdout: string;
  /** stdout and stderr, for failure messages. */
  text: string;
}

/** Runs a command under `nice` to its end, killing it after PROCESS_TIMEOUT_MS. */
async function exec(
  command: string[],
  env: Record<string, string> = {},
): Promise<Output> {
  const kill = new AbortController();
  const timer = setTimeout(() => kill.abort(), PROCESS_TIMEOUT_MS);
  try {
    const [nice, ...args] = [...NICE, ...command];
    const { code, stdout, stderr } = await new Deno.Command(nice, {
      args,
      env,
      stdin: "null",
      signal: kill.signal,
    }).output();
    const out = new TextDecoder().decode(stdout);
    const err = new TextDecoder().decode(stderr);
    if (code === 127) { // nice's "command not found"
      throw new Error(
        `${command[0]} is not installed: ./run install installs it`,
      );
    }
    const timedOut = kill.signal.aborted
      ? `\n(killed after ${PROCESS_TIMEOUT_MS} ms)`
      : "";
    return { code, stdout: out, text: `${out}\n${err}${timedOut}` };
  } finally {
    clearTimeout(timer);
  }
}

function serverEnv(server: RedisServer): Record<string, string> {
  return {
    REDIS_URL: server.url,
    REDIS_TLS_URL: server.tlsUrl!,
    REDIS_CA_CERT: server.caCert!,
  };
}

/** Checks the exit code and that the runner's summary counts every suite test as passed. */
function assertAllPassed(out: Output, passed: RegExp, failed: RegExp): void {
  const count = (pattern: RegExp) => Number(pattern.exec(out.text)?.[1]);
  assert.equal(out.code, 0, out.text);
  assert.equal(count(failed), 0, out.text);
  assert.equal(count(passed), SUITE_SIZE, out.text);
}

interface Workerd extends AsyncDisposable {
  /** The port of each socket of config.capnp. */
  ports: Record<string, number>;
  /** What workerd printed so far, for failure messages. */
  output(): string;
}

/** Serves `dir/config.capnp`; resolves once workerd reports the port of every socket. */
async function startWorkerd(
  dir: string,
  env: Record<string, string>,
): Promise<Workerd> {
  try {
    await Deno.stat(WORKERD);
  } catch (error) {
    throw new Error(
      `workerd is not installed in tests/runtime/node_modules: ./run install installs it`,
      { cause: error },
    );
  }
  const [nice, ...args] = [
    ...NICE,
    WORKERD,
    // The control fd reports each socket's port as a JSON line: {"event":"listen",...}.
    ...["serve", `${dir}/config.capnp`, "--control-fd", "1"],
  ];
  const child = new Deno.Command(nice, {
    args,
    env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let text = "";
  const drain = async (stream: ReadableStream<Uint8Array>) => {
    for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
      text += chunk;
    }
  };
  const drained = Promise.all([drain(child.stdout), drain(child.stderr)]);
  const output = () => `workerd output:\n${text}`;
  const ports: Record<string, number> = {};
  const deadline = Date.now() + 10_000;
  while (Object.keys(ports).length < 2) {
    for (const line of text.split("\n")) {
      if (!line.startsWith('{"event":"listen"')) continue;
      const { socket, port } = JSON.parse(line);
      ports[socket] = port;
    }
    if (Object.keys(ports).length === 2) break;
    const exited = await Promise.race([
      child.status,
      new Promise((resolve) => setTimeout(resolve, 20)),
    ]);
    if (exited || Date.now() > deadline) {
      if (!exited) child.kill();
      await child.status;
      await drained;
      throw new Error(`workerd did not start: ${output()}`);
    }
  }
  return {
    ports,
    output,
    async [Symbol.asyncDispose]() {
      child.kill();
      await child.status;
      await drained;
    },
  };
}
