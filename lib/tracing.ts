/**
 * Tracing: hooks a client calls around each command and on connection events, and the
 * `desir:command` tracing channel of `node:diagnostics_channel` (Node, Bun, Deno) for
 * APM tools. Both cost nothing while unused: no hook given and no channel subscriber
 * means the command path is the untraced one.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import { commandName, keyPositions } from "./command_keys.ts";
import { text } from "./_text.ts";
import { onTimeout } from "./_timeout.ts";

/**
 * One command, as hooks and channel subscribers see it. It never holds the command's
 * values (they may be secrets): `query` shows the command and its keys, `?` for values.
 */
export interface CommandTrace {
  /** Lowercase command name, with its subcommand: `"get"`, `"xinfo stream"`. */
  readonly name: string;
  /** The command with its keys, values as `?`: `"SET user:1 ?"`. */
  readonly query: string;
  /** The server's host name (or unix socket path) and port. */
  readonly server: { readonly hostname: string; readonly port: number };
  /** The database index the client selected. */
  readonly db: number;
  /** When the command was issued (`performance.now()`, ms). */
  readonly start: number;
  /** How long it took until its reply or failure, in ms (set when it settles). */
  duration?: number;
  /** Why it failed (set by `commandError`). */
  error?: Error;
}

/** A connection event, as the `connection` hook sees it. */
export interface ConnectionTrace {
  /**
   * `connect` (socket open), `ready` (handshake done), `reconnecting`, `close`,
   * `error`, or `failover` (ready again, on another server than before).
   */
  readonly type:
    | "connect"
    | "ready"
    | "reconnecting"
    | "close"
    | "error"
    | "failover";
  /** The server the connection is made to. */
  readonly server: { readonly hostname: string; readonly port: number };
  /** When it happened (`performance.now()`, ms). */
  readonly time: number;
  /** For `ready` and `failover`: ms since the connection attempt began. */
  readonly duration?: number;
  /** The event's detail: the error, or `{ attempt, delay }` of `reconnecting`. */
  readonly detail?: unknown;
}

/**
 * Functions a client calls as commands run and its connection changes (option
 * `tracing`). A hook that throws is ignored: tracing never breaks a command.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis({
 *   tracing: {
 *     commandEnd: (c) => console.log(c.query, c.duration, "ms"),
 *     commandError: (c) => console.log(c.query, "failed:", c.error?.message),
 *     connection: (e) => console.log(e.type, e.server.port),
 *   },
 * });
 * await r.set("k", "v"); // logs: SET k ? 0.4 ms
 * ```
 */
export interface TracingHooks {
  /** A command is issued. */
  commandStart?(command: CommandTrace): void;
  /** A command got its reply (`duration` is set). */
  commandEnd?(command: CommandTrace): void;
  /** A command failed (`duration` and `error` are set). */
  commandError?(command: CommandTrace): void;
  /** A connection event. */
  connection?(event: ConnectionTrace): void;
}

/** The part of `node:diagnostics_channel`'s Channel this uses. */
interface Channel {
  hasSubscribers: boolean;
  publish(message: object): void;
}

/** The part of `node:diagnostics_channel`'s TracingChannel this uses. */
interface TracingChannel {
  start: Channel;
  asyncEnd: Channel;
  error: Channel;
  tracePromise<T>(fn: () => Promise<T>, context: object): Promise<T>;
}

// Loaded once per process, only where the module exists; a variable specifier keeps
// bundlers and workerd from resolving it ahead of time (the comments keep webpack and
// Vite from warning about it).
const CHANNEL_MODULE = "node:diagnostics_channel";
let channel: TracingChannel | undefined;
// Whether the process's first command was issued. On Deno the channel's module brings up
// the Node compatibility layer, 7–11 ms of CPU here, so it loads after that command's
// reply (in a task of its own, once the caller has the reply), not before it: a cold
// start's first reply is not held up, and commands from then on are published.
let firstIssued = false;

/**
 * For the process's first command: the function to call once its reply is in, which
 * loads the `desir:command` tracing channel where the runtime has one. Undefined for
 * every later command.
 */
function firstCommand(): (() => void) | undefined {
  if (firstIssued) return undefined;
  firstIssued = true;
  return () =>
    void onTimeout(
      0,
      () =>
        import(/* webpackIgnore: true */ /* @vite-ignore */ CHANNEL_MODULE)
          .then(
            (dc: { tracingChannel?: (name: string) => TracingChannel }) => {
              channel = dc.tracingChannel?.("desir:command");
            },
            () => {},
          ),
    );
}

/** Traces the commands of one client through its hooks and the channel. */
export class Tracer {
  constructor(
    readonly hooks: TracingHooks | undefined,
    /** Where commands go now (a connection): read per trace, as it may move. */
    readonly target: { readonly address: string },
    readonly db: number,
  ) {}

  /**
   * Whether a command goes through `command` or `batch`: someone listens, or it is the
   * process's first (the channel loads after its reply). Checked per command, so an
   * unused tracer costs a test.
   */
  get active(): boolean {
    return this.hooks !== undefined || !firstIssued || listened();
  }

