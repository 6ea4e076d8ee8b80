/**
 * Hand-kept reply types: what the server does not say about a command. Keyed by method
 * name. A command missing here replies `RespValue` (whatever the decoder gives).
 *
 * - `type` is TypeScript; `S` is the client's string type (`string`, or `Uint8Array` in
 *   bytes mode). Integer replies are `number` (the decoder gives a `bigint` beyond 2^53).
 * - `on` names the parameter the reply depends on (`ZRANGE … WITHSCORES`, `LPOP key
 *   count`): it becomes the method's type parameter `O`, which `type` may test.
 * - `parse` is an expression giving the parser (from `lib/_reply.ts`) or `undefined`; it
 *   may read the method's parameters.
 * - `bytes`: the reply is binary whatever the mode (DUMP).
 *
 * @module
 */

/** How one command's reply is typed and parsed. */
export interface Reply {
  type: string;
  on?: string;
  parse?: string;
  bytes?: boolean;
}

const NUMBER: Reply = { type: "number" };
const NUMBERS: Reply = { type: "number[]" };
/** 1/0 over RESP2, true/false over RESP3: a boolean on both. */
const BOOLEAN: Reply = { type: "boolean", parse: "toBoolean" };
const OK: Reply = { type: '"OK"' };
const STRING: Reply = { type: "S" };
const STRING_OR_NULL: Reply = { type: "S | null" };
const STRINGS: Reply = { type: "S[]" };
const NUMBER_PARSED: Reply = { type: "number", parse: "toNumber" };
const SCORE_OR_NULL: Reply = { type: "number | null", parse: "toNumber" };
const SCAN: Reply = { type: "[cursor: S, items: S[]]" };

const withScores = (on = "options"): Reply => ({
  on,
  type: 'IfOption<O, "withscores", ScoredMember<S>[], S[]>',
  parse: `${on}?.withscores ? toScored : undefined`,
});
const popCount = (one: string, many: string): Reply => ({
  on: "count",
  type: `O extends undefined ? ${one} : ${many}`,
});
const RANK: Reply = {
  on: "options",
  type:
    'IfOption<O, "withscore", [rank: number, score: number] | null, number | null>',
  parse: "options?.withscore ? toRankScore : undefined",
};
const MAP_OF_STRINGS: Reply = { type: "Record<string, S>", parse: "toRecord" };
const MAP: Reply = { type: "Record<string, RespValue>", parse: "toRecord" };
const MAPS: Reply = { type: "Record<string, RespValue>[]", parse: "toRecords" };
const STREAM_ENTRIES: Reply = { type: "StreamEntry<S>[]" };
const STREAMS: Reply = {
  type: "[stream: S, entries: StreamEntry<S>[]][] | null",
  parse: "toStreams",
};
const GEO: Reply = {
  on: "options",
  type:
    "O extends { withcoord: true } | { withdist: true } | { withhash: true } " +
    "? GeoMatch<S>[] : S[]",
  parse: "toGeoMatches",
};

/**
 * Reply types by method name, one line each, grouped as redis.io groups the commands.
 * (Runs of `name: REPLY,` rows are alike in shape because they are data, not copied code.)
 */
