/**
 * Cold start of a raw socket, the floor for every client's cold start: connect,
 * send one PING, read `+PONG`, print the wall-clock time of the reply (ms since
 * the epoch). The socket desir uses by default on each runtime, as the `raw-*`
 * clients of the other shapes do: `Deno.connect` on Deno, `node:net` on Node,
 * `Bun.connect` on Bun (where loading `node:net` alone takes ~6-9 ms more).
 *
 * Run: `<deno run -A | node | bun> bench/cold_raw.mjs <port>`
 *
 * @module
 */
const port = Number(
  (globalThis.Deno?.args ?? globalThis.process.argv.slice(2))[0],
);
const ping = new TextEncoder().encode("*1\r\n$4\r\nPING\r\n");
const replied = () => console.log(performance.timeOrigin + performance.now());
if (globalThis.Deno) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(ping);
  const buffer = new Uint8Array(64);
  await conn.read(buffer);
  replied();
  conn.close();
} else if (globalThis.Bun) {
  await globalThis.Bun.connect({
    hostname: "127.0.0.1",
    port,
    socket: {
      open: (socket) => void socket.write(ping),
      data(socket) {
        replied();
        socket.end();
      },
    },
  });
} else {
  const net = await import("node:net");
  const socket = net.connect({ host: "127.0.0.1", port });
  socket.once("data", () => {
    replied();
    socket.destroy();
  });
  socket.write(ping);
}
