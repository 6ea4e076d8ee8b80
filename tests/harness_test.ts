import assert from "node:assert/strict";
import {
  serverKind,
  startFakeServer,
  startRedis,
  testServer,
} from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Hand-written RESP, since these tests check the harness, not the client. */
function command(...args: string[]): Uint8Array {
  const parts = args.map((arg) =>
    `$${encoder.encode(arg).length}\r\n${arg}\r\n`
  );
  return encoder.encode(`*${args.length}\r\n${parts.join("")}`);
}

/** Sends one command and returns its one-line reply (`+PONG`, `-ERR …`, `:1`). */
async function send(conn: Deno.Conn, ...args: string[]): Promise<string> {
  await conn.write(command(...args));
  let reply = "";
  const buffer = new Uint8Array(1024);
  while (!reply.endsWith("\r\n")) {
    const n = await conn.read(buffer);
    if (n === null) throw new Error(`connection closed after ${reply}`);
    reply += decoder.decode(buffer.subarray(0, n));
  }
  return reply.slice(0, -2);
}

async function ping(port: number): Promise<string> {
  using conn = await Deno.connect({ hostname: "127.0.0.1", port });
  return await send(conn, "PING");
}

/** Reads until the peer closes and returns everything it sent. */
async function readToEnd(conn: Deno.Conn): Promise<string> {
  let text = "";
  const buffer = new Uint8Array(1024);
  for (let n; (n = await conn.read(buffer)) !== null;) {
    text += decoder.decode(buffer.subarray(0, n));
  }
  return text;
}

Deno.test("startRedis starts a server that answers PING", async () => {
  await using server = await startRedis();
  assert.equal(server.hostname, "127.0.0.1");
  assert.equal(server.url, `redis://127.0.0.1:${server.port}`);
  assert.equal(await ping(server.port), "+PONG");
});

Deno.test("startRedis gives two servers different ports", async () => {
  await using a = await startRedis();
  await using b = await startRedis();
  assert.notEqual(a.port, b.port);
  assert.equal(await ping(a.port), "+PONG");
  assert.equal(await ping(b.port), "+PONG");
});

Deno.test("startRedis removes its temp dir on dispose", async () => {
  let dir;
  {
    await using server = await startRedis();
    dir = server.dir;
    assert.ok((await Deno.stat(`${dir}/redis.log`)).isFile);
  }
  await assert.rejects(Deno.stat(dir), Deno.errors.NotFound);
});

Deno.test("RedisServer.kill and restart keep the port", async () => {
  await using server = await startRedis();
  const port = server.port;
  await server.kill();
  await assert.rejects(ping(port), Deno.errors.ConnectionRefused);
  await server.restart();
  assert.equal(server.port, port);
  assert.equal(await ping(port), "+PONG");
});

Deno.test("RedisServer.stop and restart keep the port and config", async () => {
  await using server = await startRedis({ password: "pw" });
  const port = server.port;
  await server.stop();
  await assert.rejects(ping(port), Deno.errors.ConnectionRefused);
  await server.restart();
  assert.equal(server.port, port);
  assert.match(await ping(port), /^-NOAUTH/);
});

Deno.test("RedisServer.restart restarts a running server", async () => {
  await using server = await startRedis();
  using conn = await Deno.connect({ port: server.port });
  await server.restart();
  assert.equal(await readToEnd(conn), "");
  assert.equal(await ping(server.port), "+PONG");
});

Deno.test("startRedis with tls answers PING over TLS with caCert", async () => {
  await using server = await startRedis({ tls: true });
  assert.ok(server.tlsPort && server.caCert);
  assert.notEqual(server.tlsPort, server.port);
  assert.equal(server.tlsUrl, `rediss://127.0.0.1:${server.tlsPort}`);
  using conn = await Deno.connectTls({
    hostname: "127.0.0.1",
    port: server.tlsPort,
    caCerts: [server.caCert],
  });
  assert.equal(await send(conn, "PING"), "+PONG");
  assert.equal(await ping(server.port), "+PONG");
});

