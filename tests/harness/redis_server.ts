/**
 * Start a real server for a test (the one `DESIR_SERVER` names, see `server_kind.ts`),
 * on free loopback ports and in its own temp dir.
 *
 * @module
 */

import { freePorts } from "./_free_port.ts";
import { type TestCertificates, testCertificates } from "./_certificates.ts";
import { testServer } from "./server_kind.ts";

/** How to configure a test server. */
export interface RedisServerOptions {
  /**
   * Also listen with TLS on a second port, with a CA and server certificate the harness
   * makes with `openssl`. Clients need no certificate of their own.
   * @default false
   */
  tls?: boolean;
  /**
   * Also listen on a unix socket in the temp dir.
   * @default false
   */
  unixSocket?: boolean;
  /** Password of the `default` user (`requirepass`). */
  password?: string;
  /** ACL users to create. `rules` defaults to `"~* &* +@all"` (everything). */
  users?: { name: string; password: string; rules?: string }[];
  /**
   * Extra `redis-server` arguments, after the harness's own so they win,
   * e.g. `["--cluster-enabled", "yes"]`.
   */
  args?: string[];
  /** Listen on this port instead of a free one the OS picks. */
  port?: number;
}

/** A running test server; `await using` kills it and removes its temp dir. */
export interface RedisServer extends AsyncDisposable {
  /** Always loopback. */
  readonly hostname: "127.0.0.1";
  /** The plain TCP port. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** The TLS port, when started with `tls`. */
  readonly tlsPort?: number;
  /** `rediss://127.0.0.1:<tlsPort>`, when started with `tls`. */
  readonly tlsUrl?: string;
  /** PEM text of the CA that signed the server certificate, when started with `tls`. */
  readonly caCert?: string;
  /** Path of the unix socket, when started with `unixSocket`. */
  readonly unixPath?: string;
  /** The server's temp dir; its log is `<dir>/redis.log`. */
  readonly dir: string;
  /** Stop the server gracefully (SIGTERM) and wait for the process to exit. */
  stop(): Promise<void>;
  /** SIGKILL the server, to simulate a crash, and wait for the process to exit. */
  kill(): Promise<void>;
  /** Start the server again on the same port(s) with the same config, stopping it first if it runs. */
  restart(): Promise<void>;
}

const HOSTNAME = "127.0.0.1";
const START_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 5_000;
const MAX_ATTEMPTS = 10;

/**
 * Starts `redis-server` on a free loopback port (no persistence, temp dir) and resolves
 * once it accepts connections.
 *
 * @throws {Error} with the server's log when it exits or does not start within 5 s.
 * @example
 * ```ts
 * await using server = await startRedis({ password: "secret" });
 * const conn = await Deno.connect({ hostname: server.hostname, port: server.port });
 * ```
 */
export async function startRedis(
  options: RedisServerOptions = {},
): Promise<RedisServer> {
  const dir = await Deno.makeTempDir({ prefix: "desir-redis-" });
  try {
    const certificates = options.tls ? await testCertificates() : undefined;
    const server = new LocalRedisServer(dir, options, certificates);
    await server.start();
    return server;
  } catch (error) {
    await Deno.remove(dir, { recursive: true });
    throw error;
  }
}

interface Running {
  child: Deno.ChildProcess;
  stderr: Promise<string>;
  exited: boolean;
}

class LocalRedisServer implements RedisServer {
  readonly hostname = HOSTNAME;
  port = 0;
  tlsPort?: number;
  readonly caCert?: string;
  readonly unixPath?: string;
  readonly dir: string;
  readonly #options: RedisServerOptions;
  readonly #logFile: string;
  readonly #certificates?: TestCertificates;
  #running?: Running;

  constructor(
    dir: string,
    options: RedisServerOptions,
    certificates?: TestCertificates,
  ) {
    this.dir = dir;
    this.#options = options;
    this.#logFile = `${dir}/redis.log`;
    this.#certificates = certificates;
    this.caCert = certificates?.caCert;
    if (options.unixSocket) this.unixPath = `${dir}/redis.sock`;
  }

  get url(): string {
    return `redis://${HOSTNAME}:${this.port}`;
  }

  get tlsUrl(): string | undefined {
    return this.tlsPort === undefined
      ? undefined
      : `rediss://${HOSTNAME}:${this.tlsPort}`;
  }

