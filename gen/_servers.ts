/**
 * Throwaway servers for reading command tables (and for the tests of commands only newer
 * servers have): started on a unix socket in a temp dir, stopped on dispose.
 *
 * A server is named `redis-7.0` (the host's `redis-server` on PATH), `redis-8.0` or
 * `valkey-8.1` (from the Debian 13 root that `./run servers` unpacks, run through that
 * root's own loader; `DESIR_TRIXIE_ROOT` says where, default `~/.cache/desir/trixie`), or
 * given as a command line that starts a server (`/opt/valkey/bin/valkey-server`).
 *
 * @module
 */

/** The servers `deno task gen:commands` reads by default. */
export const DEFAULT_SERVERS = ["redis-7.0", "redis-8.0", "valkey-8.1"];

/** The root the newer servers run from. */
export function trixieRoot(): string {
  const set = Deno.env.get("DESIR_TRIXIE_ROOT");
  if (set) return set;
  const cache = Deno.env.get("XDG_CACHE_HOME") ||
    `${Deno.env.get("HOME")}/.cache`;
  return `${cache}/desir/trixie`;
}

/**
 * The program and leading arguments that start the server `spec` names, or a message
 * saying why it cannot start here.
 */
export function serverCommand(
  spec: string,
): { command: string; args: string[] } | { missing: string } {
  if (spec === "redis-7.0") return { command: "redis-server", args: [] };
  const named = /^(redis|valkey)-\d+\.\d+$/.exec(spec);
  if (!named) {
    const [command, ...args] = spec.split(/\s+/).filter(Boolean);
    return { command, args };
  }
  const root = trixieRoot();
  const [loader, triplet] = Deno.build.arch === "aarch64"
    ? ["lib/ld-linux-aarch64.so.1", "aarch64-linux-gnu"]
    : ["lib64/ld-linux-x86-64.so.2", "x86_64-linux-gnu"];
  const program = `${root}/usr/bin/${named[1]}-server`;
  try {
    Deno.statSync(program);
  } catch {
    return {
      missing:
        `${spec}: ${program} is missing (run ./run servers, or set DESIR_TRIXIE_ROOT)`,
    };
  }
  return {
    command: `${root}/${loader}`,
    args: [
      "--library-path",
      `${root}/lib/${triplet}:${root}/usr/lib/${triplet}`,
      program,
    ],
  };
}

/** A running throwaway server. */
export interface ThrowawayServer extends AsyncDisposable {
  /** `unix:///tmp/…/server.sock` */
  readonly url: string;
}

/**
 * Starts the server `spec` names on a unix socket in a temp dir (with `extraArgs` after
 * the defaults) and waits until it accepts connections (at most 5 s).
 *
 * @throws {Error} when the server cannot be found or does not start.
 */
export async function startServer(
  spec: string,
  extraArgs: string[] = [],
): Promise<ThrowawayServer> {
  const found = serverCommand(spec);
  if ("missing" in found) throw new Error(found.missing);
  const dir = await Deno.makeTempDir({ prefix: "desir-gen-" });
  const socket = `${dir}/server.sock`;
  const command = new Deno.Command(found.command, {
    args: [
      ...found.args,
      "--port",
      "0",
      "--unixsocket",
      socket,
      "--save",
      "",
      "--appendonly",
      "no",
      "--dir",
      dir,
      "--logfile",
      `${dir}/server.log`,
      ...extraArgs,
    ],
    stdout: "null",
    stderr: "null",
  });
  let child: Deno.ChildProcess;
  try {
    child = command.spawn();
  } catch (error) {
    await Deno.remove(dir, { recursive: true });
    throw new Error(`${spec}: cannot run ${found.command}`, { cause: error });
  }
  let exited = false;
  const status = child.status.then((s) => {
    exited = true;
    return s;
  });
  const stop = async () => {
    if (!exited) child.kill("SIGTERM");
    await status;
    await Deno.remove(dir, { recursive: true });
  };
  for (let i = 0; i < 100 && !exited; i++) {
    try {
      (await Deno.connect({ transport: "unix", path: socket })).close();
      return { url: `unix://${socket}`, [Symbol.asyncDispose]: stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const log = await Deno.readTextFile(`${dir}/server.log`).catch(() => "");
  await stop();
  throw new Error(
    `${spec} ${exited ? "exited" : "did not start within 5 s"}: ${
      log.trim().split("\n").slice(-3).join("\n") || found.command
    }`,
  );
}