Deno.test("startRedis with tls rejects clients that do not trust the CA", async () => {
  await using server = await startRedis({ tls: true });
  await assert.rejects(async () => {
    using conn = await Deno.connectTls({
      hostname: "127.0.0.1",
      port: server.tlsPort!,
    });
    await conn.handshake();
  }, /certificate/i);
});

Deno.test("startRedis with unixSocket answers PING on the socket", async () => {
  await using server = await startRedis({ unixSocket: true });
  assert.equal(server.unixPath, `${server.dir}/redis.sock`);
  using conn = await Deno.connect({
    transport: "unix",
    path: server.unixPath!,
  });
  assert.equal(await send(conn, "PING"), "+PONG");
});

Deno.test("startRedis with password requires AUTH", async () => {
  await using server = await startRedis({ password: "s3cret" });
  using conn = await Deno.connect({ port: server.port });
  assert.match(await send(conn, "PING"), /^-NOAUTH/);
  assert.match(await send(conn, "AUTH", "wrong"), /^-WRONGPASS/);
  assert.equal(await send(conn, "AUTH", "s3cret"), "+OK");
  assert.equal(await send(conn, "PING"), "+PONG");
});

Deno.test("startRedis with users creates ACL users", async () => {
  await using server = await startRedis({
    users: [
      { name: "alice", password: "a pass" },
      { name: "reader", password: "r", rules: "~* +get" },
    ],
  });
  using conn = await Deno.connect({ port: server.port });
  assert.match(await send(conn, "AUTH", "alice", "nope"), /^-WRONGPASS/);
  assert.equal(await send(conn, "AUTH", "alice", "a pass"), "+OK");
  assert.equal(await send(conn, "SET", "k", "v"), "+OK");
  assert.equal(await send(conn, "AUTH", "reader", "r"), "+OK");
  assert.match(await send(conn, "SET", "k", "v"), /^-NOPERM/);
});

Deno.test("startRedis passes args through to redis-server", async () => {
  await using server = await startRedis({ args: ["--databases", "3"] });
  using conn = await Deno.connect({ port: server.port });
  assert.equal(await send(conn, "SELECT", "2"), "+OK");
  assert.match(await send(conn, "SELECT", "3"), /^-ERR/);
});

Deno.test("startRedis fails with the server log when the server cannot start", async () => {
  await assert.rejects(
    startRedis({ args: ["--no-such-directive", "1"] }),
    // Each server words it its own way; all name the directive in the log.
    /exited with code 1[\s\S]*Log:[\s\S]*no-such-directive/,
  );
});

Deno.test("startRedis runs the server DESIR_SERVER names, as testServer says", async () => {
  await using server = await startRedis();
  await using r = new Redis({ port: server.port });
  const hello = await r.sendCommand<Map<string, unknown>>(["HELLO"]);
  assert.equal(hello.get("server"), testServer.family);
  const [major, minor] = String(hello.get("version")).split(".").map(Number);
  assert.deepEqual([major, minor], testServer.version);
  assert.equal(testServer.name, Deno.env.get("DESIR_SERVER") || "redis-7.0");
});

