/**
 * The raw reference clients (run by `raw_peer.mjs`): the runtime's own socket and the least code that does a
 * shape, with no client in between. It writes the RESP command bytes and reads
 * until each reply is complete by counting the bytes of a reply whose size it
 * knows (it set the value itself): no parser, no options, no error handling. A
 * client on the same runtime cannot do much better, so desir ÷ raw is the part
 * of a gap that is desir's, and raw ÷ Bun's client the part that is the runtime's.
 *
 * - `raw-deno`: `Deno.connect`, one read buffer of 256 KiB reused for every read
 * - `raw-node`: `node:net` on Node
 * - `raw-bun`: `Bun.connect`
 *
 * They do the shapes inflight, sizes, latency, million and pubsub (run.ts runs no
 * other with them). In `million` each GET costs what it must on any client: a
 * promise, its resolving function and a record of the reply it waits for.
 *
 * @module
 */
import { PUBSUB_MESSAGE } from "./_harness.mjs";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** @param {(string | Uint8Array)[]} args */
function command(args) {
  const parts = args.map((a) => typeof a === "string" ? encoder.encode(a) : a);
  const head = (n) => encoder.encode(n);
  const chunks = [head(`*${parts.length}\r\n`)];
  for (const p of parts) chunks.push(head(`$${p.length}\r\n`), p, head("\r\n"));
  return concat(chunks);
}

/** @param {Uint8Array[]} chunks */
function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/**
 * The same SUBSCRIBE confirmation and message frames come in RESP2 (`*3`) and
 * RESP3 (`>3`): the raw clients speak RESP2, the default.
 *
 * @param {string} kind  `subscribe` or `message`
 * @param {string} channel
 * @param {string} last  the last element as RESP
 */
const frameSize = (kind, channel, last) =>
  encoder.encode(
    `*3\r\n$${kind.length}\r\n${kind}\r\n$${channel.length}\r\n${channel}\r\n${last}`,
  ).length;

/** The resolving function of the promise `capture` was last the executor of. */
let captured;
/** @param {(value: unknown) => void} resolve */
const capture = (resolve) => {
  captured = resolve;
};

/**
 * A connection that matches replies to commands by their known sizes: each
 * command waits for `size` bytes, in order. The commands of one tick leave in
 * one write, as any client that pipelines does.
 *
 * @param {(bytes: Uint8Array) => unknown} writeAll  the runtime's write; the
 *   next waits for the promise it returns, if any
 */
