/**
 * Connector: Erlang-like message passing between processes through Redis lists, and RPC
 * workers and proxies on top of it.
 *
 * The Redis keys it uses are listed in the class's doc.
 *
 * Values travel through the codec (`serialize`), so anything `structuredClone` accepts
 * can be sent.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import { deserialize, serialize } from "../codec/codec.ts";
import { mailboxKey } from "./_keys.ts";
import { integer } from "./_replies.ts";
import { blockingOptions, checkWait } from "./_wait.ts";
import { checkOptions } from "../_options.ts";
import {
  call as remoteCall,
  type CallOptions,
  type Handler,
  type Proxied,
  proxy,
  serve,
  type WorkerOptions,
} from "./rpc.ts";

/** Every option of `call()` and `proxy()`, checked at run time for plain-JS callers. */
const CALL_OPTIONS = {
  timeout: true,
  signal: true,
} satisfies Record<keyof CallOptions, true>;

/** Settings of a connector. */
export interface ConnectorOptions {
  /**
   * In ms: how long `receive()` waits for a message by default, and how long iterating
   * the connector waits before it ends. 0 waits forever.
   * @default 0
   */
  timeout?: number;
}

/** How one `receive()` waits. */
export interface ReceiveOptions {
  /** In ms: resolve with `null` when no message came by then; 0 waits forever. @default the connector's `timeout` */
  timeout?: number;
  /** Rejects with `AbortError` when it aborts. */
  signal?: AbortSignal;
}

/** A message taken from a mailbox. */
export interface Message<T = unknown> {
  /** The name of the connector that sent it. */
  from: string;
  /** When it was sent, in ms since the epoch (the sender's clock). */
  time: number;
  /** The value sent, as `structuredClone` would copy it. */
  value: T;
}

/**
 * A mailbox named `name` that any process can `send` to and that `receive` takes from,
 * like Erlang's send/receive. Messages come out in the order they were sent, and each is
 * received exactly once, even with many receivers in many processes (`BLPOP` pops it
 * atomically). Receiving blocks on a connection of its own (from the client's pool), so
 * the client's other commands go on meanwhile.
 *
 * A connector is also the way to RPC: a worker `register`s functions and serves them with
 * `worker()`; any connector `call`s them, or makes a typed `proxy`.
 *
 * Aborting a `receive()` closes its connection; a message that the server popped at that
 * very instant is lost. Timeouts are kept by the server and lose nothing.
 *
 * Keys (each after the client's `keyPrefix`; `<name>` is a connector's or worker's name):
 * - `desir:connector:<name>`: the mailbox, a list of messages; `send` pushes to the
 *   receiver's tail (`RPUSH`), `receive` pops this one's head (`BLPOP`).
 * - For `worker()`, all in the hash tag `{<name>}` so they share one cluster slot:
 *   `desir:rpc:{<name>}:calls`, the list of calls waiting; `desir:rpc:{<name>}:workers`,
 *   the set of the ids of its workers; per worker id, `desir:rpc:{<name>}:lease:<id>`,
 *   a string that expires unless renewed, and `desir:rpc:{<name>}:taken:<id>`, the list
 *   of the calls it runs.
 * - For `call()` and `proxy()`: a call is pushed to the worker's `…:calls` list, and its
 *   answer comes in `desir:rpc:reply:<call id>` (a random UUID), a list of one that
 *   expires a minute after the call's deadline.
 *
 * @example Message passing
 * ```ts
 * import { Connector, Redis } from "@desir/desir";
 * await using r = new Redis();
 * const toto = new Connector(r, "toto", { timeout: 5000 });
 * const tata = new Connector(r, "tata", { timeout: 5000 });
 * await toto.send("tata", [1, 2, 3, { a: 2, b: 3 }]);
 * for await (const m of tata) {
 *   console.log(m.from, m.time, m.value); // "toto" 1700000000000 [1, 2, 3, { a: 2, b: 3 }]
 * } // ends after 5 s without a message
 * ```
 *
 * @example RPC
 * ```ts
 * import { Connector, Redis } from "@desir/desir";
 * await using r = new Redis();
 * const w = new Connector(r, "testworker");
 * w.register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0));
 * const stop = new AbortController();
 * const serving = w.worker({ signal: stop.signal, concurrency: 4 });
 *
 * const math = new Connector(r).proxy<{ add(...n: number[]): number }>("testworker");
 * console.log(await math.add(10, 20, 30, 40, 50)); // 150
 * stop.abort();
 * await serving;
 * ```
 */