Deno.test("serverKind compares versions within a family and rejects unknown names", () => {
  const valkey = serverKind("valkey-8.1");
  assert.deepEqual([valkey.family, valkey.version], ["valkey", [8, 1]]);
  assert.ok(valkey.atLeast("valkey", 8));
  assert.ok(valkey.atLeast("valkey", 8, 1));
  assert.ok(!valkey.atLeast("valkey", 8, 2));
  assert.ok(!valkey.atLeast("redis", 7));
  assert.ok(serverKind("redis-7.0").atLeast("redis", 6, 2));
  assert.deepEqual(serverKind("redis-7.0").command("cli", ["PING"]), {
    command: "redis-cli",
    args: ["PING"],
  });
  assert.throws(
    () => serverKind("redis-6"),
    /DESIR_SERVER=redis-6 .*redis-7\.0, redis-8\.0, valkey-8\.1/,
  );
  // The newer servers run through the trixie root's loader (when `./run servers` made
  // it); a sentinel is the server with --sentinel after its config file.
  let sentinel: { command: string; args: string[] };
  try {
    sentinel = serverKind("valkey-8.1").command("sentinel", ["s.conf"]);
  } catch (error) {
    assert.match(
      String(error),
      /valkey-server is missing \(run \.\/run servers/,
    );
    return;
  }
  assert.match(sentinel.command, /\/lib64\/ld-linux-x86-64\.so\.2$/);
  assert.equal(sentinel.args[0], "--library-path");
  assert.deepEqual(sentinel.args.slice(-2), ["s.conf", "--sentinel"]);
  assert.match(sentinel.args.at(-3)!, /\/usr\/bin\/valkey-server$/);
  const cli = serverKind("valkey-8.1").command("cli", ["PING"]);
  assert.match(cli.args.at(-2)!, /\/usr\/bin\/valkey-cli$/);
});

Deno.test("startFakeServer records the commands a client sends", async () => {
  await using server = await startFakeServer();
  assert.equal(server.url, `redis://127.0.0.1:${server.port}`);
  using client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  const bytes = new Uint8Array([
    ...command("HELLO", "3"),
    ...command("SET", "k", "v é"),
  ]);
  await client.write(bytes.subarray(0, 7));
  await client.write(bytes.subarray(7));
  assert.deepEqual(await conn.commands(1), [["HELLO", "3"]]);
  assert.deepEqual(await conn.commands(1), [["SET", "k", "v é"]]);
  assert.deepEqual(conn.received(), bytes);
});

Deno.test("FakeConnection.write sends scripted bytes in separate chunks", async () => {
  await using server = await startFakeServer();
  using client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  const reply = "%1\r\n+server\r\n+redis\r\n";
  const chunks: string[] = [];
  const reading = (async () => {
    const buffer = new Uint8Array(1024);
    for (let n; (n = await client.read(buffer)) !== null;) {
      chunks.push(decoder.decode(buffer.subarray(0, n)));
    }
  })();
  await conn.write(reply, { splitAt: [1, 5], delay: 50 });
  await conn.close();
  await reading;
  assert.equal(chunks.join(""), reply);
  // Typically ["%", "1\r\n+", "server…"]; a stalled machine may merge two pieces into one
  // read, but a read never ends anywhere else.
  assert.ok(chunks.length >= 2, `one read only: ${JSON.stringify(chunks)}`);
  let end = 0;
  for (const chunk of chunks.slice(0, -1)) {
    end += chunk.length;
    assert.ok(end === 1 || end === 5, `a read ended at byte ${end}`);
  }
});

Deno.test("FakeConnection.close drops the connection mid-pipeline", async () => {
  await using server = await startFakeServer();
  using client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  await client.write(
    new Uint8Array([...command("GET", "a"), ...command("GET", "b")]),
  );
  await conn.commands(2);
  await conn.write("$1\r\n1\r\n");
  await conn.close();
  assert.equal(await readToEnd(client), "$1\r\n1\r\n");
});

Deno.test("FakeConnection.commands rejects when the client closes too early", async () => {
  await using server = await startFakeServer();
  const client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  await client.write(command("PING"));
  client.close();
  await conn.closed;
  await assert.rejects(conn.commands(2), /expected 2 more command\(s\), got 1/);
  assert.deepEqual(await conn.commands(1), [["PING"]]);
});

Deno.test("FakeConnection.commands rejects inline commands", async () => {
  await using server = await startFakeServer();
  using client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  await client.write(encoder.encode("PING\r\n"));
  await assert.rejects(conn.commands(1), /arrays of bulk strings/);
});

Deno.test("FakeConnection.commands times out when nothing arrives", async () => {
  await using server = await startFakeServer();
  using _client = await Deno.connect({ port: server.port });
  const conn = await server.accept();
  await assert.rejects(conn.commands(1, { timeout: 50 }), /within 50 ms/);
});

Deno.test("FakeServer.accept times out when no client connects", async () => {
  await using server = await startFakeServer();
  await assert.rejects(server.accept({ timeout: 50 }), /no client connected/);
});