  /** First start: picks ports, and picks again when another process won the race for one. */
  async start(): Promise<void> {
    for (let attempt = 1;; attempt++) {
      const [port, tlsPort] = freePorts(2);
      this.port = this.#options.port ?? port;
      if (this.#certificates) this.tlsPort = tlsPort;
      if (await this.#spawn(attempt === MAX_ATTEMPTS)) return;
      if (this.#options.port !== undefined) await delay(100);
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    // The old ports may be briefly held (e.g. by a client's outgoing socket): retry them.
    for (let attempt = 1;; attempt++) {
      if (await this.#spawn(attempt === MAX_ATTEMPTS)) return;
      await delay(100);
    }
  }

  stop(): Promise<void> {
    return this.#signal("SIGTERM");
  }

  kill(): Promise<void> {
    return this.#signal("SIGKILL");
  }

  async [Symbol.asyncDispose](): Promise<void> {
    // SIGKILL: nothing is kept anyway, and SIGTERM costs up to 100 ms (one server tick).
    await this.kill();
    await Deno.remove(this.dir, { recursive: true });
  }

  #args(): string[] {
    const options = this.#options;
    // deno-fmt-ignore
    const args = [
      "--port", String(this.port), "--bind", HOSTNAME,
      "--dir", this.dir, "--logfile", this.#logFile,
      "--save", "", "--appendonly", "no", "--daemonize", "no",
    ];
    const certificates = this.#certificates;
    if (certificates) {
      // deno-fmt-ignore
      args.push(
        "--tls-port", String(this.tlsPort),
        "--tls-cert-file", certificates.certFile,
        "--tls-key-file", certificates.keyFile,
        "--tls-ca-cert-file", certificates.caCertFile,
        "--tls-auth-clients", "no",
      );
    }
    if (this.unixPath) {
      args.push("--unixsocket", this.unixPath, "--unixsocketperm", "700");
    }
    if (options.password !== undefined) {
      args.push("--requirepass", options.password);
    }
    for (const user of options.users ?? []) {
      const rules = (user.rules ?? "~* &* +@all").split(/\s+/).filter(Boolean);
      args.push("--user", user.name, "on", `>${user.password}`, ...rules);
    }
    return [...args, ...(options.args ?? [])];
  }

  /**
   * Spawns the server and waits until its own log says it is ready. Resolves false when
   * a port was taken (unless `last`); throws with the log on any other failure.
   */
  async #spawn(last: boolean): Promise<boolean> {
    // Only what this process writes counts: the log file keeps earlier runs.
    const logStart = await fileSize(this.#logFile);
    const { command, args } = testServer.command("server", this.#args());
    let child: Deno.ChildProcess;
    try {
      child = new Deno.Command(command, {
        args,
        stdin: "null",
        stdout: "null",
        stderr: "piped",
      }).spawn();
    } catch (error) {
      throw new Error(
        `Cannot run ${testServer.name}'s server (${command}): is it installed? (./run install, ./run servers)`,
        { cause: error },
      );
    }
    const running: Running = {
      child,
      stderr: new Response(child.stderr).text(),
      exited: false,
    };
    child.status.then(() => {
      running.exited = true;
    });
    this.#running = running;

    const deadline = Date.now() + START_TIMEOUT_MS;
    for (;;) {
      const exited = running.exited;
      const log = await readFrom(this.#logFile, logStart);
      if (log.includes("Ready to accept connections")) return true;
      if (exited || Date.now() > deadline) {
        if (!exited) kill(running, "SIGKILL");
        await this.#reap();
        if (exited && !last && log.includes("Address already in use")) {
          return false;
        }
        const why = exited
          ? `exited with code ${(await child.status).code}`
          : `did not start within ${START_TIMEOUT_MS} ms`;
        throw new Error(
          `${testServer.name} on port ${this.port} ${why}.\n` +
            `Arguments: ${this.#args().join(" ")}\n` +
            `Log:\n${log}${await running.stderr}`,
        );
      }
      await delay(10);
    }
  }

  async #signal(signal: Deno.Signal): Promise<void> {
    const running = this.#running;
    if (!running) return;
    kill(running, signal);
    const timer = setTimeout(() => kill(running, "SIGKILL"), STOP_TIMEOUT_MS);
    await this.#reap();
    clearTimeout(timer);
  }

  /** Waits for the process to exit and for its stderr to close, so nothing leaks. */
  async #reap(): Promise<void> {
    const running = this.#running;
    if (!running) return;
    await running.child.status;
    await running.stderr;
    this.#running = undefined;
  }
}

function kill(running: Running, signal: Deno.Signal): void {
  if (running.exited) return;
  try {
    running.child.kill(signal);
  } catch (error) {
    // It exited between our check and the signal: that is what we wanted.
    if (!(error instanceof TypeError)) throw error;
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await Deno.stat(path)).size;
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return 0;
    throw error;
  }
}

async function readFrom(path: string, offset: number): Promise<string> {
  try {
    const bytes = await Deno.readFile(path);
    return new TextDecoder().decode(bytes.subarray(offset));
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return "";
    throw error;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
