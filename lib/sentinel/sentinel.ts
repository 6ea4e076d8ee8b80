/**
 * Redis Sentinel: the client asks the sentinels where the master (or a replica) is before
 * each connect, and moves its connections when they announce a failover.
 *
 * @module
 */
import { Connection, type ConnectionOptions } from "../connection.ts";
import type { LinkOptions } from "../_link_options.ts";
import { subscribedReplies } from "../_pubsub_replies.ts";
import { ConnectionError, RedisError } from "../errors.ts";
import { clientClosed } from "../_error_factories.ts";
import type { RespValue } from "../resp/decode.ts";
import type {
  HostPort,
  Socket,
  TlsOptions,
  Transport,
} from "../transport/types.ts";
import type { Credential } from "../credentials.ts";

/** Where a sentinel listens. */
export interface SentinelAddress {
  /** Host name or IP address. */
  hostname: string;
  /** TCP port. @default 26379 */
  port?: number;
}

/**
 * How to find the server through Redis Sentinel; fields of `RedisOptions`.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis({
 *   sentinels: [{ hostname: "10.0.0.1" }, { hostname: "10.0.0.2" }, { hostname: "10.0.0.3" }],
 *   masterName: "mymaster",
 * });
 * await r.set("k", "v"); // on whichever server is the master now
 * ```
 */
export interface SentinelOptions {
  /**
   * Sentinels to ask where the master is, instead of connecting to `hostname`/`port`.
   * They are asked in order; the one that answers is asked first next time.
   */
  sentinels?: SentinelAddress[];
  /** The name the sentinels know the master by (`sentinel monitor <name> …`); required with `sentinels`. */
  masterName?: string;
  /**
   * Connect to a healthy replica of the master (picked at random) instead of the master:
   * for reads, as a replica refuses writes.
   * @default false
   */
  replica?: boolean;
  /** ACL user of the sentinels (their own, not the servers'). */
  sentinelUsername?: Credential;
  /** Password of the sentinels (`requirepass` in sentinel.conf), not the servers'. */
  sentinelPassword?: Credential;
  /** TLS for the sentinels; `true` uses the system's trusted authorities. @default the `tls` option */
  sentinelTls?: TlsOptions | boolean;
  /** How long one sentinel may take to connect and answer, in ms, before the next one is asked. @default 2000 */
  sentinelTimeout?: number;
}

/** A socket the client opened to a server, so a failover can drop it. */
interface Tracked {
  address: string;
  socket: Socket;
  end(error?: Error): void;
}

const DEFAULT_PORT = 26379;

/**
 * Keeps a client's connections on the master (or a replica): they ask the sentinels where
 * to connect before each attempt, check the server's `ROLE`, and are dropped, so they
 * reconnect, when a sentinel announces `+switch-master` (or, from the sentinel leading a
 * failover, that a replica is being promoted). It listens to every sentinel.
 *
 * @example
 * ```ts
 * import { Sentinel } from "./sentinel.ts";
 * import { Connection } from "../connection.ts";
 * import { denoTransport } from "../transport/deno.ts";
 * const sentinel = new Sentinel({
 *   sentinels: [{ hostname: "127.0.0.1" }],
 *   masterName: "mymaster",
 * }, denoTransport);
 * const master = new Connection(sentinel.options, sentinel.options.transport);
 * console.log(await master.call(["ROLE"])); // ["master", …]
 * master.destroy();
 * sentinel.close();
 * ```
 */
export class Sentinel {
  /** Options for the client's connections: where to connect comes from the sentinels. */
  readonly options: LinkOptions & { transport: Transport };
  readonly #sentinels: HostPort[];
  readonly #name: string;
  readonly #replica: boolean;
  /** Options of the connections to the sentinels themselves. */
  readonly #link: ConnectionOptions;
  readonly #transport: Transport;
  readonly #links = new Map<string, Connection>();
  readonly #sockets = new Set<Tracked>();
  #lookup: Promise<HostPort> | undefined;
  /** One event listener per sentinel, so the one leading a failover is always heard. */
  readonly #listeners = new Map<HostPort, Connection>();
  /** Set while the listened sentinel reports the master down or being replaced. */
  #failover: { ended: Promise<void>; end(): void } | undefined;
  /** How long a connect attempt waits for a failover to end before asking anyway. */
  readonly #failoverWait: number;
  #closed = false;

