/**
 * `RedisCluster`: the client of a Redis Cluster, with the same command methods as `Redis`.
 *
 * @module
 */
import type { Redis } from "../client.ts";
import type { CommandOptions, ConnectionOptions } from "../connection.ts";
import { type CommandHints, Commands } from "../commands.ts";
import type { RespValue } from "../resp/decode.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { bindScript, type BoundScript, runScript, Script } from "../script.ts";
import { help } from "../help.ts";
import {
  type PubSubMessage,
  type SubscribeOptions,
  Subscription,
  type SubscriptionKind,
} from "../pubsub.ts";
import { defaultTransport } from "../transport/default.ts";
import { parseRedisUrl } from "../_url.ts";
import { Counter } from "../sugar/counter.ts";
import { Connector, type ConnectorOptions } from "../sugar/connector.ts";
import type { ClusterShard } from "./topology.ts";
import { type ReadFrom, Router } from "./_router.ts";
import { ClusterSubscriber } from "./_pubsub.ts";
import { ClusterPipeline, type ClusterSender } from "./pipeline.ts";
import { ClusterTransaction } from "./transaction.ts";

export type { ReadFrom };

/** A node to learn the cluster from: a `redis://` / `rediss://` URL, or its address. */
export type ClusterSeed = string | { hostname: string; port: number };

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
    | "resolveAddress"
    | "role"
    | "readOnly"
    | "subscriber"
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
  /** MOVED and ASK redirects one command may follow before it fails. @default 16 */
  maxRedirections?: number;
  /**
   * How long a command keeps being retried, in ms, while the cluster cannot serve it yet
   * (`CLUSTERDOWN`, `TRYAGAIN`, `LOADING`, or its node is unreachable during a failover).
   * Only commands that did not run are retried.
   * @default 20000
   */
  retryTimeout?: number;
}

/**
 * Events a cluster client dispatches: `error` (a `CustomEvent` whose `detail` is the
 * error of a node's connection or of a topology refresh), and `refresh` (`detail`: the
 * shards, each time the topology is loaded).
 */
export type ClusterEventType = "error" | "refresh";

