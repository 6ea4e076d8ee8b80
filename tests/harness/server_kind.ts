/**
 * Which server the tests run on, chosen by one setting: the `DESIR_SERVER` environment
 * variable, `redis-7.0` (the default: the host's `redis-server` on PATH), `redis-8.0` or
 * `valkey-8.1`. The newer two come from the Debian 13 ("trixie") root that `./run servers`
 * unpacks, and run on the host through that root's own loader, so they see the host's
 * temp dirs, certificates and unix sockets.
 *
 * @example
 * ```ts
 * import { testServer } from "./harness/mod.ts";
 * if (testServer.family === "valkey") console.log("valkey", testServer.version);
 * ```
 *
 * @module
 */

/** The server families the harness can start. */
export type ServerFamily = "redis" | "valkey";

/** The programs of a server family the tests use. */
export type ServerTool = "server" | "sentinel" | "cli" | "benchmark";

/** The server the tests run on. */
export interface TestServerKind {
  /** The setting it was chosen by, e.g. `valkey-8.1`. */
  readonly name: string;
  /** Whose server it is. */
  readonly family: ServerFamily;
  /** `[major, minor]` of the server, e.g. `[8, 1]`. */
  readonly version: readonly [number, number];
  /**
   * True when the server is of `family` and at least version `major.minor`, e.g.
   * `atLeast("redis", 7, 2)`.
   */
  atLeast(family: ServerFamily, major: number, minor?: number): boolean;
  /**
   * The program and arguments that run `tool` (e.g. `redis-cli`) of this server with
   * `args`, for `new Deno.Command(command, { args })`.
   */
  command(
    tool: ServerTool,
    args: string[],
  ): { command: string; args: string[] };
}

/** The servers `DESIR_SERVER` may name. */
export const SERVER_NAMES = ["redis-7.0", "redis-8.0", "valkey-8.1"] as const;

/** The root the newer servers run from; `./run servers` unpacks it there. */
export function trixieRoot(): string {
  const set = Deno.env.get("DESIR_TRIXIE_ROOT");
  if (set) return set;
  const cache = Deno.env.get("XDG_CACHE_HOME") ||
    `${Deno.env.get("HOME")}/.cache`;
  return `${cache}/desir/trixie`;
}

/**
 * The server named by `name` (default: the `DESIR_SERVER` environment variable, else
 * `redis-7.0`); the newer ones run from the trixie `root`.
 *
 * @throws {Error} naming the accepted values when `name` is none of them. (`command`
 * throws, naming `./run servers`, when the trixie root lacks the program.)
 */
export function serverKind(
  name: string = Deno.env.get("DESIR_SERVER") || "redis-7.0",
  root: string = trixieRoot(),
): TestServerKind {
  if (!(SERVER_NAMES as readonly string[]).includes(name)) {
    throw new Error(
      `DESIR_SERVER=${name} is not a server the tests know; use one of ${
        SERVER_NAMES.join(", ")
      }`,
    );
  }
  const [family, release] = name.split("-") as [ServerFamily, string];
  const [major, minor] = release.split(".").map(Number);
  const command = name === "redis-7.0"
    ? hostCommand
    : trixieCommand(family, root);
  return {
    name,
    family,
    version: [major, minor],
    atLeast: (f, wantMajor, wantMinor = 0) =>
      f === family &&
      (major > wantMajor || (major === wantMajor && minor >= wantMinor)),
    command,
  };
}

function hostCommand(
  tool: ServerTool,
  args: string[],
): { command: string; args: string[] } {
  return { command: `redis-${tool}`, args };
}

/**
 * Runs the trixie root's programs through its loader, with its own libraries: the host's
 * may be older than the ones they were built against. A sentinel is the server with
 * `--sentinel`, rather than a `*-sentinel` name the server would have to see in argv[0].
 */
function trixieCommand(
  family: ServerFamily,
  root: string,
): (tool: ServerTool, args: string[]) => { command: string; args: string[] } {
  // x86_64 only, as `./run servers` is.
  const loader = `${root}/lib64/ld-linux-x86-64.so.2`;
  const libraries =
    `${root}/lib/x86_64-linux-gnu:${root}/usr/lib/x86_64-linux-gnu`;
  return (tool, args) => {
    const program = `${root}/usr/bin/${family}-${
      tool === "sentinel" ? "server" : tool
    }`;
    try {
      Deno.statSync(program);
    } catch (error) {
      throw new Error(
        `${program} is missing: run ./run servers (or set DESIR_TRIXIE_ROOT)`,
        { cause: error },
      );
    }
    return {
      command: loader,
      args: tool === "sentinel"
        // After the config file, which must come first.
        ? ["--library-path", libraries, program, ...args, "--sentinel"]
        : ["--library-path", libraries, program, ...args],
    };
  };
}

/** The server the tests run on, from `DESIR_SERVER`. */
export const testServer: TestServerKind = serverKind();