  /**
   * @throws {TypeError} When `sentinels` is empty or `masterName` is missing.
   */
  constructor(
    options: ConnectionOptions & SentinelOptions,
    transport: Transport,
  ) {
    const { sentinels = [], masterName } = options;
    if (sentinels.length === 0 || !masterName) {
      throw new TypeError(
        'Sentinel needs at least one sentinel and the masterName they monitor, e.g. { sentinels: [{ hostname: "10.0.0.1" }], masterName: "mymaster" }',
      );
    }
    this.#sentinels = sentinels.map((s) => ({
      hostname: s.hostname,
      port: s.port ?? DEFAULT_PORT,
    }));
    this.#name = masterName;
    this.#replica = options.replica ?? false;
    this.#transport = transport;
    // Within the attempt's connectTimeout, leaving time to connect afterwards.
    this.#failoverWait = (options.connectTimeout ?? 10_000) / 2;
    const timeout = options.sentinelTimeout ?? 2000;
    this.#link = {
      username: options.sentinelUsername,
      password: options.sentinelPassword,
      tls: options.sentinelTls ?? options.tls,
      protocol: options.protocol,
      connectTimeout: timeout,
      commandTimeout: timeout,
      reconnect: false,
      transport,
    };
    this.options = {
      ...options,
      path: undefined,
      resolveAddress: () => this.#resolve(),
      role: this.#replica ? "slave" : "master",
      transport: this.#track(transport),
    };
  }

  /** Stops listening to the sentinels and closes the connections to them. */
  close(): void {
    this.#closed = true;
    this.#endFailover();
    for (const listener of this.#listeners.values()) listener.destroy();
    for (const link of this.#links.values()) link.destroy();
    this.#links.clear();
  }

  /** Where the client's next connection goes; concurrent callers share one lookup. */
  #resolve(): Promise<HostPort> {
    this.#lookup ??= this.#failoverEnded()
      .then(() => this.#replica ? this.#findReplica() : this.#findMaster())
      .then((address) => {
        this.#listen();
        return address;
      })
      .finally(() => this.#lookup = undefined);
    return this.#lookup;
  }

  /**
   * Waits, a bounded time, for a failover under way to end: until then the sentinels
   * still name the old master.
   */
  async #failoverEnded(): Promise<void> {
    if (!this.#failover) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.#failover.ended,
      new Promise((resolve) => timer = setTimeout(resolve, this.#failoverWait)),
    ]);
    clearTimeout(timer);
  }

  #expectFailover(): void {
    if (this.#failover) return;
    let end!: () => void;
    const ended = new Promise<void>((resolve) => end = resolve);
    this.#failover = { ended, end };
  }

  #endFailover(): void {
    this.#failover?.end();
    this.#failover = undefined;
  }

  #findMaster(): Promise<HostPort> {
    return this.#ask(
      "the master",
      ["SENTINEL", "GET-MASTER-ADDR-BY-NAME", this.#name],
      (reply) => {
        if (reply === null) return undefined;
        const [hostname, port] = reply as [string, string];
        return { hostname, port: Number(port) };
      },
    );
  }

  #findReplica(): Promise<HostPort> {
    return this.#ask(
      "a replica",
      ["SENTINEL", "REPLICAS", this.#name],
      (reply) => {
        const healthy = (reply as RespValue[]).map(entryFields).filter((r) =>
          !/s_down|o_down|disconnected/.test(r.get("flags") ?? "") &&
          r.get("master-link-status") === "ok"
        );
        if (healthy.length === 0) {
          throw new Error(`it knows no healthy replica of "${this.#name}"`);
        }
        const r = healthy[Math.floor(Math.random() * healthy.length)];
        return { hostname: r.get("ip")!, port: Number(r.get("port")) };
      },
    );
  }

  /**
   * Asks the sentinels in order until one answers; it moves to the front. `read` returns
   * `undefined` when that sentinel does not know the master's name.
   */
  async #ask(
    what: string,
    args: string[],
    read: (reply: RespValue) => HostPort | undefined,
  ): Promise<HostPort> {
    const failures: Error[] = [];
    let unknown = false;
    for (const sentinel of [...this.#sentinels]) {
      if (this.#closed) break;
      const at = `${sentinel.hostname}:${sentinel.port}`;
      try {
        const address = read(await this.#linkTo(sentinel).call(args));
        if (address) {
          this.#promote(sentinel);
          return address;
        }
        unknown = true;
        failures.push(new Error(`${at} does not monitor "${this.#name}"`));
      } catch (e) {
        const error = e as Error;
        if (
          error instanceof RedisError && /no such master/i.test(error.message)
        ) {
          unknown = true;
          failures.push(new Error(`${at} does not monitor "${this.#name}"`));
        } else {
          failures.push(new Error(`${at}: ${error.message}`, { cause: error }));
        }
      }
    }
    if (this.#closed) {
      throw clientClosed();
    }
    const tried = failures.map((f) => f.message).join("; ");
    throw unknown
      ? new ConnectionError(
        `Cannot find ${what} "${this.#name}": ${tried}. Check masterName against "sentinel monitor" in sentinel.conf`,
        { code: "MASTER_NOT_FOUND", cause: new AggregateError(failures) },
      )
      : new ConnectionError(
        `Cannot find ${what} "${this.#name}" as no sentinel answered: ${tried}`,
        { cause: new AggregateError(failures) },
      );
  }

  /** A connection to one sentinel for questions, opened when first needed. */
  #linkTo(sentinel: HostPort): Connection {
    const key = `${sentinel.hostname}:${sentinel.port}`;
    let link = this.#links.get(key);
    if (!link) {
      link = new Connection({ ...this.#link, ...sentinel }, this.#transport);
      this.#links.set(key, link);
    }
    return link;
  }

  #promote(sentinel: HostPort): void {
    const i = this.#sentinels.indexOf(sentinel);
    if (i > 0) this.#sentinels.unshift(...this.#sentinels.splice(i, 1));
  }

  /**
   * Listens to the events of every sentinel: only the one leading a failover says when
   * the old master stops being safe to write to (`+failover-state-send-slaveof-noone`).
   */
  #listen(): void {
    if (this.#closed) return;
    for (const sentinel of this.#sentinels) {
      let listener = this.#listeners.get(sentinel);
      if (!listener) {
        const heard = listener = new Connection(
          {
            ...this.#link,
            ...sentinel,
            commandTimeout: undefined,
            reconnect: {},
          },
          this.#transport,
          {
            ready: () => this.#onListening(heard),
            push: (frame) => this.#onEvent(sentinel, frame),
            reply: subscribedReplies((frame) => this.#onEvent(sentinel, frame)),
            // What it reported may have changed unseen: stop waiting on it.
            error: () => this.#endFailover(),
          },
        );
        this.#listeners.set(sentinel, listener);
      }
      listener.connect(); // does nothing unless it is idle (new, or given up)
    }
  }

  #onListening(listener: Connection): void {
    listener.post(["PSUBSCRIBE", "*"]);
    // A failover announced while nobody listened: compare with where the master is now.
    this.#findMaster().then((master) => this.#follow(master), () => {});
  }

  /**
   * A sentinel event: `+switch-master <name> <old ip> <old port> <new ip> <new port>`,
   * `<event> master <name> <ip> <port> ...`, or
   * `<event> slave <ip:port> <ip> <port> @ <name> <master ip> <master port>`.
   */
  #onEvent(sentinel: HostPort, frame: RespValue[]): void {
    if (frame[0] !== "pmessage") return;
    const event = String(frame[2]);
    const words = String(frame[3]).split(" ");
    if (event === "+switch-master") {
      const [name, , , hostname, port] = words;
      if (name !== this.#name) return;
      this.#endFailover();
      // This sentinel knows the new master: ask it first, before the others catch up.
      this.#promote(sentinel);
      return this.#follow({ hostname, port: Number(port) });
    }
    const master = words[0] === "master";
    if (master ? words[1] !== this.#name : words[5] !== this.#name) return;
    if (event === "+failover-state-send-slaveof-noone") {
      // A replica is being promoted: what the old master accepts from now on is lost.
      this.#expectFailover();
      if (!this.#replica) {
        this.#drop(
          (address) => address === `${words[6]}:${words[7]}`,
          `a replica of "${this.#name}" is being promoted`,
        );
      }
    } else if (master && /^\+(sdown|odown|try-failover)$/.test(event)) {
      this.#expectFailover();
    } else if (
      master && /^(-sdown|-odown|\+failover-end|-failover-abort)/.test(event)
    ) {
      this.#endFailover();
    }
  }

  /** Drops the sockets that are not where they belong now that `master` is the master. */
  #follow(master: HostPort): void {
    const at = `${master.hostname}:${master.port}`;
    this.#drop(
      (address) => (address === at) === this.#replica,
      this.#replica
        ? `it became the master of "${this.#name}"`
        : `the sentinels moved the master of "${this.#name}" to ${at}`,
    );
  }

  /** Closes sockets as if the server had: their connections reconnect where they should. */
  #drop(where: (address: string) => boolean, why: string): void {
    for (const tracked of this.#sockets) {
      if (!where(tracked.address)) continue;
      this.#sockets.delete(tracked);
      tracked.socket.close();
      tracked.end(
        new ConnectionError(`Left ${tracked.address} as ${why}`, {
          code: "FAILOVER",
        }),
      );
    }
  }

  /** Wraps the client's transport to know every socket it opens, and where to. */
  #track(transport: Transport): Transport {
    return async (options, handlers) => {
      let tracked: Tracked | undefined;
      let ended = false;
      const socket = await transport(options, {
        data: (chunk) => handlers.data(chunk),
        quiet: () => handlers.quiet?.() ?? true,
        end: (error) => {
          ended = true;
          if (tracked) this.#sockets.delete(tracked);
          handlers.end(error);
        },
      });
      if (ended) return socket;
      const t: Tracked = tracked = {
        address: `${options.hostname}:${options.port}`,
        socket,
        end: (error) => handlers.end(error),
      };
      this.#sockets.add(t);
      return {
        write: (bytes) => socket.write(bytes),
        close: () => {
          this.#sockets.delete(t);
          socket.close();
        },
      };
    };
  }
}

/** A sentinel's description of a server: a RESP3 map, or RESP2 name/value pairs. */
function entryFields(entry: RespValue): Map<string, string> {
  if (entry instanceof Map) {
    return new Map([...entry].map(([k, v]) => [String(k), String(v)]));
  }
  const list = entry as RespValue[];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < list.length; i += 2) {
    map.set(String(list[i]), String(list[i + 1]));
  }
  return map;
}