export const REPLIES: Record<string, Reply> = {
  // strings
  append: NUMBER,
  decr: NUMBER,
  decrby: NUMBER,
  get: STRING_OR_NULL,
  getdel: STRING_OR_NULL,
  getex: STRING_OR_NULL,
  getrange: STRING,
  getset: STRING_OR_NULL,
  incr: NUMBER,
  incrby: NUMBER,
  incrbyfloat: NUMBER_PARSED,
  lcs: {
    on: "options",
    type:
      "O extends { len: true } ? number : O extends { idx: true } ? RespValue : S",
  },
  mget: { type: "(S | null)[]" },
  mset: OK,
  msetnx: NUMBER,
  psetex: OK,
  set: {
    on: "options",
    type: 'IfOption<O, "get", S | null, "OK" | null>',
  },
  setex: OK,
  setnx: NUMBER,
  setrange: NUMBER,
  strlen: NUMBER,
  substr: STRING,
  // bitmaps
  bitcount: NUMBER,
  bitfield: { type: "(number | null)[]" },
  bitfieldRo: { type: "number[]" },
  bitop: NUMBER,
  bitpos: NUMBER,
  getbit: NUMBER,
  setbit: NUMBER,
  // keys
  copy: NUMBER,
  del: NUMBER,
  dump: { type: "Uint8Array | null", bytes: true },
  exists: NUMBER,
  expire: NUMBER,
  expireat: NUMBER,
  expiretime: NUMBER,
  keys: STRINGS,
  move: NUMBER,
  objectEncoding: STRING_OR_NULL,
  objectFreq: { type: "number | null" },
  objectIdletime: { type: "number | null" },
  objectRefcount: { type: "number | null" },
  persist: NUMBER,
  pexpire: NUMBER,
  pexpireat: NUMBER,
  pexpiretime: NUMBER,
  pttl: NUMBER,
  randomkey: STRING_OR_NULL,
  rename: OK,
  renamenx: NUMBER,
  restore: OK,
  scan: SCAN,
  sort: {
    on: "options",
    type: "O extends { store: RedisKey } ? number : (S | null)[]",
  },
  sortRo: { type: "(S | null)[]" },
  touch: NUMBER,
  ttl: NUMBER,
  type: { type: "string" },
  unlink: NUMBER,
  wait: NUMBER,
  waitaof: { type: "[local: number, replicas: number]" },
  // hashes
  hdel: NUMBER,
  hexists: NUMBER,
  hget: STRING_OR_NULL,
  hgetall: MAP_OF_STRINGS,
  hincrby: NUMBER,
  hincrbyfloat: NUMBER_PARSED,
  hkeys: STRINGS,
  hlen: NUMBER,
  hmget: { type: "(S | null)[]" },
  hmset: OK,
  hrandfield: {
    on: "options",
    type:
      'O extends undefined ? S | null : O extends readonly [unknown, "WITHVALUES" | "withvalues"] ' +
      "? [field: S, value: S][] : S[]",
    parse: "isList(options) && options[1] ? toPairs : undefined",
  },
  hscan: SCAN,
  // per-field expiry (Redis 7.4+): one integer per field
  hexpire: NUMBERS,
  hexpireat: NUMBERS,
  hexpiretime: NUMBERS,
  hpersist: NUMBERS,
  hpexpire: NUMBERS,
  hpexpireat: NUMBERS,
  hpexpiretime: NUMBERS,
  hpttl: NUMBERS,
  httl: NUMBERS,
  hgetdel: { type: "(S | null)[]" },
  hgetex: { type: "(S | null)[]" },
  hsetex: NUMBER,
  hset: NUMBER,
  hsetnx: NUMBER,
  hstrlen: NUMBER,
  hvals: STRINGS,
  // lists
  blmove: STRING_OR_NULL,
  blmpop: { type: "[key: S, elements: S[]] | null" },
  blpop: { type: "[key: S, element: S] | null" },
  brpop: { type: "[key: S, element: S] | null" },
  brpoplpush: STRING_OR_NULL,
  lindex: STRING_OR_NULL,
  linsert: NUMBER,
  llen: NUMBER,
  lmove: STRING_OR_NULL,
  lmpop: { type: "[key: S, elements: S[]] | null" },
  lpop: popCount("S | null", "S[] | null"),
  lpos: {
    on: "options",
    type: "O extends { count: number } ? number[] : number | null",
  },
  lpush: NUMBER,
  lpushx: NUMBER,
  lrange: STRINGS,
  lrem: NUMBER,
  lset: OK,
  ltrim: OK,
  rpop: popCount("S | null", "S[] | null"),
  rpoplpush: STRING_OR_NULL,
  rpush: NUMBER,
  rpushx: NUMBER,
  // sets
  sadd: NUMBER,
  scard: NUMBER,
  sdiff: STRINGS,
  sdiffstore: NUMBER,
  sinter: STRINGS,
  sintercard: NUMBER,
  sinterstore: NUMBER,
  sismember: NUMBER,
  smembers: STRINGS,
  smismember: { type: "number[]" },
  smove: NUMBER,
  spop: popCount("S | null", "S[]"),
  srandmember: popCount("S | null", "S[]"),
  srem: NUMBER,
  sscan: SCAN,
  sunion: STRINGS,
  sunionstore: NUMBER,
  // sorted sets
  bzmpop: {
    type: "[key: S, members: ScoredMember<S>[]] | null",
    parse: "toMultiPop",
  },
  bzpopmax: {
    type: "[key: S, member: S, score: number] | null",
    parse: "toScoredPop",
  },
  bzpopmin: {
    type: "[key: S, member: S, score: number] | null",
    parse: "toScoredPop",
  },
  zadd: {
    on: "options",
    type: 'IfOption<O, "incr", number | null, number>',
    parse: "options?.incr ? toNumber : undefined",
  },
  zcard: NUMBER,
  zcount: NUMBER,
  zdiff: withScores(),
  zdiffstore: NUMBER,
  zincrby: NUMBER_PARSED,
  zinter: withScores(),
  zintercard: NUMBER,
  zinterstore: NUMBER,
  zlexcount: NUMBER,
  zmpop: {
    type: "[key: S, members: ScoredMember<S>[]] | null",
    parse: "toMultiPop",
  },
  zmscore: { type: "(number | null)[]", parse: "toNumbers" },
  zpopmax: { type: "ScoredMember<S>[]", parse: "toScored" },
  zpopmin: { type: "ScoredMember<S>[]", parse: "toScored" },
  zrandmember: {
    on: "options",
    type:
      'O extends undefined ? S | null : O extends readonly [unknown, "WITHSCORES" | "withscores"] ' +
      "? ScoredMember<S>[] : S[]",
    parse: "isList(options) && options[1] ? toScored : undefined",
  },
  zrange: withScores(),
  zrangebylex: STRINGS,
  zrangebyscore: withScores(),
  zrangestore: NUMBER,
  zrank: RANK,
  zrem: NUMBER,
  zremrangebylex: NUMBER,
  zremrangebyrank: NUMBER,
  zremrangebyscore: NUMBER,
  zrevrange: withScores(),
  zrevrangebylex: STRINGS,
  zrevrangebyscore: withScores(),
  zrevrank: RANK,
  zscan: SCAN,
  zscore: SCORE_OR_NULL,
  zunion: withScores(),
  zunionstore: NUMBER,
  // streams
  xack: NUMBER,
  xadd: STRING_OR_NULL,
  xautoclaim: {
    on: "options",
    type: 'IfOption<O, "justid", [next: S, ids: S[], deleted: S[]], ' +
      "[next: S, entries: StreamEntry<S>[], deleted: S[]]>",
  },
  xclaim: {
    on: "options",
    type: 'IfOption<O, "justid", S[], StreamEntry<S>[]>',
  },
  xdel: NUMBER,
  xgroupCreate: OK,
  xgroupCreateconsumer: NUMBER,
  xgroupDelconsumer: NUMBER,
  xgroupDestroy: NUMBER,
  xgroupSetid: OK,
  xinfoConsumers: MAPS,
  xinfoGroups: MAPS,
  xinfoStream: MAP,
  xlen: NUMBER,
  xpending: {
    on: "filters",
    type: "O extends undefined " +
      "? [count: number, first: S | null, last: S | null, consumers: [name: S, count: S][] | null] " +
      ": [id: S, consumer: S, idle: number, deliveries: number][]",
  },
  xrange: STREAM_ENTRIES,
  xread: STREAMS,
  xreadgroup: STREAMS,
  xrevrange: STREAM_ENTRIES,
  xsetid: OK,
  xtrim: NUMBER,
  // vector sets (Redis 8.0+)
  vadd: BOOLEAN,
  vcard: NUMBER,
  vdim: NUMBER,
  vemb: {
    on: "options",
    type: 'IfOption<O, "raw", RespValue[], number[]>',
    parse: "options?.raw ? undefined : toNumbers",
  },
  vgetattr: STRING_OR_NULL,
  vinfo: MAP,
  vismember: BOOLEAN,
  vlinks: {
    on: "options",
    type: 'IfOption<O, "withscores", ScoredMember<S>[][] | null, S[][] | null>',
    parse: "options?.withscores ? toScoredLayers : undefined",
  },
  vrandmember: popCount("S | null", "S[]"),
  vrem: BOOLEAN,
  vsetattr: BOOLEAN,
  vsim: withScores(),
  // geo
  geoadd: NUMBER,
  geodist: SCORE_OR_NULL,
  geohash: { type: "(S | null)[]" },
  geopos: {
    type: "([longitude: number, latitude: number] | null)[]",
    parse: "toCoordinates",
  },
  geosearch: GEO,
  geosearchstore: NUMBER,
  // hyperloglog
  pfadd: NUMBER,
  pfcount: NUMBER,
  pfmerge: OK,
  // pub/sub
  publish: NUMBER,
  pubsubChannels: STRINGS,
  pubsubNumpat: NUMBER,
  pubsubNumsub: { type: "Record<string, number>", parse: "toRecord" },
  pubsubShardchannels: STRINGS,
  pubsubShardnumsub: { type: "Record<string, number>", parse: "toRecord" },
  spublish: NUMBER,
  // scripting and functions
  functionDelete: OK,
  functionDump: { type: "Uint8Array", bytes: true },
  functionFlush: OK,
  functionKill: OK,
  functionLoad: STRING,
  functionRestore: OK,
  scriptExists: { type: "number[]" },
  scriptFlush: OK,
  scriptKill: OK,
  scriptLoad: STRING,
  scriptShow: STRING,
  // connection and server
  aclCat: STRINGS,
  aclDeluser: NUMBER,
  aclDryrun: STRING,
  aclGenpass: STRING,
  aclGetuser: { type: "Record<string, RespValue> | null", parse: "toRecord" },
  aclList: STRINGS,
  aclLoad: OK,
  aclSave: OK,
  aclSetuser: OK,
  aclUsers: STRINGS,
  aclWhoami: STRING,
  bgrewriteaof: { type: "string" },
  bgsave: { type: "string" },
  clientCaching: OK,
  clientCapa: OK,
  clientImportSource: OK,
  clientNoTouch: OK,
  clientSetinfo: OK,
  clientGetname: STRING_OR_NULL,
  clientGetredir: NUMBER,
  clientId: NUMBER,
  clientInfo: STRING,
  clientKill: { type: '"OK" | number' },
  clientList: STRING,
  clientNoEvict: OK,
  clientPause: OK,
  clientSetname: OK,
  clientTracking: OK,
  clientTrackinginfo: MAP,
  clientUnblock: NUMBER,
  clientUnpause: OK,
  clusterAddslots: OK,
  clusterAddslotsrange: OK,
  clusterBumpepoch: { type: "string" },
  clusterCountFailureReports: NUMBER,
  clusterCountkeysinslot: NUMBER,
  clusterDelslots: OK,
  clusterDelslotsrange: OK,
  clusterFailover: OK,
  clusterFlushslots: OK,
  clusterForget: OK,
  clusterGetkeysinslot: STRINGS,
  clusterInfo: STRING,
  clusterKeyslot: NUMBER,
  clusterLinks: MAPS,
  clusterMeet: OK,
  clusterMyid: STRING,
  clusterNodes: STRING,
  clusterReplicas: STRINGS,
  clusterReplicate: OK,
  clusterReset: OK,
  clusterSaveconfig: OK,
  clusterSetConfigEpoch: OK,
  clusterSetslot: OK,
  clusterSlaves: STRINGS,
  clusterMyshardid: STRING,
  clusterSlotStats: {
    type: "[slot: number, stats: Record<string, number>][]",
    parse: "toSlotStats",
  },
  commandlogHelp: STRINGS,
  commandlogLen: NUMBER,
  commandlogReset: OK,
  commandCount: NUMBER,
  commandGetkeys: STRINGS,
  commandList: STRINGS,
  configGet: MAP_OF_STRINGS,
  configResetstat: OK,
  configRewrite: OK,
  configSet: OK,
  dbsize: NUMBER,
  echo: STRING,
  flushall: OK,
  flushdb: OK,
  info: STRING,
  failover: OK,
  lastsave: NUMBER,
  latencyDoctor: STRING,
  latencyReset: NUMBER,
  lolwut: STRING,
  memoryDoctor: STRING,
  memoryMallocStats: STRING,
  memoryPurge: OK,
  memoryStats: MAP,
  memoryUsage: { type: "number | null" },
  moduleLoad: OK,
  moduleLoadex: OK,
  moduleUnload: OK,
  ping: { on: "message", type: 'O extends undefined ? "PONG" : S' },
  readonly: OK,
  readwrite: OK,
  asking: OK,
  replicaof: OK,
  slaveof: OK,
  restoreAsking: OK,
  save: OK,
  scriptDebug: OK,
  slowlogLen: NUMBER,
  slowlogReset: OK,
  swapdb: OK,
  time: { type: "[seconds: S, microseconds: S]" },
  // the HELP subcommand of every container
  aclHelp: STRINGS,
  clientHelp: STRINGS,
  clusterHelp: STRINGS,
  commandHelp: STRINGS,
  configHelp: STRINGS,
  functionHelp: STRINGS,
  latencyHelp: STRINGS,
  memoryHelp: STRINGS,
  moduleHelp: STRINGS,
  objectHelp: STRINGS,
  pubsubHelp: STRINGS,
  scriptHelp: STRINGS,
  slowlogHelp: STRINGS,
  xgroupHelp: STRINGS,
  xinfoHelp: STRINGS,
};

/**
 * The reply of a method. A table from an older server may lack the parameter a reply
 * depends on (ZRANK without WITHSCORE): the reply is then typed as if it were left out.
 */
export function replyOf(
  method: { name: string; params: { name: string }[] },
): Reply | undefined {
  const reply: Reply | undefined = REPLIES[method.name];
  if (!reply?.on || method.params.some((p) => p.name === reply.on)) {
    return reply;
  }
  return {
    type: reply.type.replace(/\bO\b/g, "undefined"),
    ...(reply.bytes && { bytes: true }),
  };
}