export class Connector<T = unknown> implements AsyncIterable<Message<T>> {
  /** The connector's name: others `send` to it by this name. */
  readonly name: string;
  /** The Redis key of its mailbox: `desir:connector:<name>`. */
  readonly key: string;
  /** In ms: the default wait of `receive()` and of iteration; 0 = forever. */
  readonly timeout: number;
  readonly #redis: CommandSender;
  readonly #functions = new Map<string, Handler>();

  /**
   * Makes a connector. Without a name it gets a random one, which suits a caller of
   * workers.
   *
   * @param redis The client to use (any object with `sendCommand`).
   * @param name The mailbox's name. @default a random UUID
   * @param options The default wait.
   * @throws {TypeError} When `name` is empty or `options` is not an options object.
   * @throws {RangeError} When `timeout` is negative or not a number.
   */
  constructor(
    redis: CommandSender,
    name: string = crypto.randomUUID(),
    options: ConnectorOptions = {},
  ) {
    this.name = checkName(name);
    checkOptions("new Connector(redis, name, options)", options, {
      timeout: true,
    });
    this.key = mailboxKey(name);
    this.timeout = checkWait(options?.timeout ?? 0, "The connector's timeout");
    this.#redis = redis;
  }

  /**
   * Sends `value` to the connector `to` (a name or a connector); it waits in `to`'s
   * mailbox until received.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * await new Connector(r, "toto").send("tata", { hello: new Date() });
   * ```
   * @throws {DOMException} `DataCloneError` when `structuredClone` would refuse `value`.
   */
  async send(to: string | Connector<unknown>, value: unknown): Promise<void> {
    const target = typeof to === "string" ? mailboxKey(checkName(to)) : to.key;
    const message = serialize(
      { from: this.name, time: Date.now(), value } satisfies Message,
    );
    await this.#redis.sendCommand(["RPUSH", target, message]);
  }

  /**
   * Takes the oldest message of the mailbox, waiting for one up to `timeout` ms; `null`
   * when none came.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const tata = new Connector<number[]>(r, "tata");
   * const m = await tata.receive({ timeout: 1000 });
   * if (m) console.log(`${m.from} sent`, m.value);
   * ```
   * @throws {AbortError} When `signal` aborts.
   * @throws {TypeError} When the mailbox held something that is not a desir message.
   */
  async receive(options: ReceiveOptions = {}): Promise<Message<T> | null> {
    const wait = checkWait(options.timeout ?? this.timeout, "The timeout");
    const reply = await this.#redis.sendCommand<
      [Uint8Array, Uint8Array] | null
    >(
      ["BLPOP", this.key, wait / 1000],
      blockingOptions(wait, options.signal),
    );
    return reply && this.#read(reply[1]);
  }

  /**
   * Messages as they come, until none came for `timeout` ms (the connector's by default;
   * 0: never ends). `for await (const m of connector)` is the same with the defaults.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const inbox = new Connector(r, "inbox");
   * const stop = new AbortController();
   * for await (const m of inbox.messages({ timeout: 0, signal: stop.signal })) {
   *   if (m.value === "quit") break;
   * }
   * ```
   * @throws {AbortError} When `signal` aborts.
   */
  async *messages(
    options: ReceiveOptions = {},
  ): AsyncGenerator<Message<T>, void, undefined> {
    for (;;) {
      const message = await this.receive(options);
      if (message === null) return;
      yield message;
    }
  }

  /** Same as `messages()`: ends after the connector's `timeout` without a message. */
  [Symbol.asyncIterator](): AsyncGenerator<Message<T>, void, undefined> {
    return this.messages();
  }

