/**
 * Pipelines on a cluster: commands queued together, sent to their nodes at once.
 *
 * The file ends with generated code, after its "Generated below" line: each command
 * method declared again with this class's return type and docs, as `deno doc` lists
 * no inherited member (gen/surfaces.ts).
 *
 * @module
 */
import { addCommandContext } from "../_command_context.ts";
import { type CommandHints, Commands, type Out } from "../commands.ts";
import type { CommandOptions } from "../connection.ts";
import type { RedisArgument } from "../resp/encode.ts";
import type { Script } from "../script.ts";
import { ownedCommandError } from "../_raw_command_guard.ts";

/** How a cluster pipeline sends one command or script. @internal */
export interface ClusterSender {
  send(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<unknown>;
  evalScript(
    script: Script,
    keys: readonly RedisArgument[],
    args: readonly RedisArgument[],
  ): Promise<unknown>;
}

/** One queued command, or a script run. */
interface Queued {
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  hints?: CommandHints;
  script?: { script: Script; keys: RedisArgument[]; args: RedisArgument[] };
}

/**
 * A batch of commands for a cluster. `exec()` sends each command to the node serving its
 * keys, all in the same tick, so each node gets the commands meant for it in one write;
 * results come back in the order the commands were queued. A redirected command is
 * retried where the cluster says; a failed one leaves its `Error` in its slot.
 *
 * @example
 * ```ts
 * import { RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * const [ok, n, names] = await c.pipeline()
 *   .set("user:{1}:name", "ada")
 *   .incr("visits")
 *   .mget("user:{1}:name", "user:{2}:name")
 *   .exec();
 * ```
 */
export class ClusterPipeline<S extends string | Uint8Array = string>
  extends Commands<"chain", S> {
  readonly #sender: ClusterSender;
  readonly #queued: Queued[] = [];

  /** Made by `cluster.pipeline()`. @internal */
  constructor(sender: ClusterSender) {
    super();
    this.#sender = sender;
  }

  /** How many commands are queued. */
  get length(): number {
    return this.#queued.length;
  }

  /**
   * Queues any command but those the client owns (SUBSCRIBE, MULTI, SELECT, …).
   *
   * @throws {TypeError} For a command the client owns, naming what to use instead.
   */
  sendCommand(args: readonly RedisArgument[]): this {
    const refused = ownedCommandError(args);
    if (refused) throw refused;
    this.command(args);
    return this;
  }

  /** Queues a command whose reply is parsed; generated methods go through here. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Out<"chain", T, this> {
    this.#queued.push({ args, parse, hints });
    return this as Out<"chain", T, this>;
  }

  /** Queues a script run by EVALSHA (EVAL when the node does not have it). */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): this {
    void script.sha1(); // computed now, so exec() need not wait for it
    this.#queued.push({
      args: ["EVALSHA"],
      script: { script, keys: [...keys], args: [...args] },
    });
    return this;
  }

  /**
   * Sends everything queued and returns the results in order; a command that failed
   * leaves its error in its slot.
   */
  async exec(): Promise<unknown[]> {
    const queued = this.#queued.splice(0);
    const scripts = queued.flatMap((q) => q.script ? [q.script.script] : []);
    if (scripts.some((s) => s.knownSha1 === undefined)) {
      await Promise.all(scripts.map((s) => s.sha1()));
    }
    const outcomes = await Promise.allSettled(
      queued.map((q) =>
        q.script
          ? this.#sender.evalScript(
            q.script.script,
            q.script.keys,
            q.script.args,
          )
          : this.#sender.send(q.args, q.parse, q.hints)
      ),
    );
    return outcomes.map((o, index) =>
      o.status === "fulfilled"
        ? o.value
        : addCommandContext(o.reason, queued[index].args, {
          index,
          batch: "pipeline",
        })
    );
  }
}

// Generated below by gen/generate.ts from commands.json; do not edit: run `deno task gen`.
import type {
  BgsaveOptions,
  BitfieldOperation,
  BitfieldRoOptions,
  BlmpopOptions,
  BzmpopOptions,
  ClientKillFilter,
  ClientListOptions,
  ClientSetinfoOptions,
  ClientTrackingOptions,
  ClusterSetslotOptions,
  ClusterSlotStatsOptions,
  CommandListOptions,
  CopyOptions,
  FailoverOptions,
  FunctionListOptions,
  FunctionLoadOptions,
  GeoaddOptions,
  GeoradiusbymemberOptions,
  GeoradiusbymemberRoOptions,
  GeoradiusOptions,
  GeoradiusRoOptions,
  GeosearchOptions,
  GeosearchstoreOptions,
  GetexOptions,
  HexpireatOptions,
  HexpireOptions,
  HexpiretimeOptions,
  HgetdelOptions,
  HgetexOptions,
  HpersistOptions,
  HpexpireatOptions,
  HpexpireOptions,
  HpexpiretimeOptions,
  HpttlOptions,
  HscanOptions,
  HsetexOptions,
  HttlOptions,
  LcsOptions,
  LmpopOptions,
  LolwutOptions,
  LposOptions,
  MemoryUsageOptions,
  MigrateOptions,
  ModuleLoadexOptions,
  NoOptions,
  RedisKey,
  ReplicaofArgs,
  RestoreAskingOptions,
  RestoreOptions,
  ScanOptions,
  SetOptions,
  ShutdownOptions,
  SintercardOptions,
  SlaveofArgs,
  SortOptions,
  SortRoOptions,
  SscanOptions,
  Token,
  VaddOptions,
  VembOptions,
  VlinksOptions,
  VsimOptions,
  XaddOptions,
  XautoclaimOptions,
  XclaimOptions,
  XgroupCreateOptions,
  XgroupSetidOptions,
  XinfoStreamOptions,
  XrangeOptions,
  XreadgroupOptions,
  XreadOptions,
  XrevrangeOptions,
  XsetidOptions,
  XtrimTrim,
  ZaddOptions,
  ZdiffOptions,
  ZintercardOptions,
  ZinterOptions,
  ZinterstoreOptions,
  ZmpopOptions,
  ZrangebylexOptions,
  ZrangebyscoreOptions,
  ZrangeOptions,
  ZrangestoreOptions,
  ZrankOptions,
  ZrevrangebylexOptions,
  ZrevrangebyscoreOptions,
  ZrevrangeOptions,
  ZrevrankOptions,
  ZscanOptions,
  ZunionOptions,
  ZunionstoreOptions,
} from "../commands.ts";

/**
 * The command methods of {@linkcode ClusterPipeline}, one per Redis command: each
 * queues its command and returns the pipeline.
 */
export interface ClusterPipeline<S extends string | Uint8Array = string> {
  /**
   * List the ACL categories or the commands inside a category.
   *
   * `ACL CAT [categoryname]`
   *
   * @see {@link https://redis.io/commands/acl-cat/}
   */
  aclCat(categoryname?: RedisArgument): this;

  /**
   * Remove the specified ACL users and the associated rules.
   *
   * `ACL DELUSER username [username ...]`
   *
   * @see {@link https://redis.io/commands/acl-deluser/}
   */
  aclDeluser(
    ...usernames: RedisArgument[] | [usernames: readonly RedisArgument[]]
  ): this;

  /**
   * Returns whether the user can execute the given command without executing the command.
   *
   * `ACL DRYRUN username command [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/acl-dryrun/}
   */
  aclDryrun(
    username: RedisArgument,
    command: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): this;

  /**
   * Generate a pseudorandom secure password to use for ACL users.
   *
   * `ACL GENPASS [bits]`
   *
   * @see {@link https://redis.io/commands/acl-genpass/}
   */
  aclGenpass(bits?: number | bigint): this;

