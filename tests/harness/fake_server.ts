/**
 * A scripted TCP server for what a real Redis cannot do: odd handshakes, replies split at
 * chosen bytes, malformed or oversized replies, stalls and dropped connections.
 *
 * @module
 */

const HOSTNAME = "127.0.0.1";
const DEFAULT_TIMEOUT_MS = 5_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** How long to wait before giving up. */
export interface WaitOptions {
  /**
   * Milliseconds before the wait rejects, so a broken test fails instead of hanging.
   * @default 5000
   */
  timeout?: number;
}

/** How to write a scripted reply. */
export interface WriteOptions {
  /** Byte offsets at which to cut the data into separate writes. */
  splitAt?: number[];
  /**
   * Milliseconds between those writes, so they reach the client as separate chunks.
   * @default 10
   */
  delay?: number;
}

/** One accepted client connection. */
export interface FakeConnection extends AsyncDisposable {
  /** Resolves when the connection ended: the client closed it or we did. */
  readonly closed: Promise<void>;
  /** Every byte received so far. */
  received(): Uint8Array;
  /**
   * Waits for the next `count` RESP commands not yet returned by an earlier call, and
   * returns them as string arrays.
   *
   * @throws {Error} when the connection ends first, the timeout passes, or the client
   * sent something other than an array of bulk strings.
   */
  commands(count?: number, options?: WaitOptions): Promise<string[][]>;
  /** Writes bytes (strings are UTF-8 encoded), optionally split into several writes. */
  write(data: Uint8Array | string, options?: WriteOptions): Promise<void>;
  /** Closes the connection (drops it, from the client's point of view). */
  close(): Promise<void>;
}

/** A listening fake server; `await using` closes it and every connection. */
export interface FakeServer extends AsyncDisposable {
  /** Always loopback. */
  readonly hostname: string;
  /** The port it listens on. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /**
   * The next connection not yet returned by an earlier call. Connections are accepted and
   * recorded as soon as clients connect, whether or not anyone waits here.
   *
   * @throws {Error} when no client connects within the timeout.
   */
  accept(options?: WaitOptions): Promise<FakeConnection>;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * Starts a fake server on a free loopback port.
 *
 * @example
 * ```ts
 * await using server = await startFakeServer();
 * // ...point a client at server.url, then:
 * const conn = await server.accept();
 * const [hello] = await conn.commands(1); // ["HELLO", "3"]
 * await conn.write("-ERR unknown command 'HELLO'\r\n");
 * const [ping] = await conn.commands(1);
 * await conn.write("+PONG\r\n", { splitAt: [2] }); // "+P", then "ONG\r\n"
 * ```
 */
export function startFakeServer(): Promise<FakeServer> {
  const listener = Deno.listen({ hostname: HOSTNAME, port: 0 });
  return Promise.resolve(new Server(listener));
}

/** What a server that speaks RESP3 answers to `HELLO 3`. */
export const HELLO_REPLY = "%2\r\n+server\r\n+fake\r\n+proto\r\n:3\r\n";

/**
 * Accepts the next connection and answers its HELLO as a RESP3 server does.
 *
 * @throws {Error} when no client connects, or its first command is not HELLO.
 * @example
 * ```ts
 * await using fake = await startFakeServer();
 * const r = new Redis(fake.url);
 * const ping = r.sendCommand(["PING"]);
 * const conn = await acceptHello(fake);
 * await conn.commands(1); // [["PING"]]
 * await conn.write("+PONG\r\n");
 * ```
 */
export async function acceptHello(fake: FakeServer): Promise<FakeConnection> {
  const conn = await fake.accept();
  const [hello] = await conn.commands(1);
  if (hello[0] !== "HELLO") {
    throw new Error(
      `Fake server: expected HELLO, got ${JSON.stringify(hello)}`,
    );
  }
  await conn.write(HELLO_REPLY);
  return conn;
}

/** Wakes every waiter when something changed; waiters re-check their condition. */
class Changes {
  #waiters = new Set<() => void>();

  notify(): void {
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }

  /** Waits until `ready()` returns a value; `failure()` returning an error ends it early. */
  async until<T>(
    ready: () => T | undefined,
    failure: () => Error | undefined,
    timeout: number,
    describe: () => string,
  ): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = ready();
      if (value !== undefined) return value;
      const error = failure();
      if (error) throw error;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new Error(`Fake server: ${describe()} within ${timeout} ms`);
      }
      const { promise, resolve } = Promise.withResolvers<void>();
      this.#waiters.add(resolve);
      const timer = setTimeout(resolve, remaining);
      await promise;
      clearTimeout(timer);
      this.#waiters.delete(resolve);
    }
  }
}

class Server implements FakeServer {
  readonly hostname = HOSTNAME;
  readonly port: number;
  readonly #listener: Deno.TcpListener;
  readonly #connections: Connection[] = [];
  readonly #changes = new Changes();
  readonly #acceptLoop: Promise<void>;
  #returned = 0;
  #closed = false;

  constructor(listener: Deno.TcpListener) {
    this.#listener = listener;
    this.port = listener.addr.port;
    this.#acceptLoop = this.#acceptAll();
  }

  get url(): string {
    return `redis://${HOSTNAME}:${this.port}`;
  }