/** What `scanIterator()` looks for. */
export interface ScanIteratorOptions {
  /** A glob-style pattern keys must match (`MATCH`). */
  match?: string;
  /** How many keys each SCAN call looks at (`COUNT`, a hint). @default 100 */
  count?: number;
  /** Only keys of this type (`TYPE`): `string`, `hash`, `list`, `set`, `zset`, `stream`. */
  type?: string;
}

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
  extends Commands<"promise", S> {
  /** The options the cluster was made with. */
  readonly options: Readonly<RedisClusterOptions>;
  private readonly router: Router;
  private readonly subscribers: {
    text?: ClusterSubscriber;
    bytes?: ClusterSubscriber;
  } = {};
  private readonly events: EventTarget = new EventTarget();
  private readonly defaults: CommandOptions | undefined;

  /**
   * Creates a client; nothing connects until the first command.
   *
   * @throws {TypeError} When no node is given, or a URL cannot be parsed.
   */
  constructor(options: RedisClusterOptions) {
    super();
    if (!options?.nodes?.length) {
      throw new TypeError(
        'A cluster client needs one or more nodes to start from: new RedisCluster({ nodes: ["redis://host:port"] })',
      );
    }
    this.options = options;
    const seeds = options.nodes.map((seed) =>
      typeof seed === "string" ? parseRedisUrl(seed) : seed
    );
    const first: ConnectionOptions = seeds[0];
    const {
      nodes: _nodes,
      readFrom,
      maxRedirections,
      retryTimeout,
      ...node
    } = options;
    const shared: ConnectionOptions = { ...node };
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
    const merged = options && this.defaults
      ? { ...this.defaults, ...options }
      : options;
    return this.router.execute(args, merged ?? this.defaults) as Promise<T>;
  }

  /** Sends a command for a generated method, parsing its reply when `parse` is given. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Promise<T> {
    const options = hints ? { ...this.defaults, ...hints } : this.defaults;
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
    options: CommandOptions & { bytes?: B },
  ): B extends true ? RedisCluster<Uint8Array>
    : B extends false ? RedisCluster<string>
    : RedisCluster<S> {
    const view = Object.create(this);
    view.defaults = { ...this.defaults, ...options };
    return view;
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
  pipeline(): ClusterPipeline<S> {
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
  multi(): ClusterTransaction<S> {
    return new ClusterTransaction<S>(this.router, this.defaults);
  }

  /**
   * A Lua script handle that runs by EVALSHA on the node of its keys, and by EVAL there
   * when that node does not have it yet.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const incrBy = c.script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
   * console.log(await incrBy.run(["counter"], [5]));
   * ```
   */
  script(source: string): BoundScript {
    return bindScript(
      new Script(source),
      (script, keys, args) => this.evalScript(script, keys, args),
    );
  }

  /**
   * Runs a script by EVALSHA, and by EVAL when the node answers NOSCRIPT. Its keys must
   * be in one slot.
   *
   * @example
   * ```ts
   * import { RedisCluster, Script } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const get = new Script("return redis.call('GET', KEYS[1])");
   * console.log(await c.evalScript(get, ["k"]));
   * ```
   */
  evalScript<T = RespValue>(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): Promise<T> {
    return runScript(
      (command) => this.sendCommand<T>(command),
      script,
      keys,
      args,
    );
  }

  /**
   * Subscribes to channels, on one master (Redis forwards every PUBLISH to all nodes);
   * the subscription moves to another master if that one fails. Iterate the result with
   * `for await`, or pass a listener.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await using sub = await c.subscribe("news", (m) => console.log(m.message));
   * await c.publish("news", "hello");
   * ```
   */
  subscribe(
    channels: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("channel", channels, listener, options);
  }

  /**
   * Subscribes to glob-style patterns (`news.*`), on one master like `subscribe`.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await using sub = await c.psubscribe("news.*");
   * ```
   */
  psubscribe(
    patterns: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("pattern", patterns, listener, options);
  }

  /**
   * Subscribes to shard channels (SSUBSCRIBE), on the master serving each channel's
   * slot; when the slot moves (resharding, failover), the subscription follows it.
   * Publish with `spublish`.
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await using sub = await c.ssubscribe(["orders:{42}", "orders:{43}"]);
   * await c.spublish("orders:{42}", "created");
   * ```
   */
  ssubscribe(
    channels: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("shard", channels, listener, options);
  }

  /** Registers a subscription with the subscriber of this reply mode. */
  private async listen(
    kind: SubscriptionKind,
    names: string | readonly string[],
    listener: ((message: PubSubMessage<S>) => void) | undefined,
    options: SubscribeOptions | undefined,
  ): Promise<Subscription<S>> {
    const list = typeof names === "string" ? [names] : [...names];
    if (list.length === 0 || list.some((name) => typeof name !== "string")) {
      throw new TypeError(
        `Subscribing needs one or more ${kind} names as strings`,
      );
    }
    const bytes = this.defaults?.bytes ?? this.options.bytes ?? false;
    const subscriber = this.subscribers[bytes ? "bytes" : "text"] ??=
      new ClusterSubscriber(
        this.router,
        bytes,
        this.options.transport ?? defaultTransport(),
        (error) => this.dispatch("error", error),
      );
    const subscription = new Subscription<S>(
      subscriber.asSubscriber,
      kind,
      list,
      listener,
      options,
    );
    await subscriber.add(
      subscription as unknown as Subscription<string | Uint8Array>,
    );
    return subscription;
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
  async *scanIterator(
    options: ScanIteratorOptions = {},
  ): AsyncGenerator<S, void, undefined> {
    await this.router.load();
    const tail: RedisArgument[] = ["COUNT", options.count ?? 100];
    if (options.match !== undefined) tail.push("MATCH", options.match);
    if (options.type !== undefined) tail.push("TYPE", options.type);
    for (const node of this.router.clients("master")) {
      let cursor = "0";
      do {
        const [next, keys] = await node.sendCommand<[RespValue, S[]]>(
          ["SCAN", cursor, ...tail],
          this.defaults,
        );
        cursor = next instanceof Uint8Array
          ? new TextDecoder().decode(next)
          : String(next);
        yield* keys;
      } while (cursor !== "0");
    }
  }

  /**
   * A counter kept in the key `name` (see `Counter`).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * const ids = c.counter("ids");
   * console.log(await ids.next());
   * ```
   */
  counter(name: string, seed?: number): Counter {
    return new Counter(this, name, seed);
  }

  /**
   * A connector: a mailbox to `send` to and `receive` from, and RPC (see `Connector`).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * await c.connector("toto").send("tata", [1, 2, 3]);
   * const m = await c.connector("tata", { timeout: 5000 }).receive();
   * ```
   */
  connector<T = unknown>(
    name?: string,
    options?: ConnectorOptions,
  ): Connector<T> {
    return new Connector<T>(this, name, options);
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

  /**
   * The documentation of a command (see `help`).
   *
   * @example
   * ```ts
   * import { RedisCluster } from "@desir/desir";
   * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
   * console.log(await c.help("mget"));
   * ```
   */
  help(command: string | ((...args: never[]) => unknown)): Promise<string> {
    return help(command);
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
    return new RedisCluster<S>(this.options);
  }

  /**
   * Closes gracefully: waits for the replies of commands already sent, then closes every
   * connection. Commands issued afterwards reject with `ConnectionError` (`CLOSED`).
   */
  async close(): Promise<void> {
    await Promise.all([
      this.router.close(),
      this.subscribers.text?.close(),
      this.subscribers.bytes?.close(),
    ]);
  }

  /** Closes at once; commands in flight reject with `ConnectionLostError`. */
  destroy(): void {
    this.router.destroy();
    void this.subscribers.text?.close();
    void this.subscribers.bytes?.close();
  }

  /** `await using c = new RedisCluster(...)` closes the client at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
