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
import { DEFAULT_SERVERS, serverCommand } from "../../gen/_servers.ts";

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

/** The servers `DESIR_SERVER` may name: `deno task gen:commands`'s, started the same way. */
export const SERVER_NAMES: readonly string[] = DEFAULT_SERVERS;

/**
 * The server named by `name` (default: the `DESIR_SERVER` environment variable, else
 * `redis-7.0`).
 *
 * @throws {Error} naming the accepted values when `name` is none of them. (`command`
 * throws, naming `./run servers`, when the trixie root lacks the server.)
 */
export function serverKind(
  name: string = Deno.env.get("DESIR_SERVER") || "redis-7.0",
): TestServerKind {
  if (!SERVER_NAMES.includes(name)) {
    throw new Error(
      `DESIR_SERVER=${name} is not a server the tests know; use one of ${
        SERVER_NAMES.join(", ")
      }`,
    );
  }
  const [family, release] = name.split("-") as [ServerFamily, string];
  const [major, minor] = release.split(".").map(Number);
  return {
    name,
    family,
    version: [major, minor],
    atLeast: (f, wantMajor, wantMinor = 0) =>
      f === family &&
      (major > wantMajor || (major === wantMajor && minor >= wantMinor)),
    command: (tool, args) => toolCommand(name, tool, args),
  };
}

/**
 * The server's own command line (see gen/_servers.ts: the host's `redis-server`, or the
 * trixie root's server through that root's loader, with its own libraries), turned into
 * its `tool`'s: `redis-cli` for `redis-server`. A sentinel is the server with
 * `--sentinel` (after the config file, which must come first), rather than a
 * `*-sentinel` name the server would have to see in argv[0].
 */
function toolCommand(
  name: string,
  tool: ServerTool,
  args: string[],
): { command: string; args: string[] } {
  const found = serverCommand(name);
  if ("missing" in found) throw new Error(found.missing);
  if (found.args.length === 0) { // the host's, on PATH
    return { command: found.command.replace(/server$/, tool), args };
  }
  const program = found.args[found.args.length - 1];
  const prefix = found.args.slice(0, -1);
  if (tool === "sentinel") {
    return {
      command: found.command,
      args: [...prefix, program, ...args, "--sentinel"],
    };
  }
  return {
    command: found.command,
    args: [...prefix, program.replace(/server$/, tool), ...args],
  };
}

/** The server the tests run on, from `DESIR_SERVER`. */
export const testServer: TestServerKind = serverKind();
