/**
 * Start a Redis Sentinel setup for a test: a master, its replica and three
 * `redis-sentinel` processes that monitor it, all on free loopback ports.
 *
 * @module
 */

import { Redis } from "../../lib/client.ts";
import { freePorts } from "./_free_port.ts";
import { type RedisServer, startRedis } from "./redis_server.ts";
import { testServer } from "./server_kind.ts";

/** How to configure a sentinel setup. */
export interface SentinelSetupOptions {
  /** How many sentinels; the quorum is 2 (1 with a single sentinel). @default 3 */
  sentinels?: number;
  /** Password of the sentinels (`requirepass`, also used between them). */
  sentinelPassword?: string;
}

/** A running sentinel setup; `await using` kills every process and removes the temp dir. */
export interface SentinelSetup extends AsyncDisposable {
  /** The name the sentinels monitor the master by. */
  readonly masterName: "mymaster";
  /** Where the sentinels listen, for `new Redis({ sentinels })`. */
  readonly sentinels: { hostname: "127.0.0.1"; port: number }[];
  /** The server started as the master; after a failover it may be a replica (or dead). */
  readonly master: RedisServer;
  /** The server started as the replica of `master`. */
  readonly replica: RedisServer;
  /** The data server listening on this port. */
  server(port: number): RedisServer;
  /** The port of the master, as the first sentinel that answers reports it. */
  masterPort(): Promise<number>;
  /** `SENTINEL FAILOVER <masterName>` on the sentinel at this index (it leads the failover). @default 0 */
  failover(via?: number): Promise<void>;
  /**
   * Waits until every sentinel reports the master on another port than `oldPort` and
   * that server answers `ROLE` with `master`; returns its port.
   *
   * @throws {Error} when that does not happen within `timeout` ms.
   */
  waitForNewMaster(oldPort: number, timeout?: number): Promise<number>;
  /** Kills the sentinels (SIGKILL), e.g. to check what clients do without them. */
  killSentinels(): Promise<void>;
}

const HOSTNAME = "127.0.0.1";
const MASTER_NAME = "mymaster";
const START_TIMEOUT_MS = 10_000;

/**
 * Starts a master, a replica (`--replicaof`) and sentinels (`down-after-milliseconds`
 * 1000, `failover-timeout` 3000), and resolves once every sentinel knows the master, the
 * replica and the other sentinels, so a failover can start at once.
 *
 * @throws {Error} with the sentinels' logs when they do not get ready within 10 s.
 * @example
 * ```ts
 * await using s = await startSentinels();
 * await using r = new Redis({ sentinels: s.sentinels, masterName: s.masterName });
 * ```
 */
export async function startSentinels(
  options: SentinelSetupOptions = {},
): Promise<SentinelSetup> {
  const dir = await Deno.makeTempDir({ prefix: "desir-sentinel-" });
  const servers: RedisServer[] = [];
  const setup = new LocalSentinelSetup(dir, servers, options);
  try {
    // The default 5 s delay before a diskless sync would hold the replica back.
    servers.push(
      await startRedis({ args: ["--repl-diskless-sync-delay", "0"] }),
    );
    servers.push(
      await startRedis({
        args: ["--replicaof", HOSTNAME, String(servers[0].port)],
      }),
    );
    await setup.start();
    return setup;
  } catch (error) {
    await setup[Symbol.asyncDispose]();
    throw error;
  }
}

interface SentinelProcess {
  port: number;
  child: Deno.ChildProcess;
}

class LocalSentinelSetup implements SentinelSetup {
  readonly masterName = MASTER_NAME;
  sentinels: { hostname: "127.0.0.1"; port: number }[] = [];
  readonly #dir: string;
  readonly #servers: RedisServer[];
  readonly #options: SentinelSetupOptions;
  #processes: SentinelProcess[] = [];

  constructor(
    dir: string,
    servers: RedisServer[],
    options: SentinelSetupOptions,
  ) {
    this.#dir = dir;
    this.#servers = servers;
    this.#options = options;
  }

  get master(): RedisServer {
    return this.#servers[0];
  }

  get replica(): RedisServer {
    return this.#servers[1];
  }

  server(port: number): RedisServer {
    const server = this.#servers.find((s) => s.port === port);
    if (!server) throw new Error(`No data server listens on port ${port}`);
    return server;
  }

