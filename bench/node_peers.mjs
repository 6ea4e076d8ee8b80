/**
 * The Node peers: ioredis (auto-pipelining on) and node-redis, loaded from
 * bench/peers/ where bench/run.ts installs them.
 *
 * Run: `node --expose-gc bench/node_peers.mjs <ioredis|node-redis> <shape> <port> [quick]`
 *
 * @module
 */
import { createRequire } from "node:module";
import { main } from "./_harness.mjs";

const require = createRequire(new URL("./peers/", import.meta.url));

/**
 * @param {number} port
 * @returns {Promise<import("./_harness.mjs").Adapter>}
 */
async function ioredis(port) {
  const Redis = require("ioredis");
  const r = new Redis({
    host: "127.0.0.1",
    port,
    enableAutoPipelining: true,
    lazyConnect: true,
  });
  await r.connect();
  return {
    set: (key, value) =>
      r.set(key, value instanceof Uint8Array ? toBuffer(value) : value),
    get: (key) => r.get(key),
    getBytes: (key) => r.getBuffer(key),
    pipelineSet(pairs) {
      const p = r.pipeline();
      for (const [key, value] of pairs) p.set(key, value);
      return p.exec();
    },
    subscribe(channel, onMessage) {
      r.on("message", onMessage);
      return r.subscribe(channel);
    },
    publish: (channel, message) => r.publish(channel, message),
    close: () => r.quit(),
  };
}

/**
 * @param {number} port
 * @returns {Promise<import("./_harness.mjs").Adapter>}
 */
async function nodeRedis(port) {
  const { createClient, RESP_TYPES } = require("redis");
  const r = createClient({ socket: { host: "127.0.0.1", port } });
  await r.connect();
  const bytes = r.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
  return {
    set: (key, value) =>
      r.set(key, value instanceof Uint8Array ? toBuffer(value) : value),
    get: (key) => r.get(key),
    getBytes: (key) => bytes.get(key),
    pipelineSet(pairs) {
      const p = r.multi();
      for (const [key, value] of pairs) p.set(key, value);
      return p.execAsPipeline();
    },
    subscribe: (channel, onMessage) => r.subscribe(channel, onMessage),
    publish: (channel, message) => r.publish(channel, message),
    close: () => r.close(),
  };
}

/**
 * A Buffer over the same memory: the peers want Buffers, copying would bias W4.
 *
 * @param {Uint8Array} bytes
 */
function toBuffer(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const clients = { ioredis, "node-redis": nodeRedis };

await main((client, port) => {
  const connect = clients[client];
  if (!connect) {
    throw new Error(`Unknown client ${client}: use ioredis or node-redis`);
  }
  return connect(port);
});
