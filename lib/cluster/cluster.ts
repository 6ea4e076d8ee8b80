/**
 * `RedisCluster`: the client of a Redis Cluster, with the same command methods as `Redis`.
 *
 * @module
 */
import type { Redis } from "../client.ts";
import type { CommandOptions, ConnectionOptions } from "../connection.ts";
import type { CommandHints } from "../commands.ts";
import {
  type BytesOption,
  ClientBase,
  type ScanIteratorOptions,
} from "../client_base.ts";
import type { RespValue } from "../resp/decode.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { defaultTransport } from "../transport/default.ts";
import type { HostPort } from "../transport/types.ts";
import { parseRedisUrl } from "../_url.ts";
import { checkOptions, SHARED_OPTIONS } from "../_options.ts";
import { checkDelays } from "../_delay.ts";
import { printAs, redact } from "../_redact.ts";
import { ownedCommandError } from "../_raw_command_guard.ts";
import type { ClusterShard } from "./topology.ts";
import { type ReadFrom, Router } from "./_router.ts";
import { ClusterSubscriber } from "./_pubsub.ts";
import { ClusterPipeline, type ClusterSender } from "./pipeline.ts";
import { ClusterTransaction } from "./transaction.ts";
import type { Pipeline, Transaction } from "../command_queue.ts";
import { KeyPrefix } from "../key_prefix.ts";
import { reauthenticate, schedule } from "../credentials.ts";
import type { TracingHooks } from "../tracing.ts";
import { VIEW_OPTIONS, type ViewOptions } from "../client.ts";
import { cacheFor, type CacheOptions } from "../cache/client_cache.ts";
import { CacheGroup } from "../cache/cache_group.ts";

export type { ReadFrom };

/** Every option of `new RedisCluster(...)`, checked at run time for plain-JS callers. */
const CLUSTER_OPTIONS = {
  nodes: true,
  readFrom: true,
  maxRedirections: true,
  retryTimeout: true,
  cache: true,
  keyPrefix: true,
  tracing: true,
  reauthenticateEvery: true,
  idleTimeout: true,
  ...SHARED_OPTIONS,
} satisfies Record<keyof RedisClusterOptions, true>;

/** A node to learn the cluster from: a `redis://` / `rediss://` URL, or its address. */
export type ClusterSeed = string | HostPort;

/**
 * Options of `new RedisCluster(...)`. Besides its own, it takes the connection options of
 * `Redis` (credentials, TLS, timeouts, reconnects, RESP version, bytes, …), used for
 * every node.
 */
export interface RedisClusterOptions extends
  Omit<
    ConnectionOptions,
    | "hostname"
    | "port"
    | "path"
    | "db"
  > {
  /**
   * Some nodes of the cluster (one is enough): the client asks them for the others. The
   * user, password and TLS of the first URL apply to every node unless given as options.
   */
  nodes: readonly ClusterSeed[];
  /**
   * Where read-only commands go: the masters; the replicas (`READONLY` is sent to them),
   * failing with `ClusterError` `NO_REPLICA` when a shard has none; or the replicas when
   * there are some, else the master. Replicas may lag behind their master.
   * @default "master"
   */
  readFrom?: ReadFrom;
  /**
   * Prepended to every key of every command (and to key patterns); the slot is the
   * prefixed key's. See the README's "Key prefix" section.
   */
  keyPrefix?: string;
  /**
   * Functions called around each command (on the node that runs it, so
   * `server.port` names that node) and on each node connection's events.
   */
  tracing?: TracingHooks;
  /** Closes each node's connection after this many ms without traffic. */
  idleTimeout?: number;
  /**
   * Calls `reauthenticate()` every this many ms; a failure is reported as an `error`
   * event. `close()` stops it.
   */
  reauthenticateEvery?: number;
  /** MOVED and ASK redirects one command may follow before it fails. @default 16 */
  maxRedirections?: number;
  /**
   * How long a command keeps being retried, in ms, while the cluster cannot serve it yet
   * (`CLUSTERDOWN`, `TRYAGAIN`, `LOADING`, or its node is unreachable during a failover).
   * Only commands that did not run are retried.
   * @default 20000
   */
  retryTimeout?: number;
  /**
   * Keep replies of reads in memory, per node (the bounds apply to each node), each
   * node's entries invalidated over its own connection; a MOVED from a node empties it.
   * @default off
   */
  cache?: CacheOptions;
}