  async start(): Promise<void> {
    // Sentinels read a replica's INFO every 10 s: it must be in sync when they first do.
    await this.#until(
      async () => {
        await using r = new Redis({
          port: this.replica.port,
          reconnect: false,
        });
        const info = await r.sendCommand<string>(["INFO", "replication"]);
        return info.includes("master_link_status:up");
      },
      "The replica did not sync",
    );
    const count = this.#options.sentinels ?? 3;
    const ports = freePorts(count);
    // Each sentinel is told its own ID and the others' so they need not discover each
    // other through hello messages first (that takes seconds).
    const ids = ports.map((_, i) => String(i + 1).repeat(40));
    this.#processes = await Promise.all(
      ports.map(async (port, i) => {
        const file = `${this.#dir}/sentinel-${port}.conf`;
        await Deno.writeTextFile(file, this.#config(port, ids[i], ports, ids));
        const { command, args } = testServer.command("sentinel", [file]);
        const child = new Deno.Command(command, {
          args,
          stdin: "null",
          stdout: "null",
          stderr: "null",
        }).spawn();
        return { port, child };
      }),
    );
    this.sentinels = ports.map((port) => ({ hostname: HOSTNAME, port }));
    for (const port of ports) {
      await this.#until(
        () => this.#ready(port, count - 1),
        `The sentinel on port ${port} did not get ready`,
      );
    }
  }

  /** Polls `check` until it is true; throws with the sentinels' logs after 10 s. */
  async #until(check: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!await check().catch(() => false)) {
      if (Date.now() > deadline) {
        const logs = await Promise.all(
          this.sentinels.map(({ port }) =>
            Deno.readTextFile(`${this.#dir}/sentinel-${port}.log`)
              .catch(() => "")
          ),
        );
        throw new Error(
          `${what} within ${START_TIMEOUT_MS} ms.\n${logs.join("\n")}`,
        );
      }
      await delay(20);
    }
  }

  #config(port: number, id: string, ports: number[], ids: string[]): string {
    const password = this.#options.sentinelPassword;
    const quorum = Math.min(2, ports.length);
    const lines = [
      `port ${port}`,
      `bind ${HOSTNAME}`,
      `dir ${this.#dir}`,
      `logfile ${this.#dir}/sentinel-${port}.log`,
      `sentinel myid ${id}`,
      `sentinel resolve-hostnames no`,
      `sentinel monitor ${MASTER_NAME} ${HOSTNAME} ${this.master.port} ${quorum}`,
      `sentinel down-after-milliseconds ${MASTER_NAME} 1000`,
      `sentinel failover-timeout ${MASTER_NAME} 3000`,
      `sentinel known-replica ${MASTER_NAME} ${HOSTNAME} ${this.replica.port}`,
      ...ports.flatMap((p, i) =>
        p === port ? [] : [
          `sentinel known-sentinel ${MASTER_NAME} ${HOSTNAME} ${p} ${ids[i]}`,
        ]
      ),
    ];
    if (password !== undefined) {
      lines.push(
        `requirepass ${password}`,
        `sentinel sentinel-pass ${password}`,
      );
    }
    return lines.join("\n") + "\n";
  }

  /** True once this sentinel knows the master, a healthy replica and the other sentinels. */
  async #ready(port: number, others: number): Promise<boolean> {
    const [master, replicas, sentinels] = await this.#ask(port, [
      ["SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER_NAME],
      ["SENTINEL", "REPLICAS", MASTER_NAME],
      ["SENTINEL", "SENTINELS", MASTER_NAME],
    ]) as [unknown, Map<string, string>[], Map<string, string>[]];
    return master !== null &&
      replicas.some((r) =>
        r.get("flags") === "slave" && r.get("master-link-status") === "ok"
      ) &&
      sentinels.filter((s) => s.get("flags") === "sentinel").length === others;
  }

  /** Sends commands to a sentinel over a short-lived connection. */
  async #ask(port: number, commands: string[][]): Promise<unknown[]> {
    await using r = new Redis({
      port,
      password: this.#options.sentinelPassword,
      reconnect: false,
      connectTimeout: 1000,
    });
    return await Promise.all(commands.map((c) => r.sendCommand(c)));
  }

  async masterPort(): Promise<number> {
    let last: unknown;
    for (const { port } of this.sentinels) {
      try {
        const [reply] = await this.#ask(port, [
          ["SENTINEL", "GET-MASTER-ADDR-BY-NAME", MASTER_NAME],
        ]);
        return Number((reply as string[])[1]);
      } catch (error) {
        last = error;
      }
    }
    throw new Error("No sentinel answered", { cause: last });
  }

  async failover(via = 0): Promise<void> {
    await this.#ask(this.sentinels[via].port, [
      ["SENTINEL", "FAILOVER", MASTER_NAME],
    ]);
  }

  async waitForNewMaster(oldPort: number, timeout = 15_000): Promise<number> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const ports = await Promise.all(
        this.sentinels.map(({ port }) =>
          this.#ask(port, [[
            "SENTINEL",
            "GET-MASTER-ADDR-BY-NAME",
            MASTER_NAME,
          ]])
            .then(([reply]) => Number((reply as string[])[1]), () => 0)
        ),
      );
      const port = ports[0];
      if (port !== oldPort && ports.every((p) => p === port)) {
        await using r = new Redis({ port, reconnect: false });
        const [role] = await r.sendCommand<string[]>(["ROLE"]).catch(() => []);
        if (role === "master") return port;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `The sentinels did not move the master off port ${oldPort} within ${timeout} ms (they report ${ports})`,
        );
      }
      await delay(50);
    }
  }

  async killSentinels(): Promise<void> {
    const processes = this.#processes.splice(0);
    for (const { child } of processes) {
      try {
        child.kill("SIGKILL");
      } catch { /* already exited */ }
    }
    await Promise.all(processes.map(({ child }) => child.status));
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.killSentinels();
    for (const server of this.#servers) await server[Symbol.asyncDispose]();
    await Deno.remove(this.#dir, { recursive: true });
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