function counter(writeAll) {
  let out = [];
  let writing = false;
  const flush = async () => {
    writing = true;
    while (out.length) {
      const bytes = out.length === 1 ? out[0] : concat(out);
      out = [];
      await writeAll(bytes);
    }
    writing = false;
  };
  const write = (bytes) => {
    out.push(bytes);
    if (out.length === 1 && !writing) queueMicrotask(flush);
  };
  /** @type {{ size: number, body: number, got: number, buffer?: Uint8Array, asString: boolean, resolve: (v: unknown) => void }[]} */
  const queue = [];
  let head = 0;
  /** Bytes of a subscription's messages, and what to call per message. */
  let messageSize = 0;
  let messageBytes = 0;
  let onMessage = () => {};
  /** The value size of each key this connection set. */
  const sizes = new Map();
  /**
   * @param {Uint8Array} bytes  the command
   * @param {number} size  of the whole reply
   * @param {number} body  bytes at the end of the reply that are its value (+ CRLF)
   */
  const send = (bytes, size, body = 0, asString = false) => {
    // One executor for every promise: a closure per call would allocate its context.
    const promise = new Promise(capture);
    queue.push({ size, body, got: 0, asString, resolve: captured });
    write(bytes);
    return promise;
  };
  /** The bytes of each GET and PUBLISH, encoded once: the shapes repeat them. */
  const gets = new Map();
  const publishes = new Map();
  const once = (cache, id, args) => {
    let bytes = cache.get(id);
    if (!bytes) cache.set(id, bytes = command(args));
    return bytes;
  };
  const get = (key, asString) => {
    const n = sizes.get(key);
    return send(
      once(gets, key, ["GET", key]),
      `$${n}\r\n`.length + n + 2,
      n + 2,
      asString,
    );
  };
  return {
    /** The runtime's socket calls this with every chunk, valid during the call. */
    data(chunk) {
      let at = 0;
      if (messageSize) {
        messageBytes += chunk.length;
        while (messageBytes >= messageSize) {
          messageBytes -= messageSize;
          onMessage();
        }
        return;
      }
      while (at < chunk.length) {
        const r = queue[head];
        const take = Math.min(r.size - r.got, chunk.length - at);
        // A reply split over chunks is gathered; one inside a chunk is read in place.
        if (r.body && !(r.got === 0 && take === r.size)) {
          r.buffer ??= new Uint8Array(r.size);
          r.buffer.set(chunk.subarray(at, at + take), r.got);
        }
        r.got += take;
        at += take;
        if (r.got < r.size) break;
        queue[head++] = undefined;
        if (head === queue.length) queue.length = head = 0;
        if (r.body === 0) {
          r.resolve(undefined);
          continue;
        }
        const reply = r.buffer ?? chunk.subarray(at - r.size, at);
        const value = reply.subarray(r.size - r.body, r.size - 2);
        r.resolve(
          r.asString ? decoder.decode(value) : r.buffer ? value : value.slice(),
        );
      }
    },
    adapter: {
      set(key, value) {
        sizes.set(
          key,
          typeof value === "string"
            ? encoder.encode(value).length
            : value.length,
        );
        return send(command(["SET", key, value]), "+OK\r\n".length);
      },
      get: (key) => get(key, true),
      getBytes: (key) => get(key, false),
      pipelineSet: () => Promise.reject(new Error("raw: no pipeline shape")),
      async subscribe(channel, handler) {
        await send(
          command(["SUBSCRIBE", channel]),
          frameSize("subscribe", channel, ":1\r\n"),
        );
        const m = encoder.encode(PUBSUB_MESSAGE).length;
        messageSize = frameSize(
          "message",
          channel,
          `$${m}\r\n${PUBSUB_MESSAGE}\r\n`,
        );
        onMessage = handler;
      },
      // One subscriber: the reply is `:1\r\n`.
      publish: (channel, message) =>
        send(
          once(publishes, channel + message, ["PUBLISH", channel, message]),
          4,
        ),
      close: () => Promise.resolve(),
    },
  };
}

/** @param {number} port */
async function rawDeno(port) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  conn.setNoDelay(true);
  const c = counter(async (bytes) => {
    for (let at = 0; at < bytes.length;) {
      at += await conn.write(bytes.subarray(at));
    }
  });
  (async () => {
    const buffer = new Uint8Array(256 * 1024);
    for (let n; (n = await conn.read(buffer)) !== null;) {
      c.data(buffer.subarray(0, n));
    }
  })();
  return c.adapter;
}

/** @param {number} port */
async function rawNode(port) {
  const net = await import("node:net");
  const socket = net.connect({ host: "127.0.0.1", port });
  socket.setNoDelay(true);
  await new Promise((resolve) => socket.once("connect", resolve));
  const c = counter((bytes) => socket.write(bytes));
  socket.on("data", (chunk) => c.data(chunk));
  return c.adapter;
}

/** @param {number} port */
async function rawBun(port) {
  // Bun's write takes what the kernel takes now; the rest goes on `drain`.
  const pending = [];
  const flush = (s) => {
    while (pending.length) {
      const n = s.write(pending[0]);
      if (n < pending[0].length) {
        return void (pending[0] = pending[0].subarray(n));
      }
      pending.shift();
    }
  };
  const c = counter((bytes) => {
    pending.push(bytes);
    if (pending.length === 1) flush(socket);
  });
  const socket = await globalThis.Bun.connect({
    hostname: "127.0.0.1",
    port,
    socket: { data: (_, chunk) => c.data(chunk), drain: flush },
  });
  return c.adapter;
}

const clients = { "raw-deno": rawDeno, "raw-node": rawNode, "raw-bun": rawBun };

/**
 * Connects the raw client `client` (`raw-deno`, `raw-node` or `raw-bun`) to
 * 127.0.0.1:`port`.
 *
 * @param {string} client
 * @param {number} port
 * @returns {Promise<import("./_harness.mjs").Adapter>}
 */
export function rawConnect(client, port) {
  const connect = clients[client];
  if (!connect) {
    throw new Error(`Unknown client ${client}: use ${Object.keys(clients)}`);
  }
  return connect(port);
}