  accept(options: WaitOptions = {}): Promise<FakeConnection> {
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    return this.#changes.until(
      () => {
        const conn = this.#connections[this.#returned];
        if (conn) this.#returned++;
        return conn;
      },
      () => this.#closed ? new Error("Fake server: closed") : undefined,
      timeout,
      () => "no client connected",
    );
  }

  async close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#listener.close();
    }
    await this.#acceptLoop;
    await Promise.all(this.#connections.map((c) => c.close()));
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #acceptAll(): Promise<void> {
    try {
      for (;;) {
        const conn = await this.#listener.accept();
        conn.setNoDelay(true);
        this.#connections.push(new Connection(conn));
        this.#changes.notify();
      }
    } catch {
      // close() closed the listener, which ends the pending accept.
    }
    this.#changes.notify();
  }
}

class Connection implements FakeConnection {
  readonly closed: Promise<void>;
  readonly #conn: Deno.Conn;
  readonly #changes = new Changes();
  #bytes = new Uint8Array(1024);
  #length = 0;
  #parsedUpTo = 0;
  readonly #commands: string[][] = [];
  #returned = 0;
  #parseError?: Error;
  #ended = false;
  #resourceClosed = false;

  constructor(conn: Deno.Conn) {
    this.#conn = conn;
    this.closed = this.#readAll();
  }

  received(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }

  commands(count = 1, options: WaitOptions = {}): Promise<string[][]> {
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    const take = () => {
      if (this.#commands.length - this.#returned < count) return undefined;
      this.#returned += count;
      return this.#commands.slice(this.#returned - count, this.#returned);
    };
    const failure = () =>
      this.#parseError ??
        (this.#ended
          ? new Error(`Fake server: ${missing()} (closed)`)
          : undefined);
    const missing = () =>
      `expected ${count} more command(s), got ${
        this.#commands.length - this.#returned
      }; received so far: ${JSON.stringify(decoder.decode(this.received()))}`;
    return this.#changes.until(take, failure, timeout, missing);
  }

  async write(
    data: Uint8Array | string,
    options: WriteOptions = {},
  ): Promise<void> {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    const cuts = [0, ...(options.splitAt ?? []), bytes.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      if (i > 0) await delay(options.delay ?? 10);
      let piece = bytes.subarray(cuts[i], cuts[i + 1]);
      while (piece.length > 0) {
        piece = piece.subarray(await this.#conn.write(piece));
      }
    }
  }

  async close(): Promise<void> {
    if (!this.#resourceClosed) {
      this.#resourceClosed = true;
      this.#conn.close();
    }
    await this.closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #readAll(): Promise<void> {
    const chunk = new Uint8Array(64 * 1024);
    try {
      for (;;) {
        const n = await this.#conn.read(chunk);
        if (n === null) break;
        this.#append(chunk.subarray(0, n));
        this.#parse();
        this.#changes.notify();
      }
    } catch {
      // Closed by close() or reset by the client: either way the connection ended.
    }
    this.#ended = true;
    this.#changes.notify();
  }

  #append(data: Uint8Array): void {
    if (this.#length + data.length > this.#bytes.length) {
      const grown = new Uint8Array(
        Math.max(this.#bytes.length * 2, this.#length + data.length),
      );
      grown.set(this.#bytes.subarray(0, this.#length));
      this.#bytes = grown;
    }
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
  }

  #parse(): void {
    try {
      for (;;) {
        const parsed = parseCommand(
          this.#bytes.subarray(0, this.#length),
          this.#parsedUpTo,
        );
        if (!parsed) return;
        this.#commands.push(parsed.command);
        this.#parsedUpTo = parsed.end;
      }
    } catch (error) {
      this.#parseError ??= error as Error;
    }
  }
}

/**
 * Parses one RESP array of bulk strings at `start`; undefined when it is not complete yet.
 * Clients only ever send this shape, so anything else is a failing test.
 */
function parseCommand(
  bytes: Uint8Array,
  start: number,
): { command: string[]; end: number } | undefined {
  const header = readLine(bytes, start, "*");
  if (!header) return undefined;
  let at = header.end;
  const command: string[] = [];
  for (let i = 0; i < header.value; i++) {
    const length = readLine(bytes, at, "$");
    if (!length) return undefined;
    const end = length.end + length.value;
    if (end + 2 > bytes.length) return undefined;
    if (bytes[end] !== 13 || bytes[end + 1] !== 10) {
      throw new Error(
        `Fake server: bulk string not ended by CRLF at byte ${end}`,
      );
    }
    command.push(decoder.decode(bytes.subarray(length.end, end)));
    at = end + 2;
  }
  return { command, end: at };
}

/** Reads `<prefix><integer>\r\n` at `start`. */
function readLine(
  bytes: Uint8Array,
  start: number,
  prefix: string,
): { value: number; end: number } | undefined {
  if (start >= bytes.length) return undefined;
  if (bytes[start] !== prefix.charCodeAt(0)) {
    throw new Error(
      `Fake server: expected "${prefix}" at byte ${start}, got ${
        JSON.stringify(String.fromCharCode(bytes[start]))
      } (clients must send arrays of bulk strings)`,
    );
  }
  const cr = bytes.indexOf(13, start);
  if (cr === -1 || cr + 1 >= bytes.length) return undefined;
  const text = decoder.decode(bytes.subarray(start + 1, cr));
  const value = Number(text);
  if (!/^\d+$/.test(text) || bytes[cr + 1] !== 10) {
    throw new Error(`Fake server: bad length line ${JSON.stringify(text)}`);
  }
  return { value, end: cr + 2 };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