/**
 * Events a cluster client dispatches: `error` (a `CustomEvent` whose `detail` is the
 * error of a node's connection or of a topology refresh), and `refresh` (`detail`: the
 * shards, each time the topology is loaded).
 */
export type ClusterEventType = "error" | "refresh";

/**
 * A Redis Cluster client. It learns which master serves which of the 16384 hash slots
 * (`CLUSTER SHARDS`), and sends each command to the node serving its keys, over one
 * auto-pipelining connection per node. It follows `MOVED` and `ASK` redirects, waits out
 * resharding (`TRYAGAIN`) and failovers (`CLUSTERDOWN`, unreachable nodes) while
 * refreshing the topology, and splits commands over several slots (MGET, DEL, MSET, …)
 * or over every master (DBSIZE, KEYS, FLUSHALL, …) as the server's command tips say.
 *
 * Delivery stays at most once: a command already sent when its node's connection drops
 * rejects with `ConnectionLostError` and is never resent; only commands the cluster
 * refused, or that never left the client, are retried.
 *
 * @example
 * ```ts
 * import { RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * await c.set("user:{42}:name", "ada");
 * await c.set("user:{42}:email", "ada@example.com");
 * console.log(await c.mget("user:{42}:name", "user:{42}:email"));
 * console.log(await c.dbsize()); // keys on every master
 * ```
 */