  /** Runs `send` (which issues the command) inside a trace. */
  command<T>(
    args: readonly RedisArgument[],
    send: () => Promise<T>,
  ): Promise<T> {
    const loadChannel = firstCommand();
    // Untraced, only the process's first command comes here: it makes no Trace (nor
    // compiles the traced path) on a cold start's way to its first reply.
    const reply = this.hooks === undefined && !listened()
      ? send()
      : this.#trace(args, send);
    if (loadChannel) reply.then(loadChannel, loadChannel);
    return reply;
  }

  #trace<T>(
    args: readonly RedisArgument[],
    send: () => Promise<T>,
  ): Promise<T> {
    const trace = new Trace(args, this.target.address, this.db);
    const hooks = this.hooks;
    const run = () => {
      safely(() => hooks?.commandStart?.(trace));
      return send().then(
        (reply) => {
          trace.duration = performance.now() - trace.start;
          safely(() => hooks?.commandEnd?.(trace));
          return reply;
        },
        (error: Error) => {
          trace.duration = performance.now() - trace.start;
          trace.error = error;
          safely(() => hooks?.commandError?.(trace));
          throw error;
        },
      );
    };
    return listened() ? channel!.tracePromise(run, trace) : run();
  }

  /**
   * Traces the commands of a pipeline or transaction, sent together: call the returned
   * function with their results (an `Error` for one that failed) when they are in.
   */
  batch(
    commands: readonly (readonly RedisArgument[])[],
  ): (results: readonly unknown[] | null) => void {
    const hooks = this.hooks;
    const loadChannel = firstCommand();
    const ch = listened() ? channel : undefined;
    const traces = commands.map((args) => {
      const trace = new Trace(args, this.target.address, this.db);
      ch?.start.publish(trace);
      safely(() => hooks?.commandStart?.(trace));
      return trace;
    });
    return (results) => {
      loadChannel?.();
      traces.forEach((trace, i) => {
        trace.duration = performance.now() - trace.start;
        const result = results?.[i];
        if (result instanceof Error) {
          trace.error = result;
          ch?.error.publish(trace);
          safely(() => hooks?.commandError?.(trace));
        } else safely(() => hooks?.commandEnd?.(trace));
        ch?.asyncEnd.publish(trace);
      });
    };
  }

  /** Reports the events of a client's main connection to the `connection` hook. */
  connections(events: Pick<EventTarget, "addEventListener">): void {
    const hook = this.hooks?.connection;
    if (!hook) return;
    let began = performance.now();
    let readyAt: string | undefined;
    const report = (type: ConnectionTrace["type"], event: Event) => {
      const time = performance.now();
      const server = serverOf(this.target.address);
      const detail = (event as CustomEvent).detail;
      if (type === "reconnecting") began = time;
      if (type === "ready") {
        const address = this.target.address;
        if (readyAt !== undefined && readyAt !== address) type = "failover";
        readyAt = address;
      }
      const duration = type === "ready" || type === "failover"
        ? time - began
        : undefined;
      safely(() => hook({ type, server, time, duration, detail }));
    };
    for (const type of ["connect", "ready", "reconnecting", "close", "error"]) {
      events.addEventListener(
        type,
        (event) => report(type as ConnectionTrace["type"], event),
      );
    }
  }
}

/**
 * A command's text for traces: its name and keys as given, every other argument as `?`
 * (values may be secrets).
 *
 * @example
 * ```ts
 * import { queryText } from "@desir/desir";
 * queryText(["SET", "user:1", "secret"]); // "SET user:1 ?"
 * ```
 */
export function queryText(args: readonly RedisArgument[]): string {
  const name = commandName(args).toUpperCase();
  const words = name.split(" ").length;
  const keys = new Set(keyPositions(args));
  const parts = [name];
  for (let i = words; i < args.length; i++) {
    parts.push(keys.has(i) ? text(args[i]) : "?");
  }
  return parts.join(" ");
}

/** Whether the `desir:command` channel has subscribers. */
function listened(): boolean {
  return channel !== undefined &&
    (channel.start.hasSubscribers || channel.asyncEnd.hasSubscribers ||
      channel.error.hasSubscribers);
}

/** A `CommandTrace` whose name, query and server are worked out when first read. */
class Trace implements CommandTrace {
  readonly #args: readonly RedisArgument[];
  readonly #address: string;
  readonly db: number;
  readonly start: number = performance.now();
  duration?: number;
  error?: Error;

  constructor(args: readonly RedisArgument[], address: string, db: number) {
    this.#args = args;
    this.#address = address;
    this.db = db;
  }

  get name(): string {
    return commandName(this.#args);
  }

  get query(): string {
    return queryText(this.#args);
  }

  get server(): { hostname: string; port: number } {
    return serverOf(this.#address);
  }
}

/** `host:port` (or a socket path) as OpenTelemetry's `server.address` and `.port`. */
function serverOf(address: string): { hostname: string; port: number } {
  const colon = address.lastIndexOf(":");
  if (colon < 0 || address.startsWith("/")) {
    return { hostname: address, port: 0 };
  }
  return {
    hostname: address.slice(0, colon),
    port: Number(address.slice(colon + 1)),
  };
}

function safely(hook: () => void): void {
  try {
    hook();
  } catch {
    // A tracing hook must never break the command it observes.
  }
}
