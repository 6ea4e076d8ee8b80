/**
 * A TCP proxy that cuts connections at seeded random byte offsets, for fault injection
 * between a client and a real server.
 *
 * @module
 */

/** How a {@linkcode startCuttingProxy} misbehaves. */
export interface CuttingOptions {
  /** Seed of the random offsets, so a failing run replays. */
  seed: number;
  /** How many connections it cuts; later ones pass through untouched. */
  cuts: number;
  /** A cut connection is cut after 1 to this many bytes (both directions counted). */
  maxOffset: number;
}

/** A running proxy; `await using` stops it and closes every connection. */
export interface CuttingProxy extends AsyncDisposable {
  /** The loopback port clients connect to. */
  readonly port: number;
  /** Connections cut so far. */
  readonly cut: number;
}

/** A small seeded generator (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeAll(to: Deno.Conn, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += await to.write(bytes.subarray(at));
}

/** Starts a proxy to `127.0.0.1:targetPort` that cuts its first `cuts` connections. */
export function startCuttingProxy(
  targetPort: number,
  options: CuttingOptions,
): CuttingProxy {
  const random = seeded(options.seed);
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const open = new Set<Deno.Conn>();
  const tasks: Promise<void>[] = [];
  let cut = 0;
  const close = (conn: Deno.Conn) => {
    if (open.delete(conn)) {
      try {
        conn.close();
      } catch { /* already closed */ }
    }
  };

  async function serve(client: Deno.Conn): Promise<void> {
    open.add(client);
    let server: Deno.Conn;
    try {
      server = await Deno.connect({ hostname: "127.0.0.1", port: targetPort });
    } catch {
      return close(client);
    }
    open.add(server);
    // Bytes left before the cut, shared by both directions.
    let budget = Infinity;
    if (cut < options.cuts) {
      cut++;
      budget = 1 + Math.floor(random() * options.maxOffset);
    }
    const pipe = async (from: Deno.Conn, to: Deno.Conn) => {
      const buf = new Uint8Array(16 * 1024);
      try {
        for (;;) {
          const n = await from.read(buf);
          if (n === null) break;
          const m = Math.min(n, budget);
          budget -= m;
          await writeAll(to, buf.subarray(0, m));
          if (budget === 0) break;
        }
      } catch { /* the other side was closed */ }
      close(client);
      close(server);
    };
    await Promise.all([pipe(client, server), pipe(server, client)]);
  }

  const accepting = (async () => {
    try {
      for await (const conn of listener) tasks.push(serve(conn));
    } catch { /* the listener was closed */ }
  })();

  return {
    port: (listener.addr as Deno.NetAddr).port,
    get cut() {
      return cut;
    },
    async [Symbol.asyncDispose]() {
      listener.close();
      await accepting;
      for (const conn of [...open]) close(conn);
      await Promise.all(tasks);
    },
  };
}
