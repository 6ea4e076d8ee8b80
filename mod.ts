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
 * The main entry holds what most programs name: the clients, their options, pipelines,
 * transactions, scripts, pub/sub, the client-side cache, the sugar and the errors.
 * Subpaths hold the rest: `@desir/desir/cluster` (topology, `keySlot`),
 * `@desir/desir/sentinel`, `@desir/desir/codec` (`serialize`, `deserialize`),
 * `@desir/desir/transport` (the socket seam) and `@desir/desir/commands` (the command
 * option and reply types).
 *
 * @module
 */
export {
  Redis,
  type RedisEventMap,
  type RedisEventType,
} from "./lib/client.ts";
export type { RedisArguments, RedisOptions } from "./lib/redis_options.ts";
export type {
  CommandOptions,
  ConnectionOptions,
  ReconnectOptions,
} from "./lib/connection.ts";
export {
  RedisCluster,
  type RedisClusterOptions,
} from "./lib/cluster/cluster.ts";
export {
  type BytesOption,
  ClientBase,
  type ClientBaseOptions,
  type CloseOptions,
  type ReplyFor,
  type ViewOptions,
  type ViewReply,
} from "./lib/client_base.ts";
export { ClientFeatures } from "./lib/client_features.ts";
export type { Reply } from "./lib/command_types.ts";
export type {
  ClientEventListener,
  ClientEventMap,
  EventDetail,
} from "./lib/client_events.ts";
export type {
  HscanIteratorOptions,
  ScanIteratorOptions,
  SscanIteratorOptions,
  ZscanIteratorOptions,
} from "./lib/scan_options.ts";
export type { CommandSender } from "./lib/command_sender.ts";
export {
  type CacheMode,
  type CacheOptions,
  type CacheStats,
  ClientCache,
} from "./lib/cache/client_cache.ts";
export { commandKeys } from "./lib/command_keys.ts";
export { help } from "./lib/help.ts";
export type { Credential } from "./lib/credentials.ts";
export {
  type CommandTrace,
  type ConnectionTrace,
  queryText,
  type TracingHooks,
} from "./lib/tracing.ts";
export {
  CommandQueue,
  Pipeline,
  type Replies,
  Transaction,
} from "./lib/command_queue.ts";
export { type BoundScript, Script } from "./lib/script.ts";
export {
  type PubSubMessage,
  type SubscribeOptions,
  Subscription,
  type SubscriptionKind,
} from "./lib/subscription.ts";
export { Counter, type CounterOptions } from "./lib/sugar/counter.ts";
export {
  Connector,
  type ConnectorOptions,
  type Message,
  type ReceiveOptions,
} from "./lib/sugar/connector.ts";
export type { CallOptions, Proxied, WorkerOptions } from "./lib/sugar/rpc.ts";
export { RedisCollection } from "./lib/sugar/redis_collection.ts";
export { type PageOptions, RedisMap } from "./lib/sugar/redis_map.ts";
export { RedisSet } from "./lib/sugar/redis_set.ts";
export { RedisList } from "./lib/sugar/redis_list.ts";
export type { CollectionOptions, ValueCodec } from "./lib/sugar/value_codec.ts";
export {
  AbortError,
  type AbortErrorCode,
  ClusterError,
  type ClusterErrorCode,
  ConnectionError,
  type ConnectionErrorCode,
  ConnectionLostError,
  type ConnectionLostErrorCode,
  type ConnectionLostErrorOptions,
  ConnectorError,
  type ConnectorErrorCode,
  type ConnectorErrorOptions,
  DesirError,
  type DesirErrorCode,
  type DesirErrorOptions,
  ProtocolError,
  type ProtocolErrorCode,
  RedisError,
  type RedisErrorCode,
  TimeoutError,
  type TimeoutErrorCode,
  ValueCodecError,
  type ValueCodecErrorCode,
  type ValueCodecErrorOptions,
} from "./lib/errors.ts";
export type {
  DecoderOptions,
  RespObject,
  RespValue,
} from "./lib/resp/decode.ts";
export type { RedisArgument } from "./lib/resp/encode.ts";
