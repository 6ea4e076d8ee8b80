/**
 * Cold start of a raw socket, the floor for every client's cold start: connect,
 * send one PING, read `+PONG`, print the wall-clock time of the reply (ms since
 * the epoch). `Deno.connect` on Deno, `node:net` on Node and Bun.
 *
 * Run: `<deno run -A | node | bun> bench/cold_raw.mjs <port>`
 *
 * @module
 */
const port = Number(
  (globalThis.Deno?.args ?? globalThis.process.argv.slice(2))[0],
);
const ping = new TextEncoder().encode("*1\r\n$4\r\nPING\r\n");
if (globalThis.Deno) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(ping);
  const buffer = new Uint8Array(64);
  await conn.read(buffer);
  console.log(performance.timeOrigin + performance.now());
  conn.close();
} else {
  const net = await import("node:net");
  const socket = net.connect({ host: "127.0.0.1", port });
  socket.once("data", () => {
    console.log(performance.timeOrigin + performance.now());
    socket.destroy();
  });
  socket.write(ping);
}