  /**
   * How many messages wait in the mailbox.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new Connector(r, "tata").size());
   * ```
   */
  async size(): Promise<number> {
    return integer(await this.#redis.sendCommand(["LLEN", this.key]));
  }

  /**
   * Deletes every waiting message.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * await new Connector(r, "tata").clear();
   * ```
   */
  async clear(): Promise<void> {
    await this.#redis.sendCommand(["DEL", this.key]);
  }

  /**
   * Registers a function (sync or async) that `worker()` serves under `name`. Its
   * arguments and result travel through the codec.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * new Connector(r, "testworker")
   *   .register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0))
   *   .register("now", async () => new Date());
   * ```
   * @returns This connector, to chain registrations.
   * @throws {TypeError} When `name` is empty or `fn` is not a function.
   */
  register<A extends unknown[]>(
    name: string,
    fn: (...args: A) => unknown,
  ): this {
    if (typeof name !== "string" || name === "") {
      throw new TypeError("A registered function needs a name");
    }
    if (typeof fn !== "function") {
      throw new TypeError(`register("${name}", fn) needs a function`);
    }
    this.#functions.set(name, fn as unknown as Handler);
    return this;
  }

  /**
   * Serves the registered functions to callers of this connector's name, up to
   * `concurrency` calls at once, until `signal` aborts; then resolves once the calls in
   * progress are answered. Start as many workers, in as many processes, as you like.
   *
   * Delivery is at least once: a call taken by a worker that dies before answering is
   * handed to another worker once the dead worker's lease (`visibilityTimeout`) runs
   * out. A function may thus run twice for one call when its worker died, stalled past
   * `visibilityTimeout`, or lost its connection after running it and before its answer
   * was recorded; make functions idempotent where that matters.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const w = new Connector(r, "testworker").register("ping", () => "pong");
   * await w.worker({ signal: AbortSignal.timeout(60_000), concurrency: 4 });
   * ```
   * @throws {RangeError} When `concurrency` or `visibilityTimeout` is not usable.
   */
  worker(options?: WorkerOptions): Promise<void> {
    return serve(this.#redis, this.name, this.#functions, options);
  }

  /**
   * Calls a function on the worker named `worker` and returns its result: the call is an
   * array, the function's name then its arguments, as `sendCommand` takes a command.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const sum = await new Connector(r).call("testworker", ["add", 1, 2], { timeout: 5000 });
   * ```
   * @param worker The name of the worker (the connector it serves as).
   * @param call `[fn, ...args]`: the function's name, then its arguments.
   * @param options How long to wait (`timeout`), and a `signal` to give up.
   * @throws {TypeError} When `call` is not an array starting with a function's name, or
   * `options` is not an options object.
   * @throws {ConnectorError} `REMOTE_ERROR` when the function threw on the worker,
   * `UNKNOWN_FUNCTION` when the worker has no such function.
   * @throws {TimeoutError} When no worker answered within `timeout`.
   * @throws {AbortError} When `signal` aborts.
   * @throws {DOMException} `DataCloneError` when an argument cannot be cloned.
   */
  async call(
    worker: string,
    call: readonly [fn: string, ...args: unknown[]],
    options?: CallOptions,
  ): Promise<unknown> {
    const where = "Connector.call(worker, [fn, ...args], options)";
    if (!Array.isArray(call)) {
      // The old form, call(worker, fn, args, options), lands here from plain JS.
      throw new TypeError(
        `${where}: the call must be an array, the function's name then its arguments, not ${typeof call}`,
      );
    }
    checkOptions(where, options, CALL_OPTIONS);
    const [fn, ...args] = call;
    return await remoteCall(
      this.#redis,
      this.name,
      checkName(worker),
      fn,
      args,
      options,
    );
  }

  /**
   * A typed proxy of the worker `worker`: `proxy.add(1, 2)` is `call(worker, ["add", 1, 2])`.
   * `options` apply to every call.
   *
   * @example
   * ```ts
   * import { Connector, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const math = new Connector(r).proxy<{ add(...n: number[]): number }>("testworker");
   * console.log(await math.add(10, 20, 30, 40, 50)); // 150
   * ```
   */
  proxy<P extends object>(worker: string, options?: CallOptions): Proxied<P> {
    checkName(worker);
    checkOptions("Connector.proxy(worker, options)", options, CALL_OPTIONS);
    return proxy<P>((fn, args) => this.call(worker, [fn, ...args], options));
  }

  #read(raw: Uint8Array): Message<T> {
    let message: Partial<Message<T>> | null;
    try {
      message = deserialize(raw) as Partial<Message<T>> | null;
    } catch (e) {
      throw new TypeError(
        `The mailbox ${this.key} held something that is not a desir message: ${
          (e as Error).message
        }`,
        { cause: e },
      );
    }
    if (
      typeof message !== "object" || message === null ||
      typeof message.from !== "string" || typeof message.time !== "number"
    ) {
      throw new TypeError(
        `The mailbox ${this.key} held a value that is not a desir message`,
      );
    }
    return {
      from: message.from,
      time: message.time,
      value: message.value as T,
    };
  }
}

function checkName(name: string): string {
  if (typeof name !== "string" || name === "") {
    throw new TypeError("A connector's name must be a non-empty string");
  }
  return name;
}