export class RedisCluster<S extends string | Uint8Array = string>
  extends ClientBase<S> {
  /** The options the cluster was made with. */
  readonly options: Readonly<RedisClusterOptions>;
  private readonly router: Router;
  private readonly subscribers: {
    text?: ClusterSubscriber;
    bytes?: ClusterSubscriber;
  } = {};
  private readonly events: EventTarget = new EventTarget();
  private readonly defaults: CommandOptions | undefined;
  private readonly prefix: KeyPrefix | undefined;
  private readonly reauthenticating: ReturnType<typeof setInterval> | undefined;
  /** The nodes' caches seen as one, when the `cache` option was given. */
  readonly cache: CacheGroup | undefined;

  /**
   * Creates a client; nothing connects until the first command.
   *
   * @throws {TypeError} When no node is given, a URL cannot be parsed, or an option is
   * unknown.
   * @throws {RangeError} When a delay option is longer than a timer can wait.
   */
  constructor(options: RedisClusterOptions & BytesOption<S>) {
    super();
    checkOptions("new RedisCluster", options, CLUSTER_OPTIONS);
    if (!options?.nodes?.length) {
      throw new TypeError(
        'A cluster client needs one or more nodes to start from: new RedisCluster({ nodes: ["redis://host:port"] })',
      );
    }
    const own = this.options = { ...options };
    printAs(own, "", () => redact(own));
    printAs(this, "RedisCluster", () => ({ options: redact(own) }));
    const seeds = options.nodes.map((seed) =>
      typeof seed === "string" ? parseRedisUrl(seed) : seed
    );
    const first: ConnectionOptions = seeds[0];
    const {
      nodes: _nodes,
      readFrom,
      maxRedirections,
      retryTimeout,
      keyPrefix,
      reauthenticateEvery,
      ...node
    } = options;
    this.prefix = KeyPrefix.of(undefined, keyPrefix);
    const shared: ConnectionOptions & { cache?: CacheOptions } = { ...node };
    shared.tls ??= first.tls;
    shared.username ??= first.username;
    shared.password ??= first.password;
    this.router = new Router({
      seeds: seeds.map((s) => ({
        hostname: s.hostname ?? "127.0.0.1",
        port: s.port ?? 6379,
      })),
      node: shared,
      readFrom: readFrom ?? "master",
      maxRedirections: maxRedirections ?? 16,
      retryTimeout: retryTimeout ?? 20_000,
    }, {
      error: (error) => this.dispatch("error", error),
      refresh: (shards) => {
        this.subscribers.text?.rebalance();
        this.subscribers.bytes?.rebalance();
        this.dispatch("refresh", shards);
      },
    });
    this.defaults = undefined;
    this.reauthenticating = schedule(
      reauthenticateEvery,
      () => this.reauthenticate(),
      (e) => this.dispatch("error", e),
    );
    this.cache = options.cache
      ? new CacheGroup(() => this.router.clients("all").map((r) => r.cache))
      : undefined;
    // The nodes' clients are made later: refuse wrong options now.
    cacheFor(options);
    checkDelays(options);
  }

  /** Tells the listeners of `type`. */
  private dispatch(type: ClusterEventType, detail: unknown): void {
    this.events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /**
   * Sends any command to the node its keys (or its policy) say, and returns its reply.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await c.sendCommand(["SET", "k", "v"]);
   * console.log(await c.sendCommand(["GET", "k"])); // "v"
   * ```
   * @throws {RedisError} The server answered with an error.
   * @throws {ClusterError} `CROSSSLOT`, `TOO_MANY_REDIRECTIONS`, `NO_REPLICA`.
   * @throws {ConnectionLostError} The connection dropped while the command was in flight.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T> {
    const refused = ownedCommandError(args);
    if (refused) return Promise.reject(refused);
    const merged = options && this.defaults
      ? { ...this.defaults, ...options }
      : options;
    return this.send<T>(args, undefined, merged ?? this.defaults);
  }

  /** Sends a command for a generated method, parsing its reply when `parse` is given. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Promise<T> {
    const options = hints ? { ...this.defaults, ...hints } : this.defaults;
    return this.send<T>(args, parse, options);
  }

  /** Applies the key prefix, when set, then routes the command. */
  private send<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    if (this.prefix) {
      try {
        ({ args, parse } = this.prefix.call(args, parse));
      } catch (e) {
        return Promise.reject(e); // a command the table does not know
      }
    }
    const reply = this.router.execute(args, options);
    return (parse ? reply.then(parse) : reply) as Promise<T>;
  }

  /**
   * A view of this client whose calls use these options (same connections).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const image = await c.with({ bytes: true }).get("image:{1}");
   * ```
   */
  with<B extends boolean | undefined = undefined>(
    options: ViewOptions & { bytes?: B },
  ): B extends true ? RedisCluster<Uint8Array>
    : B extends false ? RedisCluster<string>
    : RedisCluster<S> {
    checkOptions("RedisCluster.with", options, VIEW_OPTIONS);
    const view = Object.create(this);
    const { keyPrefix, ...defaults } = options;
    view.defaults = { ...this.defaults, ...defaults };
    view.prefix = KeyPrefix.of(this.prefix, keyPrefix);
    return view;
  }

  /**
   * Sends AUTH with fresh credentials (providers called) on every open connection to
   * every node, as `Redis.reauthenticate()` does, including the cluster's pub/sub
   * connections.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * let token = "t1";
   * await using c = new RedisCluster({
   *   nodes: ["redis://127.0.0.1:7000"],
   *   password: () => token,
   * });
   * token = "t2";
   * await c.reauthenticate();
   * ```
   * @throws {RedisError} A server refused the new credentials.
   */
  async reauthenticate(): Promise<void> {
    const subscribers = [this.subscribers.text, this.subscribers.bytes]
      .flatMap((s) => s?.connections ?? [])
      .map((connection) => ({ connection, subscriber: true }));
    await Promise.all([
      ...this.router.clients("all").map((node) => node.reauthenticate()),
      reauthenticate(subscribers, this.router.options.node),
    ]);
  }

  /**
   * A pipeline: queue commands, then `exec()` sends each to its node, all at once, and
   * returns the results in order (an `Error` in the slot of a command that failed).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const [a, b] = await c.pipeline().incr("a").incr("b").exec(); // two slots, one call
   * ```
   */
  pipeline(): Pipeline<S> {
    const sender: ClusterSender = {
      send: (args, parse, hints) => this.command(args, parse, hints),
      evalScript: (script, keys, args) => this.evalScript(script, keys, args),
    };
    return new ClusterPipeline<S>(sender);
  }

  /**
   * A MULTI/EXEC transaction; its keys must all be in one slot (a common hash tag).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const results = await c.multi()
   *   .incr("order:{7}:count")
   *   .rpush("order:{7}:log", "created")
   *   .exec();
   * ```
   */
  multi(): Transaction<S> {
    return new ClusterTransaction<S>(this.router, this.defaults, this.prefix);
  }

  /**
   * Every key of the cluster (matching the options), walking each master with SCAN in
   * turn. As with SCAN, a key present for the whole walk is yielded; one added, removed
   * or moved to another node meanwhile may be missed or yielded twice.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * for await (const key of c.scanIterator({ match: "user:*", count: 500 })) {
   *   console.log(key);
   * }
   * ```
   */
  override async *scanIterator(
    options: ScanIteratorOptions = {},
  ): AsyncGenerator<S, void, undefined> {
    await this.router.load();
    for (const node of this.router.slotMasters()) {
      // The node's client walks it; a view adds this client's options and prefix.
      const view = this.defaults || this.prefix
        ? node.with({ ...this.defaults, keyPrefix: this.prefix?.text })
        : node;
      yield* (view as unknown as Redis<S>).scanIterator(options);
    }
  }

  /** The cluster subscriber of this view's reply mode, made on first use. */
  protected subscriptionHost(): ClusterSubscriber {
    const bytes = this.defaults?.bytes ?? this.options.bytes ?? false;
    return this.subscribers[bytes ? "bytes" : "text"] ??= new ClusterSubscriber(
      this.router,
      bytes,
      this.options.transport ?? defaultTransport(),
      (error) => this.dispatch("error", error),
    );
  }

  /**
   * Learns the topology now (normally the first command does).
   *
   * @throws {ConnectionError} No node could be reached, or a node is not in cluster mode.
   */
  connect(): Promise<void> {
    return this.router.load();
  }

  /**
   * Loads the topology again (the client also does on redirects and errors, at most
   * every 100 ms). Failures are reported as `error` events.
   */
  refresh(): Promise<void> {
    return this.router.refresh();
  }

  /** The shards as last loaded: slot ranges, master and replicas of each. */
  get topology(): readonly ClusterShard[] {
    return this.router.shards;
  }

  /**
   * The clients of the cluster's nodes (masters, replicas, or all), to run a command on
   * a node of your choice (`INFO`, `SCAN` of one node, …). They belong to the cluster
   * client: do not close them.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await c.connect();
   * for (const node of c.nodes("master")) console.log(await node.info("memory"));
   * ```
   */
  nodes(role: "master" | "replica" | "all" = "all"): Redis<S>[] {
    return this.router.clients(role) as unknown as Redis<S>[];
  }

  /** Listens to `error` or `refresh`. */
  addEventListener(
    type: ClusterEventType,
    listener: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions | boolean,
  ): void {
    this.events.addEventListener(type, listener, options);
  }

  /** Stops listening. */
  removeEventListener(
    type: ClusterEventType,
    listener: EventListenerOrEventListenerObject,
    options?: EventListenerOptions | boolean,
  ): void {
    this.events.removeEventListener(type, listener, options);
  }

  /** A new client with the same options and its own connections. */
  duplicate(): RedisCluster<S> {
    return new RedisCluster<S>(
      this.options as RedisClusterOptions & BytesOption<S>,
    );
  }

  /**
   * Closes gracefully: waits for the replies of commands already sent, then closes every
   * connection. Commands issued afterwards reject with `ConnectionError` (`CLOSED`).
   */
  async close(): Promise<void> {
    clearInterval(this.reauthenticating);
    await Promise.all([
      this.router.close(),
      this.subscribers.text?.close(),
      this.subscribers.bytes?.close(),
    ]);
  }

  /** Closes at once; commands in flight reject with `ConnectionLostError`. */
  destroy(): void {
    clearInterval(this.reauthenticating);
    this.router.destroy();
    void this.subscribers.text?.close();
    void this.subscribers.bytes?.close();
  }
}
