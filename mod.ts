/**
 * desir: a zero-dependency Redis client for Deno, Bun, Node and edge workers.
 *
 * Auto-pipelining over RESP3 (or RESP2), explicit pipelines, MULTI/EXEC/WATCH, Lua scripts
 * by EVALSHA, TLS, ACL auth, unix sockets, timeouts, `AbortSignal`, reconnects with
 * backoff, and typed errors.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis(); // redis://127.0.0.1:6379
 * await r.sendCommand(["SET", "k", "v"]);
 * console.log(await r.sendCommand(["GET", "k"])); // "v"
 * ```
 *
 * @module
 */
export { Redis, type RedisEventType, type RedisOptions } from "./lib/client.ts";
export type {
  CommandOptions,
  ConnectionOptions,
  ReconnectOptions,
} from "./lib/connection.ts";
export * from "./lib/commands.ts";
export { ClientBase } from "./lib/client_base.ts";
export {
  type CacheMode,
  type CacheOptions,
  type CacheStats,
  ClientCache,
} from "./lib/cache/client_cache.ts";
export { CacheGroup } from "./lib/cache/cache_group.ts";
export { commandKeys, commandName } from "./lib/command_keys.ts";
export { help } from "./lib/help.ts";
export { CommandQueue, Pipeline, type Replies } from "./lib/pipeline.ts";
export { Transaction } from "./lib/transaction.ts";
export { type BoundScript, Script } from "./lib/script.ts";
export {
  type PubSubMessage,
  type SubscribeOptions,
  Subscription,
  type SubscriptionHost,
  type SubscriptionKind,
} from "./lib/pubsub.ts";
export { deserialize, serialize } from "./lib/sugar/codec.ts";
export { Counter } from "./lib/sugar/counter.ts";
export {
  Connector,
  type ConnectorOptions,
  type Message,
  type ReceiveOptions,
} from "./lib/sugar/connector.ts";
export type { CallOptions, Proxied, WorkerOptions } from "./lib/sugar/rpc.ts";
export {
  ConnectorError,
  type ConnectorErrorOptions,
} from "./lib/sugar/connector_error.ts";
export { type PageOptions, RedisMap } from "./lib/sugar/redis_map.ts";
export { RedisSet } from "./lib/sugar/redis_set.ts";
export { RedisList } from "./lib/sugar/redis_list.ts";
export {
  AbortError,
  ConnectionError,
  ConnectionLostError,
  DesirError,
  ProtocolError,
  RedisError,
  TimeoutError,
} from "./lib/errors.ts";
export type { DecoderOptions, RespObject } from "./lib/resp/decode.ts";
export type { RedisArgument } from "./lib/resp/encode.ts";
export type {
  ConnectOptions,
  Socket,
  SocketHandlers,
  TlsOptions,
  Transport,
} from "./lib/transport/types.ts";
export { denoTransport } from "./lib/transport/deno.ts";
export { nodeTransport } from "./lib/transport/node.ts";
export { cloudflareTransport } from "./lib/transport/cloudflare.ts";
export {
  type ClusterEventType,
  type ClusterSeed,
  type ReadFrom,
  RedisCluster,
  type RedisClusterOptions,
  type ScanIteratorOptions,
} from "./lib/cluster/cluster.ts";
export { ClusterPipeline } from "./lib/cluster/pipeline.ts";
export { ClusterTransaction } from "./lib/cluster/transaction.ts";
export { ClusterError } from "./lib/cluster/cluster_error.ts";
export { keySlot, SLOTS } from "./lib/cluster/slot.ts";
export type { ClusterNodeInfo, ClusterShard } from "./lib/cluster/topology.ts";
export type {
  SentinelAddress,
  SentinelOptions,
} from "./lib/sentinel/sentinel.ts";