  /**
   * Get the rules for a specific ACL user.
   *
   * `ACL GETUSER username`
   *
   * @see {@link https://redis.io/commands/acl-getuser/}
   */
  aclGetuser(username: RedisArgument): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `ACL HELP`
   *
   * @see {@link https://redis.io/commands/acl-help/}
   */
  aclHelp(): this;

  /**
   * List the current ACL rules in ACL config file format.
   *
   * `ACL LIST`
   *
   * @see {@link https://redis.io/commands/acl-list/}
   */
  aclList(): this;

  /**
   * Reload the ACLs from the configured ACL file.
   *
   * `ACL LOAD`
   *
   * @see {@link https://redis.io/commands/acl-load/}
   */
  aclLoad(): this;

  /**
   * List latest events denied because of ACLs in place.
   *
   * `ACL LOG [count | RESET]`
   *
   * @see {@link https://redis.io/commands/acl-log/}
   */
  aclLog(operation?: (number | bigint) | Token<"RESET">): this;

  /**
   * Save the current ACL rules in the configured ACL file.
   *
   * `ACL SAVE`
   *
   * @see {@link https://redis.io/commands/acl-save/}
   */
  aclSave(): this;

  /**
   * Modify or create the rules for a specific ACL user.
   *
   * `ACL SETUSER username [rule [rule ...]]`
   *
   * @see {@link https://redis.io/commands/acl-setuser/}
   */
  aclSetuser(
    username: RedisArgument,
    ...rules: RedisArgument[] | [rules: readonly RedisArgument[]]
  ): this;

  /**
   * List the username of all the configured ACL rules.
   *
   * `ACL USERS`
   *
   * @see {@link https://redis.io/commands/acl-users/}
   */
  aclUsers(): this;

  /**
   * Return the name of the user associated to the current connection.
   *
   * `ACL WHOAMI`
   *
   * @see {@link https://redis.io/commands/acl-whoami/}
   */
  aclWhoami(): this;

  /**
   * Append a value to a key.
   *
   * `APPEND key value`
   *
   * @see {@link https://redis.io/commands/append/}
   */
  append(key: RedisKey, value: RedisArgument): this;

  /**
   * Sent by cluster clients after an -ASK redirect.
   *
   * `ASKING`
   *
   * @see {@link https://redis.io/commands/asking/}
   */
  asking(): this;

  /**
   * Asynchronously rewrite the append-only file.
   *
   * `BGREWRITEAOF`
   *
   * @see {@link https://redis.io/commands/bgrewriteaof/}
   */
  bgrewriteaof(): this;

  /**
   * Asynchronously save the dataset to disk.
   *
   * `BGSAVE [SCHEDULE] [CANCEL]`
   *
   * @see {@link https://redis.io/commands/bgsave/}
   */
  bgsave(options?: BgsaveOptions): this;

  /**
   * Count set bits in a string.
   *
   * `BITCOUNT key [start end [BYTE | BIT]]`
   *
   * @see {@link https://redis.io/commands/bitcount/}
   */
  bitcount(
    key: RedisKey,
    index?: readonly [
      start: number | bigint,
      end: number | bigint,
      indexUnit?: Token<"BYTE" | "BIT">,
    ],
  ): this;

  /**
   * Perform arbitrary bitfield integer operations on strings.
   *
   * `BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield/}
   */
  bitfield(key: RedisKey, ...operations: BitfieldOperation[]): this;

  /**
   * Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD.
   *
   * `BITFIELD_RO key [GET encoding offset [GET encoding offset ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield_ro/}
   */
  bitfieldRo(key: RedisKey, options?: BitfieldRoOptions): this;

  /**
   * Perform bitwise operations between strings.
   *
   * `BITOP operation destkey key [key ...]`
   *
   * @see {@link https://redis.io/commands/bitop/}
   */
  bitop(
    operation: RedisArgument,
    destkey: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): this;

  /**
   * Find first bit set or clear in a string.
   *
   * `BITPOS key bit [start [end [BYTE | BIT]]]`
   *
   * @see {@link https://redis.io/commands/bitpos/}
   */
  bitpos(
    key: RedisKey,
    bit: number | bigint,
    index?:
      | number
      | bigint
      | readonly [
        start: number | bigint,
        end?: number | bigint,
        indexUnit?: Token<"BYTE" | "BIT">,
      ],
  ): this;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout`
   *
   * @see {@link https://redis.io/commands/blmove/}
   */
  blmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
    timeout: number,
  ): this;

  /**
   * Pop elements from a list, or block until one is available.
   *
   * `BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/blmpop/}
   */
  blmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: BlmpopOptions,
  ): this;

  /**
   * Remove and get the first element in a list, or block until one is available.
   *
   * `BLPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/blpop/}
   */
  blpop(keys: RedisKey | readonly RedisKey[], timeout: number): this;

  /**
   * Remove and get the last element in a list, or block until one is available.
   *
   * `BRPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/brpop/}
   */
  brpop(keys: RedisKey | readonly RedisKey[], timeout: number): this;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BRPOPLPUSH source destination timeout`
   *
   * @see {@link https://redis.io/commands/brpoplpush/}
   * @deprecated since Redis 6.2.0: use `BLMOVE` with the `RIGHT` and `LEFT` arguments
   */
  brpoplpush(source: RedisKey, destination: RedisKey, timeout: number): this;

  /**
   * Remove and return members with scores in a sorted set or block until one is available.
   *
   * `BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/bzmpop/}
   */
  bzmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: BzmpopOptions,
  ): this;

  /**
   * Remove and return the member with the highest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMAX key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmax/}
   */
  bzpopmax(keys: RedisKey | readonly RedisKey[], timeout: number): this;

  /**
   * Remove and return the member with the lowest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMIN key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmin/}
   */
  bzpopmin(keys: RedisKey | readonly RedisKey[], timeout: number): this;

  /**
   * Instruct the server about tracking or not keys in the next request.
   *
   * `CLIENT CACHING <YES | NO>`
   *
   * @see {@link https://redis.io/commands/client-caching/}
   */
  clientCaching(mode: Token<"YES" | "NO">): this;

  /**
   * A client claims its capability.
   *
   * `CLIENT CAPA capability [capability ...]`
   *
   * @see {@link https://valkey.io/commands/client-capa/}
   */
  clientCapa(
    ...capabilitys: RedisArgument[] | [capabilitys: readonly RedisArgument[]]
  ): this;

  /**
   * Get the current connection name.
   *
   * `CLIENT GETNAME`
   *
   * @see {@link https://redis.io/commands/client-getname/}
   */
  clientGetname(): this;

  /**
   * Get tracking notifications redirection client ID if any.
   *
   * `CLIENT GETREDIR`
   *
   * @see {@link https://redis.io/commands/client-getredir/}
   */
  clientGetredir(): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLIENT HELP`
   *
   * @see {@link https://redis.io/commands/client-help/}
   */
  clientHelp(): this;

  /**
   * Returns the client ID for the current connection.
   *
   * `CLIENT ID`
   *
   * @see {@link https://redis.io/commands/client-id/}
   */
  clientId(): this;

  /**
   * Mark this client as an import source when server is in import mode.
   *
   * `CLIENT IMPORT-SOURCE <ON | OFF>`
   *
   * @see {@link https://valkey.io/commands/client-import-source/}
   */
  clientImportSource(enabled: Token<"ON" | "OFF">): this;

  /**
   * Returns information about the current client connection.
   *
   * `CLIENT INFO`
   *
   * @see {@link https://redis.io/commands/client-info/}
   */
  clientInfo(): this;

  /**
   * Kill the connection of a client.
   *
   * `CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] [[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] ...]>>`
   *
   * @see {@link https://redis.io/commands/client-kill/}
   */
  clientKill(filter: ClientKillFilter): this;

  /**
   * Get the list of client connections.
   *
   * `CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id [client-id ...]] [USER username] [ADDR ip:port] [LADDR ip:port] [SKIPME YES | NO] [MAXAGE maxage]`
   *
   * @see {@link https://redis.io/commands/client-list/}
   */
  clientList(options?: ClientListOptions): this;

  /**
   * Set client eviction mode for the current connection.
   *
   * `CLIENT NO-EVICT <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-evict/}
   */
  clientNoEvict(enabled: Token<"ON" | "OFF">): this;

  /**
   * Controls whether commands sent by the client affect the LRU/LFU of accessed keys.
   *
   * `CLIENT NO-TOUCH <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-touch/}
   */
  clientNoTouch(enabled: Token<"ON" | "OFF">): this;

  /**
   * Stop processing commands from clients for some time.
   *
   * `CLIENT PAUSE timeout [WRITE | ALL]`
   *
   * @see {@link https://redis.io/commands/client-pause/}
   */
  clientPause(timeout: number | bigint, mode?: Token<"WRITE" | "ALL">): this;

  /**
   * Sets information specific to the client or connection.
   *
   * `CLIENT SETINFO <LIB-NAME libname | LIB-VER libver>`
   *
   * @see {@link https://redis.io/commands/client-setinfo/}
   */
  clientSetinfo(options: ClientSetinfoOptions): this;

  /**
   * Set the current connection name.
   *
   * `CLIENT SETNAME connection-name`
   *
   * @see {@link https://redis.io/commands/client-setname/}
   */
  clientSetname(connectionName: RedisArgument): this;

  /**
   * Enable or disable server assisted client side caching support.
   *
   * `CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]`
   *
   * @see {@link https://redis.io/commands/client-tracking/}
   */
  clientTracking(
    status: Token<"ON" | "OFF">,
    options?: ClientTrackingOptions,
  ): this;

  /**
   * Return information about server assisted client side caching for the current connection.
   *
   * `CLIENT TRACKINGINFO`
   *
   * @see {@link https://redis.io/commands/client-trackinginfo/}
   */
  clientTrackinginfo(): this;

  /**
   * Unblock a client blocked in a blocking command from a different connection.
   *
   * `CLIENT UNBLOCK client-id [TIMEOUT | ERROR]`
   *
   * @see {@link https://redis.io/commands/client-unblock/}
   */
  clientUnblock(
    clientId: number | bigint,
    timeoutError?: Token<"TIMEOUT" | "ERROR">,
  ): this;

  /**
   * Resume processing of clients that were paused.
   *
   * `CLIENT UNPAUSE`
   *
   * @see {@link https://redis.io/commands/client-unpause/}
   */
  clientUnpause(): this;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslots/}
   */
  clusterAddslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): this;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslotsrange/}
   */
  clusterAddslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): this;

  /**
   * Advance the cluster config epoch.
   *
   * `CLUSTER BUMPEPOCH`
   *
   * @see {@link https://redis.io/commands/cluster-bumpepoch/}
   */
  clusterBumpepoch(): this;

  /**
   * Return the number of failure reports active for a given node.
   *
   * `CLUSTER COUNT-FAILURE-REPORTS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-count-failure-reports/}
   */
  clusterCountFailureReports(nodeId: RedisArgument): this;

  /**
   * Return the number of local keys in the specified hash slot.
   *
   * `CLUSTER COUNTKEYSINSLOT slot`
   *
   * @see {@link https://redis.io/commands/cluster-countkeysinslot/}
   */
  clusterCountkeysinslot(slot: number | bigint): this;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslots/}
   */
  clusterDelslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): this;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslotsrange/}
   */
  clusterDelslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): this;

  /**
   * Forces a replica to perform a manual failover of its master.
   *
   * `CLUSTER FAILOVER [FORCE | TAKEOVER]`
   *
   * @see {@link https://redis.io/commands/cluster-failover/}
   */
  clusterFailover(options?: Token<"FORCE" | "TAKEOVER">): this;

  /**
   * Delete a node's own slots information.
   *
   * `CLUSTER FLUSHSLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-flushslots/}
   */
  clusterFlushslots(): this;

  /**
   * Remove a node from the nodes table.
   *
   * `CLUSTER FORGET node-id`
   *
   * @see {@link https://redis.io/commands/cluster-forget/}
   */
  clusterForget(nodeId: RedisArgument): this;

  /**
   * Return local key names in the specified hash slot.
   *
   * `CLUSTER GETKEYSINSLOT slot count`
   *
   * @see {@link https://redis.io/commands/cluster-getkeysinslot/}
   */
  clusterGetkeysinslot(slot: number | bigint, count: number | bigint): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLUSTER HELP`
   *
   * @see {@link https://redis.io/commands/cluster-help/}
   */
  clusterHelp(): this;

  /**
   * Provides info about Redis Cluster node state.
   *
   * `CLUSTER INFO`
   *
   * @see {@link https://redis.io/commands/cluster-info/}
   */
  clusterInfo(): this;

  /**
   * Returns the hash slot of the specified key.
   *
   * `CLUSTER KEYSLOT key`
   *
   * @see {@link https://redis.io/commands/cluster-keyslot/}
   */
  clusterKeyslot(key: RedisArgument): this;

  /**
   * Returns a list of all TCP links to and from peer nodes in cluster.
   *
   * `CLUSTER LINKS`
   *
   * @see {@link https://redis.io/commands/cluster-links/}
   */
  clusterLinks(): this;

  /**
   * Force a node cluster to handshake with another node.
   *
   * `CLUSTER MEET ip port [cluster_bus_port]`
   *
   * @see {@link https://redis.io/commands/cluster-meet/}
   */
  clusterMeet(
    ip: RedisArgument,
    port: number | bigint,
    clusterBusPort?: number | bigint,
  ): this;

  /**
   * Return the node id.
   *
   * `CLUSTER MYID`
   *
   * @see {@link https://redis.io/commands/cluster-myid/}
   */
  clusterMyid(): this;

  /**
   * Returns the shard ID of a node.
   *
   * `CLUSTER MYSHARDID`
   *
   * @see {@link https://redis.io/commands/cluster-myshardid/}
   */
  clusterMyshardid(): this;

  /**
   * Get Cluster config for the node.
   *
   * `CLUSTER NODES`
   *
   * @see {@link https://redis.io/commands/cluster-nodes/}
   */
  clusterNodes(): this;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER REPLICAS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicas/}
   */
  clusterReplicas(nodeId: RedisArgument): this;

  /**
   * Reconfigure a node as a replica of the specified master node.
   *
   * `CLUSTER REPLICATE node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicate/}
   */
  clusterReplicate(nodeId: RedisArgument): this;

  /**
   * Reset a Redis Cluster node.
   *
   * `CLUSTER RESET [HARD | SOFT]`
   *
   * @see {@link https://redis.io/commands/cluster-reset/}
   */
  clusterReset(hardSoft?: Token<"HARD" | "SOFT">): this;

  /**
   * Forces the node to save cluster state on disk.
   *
   * `CLUSTER SAVECONFIG`
   *
   * @see {@link https://redis.io/commands/cluster-saveconfig/}
   */
  clusterSaveconfig(): this;

  /**
   * Set the configuration epoch in a new node.
   *
   * `CLUSTER SET-CONFIG-EPOCH config-epoch`
   *
   * @see {@link https://redis.io/commands/cluster-set-config-epoch/}
   */
  clusterSetConfigEpoch(configEpoch: number | bigint): this;

  /**
   * Bind a hash slot to a specific node.
   *
   * `CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE> [TIMEOUT timeout]`
   *
   * @see {@link https://redis.io/commands/cluster-setslot/}
   */
  clusterSetslot(slot: number | bigint, options: ClusterSetslotOptions): this;

  /**
   * Get array of cluster slots to node mappings.
   *
   * `CLUSTER SHARDS`
   *
   * @see {@link https://redis.io/commands/cluster-shards/}
   */
  clusterShards(): this;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER SLAVES node-id`
   *
   * @see {@link https://redis.io/commands/cluster-slaves/}
   * @deprecated since Redis 5.0.0: use `CLUSTER REPLICAS`
   */
  clusterSlaves(nodeId: RedisArgument): this;

  /**
   * Return an array of slot usage statistics for slots assigned to the current node.
   *
   * `CLUSTER SLOT-STATS <SLOTSRANGE start-slot end-slot | ORDERBY metric [LIMIT limit] [ASC | DESC]>`
   *
   * @see {@link https://valkey.io/commands/cluster-slot-stats/}
   */
  clusterSlotStats(options: ClusterSlotStatsOptions): this;

  /**
   * Get array of Cluster slot to node mappings.
   *
   * `CLUSTER SLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-slots/}
   * @deprecated since Redis 7.0.0: use `CLUSTER SHARDS`
   */
  clusterSlots(): this;

  /**
   * Get total number of Redis commands.
   *
   * `COMMAND COUNT`
   *
   * @see {@link https://redis.io/commands/command-count/}
   */
  commandCount(): this;

  /**
   * Get array of specific Redis command documentation.
   *
   * `COMMAND DOCS [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-docs/}
   */
  commandDocs(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): this;

  /**
   * Extract keys given a full Redis command.
   *
   * `COMMAND GETKEYS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeys/}
   */
  commandGetkeys(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): this;

  /**
   * Extract keys and access flags given a full Redis command.
   *
   * `COMMAND GETKEYSANDFLAGS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeysandflags/}
   */
  commandGetkeysandflags(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMAND HELP`
   *
   * @see {@link https://redis.io/commands/command-help/}
   */
  commandHelp(): this;

  /**
   * Get array of specific Redis command details, or all when no argument is given.
   *
   * `COMMAND INFO [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-info/}
   */
  commandInfo(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): this;

  /**
   * Get an array of Redis command names.
   *
   * `COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN pattern]`
   *
   * @see {@link https://redis.io/commands/command-list/}
   */
  commandList(options?: CommandListOptions): this;

  /**
   * Returns the specified command log's entries.
   *
   * `COMMANDLOG GET count <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-get/}
   */
  commandlogGet(count: number | bigint, type: RedisArgument): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMANDLOG HELP`
   *
   * @see {@link https://valkey.io/commands/commandlog-help/}
   */
  commandlogHelp(): this;

  /**
   * Returns the number of entries in the specified type of command log.
   *
   * `COMMANDLOG LEN <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-len/}
   */
  commandlogLen(type: RedisArgument): this;

  /**
   * Clears all entries from the specified type of command log.
   *
   * `COMMANDLOG RESET <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-reset/}
   */
  commandlogReset(type: RedisArgument): this;

  /**
   * Get the values of configuration parameters.
   *
   * `CONFIG GET parameter [parameter ...]`
   *
   * @see {@link https://redis.io/commands/config-get/}
   */
  configGet(
    ...parameters: RedisArgument[] | [parameters: readonly RedisArgument[]]
  ): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CONFIG HELP`
   *
   * @see {@link https://redis.io/commands/config-help/}
   */
  configHelp(): this;

  /**
   * Reset the stats returned by INFO.
   *
   * `CONFIG RESETSTAT`
   *
   * @see {@link https://redis.io/commands/config-resetstat/}
   */
  configResetstat(): this;

  /**
   * Rewrite the configuration file with the in memory configuration.
   *
   * `CONFIG REWRITE`
   *
   * @see {@link https://redis.io/commands/config-rewrite/}
   */
  configRewrite(): this;

  /**
   * Set configuration parameters to the given values.
   *
   * `CONFIG SET parameter value [parameter value ...]`
   *
   * @see {@link https://redis.io/commands/config-set/}
   */
  configSet(
    ...parameterValues: [
      parameterValues:
        | Record<string, RedisArgument>
        | readonly (readonly [
          parameter: RedisArgument,
          value: RedisArgument,
        ])[],
    ] | [parameter: RedisArgument, value: RedisArgument]
  ): this;

  /**
   * Copy a key.
   *
   * `COPY source destination [DB destination-db] [REPLACE]`
   *
   * @see {@link https://redis.io/commands/copy/}
   */
  copy(source: RedisKey, destination: RedisKey, options?: CopyOptions): this;

  /**
   * Return the number of keys in the selected database.
   *
   * `DBSIZE`
   *
   * @see {@link https://redis.io/commands/dbsize/}
   */
  dbsize(): this;

  /**
   * A container for debugging commands.
   *
   * `DEBUG [arg ...]`
   *
   * @see {@link https://redis.io/commands/debug/}
   */
  debug(...args: RedisArgument[] | [args: readonly RedisArgument[]]): this;

  /**
   * Decrement the integer value of a key by one.
   *
   * `DECR key`
   *
   * @see {@link https://redis.io/commands/decr/}
   */
  decr(key: RedisKey): this;

  /**
   * Decrement the integer value of a key by the given number.
   *
   * `DECRBY key decrement`
   *
   * @see {@link https://redis.io/commands/decrby/}
   */
  decrby(key: RedisKey, decrement: number | bigint): this;

  /**
   * Delete a key.
   *
   * `DEL key [key ...]`
   *
   * @see {@link https://redis.io/commands/del/}
   */
  del(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Return a serialized version of the value stored at the specified key.
   *
   * `DUMP key`
   *
   * @see {@link https://redis.io/commands/dump/}
   */
  dump(key: RedisKey): this;

  /**
   * Echo the given string.
   *
   * `ECHO message`
   *
   * @see {@link https://redis.io/commands/echo/}
   */
  echo(message: RedisArgument): this;

  /**
   * Execute a Lua script server side.
   *
   * `EVAL script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval/}
   */
  eval(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVAL_RO script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval_ro/}
   */
  evalRo(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Execute a Lua script server side.
   *
   * `EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha/}
   */
  evalsha(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha_ro/}
   */
  evalshaRo(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Determine if a key exists.
   *
   * `EXISTS key [key ...]`
   *
   * @see {@link https://redis.io/commands/exists/}
   */
  exists(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Set a key's time to live in seconds.
   *
   * `EXPIRE key seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expire/}
   */
  expire(
    key: RedisKey,
    seconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): this;

  /**
   * Set the expiration for a key as a UNIX timestamp.
   *
   * `EXPIREAT key unix-time-seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expireat/}
   */
  expireat(
    key: RedisKey,
    unixTimeSeconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): this;

  /**
   * Get the expiration Unix timestamp for a key.
   *
   * `EXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/expiretime/}
   */
  expiretime(key: RedisKey): this;

  /**
   * Start a coordinated failover between this server and one of its replicas.
   *
   * `FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]`
   *
   * @see {@link https://redis.io/commands/failover/}
   */
  failover(options?: FailoverOptions): this;

  /**
   * Invoke a function.
   *
   * `FCALL function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall/}
   */
  fcall(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Invoke a read-only function.
   *
   * `FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall_ro/}
   */
  fcallRo(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): this;

  /**
   * Remove all keys from all databases.
   *
   * `FLUSHALL [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushall/}
   */
  flushall(async?: Token<"ASYNC" | "SYNC">): this;

  /**
   * Remove all keys from the current database.
   *
   * `FLUSHDB [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushdb/}
   */
  flushdb(async?: Token<"ASYNC" | "SYNC">): this;

  /**
   * Delete a function by name.
   *
   * `FUNCTION DELETE library-name`
   *
   * @see {@link https://redis.io/commands/function-delete/}
   */
  functionDelete(libraryName: RedisArgument): this;

  /**
   * Dump all functions into a serialized binary payload.
   *
   * `FUNCTION DUMP`
   *
   * @see {@link https://redis.io/commands/function-dump/}
   */
  functionDump(): this;

  /**
   * Deleting all functions.
   *
   * `FUNCTION FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/function-flush/}
   */
  functionFlush(async?: Token<"ASYNC" | "SYNC">): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `FUNCTION HELP`
   *
   * @see {@link https://redis.io/commands/function-help/}
   */
  functionHelp(): this;

  /**
   * Kill the function currently in execution.
   *
   * `FUNCTION KILL`
   *
   * @see {@link https://redis.io/commands/function-kill/}
   */
  functionKill(): this;

  /**
   * List information about all the functions.
   *
   * `FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]`
   *
   * @see {@link https://redis.io/commands/function-list/}
   */
  functionList(options?: FunctionListOptions): this;

  /**
   * Create a function with the given arguments (name, code, description)
   *
   * `FUNCTION LOAD [REPLACE] function-code`
   *
   * @see {@link https://redis.io/commands/function-load/}
   */
  functionLoad(
    functionCode: RedisArgument,
    options?: FunctionLoadOptions,
  ): this;

  /**
   * Restore all the functions on the given payload.
   *
   * `FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]`
   *
   * @see {@link https://redis.io/commands/function-restore/}
   */
  functionRestore(
    serializedValue: RedisArgument,
    policy?: Token<"FLUSH" | "APPEND" | "REPLACE">,
  ): this;

  /**
   * Return information about the function currently running (name, description, duration)
   *
   * `FUNCTION STATS`
   *
   * @see {@link https://redis.io/commands/function-stats/}
   */
  functionStats(): this;

  /**
   * Add one or more geospatial items in the geospatial index represented using a sorted set.
   *
   * `GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member ...]`
   *
   * @see {@link https://redis.io/commands/geoadd/}
   */
  geoadd(
    key: RedisKey,
    longitudeLatitudeMembers: readonly (readonly [
      longitude: number,
      latitude: number,
      member: RedisArgument,
    ])[],
    options?: GeoaddOptions,
  ): this;

  /**
   * Returns the distance between two members of a geospatial index.
   *
   * `GEODIST key member1 member2 [M | KM | FT | MI]`
   *
   * @see {@link https://redis.io/commands/geodist/}
   */
  geodist(
    key: RedisKey,
    member1: RedisArgument,
    member2: RedisArgument,
    unit?: Token<"M" | "KM" | "FT" | "MI">,
  ): this;

  /**
   * Returns members of a geospatial index as standard geohash strings.
   *
   * `GEOHASH key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geohash/}
   */
  geohash(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Returns longitude and latitude of members of a geospatial index.
   *
   * `GEOPOS key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geopos/}
   */
  geopos(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point.
   *
   * `GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadius/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument
   */
  georadius(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusOptions,
  ): this;

  /**
   * A read-only variant for GEORADIUS.
   *
   * `GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadius_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` argument
   */
  georadiusRo(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusRoOptions,
  ): this;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member.
   *
   * `GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymember(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberOptions,
  ): this;

  /**
   * A read-only variant for GEORADIUSBYMEMBER.
   *
   * `GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymemberRo(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberRoOptions,
  ): this;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.
   *
   * `GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]`
   *
   * @see {@link https://redis.io/commands/geosearch/}
   */
  geosearch<O extends GeosearchOptions = GeosearchOptions>(
    key: RedisKey,
    options: O,
  ): this;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.
   *
   * `GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]`
   *
   * @see {@link https://redis.io/commands/geosearchstore/}
   */
  geosearchstore(
    destination: RedisKey,
    source: RedisKey,
    options: GeosearchstoreOptions,
  ): this;

  /**
   * Get the value of a key.
   *
   * `GET key`
   *
   * @see {@link https://redis.io/commands/get/}
   */
  get(key: RedisKey): this;

  /**
   * Returns the bit value at offset in the string value stored at key.
   *
   * `GETBIT key offset`
   *
   * @see {@link https://redis.io/commands/getbit/}
   */
  getbit(key: RedisKey, offset: number | bigint): this;

  /**
   * Get the value of a key and delete the key.
   *
   * `GETDEL key`
   *
   * @see {@link https://redis.io/commands/getdel/}
   */
  getdel(key: RedisKey): this;

  /**
   * Get the value of a key and optionally set its expiration.
   *
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
   *
   * @see {@link https://redis.io/commands/getex/}
   */
  getex(key: RedisKey, options?: GetexOptions): this;

  /**
   * Get a substring of the string stored at a key.
   *
   * `GETRANGE key start end`
   *
   * @see {@link https://redis.io/commands/getrange/}
   */
  getrange(key: RedisKey, start: number | bigint, end: number | bigint): this;

  /**
   * Set the string value of a key and return its old value.
   *
   * `GETSET key value`
   *
   * @see {@link https://redis.io/commands/getset/}
   * @deprecated since Redis 6.2.0: use `SET` with the `!GET` argument
   */
  getset(key: RedisKey, value: RedisArgument): this;

  /**
   * Delete one or more hash fields.
   *
   * `HDEL key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hdel/}
   */
  hdel(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): this;

  /**
   * Determine if a hash field exists.
   *
   * `HEXISTS key field`
   *
   * @see {@link https://redis.io/commands/hexists/}
   */
  hexists(key: RedisKey, field: RedisArgument): this;

  /**
   * Set expiry for hash field using relative time to expire (seconds)
   *
   * `HEXPIRE key seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpire/}
   */
  hexpire(
    key: RedisKey,
    seconds: number | bigint,
    options: HexpireOptions,
  ): this;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (seconds)
   *
   * `HEXPIREAT key unix-time-seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpireat/}
   */
  hexpireat(
    key: RedisKey,
    unixTimeSeconds: number,
    options: HexpireatOptions,
  ): this;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in seconds.
   *
   * `HEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpiretime/}
   */
  hexpiretime(key: RedisKey, options: HexpiretimeOptions): this;

  /**
   * Get the value of a hash field.
   *
   * `HGET key field`
   *
   * @see {@link https://redis.io/commands/hget/}
   */
  hget(key: RedisKey, field: RedisArgument): this;

  /**
   * Get all the fields and values in a hash.
   *
   * `HGETALL key`
   *
   * @see {@link https://redis.io/commands/hgetall/}
   */
  hgetall(key: RedisKey): this;

  /**
   * Returns the value of a field and deletes it from the hash.
   *
   * `HGETDEL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetdel/}
   */
  hgetdel(key: RedisKey, options: HgetdelOptions): this;

  /**
   * Get the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HGETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetex/}
   */
  hgetex(key: RedisKey, options: HgetexOptions): this;

  /**
   * Increment the integer value of a hash field by the given number.
   *
   * `HINCRBY key field increment`
   *
   * @see {@link https://redis.io/commands/hincrby/}
   */
  hincrby(
    key: RedisKey,
    field: RedisArgument,
    increment: number | bigint,
  ): this;

  /**
   * Increment the float value of a hash field by the given amount.
   *
   * `HINCRBYFLOAT key field increment`
   *
   * @see {@link https://redis.io/commands/hincrbyfloat/}
   */
  hincrbyfloat(key: RedisKey, field: RedisArgument, increment: number): this;

  /**
   * Get all the fields in a hash.
   *
   * `HKEYS key`
   *
   * @see {@link https://redis.io/commands/hkeys/}
   */
  hkeys(key: RedisKey): this;

  /**
   * Get the number of fields in a hash.
   *
   * `HLEN key`
   *
   * @see {@link https://redis.io/commands/hlen/}
   */
  hlen(key: RedisKey): this;

  /**
   * Get the values of all the given hash fields.
   *
   * `HMGET key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hmget/}
   */
  hmget(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): this;

  /**
   * Set multiple hash fields to multiple values.
   *
   * `HMSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hmset/}
   * @deprecated since Redis 4.0.0: use `HSET` with multiple field-value pairs
   */
  hmset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): this;

  /**
   * Removes the expiration time for each specified field.
   *
   * `HPERSIST key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpersist/}
   */
  hpersist(key: RedisKey, options: HpersistOptions): this;

  /**
   * Set expiry for hash field using relative time to expire (milliseconds)
   *
   * `HPEXPIRE key milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpire/}
   */
  hpexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    options: HpexpireOptions,
  ): this;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (milliseconds)
   *
   * `HPEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpireat/}
   */
  hpexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    options: HpexpireatOptions,
  ): this;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in msec.
   *
   * `HPEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpiretime/}
   */
  hpexpiretime(key: RedisKey, options: HpexpiretimeOptions): this;

  /**
   * Returns the TTL in milliseconds of a hash field.
   *
   * `HPTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpttl/}
   */
  hpttl(key: RedisKey, options: HpttlOptions): this;

  /**
   * Get one or multiple random fields from a hash.
   *
   * `HRANDFIELD key [count [WITHVALUES]]`
   *
   * @see {@link https://redis.io/commands/hrandfield/}
   */
  hrandfield<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withvalues?: Token<"WITHVALUES">]
      | undefined = undefined,
  >(key: RedisKey, options?: O): this;

  /**
   * Incrementally iterate hash fields and associated values.
   *
   * `HSCAN key cursor [MATCH pattern] [COUNT count] [NOVALUES]`
   *
   * @see {@link https://redis.io/commands/hscan/}
   */
  hscan(key: RedisKey, cursor: RedisArgument, options?: HscanOptions): this;

  /**
   * Set the string value of a hash field.
   *
   * `HSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hset/}
   */
  hset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): this;

  /**
   * Set the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HSETEX key [FNX | FXX] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL] FIELDS numfields field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hsetex/}
   */
  hsetex(key: RedisKey, options: HsetexOptions): this;

  /**
   * Set the value of a hash field, only if the field does not exist.
   *
   * `HSETNX key field value`
   *
   * @see {@link https://redis.io/commands/hsetnx/}
   */
  hsetnx(key: RedisKey, field: RedisArgument, value: RedisArgument): this;

  /**
   * Get the length of the value of a hash field.
   *
   * `HSTRLEN key field`
   *
   * @see {@link https://redis.io/commands/hstrlen/}
   */
  hstrlen(key: RedisKey, field: RedisArgument): this;

  /**
   * Returns the TTL in seconds of a hash field.
   *
   * `HTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/httl/}
   */
  httl(key: RedisKey, options: HttlOptions): this;

  /**
   * Get all the values in a hash.
   *
   * `HVALS key`
   *
   * @see {@link https://redis.io/commands/hvals/}
   */
  hvals(key: RedisKey): this;

  /**
   * Increment the integer value of a key by one.
   *
   * `INCR key`
   *
   * @see {@link https://redis.io/commands/incr/}
   */
  incr(key: RedisKey): this;

  /**
   * Increment the integer value of a key by the given amount.
   *
   * `INCRBY key increment`
   *
   * @see {@link https://redis.io/commands/incrby/}
   */
  incrby(key: RedisKey, increment: number | bigint): this;

  /**
   * Increment the float value of a key by the given amount.
   *
   * `INCRBYFLOAT key increment`
   *
   * @see {@link https://redis.io/commands/incrbyfloat/}
   */
  incrbyfloat(key: RedisKey, increment: number): this;

  /**
   * Get information and statistics about the server.
   *
   * `INFO [section [section ...]]`
   *
   * @see {@link https://redis.io/commands/info/}
   */
  info(
    ...sections: RedisArgument[] | [sections: readonly RedisArgument[]]
  ): this;

  /**
   * Find all keys matching the given pattern.
   *
   * `KEYS pattern`
   *
   * @see {@link https://redis.io/commands/keys/}
   */
  keys(pattern: RedisArgument): this;

  /**
   * Get the UNIX time stamp of the last successful save to disk.
   *
   * `LASTSAVE`
   *
   * @see {@link https://redis.io/commands/lastsave/}
   */
  lastsave(): this;

  /**
   * Return a human readable latency analysis report.
   *
   * `LATENCY DOCTOR`
   *
   * @see {@link https://redis.io/commands/latency-doctor/}
   */
  latencyDoctor(): this;

  /**
   * Return a latency graph for the event.
   *
   * `LATENCY GRAPH event`
   *
   * @see {@link https://redis.io/commands/latency-graph/}
   */
  latencyGraph(event: RedisArgument): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `LATENCY HELP`
   *
   * @see {@link https://redis.io/commands/latency-help/}
   */
  latencyHelp(): this;

  /**
   * Return the cumulative distribution of latencies of a subset of commands or all.
   *
   * `LATENCY HISTOGRAM [command [command ...]]`
   *
   * @see {@link https://redis.io/commands/latency-histogram/}
   */
  latencyHistogram(
    ...commands: RedisArgument[] | [commands: readonly RedisArgument[]]
  ): this;

  /**
   * Return timestamp-latency samples for the event.
   *
   * `LATENCY HISTORY event`
   *
   * @see {@link https://redis.io/commands/latency-history/}
   */
  latencyHistory(event: RedisArgument): this;

  /**
   * Return the latest latency samples for all events.
   *
   * `LATENCY LATEST`
   *
   * @see {@link https://redis.io/commands/latency-latest/}
   */
  latencyLatest(): this;

  /**
   * Reset latency data for one or more events.
   *
   * `LATENCY RESET [event [event ...]]`
   *
   * @see {@link https://redis.io/commands/latency-reset/}
   */
  latencyReset(
    ...events: RedisArgument[] | [events: readonly RedisArgument[]]
  ): this;

  /**
   * Find longest common substring.
   *
   * `LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]`
   *
   * @see {@link https://redis.io/commands/lcs/}
   */
  lcs<O extends LcsOptions = NoOptions>(
    key1: RedisKey,
    key2: RedisKey,
    options?: O,
  ): this;

  /**
   * Get an element from a list by its index.
   *
   * `LINDEX key index`
   *
   * @see {@link https://redis.io/commands/lindex/}
   */
  lindex(key: RedisKey, index: number | bigint): this;

  /**
   * Insert an element before or after another element in a list.
   *
   * `LINSERT key <BEFORE | AFTER> pivot element`
   *
   * @see {@link https://redis.io/commands/linsert/}
   */
  linsert(
    key: RedisKey,
    where: Token<"BEFORE" | "AFTER">,
    pivot: RedisArgument,
    element: RedisArgument,
  ): this;

  /**
   * Get the length of a list.
   *
   * `LLEN key`
   *
   * @see {@link https://redis.io/commands/llen/}
   */
  llen(key: RedisKey): this;

  /**
   * Pop an element from a list, push it to another list and return it.
   *
   * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
   *
   * @see {@link https://redis.io/commands/lmove/}
   */
  lmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
  ): this;

  /**
   * Pop elements from a list.
   *
   * `LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/lmpop/}
   */
  lmpop(
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: LmpopOptions,
  ): this;

  /**
   * Display some computer art and the Redis version.
   *
   * `LOLWUT [VERSION version]`
   *
   * @see {@link https://redis.io/commands/lolwut/}
   */
  lolwut(options?: LolwutOptions): this;

  /**
   * Remove and get the first elements in a list.
   *
   * `LPOP key [count]`
   *
   * @see {@link https://redis.io/commands/lpop/}
   */
  lpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): this;

  /**
   * Return the index of matching elements on a list.
   *
   * `LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]`
   *
   * @see {@link https://redis.io/commands/lpos/}
   */
  lpos<O extends LposOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): this;

  /**
   * Prepend one or multiple elements to a list.
   *
   * `LPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpush/}
   */
  lpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): this;

  /**
   * Prepend an element to a list, only if the list exists.
   *
   * `LPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpushx/}
   */
  lpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): this;

  /**
   * Get a range of elements from a list.
   *
   * `LRANGE key start stop`
   *
   * @see {@link https://redis.io/commands/lrange/}
   */
  lrange(key: RedisKey, start: number | bigint, stop: number | bigint): this;

  /**
   * Remove elements from a list.
   *
   * `LREM key count element`
   *
   * @see {@link https://redis.io/commands/lrem/}
   */
  lrem(key: RedisKey, count: number | bigint, element: RedisArgument): this;

  /**
   * Set the value of an element in a list by its index.
   *
   * `LSET key index element`
   *
   * @see {@link https://redis.io/commands/lset/}
   */
  lset(key: RedisKey, index: number | bigint, element: RedisArgument): this;

  /**
   * Trim a list to the specified range.
   *
   * `LTRIM key start stop`
   *
   * @see {@link https://redis.io/commands/ltrim/}
   */
  ltrim(key: RedisKey, start: number | bigint, stop: number | bigint): this;

  /**
   * Outputs memory problems report.
   *
   * `MEMORY DOCTOR`
   *
   * @see {@link https://redis.io/commands/memory-doctor/}
   */
  memoryDoctor(): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MEMORY HELP`
   *
   * @see {@link https://redis.io/commands/memory-help/}
   */
  memoryHelp(): this;

  /**
   * Show allocator internal stats.
   *
   * `MEMORY MALLOC-STATS`
   *
   * @see {@link https://redis.io/commands/memory-malloc-stats/}
   */
  memoryMallocStats(): this;

  /**
   * Ask the allocator to release memory.
   *
   * `MEMORY PURGE`
   *
   * @see {@link https://redis.io/commands/memory-purge/}
   */
  memoryPurge(): this;

  /**
   * Show memory usage details.
   *
   * `MEMORY STATS`
   *
   * @see {@link https://redis.io/commands/memory-stats/}
   */
  memoryStats(): this;

  /**
   * Estimate the memory usage of a key.
   *
   * `MEMORY USAGE key [SAMPLES count]`
   *
   * @see {@link https://redis.io/commands/memory-usage/}
   */
  memoryUsage(key: RedisKey, options?: MemoryUsageOptions): this;

  /**
   * Get the values of all the given keys.
   *
   * `MGET key [key ...]`
   *
   * @see {@link https://redis.io/commands/mget/}
   */
  mget(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Atomically transfer a key from a Redis instance to another one.
   *
   * `MIGRATE host port <key | > destination-db timeout [COPY] [REPLACE] [[AUTH password] | [AUTH2 username password]] [KEYS key [key ...]]`
   *
   * @see {@link https://redis.io/commands/migrate/}
   */
  migrate(
    host: RedisArgument,
    port: number | bigint,
    keyOrEmptyString: RedisKey | Token<"">,
    destinationDb: number | bigint,
    timeout: number | bigint,
    options?: MigrateOptions,
  ): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MODULE HELP`
   *
   * @see {@link https://redis.io/commands/module-help/}
   */
  moduleHelp(): this;

  /**
   * List all modules loaded by the server.
   *
   * `MODULE LIST`
   *
   * @see {@link https://redis.io/commands/module-list/}
   */
  moduleList(): this;

  /**
   * Load a module.
   *
   * `MODULE LOAD path [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-load/}
   */
  moduleLoad(
    path: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): this;

  /**
   * Load a module with extended parameters.
   *
   * `MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-loadex/}
   */
  moduleLoadex(path: RedisArgument, options?: ModuleLoadexOptions): this;

  /**
   * Unload a module.
   *
   * `MODULE UNLOAD name`
   *
   * @see {@link https://redis.io/commands/module-unload/}
   */
  moduleUnload(name: RedisArgument): this;

  /**
   * Move a key to another database.
   *
   * `MOVE key db`
   *
   * @see {@link https://redis.io/commands/move/}
   */
  move(key: RedisKey, db: number | bigint): this;

  /**
   * Set multiple keys to multiple values.
   *
   * `MSET key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/mset/}
   */
  mset(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): this;

  /**
   * Set multiple keys to multiple values, only if none of the keys exist.
   *
   * `MSETNX key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/msetnx/}
   */
  msetnx(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): this;

  /**
   * Inspect the internal encoding of a Redis object.
   *
   * `OBJECT ENCODING key`
   *
   * @see {@link https://redis.io/commands/object-encoding/}
   */
  objectEncoding(key: RedisKey): this;

  /**
   * Get the logarithmic access frequency counter of a Redis object.
   *
   * `OBJECT FREQ key`
   *
   * @see {@link https://redis.io/commands/object-freq/}
   */
  objectFreq(key: RedisKey): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `OBJECT HELP`
   *
   * @see {@link https://redis.io/commands/object-help/}
   */
  objectHelp(): this;

  /**
   * Get the time since a Redis object was last accessed.
   *
   * `OBJECT IDLETIME key`
   *
   * @see {@link https://redis.io/commands/object-idletime/}
   */
  objectIdletime(key: RedisKey): this;

  /**
   * Get the number of references to the value of the key.
   *
   * `OBJECT REFCOUNT key`
   *
   * @see {@link https://redis.io/commands/object-refcount/}
   */
  objectRefcount(key: RedisKey): this;

  /**
   * Remove the expiration from a key.
   *
   * `PERSIST key`
   *
   * @see {@link https://redis.io/commands/persist/}
   */
  persist(key: RedisKey): this;

  /**
   * Set a key's time to live in milliseconds.
   *
   * `PEXPIRE key milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpire/}
   */
  pexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): this;

  /**
   * Set the expiration for a key as a UNIX timestamp specified in milliseconds.
   *
   * `PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpireat/}
   */
  pexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): this;

  /**
   * Get the expiration Unix timestamp for a key in milliseconds.
   *
   * `PEXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/pexpiretime/}
   */
  pexpiretime(key: RedisKey): this;

  /**
   * Adds the specified elements to the specified HyperLogLog.
   *
   * `PFADD key [element [element ...]]`
   *
   * @see {@link https://redis.io/commands/pfadd/}
   */
  pfadd(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): this;

  /**
   * Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).
   *
   * `PFCOUNT key [key ...]`
   *
   * @see {@link https://redis.io/commands/pfcount/}
   */
  pfcount(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Internal commands for debugging HyperLogLog values.
   *
   * `PFDEBUG subcommand key`
   *
   * @see {@link https://redis.io/commands/pfdebug/}
   */
  pfdebug(subcommand: RedisArgument, key: RedisKey): this;

  /**
   * Merge N different HyperLogLogs into a single one.
   *
   * `PFMERGE destkey sourcekey [sourcekey ...]`
   *
   * @see {@link https://redis.io/commands/pfmerge/}
   */
  pfmerge(
    destkey: RedisKey,
    ...sourcekeys: RedisKey[] | [sourcekeys: readonly RedisKey[]]
  ): this;

  /**
   * An internal command for testing HyperLogLog values.
   *
   * `PFSELFTEST`
   *
   * @see {@link https://redis.io/commands/pfselftest/}
   */
  pfselftest(): this;

  /**
   * Ping the server.
   *
   * `PING [message]`
   *
   * @see {@link https://redis.io/commands/ping/}
   */
  ping<O extends RedisArgument | undefined = undefined>(message?: O): this;

  /**
   * Set the value and expiration in milliseconds of a key.
   *
   * `PSETEX key milliseconds value`
   *
   * @see {@link https://redis.io/commands/psetex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `PX` argument
   */
  psetex(
    key: RedisKey,
    milliseconds: number | bigint,
    value: RedisArgument,
  ): this;

  /**
   * Get the time to live for a key in milliseconds.
   *
   * `PTTL key`
   *
   * @see {@link https://redis.io/commands/pttl/}
   */
  pttl(key: RedisKey): this;

  /**
   * Post a message to a channel.
   *
   * `PUBLISH channel message`
   *
   * @see {@link https://redis.io/commands/publish/}
   */
  publish(channel: RedisArgument, message: RedisArgument): this;

  /**
   * List active channels.
   *
   * `PUBSUB CHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-channels/}
   */
  pubsubChannels(pattern?: RedisArgument): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `PUBSUB HELP`
   *
   * @see {@link https://redis.io/commands/pubsub-help/}
   */
  pubsubHelp(): this;

  /**
   * Get the count of unique patterns pattern subscriptions.
   *
   * `PUBSUB NUMPAT`
   *
   * @see {@link https://redis.io/commands/pubsub-numpat/}
   */
  pubsubNumpat(): this;

  /**
   * Get the count of subscribers for channels.
   *
   * `PUBSUB NUMSUB [channel [channel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-numsub/}
   */
  pubsubNumsub(
    ...channels: RedisArgument[] | [channels: readonly RedisArgument[]]
  ): this;

  /**
   * List active shard channels.
   *
   * `PUBSUB SHARDCHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardchannels/}
   */
  pubsubShardchannels(pattern?: RedisArgument): this;

  /**
   * Get the count of subscribers for shard channels.
   *
   * `PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardnumsub/}
   */
  pubsubShardnumsub(
    ...shardchannels: RedisArgument[] | [
      shardchannels: readonly RedisArgument[],
    ]
  ): this;

  /**
   * Return a random key from the keyspace.
   *
   * `RANDOMKEY`
   *
   * @see {@link https://redis.io/commands/randomkey/}
   */
  randomkey(): this;

  /**
   * Enables read queries for a connection to a cluster replica node.
   *
   * `READONLY`
   *
   * @see {@link https://redis.io/commands/readonly/}
   */
  readonly(): this;

  /**
   * Disables read queries for a connection to a cluster replica node.
   *
   * `READWRITE`
   *
   * @see {@link https://redis.io/commands/readwrite/}
   */
  readwrite(): this;

  /**
   * Rename a key.
   *
   * `RENAME key newkey`
   *
   * @see {@link https://redis.io/commands/rename/}
   */
  rename(key: RedisKey, newkey: RedisKey): this;

  /**
   * Rename a key, only if the new key does not exist.
   *
   * `RENAMENX key newkey`
   *
   * @see {@link https://redis.io/commands/renamenx/}
   */
  renamenx(key: RedisKey, newkey: RedisKey): this;

  /**
   * An internal command for configuring the replication stream.
   *
   * `REPLCONF [arg ...]`
   *
   * @see {@link https://redis.io/commands/replconf/}
   */
  replconf(...args: RedisArgument[] | [args: readonly RedisArgument[]]): this;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `REPLICAOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/replicaof/}
   */
  replicaof(args: ReplicaofArgs): this;

  /**
   * Create a key using the provided serialized value, previously obtained using DUMP.
   *
   * `RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore/}
   */
  restore(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreOptions,
  ): this;

  /**
   * An internal command for migrating keys in a cluster.
   *
   * `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore-asking/}
   */
  restoreAsking(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreAskingOptions,
  ): this;

  /**
   * Return the role of the instance in the context of replication.
   *
   * `ROLE`
   *
   * @see {@link https://redis.io/commands/role/}
   */
  role(): this;

  /**
   * Remove and get the last elements in a list.
   *
   * `RPOP key [count]`
   *
   * @see {@link https://redis.io/commands/rpop/}
   */
  rpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): this;

  /**
   * Remove the last element in a list, prepend it to another list and return it.
   *
   * `RPOPLPUSH source destination`
   *
   * @see {@link https://redis.io/commands/rpoplpush/}
   * @deprecated since Redis 6.2.0: use `LMOVE` with the `RIGHT` and `LEFT` arguments
   */
  rpoplpush(source: RedisKey, destination: RedisKey): this;

  /**
   * Append one or multiple elements to a list.
   *
   * `RPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpush/}
   */
  rpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): this;

  /**
   * Append an element to a list, only if the list exists.
   *
   * `RPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpushx/}
   */
  rpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): this;

  /**
   * Add one or more members to a set.
   *
   * `SADD key member [member ...]`
   *
   * @see {@link https://redis.io/commands/sadd/}
   */
  sadd(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Synchronously save the dataset to disk.
   *
   * `SAVE`
   *
   * @see {@link https://redis.io/commands/save/}
   */
  save(): this;

  /**
   * Incrementally iterate the keys space.
   *
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`
   *
   * @see {@link https://redis.io/commands/scan/}
   */
  scan(cursor: RedisArgument, options?: ScanOptions): this;

  /**
   * Get the number of members in a set.
   *
   * `SCARD key`
   *
   * @see {@link https://redis.io/commands/scard/}
   */
  scard(key: RedisKey): this;

  /**
   * Set the debug mode for executed scripts.
   *
   * `SCRIPT DEBUG <YES | SYNC | NO>`
   *
   * @see {@link https://redis.io/commands/script-debug/}
   */
  scriptDebug(mode: Token<"YES" | "SYNC" | "NO">): this;

  /**
   * Check existence of scripts in the script cache.
   *
   * `SCRIPT EXISTS sha1 [sha1 ...]`
   *
   * @see {@link https://redis.io/commands/script-exists/}
   */
  scriptExists(
    ...sha1s: RedisArgument[] | [sha1s: readonly RedisArgument[]]
  ): this;

  /**
   * Remove all the scripts from the script cache.
   *
   * `SCRIPT FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/script-flush/}
   */
  scriptFlush(async?: Token<"ASYNC" | "SYNC">): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SCRIPT HELP`
   *
   * @see {@link https://redis.io/commands/script-help/}
   */
  scriptHelp(): this;

  /**
   * Kill the script currently in execution.
   *
   * `SCRIPT KILL`
   *
   * @see {@link https://redis.io/commands/script-kill/}
   */
  scriptKill(): this;

  /**
   * Load the specified Lua script into the script cache.
   *
   * `SCRIPT LOAD script`
   *
   * @see {@link https://redis.io/commands/script-load/}
   */
  scriptLoad(script: RedisArgument): this;

  /**
   * Show server-side Lua script in the script cache.
   *
   * `SCRIPT SHOW sha1`
   *
   * @see {@link https://valkey.io/commands/script-show/}
   */
  scriptShow(sha1: RedisArgument): this;

  /**
   * Subtract multiple sets.
   *
   * `SDIFF key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiff/}
   */
  sdiff(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Subtract multiple sets and store the resulting set in a key.
   *
   * `SDIFFSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiffstore/}
   */
  sdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): this;

  /**
   * Set the string value of a key.
   *
   * `SET key value [NX | XX] [IFEQ comparison-value] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   *
   * @see {@link https://redis.io/commands/set/}
   */
  set<O extends SetOptions = NoOptions>(
    key: RedisKey,
    value: RedisArgument,
    options?: O,
  ): this;

  /**
   * Sets or clears the bit at offset in the string value stored at key.
   *
   * `SETBIT key offset value`
   *
   * @see {@link https://redis.io/commands/setbit/}
   */
  setbit(key: RedisKey, offset: number | bigint, value: number | bigint): this;

  /**
   * Set the value and expiration of a key.
   *
   * `SETEX key seconds value`
   *
   * @see {@link https://redis.io/commands/setex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `EX` argument
   */
  setex(key: RedisKey, seconds: number | bigint, value: RedisArgument): this;

  /**
   * Set the value of a key, only if the key does not exist.
   *
   * `SETNX key value`
   *
   * @see {@link https://redis.io/commands/setnx/}
   * @deprecated since Redis 2.6.12: use `SET` with the `NX` argument
   */
  setnx(key: RedisKey, value: RedisArgument): this;

  /**
   * Overwrite part of a string at key starting at the specified offset.
   *
   * `SETRANGE key offset value`
   *
   * @see {@link https://redis.io/commands/setrange/}
   */
  setrange(key: RedisKey, offset: number | bigint, value: RedisArgument): this;

  /**
   * Synchronously save the dataset to disk and then shut down the server.
   *
   * `SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]`
   *
   * @see {@link https://redis.io/commands/shutdown/}
   */
  shutdown(options?: ShutdownOptions): this;

  /**
   * Intersect multiple sets.
   *
   * `SINTER key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinter/}
   */
  sinter(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Intersect multiple sets and return the cardinality of the result.
   *
   * `SINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/sintercard/}
   */
  sintercard(keys: readonly RedisKey[], options?: SintercardOptions): this;

  /**
   * Intersect multiple sets and store the resulting set in a key.
   *
   * `SINTERSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinterstore/}
   */
  sinterstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): this;

  /**
   * Determine if a given value is a member of a set.
   *
   * `SISMEMBER key member`
   *
   * @see {@link https://redis.io/commands/sismember/}
   */
  sismember(key: RedisKey, member: RedisArgument): this;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `SLAVEOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/slaveof/}
   * @deprecated since Redis 5.0.0: use `REPLICAOF`
   */
  slaveof(args: SlaveofArgs): this;

  /**
   * Get the slow log's entries.
   *
   * `SLOWLOG GET [count]`
   *
   * @see {@link https://redis.io/commands/slowlog-get/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG GET <count> SLOW`
   */
  slowlogGet(count?: number | bigint): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SLOWLOG HELP`
   *
   * @see {@link https://redis.io/commands/slowlog-help/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG HELP`
   */
  slowlogHelp(): this;

  /**
   * Get the slow log's length.
   *
   * `SLOWLOG LEN`
   *
   * @see {@link https://redis.io/commands/slowlog-len/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG LEN SLOW`
   */
  slowlogLen(): this;

  /**
   * Clear all entries from the slow log.
   *
   * `SLOWLOG RESET`
   *
   * @see {@link https://redis.io/commands/slowlog-reset/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG RESET SLOW`
   */
  slowlogReset(): this;

  /**
   * Get all the members in a set.
   *
   * `SMEMBERS key`
   *
   * @see {@link https://redis.io/commands/smembers/}
   */
  smembers(key: RedisKey): this;

  /**
   * Returns the membership associated with the given elements for a set.
   *
   * `SMISMEMBER key member [member ...]`
   *
   * @see {@link https://redis.io/commands/smismember/}
   */
  smismember(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Move a member from one set to another.
   *
   * `SMOVE source destination member`
   *
   * @see {@link https://redis.io/commands/smove/}
   */
  smove(source: RedisKey, destination: RedisKey, member: RedisArgument): this;

  /**
   * Sort the elements in a list, set or sorted set.
   *
   * `SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]`
   *
   * @see {@link https://redis.io/commands/sort/}
   */
  sort<O extends SortOptions = NoOptions>(key: RedisKey, options?: O): this;

  /**
   * Sort the elements in a list, set or sorted set. Read-only variant of SORT.
   *
   * `SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]`
   *
   * @see {@link https://redis.io/commands/sort_ro/}
   */
  sortRo(key: RedisKey, options?: SortRoOptions): this;

  /**
   * Remove and return one or multiple random members from a set.
   *
   * `SPOP key [count]`
   *
   * @see {@link https://redis.io/commands/spop/}
   */
  spop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): this;

  /**
   * Post a message to a shard channel.
   *
   * `SPUBLISH shardchannel message`
   *
   * @see {@link https://redis.io/commands/spublish/}
   */
  spublish(shardchannel: RedisArgument, message: RedisArgument): this;

  /**
   * Get one or multiple random members from a set.
   *
   * `SRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/srandmember/}
   */
  srandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): this;

  /**
   * Remove one or more members from a set.
   *
   * `SREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/srem/}
   */
  srem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Incrementally iterate Set elements.
   *
   * `SSCAN key cursor [MATCH pattern] [COUNT count]`
   *
   * @see {@link https://redis.io/commands/sscan/}
   */
  sscan(key: RedisKey, cursor: RedisArgument, options?: SscanOptions): this;

  /**
   * Get the length of the value stored in a key.
   *
   * `STRLEN key`
   *
   * @see {@link https://redis.io/commands/strlen/}
   */
  strlen(key: RedisKey): this;

  /**
   * Get a substring of the string stored at a key.
   *
   * `SUBSTR key start end`
   *
   * @see {@link https://redis.io/commands/substr/}
   * @deprecated since Redis 2.0.0: use `GETRANGE`
   */
  substr(key: RedisKey, start: number | bigint, end: number | bigint): this;

  /**
   * Add multiple sets.
   *
   * `SUNION key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunion/}
   */
  sunion(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Add multiple sets and store the resulting set in a key.
   *
   * `SUNIONSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunionstore/}
   */
  sunionstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): this;

  /**
   * Swaps two Redis databases.
   *
   * `SWAPDB index1 index2`
   *
   * @see {@link https://redis.io/commands/swapdb/}
   */
  swapdb(index1: number | bigint, index2: number | bigint): this;

  /**
   * Return the current server time.
   *
   * `TIME`
   *
   * @see {@link https://redis.io/commands/time/}
   */
  time(): this;

  /**
   * Alters the last access time of a key(s). Returns the number of existing keys specified.
   *
   * `TOUCH key [key ...]`
   *
   * @see {@link https://redis.io/commands/touch/}
   */
  touch(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Get the time to live for a key in seconds.
   *
   * `TTL key`
   *
   * @see {@link https://redis.io/commands/ttl/}
   */
  ttl(key: RedisKey): this;

  /**
   * Determine the type stored at key.
   *
   * `TYPE key`
   *
   * @see {@link https://redis.io/commands/type/}
   */
  type(key: RedisKey): this;

  /**
   * Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.
   *
   * `UNLINK key [key ...]`
   *
   * @see {@link https://redis.io/commands/unlink/}
   */
  unlink(...keys: RedisKey[] | [keys: readonly RedisKey[]]): this;

  /**
   * Adds an element with its vector to a vector set.
   *
   * `VADD key [REDUCE reduce] <FP32 fp32 | VALUES num value [value ...]> element [CAS] [NOQUANT | Q8 | BIN] [EF ef] [SETATTR attributes] [M numlinks]`
   *
   * @see {@link https://redis.io/commands/vadd/}
   */
  vadd(key: RedisKey, element: RedisArgument, options: VaddOptions): this;

  /**
   * Returns the number of elements in a vector set.
   *
   * `VCARD key`
   *
   * @see {@link https://redis.io/commands/vcard/}
   */
  vcard(key: RedisKey): this;

  /**
   * Returns the dimension of the vectors in a vector set.
   *
   * `VDIM key`
   *
   * @see {@link https://redis.io/commands/vdim/}
   */
  vdim(key: RedisKey): this;

  /**
   * Returns the vector of an element of a vector set.
   *
   * `VEMB key element [RAW]`
   *
   * @see {@link https://redis.io/commands/vemb/}
   */
  vemb<O extends VembOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): this;

  /**
   * Returns the JSON attributes of an element of a vector set.
   *
   * `VGETATTR key element`
   *
   * @see {@link https://redis.io/commands/vgetattr/}
   */
  vgetattr(key: RedisKey, element: RedisArgument): this;

  /**
   * Returns information about a vector set.
   *
   * `VINFO key`
   *
   * @see {@link https://redis.io/commands/vinfo/}
   */
  vinfo(key: RedisKey): this;

  /**
   * Tells whether an element belongs to a vector set.
   *
   * `VISMEMBER key element`
   *
   * @see {@link https://redis.io/commands/vismember/}
   */
  vismember(key: RedisKey, element: RedisArgument): this;

  /**
   * Returns the neighbors of an element of a vector set, layer by layer.
   *
   * `VLINKS key element [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/vlinks/}
   */
  vlinks<O extends VlinksOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): this;

  /**
   * Returns one or more random elements of a vector set.
   *
   * `VRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/vrandmember/}
   */
  vrandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): this;

  /**
   * Removes an element from a vector set.
   *
   * `VREM key element`
   *
   * @see {@link https://redis.io/commands/vrem/}
   */
  vrem(key: RedisKey, element: RedisArgument): this;

  /**
   * Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.
   *
   * `VSETATTR key element json`
   *
   * @see {@link https://redis.io/commands/vsetattr/}
   */
  vsetattr(key: RedisKey, element: RedisArgument, json: RedisArgument): this;

  /**
   * Returns the elements of a vector set most similar to a vector or to an element.
   *
   * `VSIM key <ELE ele | FP32 fp32 | VALUES num value [value ...]> [WITHSCORES] [COUNT count] [EF ef] [FILTER expression] [FILTER-EF max-effort] [TRUTH] [NOTHREAD]`
   *
   * @see {@link https://redis.io/commands/vsim/}
   */
  vsim<O extends VsimOptions = VsimOptions>(key: RedisKey, options: O): this;

  /**
   * Wait for the synchronous replication of all the write commands sent in the context of the current connection.
   *
   * `WAIT numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/wait/}
   */
  wait(numreplicas: number | bigint, timeout: number | bigint): this;

  /**
   * Blocks until all of the preceding write commands sent by the connection are written to the append-only file of the master and/or replicas.
   *
   * `WAITAOF numlocal numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/waitaof/}
   */
  waitaof(
    numlocal: number | bigint,
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): this;

  /**
   * Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.
   *
   * `XACK key group id [id ...]`
   *
   * @see {@link https://redis.io/commands/xack/}
   */
  xack(
    key: RedisKey,
    group: RedisArgument,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): this;

  /**
   * Appends a new entry to a stream.
   *
   * `XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]] <* | id> field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/xadd/}
   */
  xadd(
    key: RedisKey,
    idOrAuto: Token<"*"> | RedisArgument,
    fieldValues:
      | Record<string, RedisArgument>
      | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    options?: XaddOptions,
  ): this;

  /**
   * Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.
   *
   * `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]`
   *
   * @see {@link https://redis.io/commands/xautoclaim/}
   */
  xautoclaim<O extends XautoclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    start: RedisArgument,
    options?: O,
  ): this;

  /**
   * Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.
   *
   * `XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]`
   *
   * @see {@link https://redis.io/commands/xclaim/}
   */
  xclaim<O extends XclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    ids: RedisArgument | readonly RedisArgument[],
    options?: O,
  ): this;

  /**
   * Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.
   *
   * `XDEL key id [id ...]`
   *
   * @see {@link https://redis.io/commands/xdel/}
   */
  xdel(
    key: RedisKey,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): this;

  /**
   * Create a consumer group.
   *
   * `XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-create/}
   */
  xgroupCreate(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupCreateOptions,
  ): this;

  /**
   * Create a consumer in a consumer group.
   *
   * `XGROUP CREATECONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-createconsumer/}
   */
  xgroupCreateconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): this;

  /**
   * Delete a consumer from a consumer group.
   *
   * `XGROUP DELCONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-delconsumer/}
   */
  xgroupDelconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): this;

  /**
   * Destroy a consumer group.
   *
   * `XGROUP DESTROY key groupname`
   *
   * @see {@link https://redis.io/commands/xgroup-destroy/}
   */
  xgroupDestroy(key: RedisKey, groupname: RedisArgument): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XGROUP HELP`
   *
   * @see {@link https://redis.io/commands/xgroup-help/}
   */
  xgroupHelp(): this;

  /**
   * Set a consumer group to an arbitrary last delivered ID value.
   *
   * `XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-setid/}
   */
  xgroupSetid(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupSetidOptions,
  ): this;

  /**
   * List the consumers in a consumer group.
   *
   * `XINFO CONSUMERS key groupname`
   *
   * @see {@link https://redis.io/commands/xinfo-consumers/}
   */
  xinfoConsumers(key: RedisKey, groupname: RedisArgument): this;

  /**
   * List the consumer groups of a stream.
   *
   * `XINFO GROUPS key`
   *
   * @see {@link https://redis.io/commands/xinfo-groups/}
   */
  xinfoGroups(key: RedisKey): this;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XINFO HELP`
   *
   * @see {@link https://redis.io/commands/xinfo-help/}
   */
  xinfoHelp(): this;

  /**
   * Get information about a stream.
   *
   * `XINFO STREAM key [FULL [COUNT count]]`
   *
   * @see {@link https://redis.io/commands/xinfo-stream/}
   */
  xinfoStream(key: RedisKey, options?: XinfoStreamOptions): this;

  /**
   * Return the number of entries in a stream.
   *
   * `XLEN key`
   *
   * @see {@link https://redis.io/commands/xlen/}
   */
  xlen(key: RedisKey): this;

  /**
   * Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.
   *
   * `XPENDING key group [[IDLE min-idle-time] start end count [consumer]]`
   *
   * @see {@link https://redis.io/commands/xpending/}
   */
  xpending<
    O extends {
      /** IDLE min-idle-time (since 6.2.0) */
      idle?: number | bigint;
      /** start */
      start: RedisArgument;
      /** end */
      end: RedisArgument;
      /** count */
      count: number | bigint;
      /** consumer */
      consumer?: RedisArgument;
    } | undefined = undefined,
  >(key: RedisKey, group: RedisArgument, filters?: O): this;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval.
   *
   * `XRANGE key start end [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrange/}
   */
  xrange(
    key: RedisKey,
    start: RedisArgument,
    end: RedisArgument,
    options?: XrangeOptions,
  ): this;

  /**
   * Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.
   *
   * `XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xread/}
   */
  xread(options: XreadOptions): this;

  /**
   * Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.
   *
   * `XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xreadgroup/}
   */
  xreadgroup(options: XreadgroupOptions): this;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE.
   *
   * `XREVRANGE key end start [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrevrange/}
   */
  xrevrange(
    key: RedisKey,
    end: RedisArgument,
    start: RedisArgument,
    options?: XrevrangeOptions,
  ): this;

  /**
   * An internal command for replicating stream values.
   *
   * `XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]`
   *
   * @see {@link https://redis.io/commands/xsetid/}
   */
  xsetid(key: RedisKey, lastId: RedisArgument, options?: XsetidOptions): this;

  /**
   * Trims the stream to (approximately if '~' is passed) a certain size.
   *
   * `XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count]`
   *
   * @see {@link https://redis.io/commands/xtrim/}
   */
  xtrim(key: RedisKey, trim: XtrimTrim): this;

  /**
   * Add one or more members to a sorted set, or update its score if it already exists.
   *
   * `ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]`
   *
   * @see {@link https://redis.io/commands/zadd/}
   */
  zadd<O extends ZaddOptions = NoOptions>(
    key: RedisKey,
    scoreMembers: readonly (readonly [score: number, member: RedisArgument])[],
    options?: O,
  ): this;

  /**
   * Get the number of members in a sorted set.
   *
   * `ZCARD key`
   *
   * @see {@link https://redis.io/commands/zcard/}
   */
  zcard(key: RedisKey): this;

  /**
   * Count the members in a sorted set with scores within the given values.
   *
   * `ZCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zcount/}
   */
  zcount(key: RedisKey, min: number | string, max: number | string): this;

  /**
   * Subtract multiple sorted sets.
   *
   * `ZDIFF numkeys key [key ...] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zdiff/}
   */
  zdiff<O extends ZdiffOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): this;

  /**
   * Subtract multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZDIFFSTORE destination numkeys key [key ...]`
   *
   * @see {@link https://redis.io/commands/zdiffstore/}
   */
  zdiffstore(destination: RedisKey, ...keys: RedisKey[]): this;

  /**
   * Increment the score of a member in a sorted set.
   *
   * `ZINCRBY key increment member`
   *
   * @see {@link https://redis.io/commands/zincrby/}
   */
  zincrby(
    key: RedisKey,
    increment: number | bigint,
    member: RedisArgument,
  ): this;

  /**
   * Intersect multiple sorted sets.
   *
   * `ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zinter/}
   */
  zinter<O extends ZinterOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): this;

  /**
   * Intersect multiple sorted sets and return the cardinality of the result.
   *
   * `ZINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/zintercard/}
   */
  zintercard(keys: readonly RedisKey[], options?: ZintercardOptions): this;

  /**
   * Intersect multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zinterstore/}
   */
  zinterstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZinterstoreOptions,
  ): this;

  /**
   * Count the number of members in a sorted set between a given lexicographical range.
   *
   * `ZLEXCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zlexcount/}
   */
  zlexcount(key: RedisKey, min: RedisArgument, max: RedisArgument): this;

  /**
   * Remove and return members with scores in a sorted set.
   *
   * `ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/zmpop/}
   */
  zmpop(
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: ZmpopOptions,
  ): this;

  /**
   * Get the score associated with the given members in a sorted set.
   *
   * `ZMSCORE key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zmscore/}
   */
  zmscore(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Remove and return members with the highest scores in a sorted set.
   *
   * `ZPOPMAX key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmax/}
   */
  zpopmax(key: RedisKey, count?: number | bigint): this;

  /**
   * Remove and return members with the lowest scores in a sorted set.
   *
   * `ZPOPMIN key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmin/}
   */
  zpopmin(key: RedisKey, count?: number | bigint): this;

  /**
   * Get one or multiple random elements from a sorted set.
   *
   * `ZRANDMEMBER key [count [WITHSCORES]]`
   *
   * @see {@link https://redis.io/commands/zrandmember/}
   */
  zrandmember<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withscores?: Token<"WITHSCORES">]
      | undefined = undefined,
  >(key: RedisKey, options?: O): this;

  /**
   * Return a range of members in a sorted set.
   *
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrange/}
   */
  zrange<O extends ZrangeOptions = NoOptions>(
    key: RedisKey,
    start: RedisArgument,
    stop: RedisArgument,
    options?: O,
  ): this;

  /**
   * Return a range of members in a sorted set, by lexicographical range.
   *
   * `ZRANGEBYLEX key min max [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYLEX` argument
   */
  zrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangebylexOptions,
  ): this;

  /**
   * Return a range of members in a sorted set, by score.
   *
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYSCORE` argument
   */
  zrangebyscore<O extends ZrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    min: number | string,
    max: number | string,
    options?: O,
  ): this;

  /**
   * Store a range of members from sorted set into another key.
   *
   * `ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangestore/}
   */
  zrangestore(
    dst: RedisKey,
    src: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangestoreOptions,
  ): this;

  /**
   * Determine the index of a member in a sorted set.
   *
   * `ZRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrank/}
   */
  zrank<O extends ZrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): this;

  /**
   * Remove one or more members from a sorted set.
   *
   * `ZREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zrem/}
   */
  zrem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): this;

  /**
   * Remove all members in a sorted set between the given lexicographical range.
   *
   * `ZREMRANGEBYLEX key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebylex/}
   */
  zremrangebylex(key: RedisKey, min: RedisArgument, max: RedisArgument): this;

  /**
   * Remove all members in a sorted set within the given indexes.
   *
   * `ZREMRANGEBYRANK key start stop`
   *
   * @see {@link https://redis.io/commands/zremrangebyrank/}
   */
  zremrangebyrank(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): this;

  /**
   * Remove all members in a sorted set within the given scores.
   *
   * `ZREMRANGEBYSCORE key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebyscore/}
   */
  zremrangebyscore(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): this;

  /**
   * Return a range of members in a sorted set, by index, with scores ordered from high to low.
   *
   * `ZREVRANGE key start stop [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrevrange/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` argument
   */
  zrevrange<O extends ZrevrangeOptions = NoOptions>(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
    options?: O,
  ): this;

  /**
   * Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.
   *
   * `ZREVRANGEBYLEX key max min [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYLEX` arguments
   */
  zrevrangebylex(
    key: RedisKey,
    max: RedisArgument,
    min: RedisArgument,
    options?: ZrevrangebylexOptions,
  ): this;

  /**
   * Return a range of members in a sorted set, by score, with scores ordered from high to low.
   *
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYSCORE` arguments
   */
  zrevrangebyscore<O extends ZrevrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    max: number | string,
    min: number | string,
    options?: O,
  ): this;

  /**
   * Determine the index of a member in a sorted set, with scores ordered from high to low.
   *
   * `ZREVRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrevrank/}
   */
  zrevrank<O extends ZrevrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): this;

  /**
   * Incrementally iterate sorted sets elements and associated scores.
   *
   * `ZSCAN key cursor [MATCH pattern] [COUNT count] [NOSCORES]`
   *
   * @see {@link https://redis.io/commands/zscan/}
   */
  zscan(key: RedisKey, cursor: RedisArgument, options?: ZscanOptions): this;

  /**
   * Get the score associated with the given member in a sorted set.
   *
   * `ZSCORE key member`
   *
   * @see {@link https://redis.io/commands/zscore/}
   */
  zscore(key: RedisKey, member: RedisArgument): this;

  /**
   * Add multiple sorted sets.
   *
   * `ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zunion/}
   */
  zunion<O extends ZunionOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): this;

  /**
   * Add multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zunionstore/}
   */
  zunionstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZunionstoreOptions,
  ): this;
}
