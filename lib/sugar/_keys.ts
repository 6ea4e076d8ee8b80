/**
 * The Redis keys of connectors and RPC workers, in one place (documented in
 * `connector.ts`). The RPC keys of one worker name share the hash tag `{name}`, so that
 * moving a request between them stays within one cluster slot.
 *
 * @module
 */

/** The mailbox list of the connector `name`. */
export function mailboxKey(name: string): string {
  return `desir:connector:${name}`;
}

/** The keys through which the workers named `name` serve calls. */
export function rpcKeys(name: string): {
  calls: string;
  workers: string;
  lease(worker: string): string;
  taken(worker: string): string;
} {
  const base = `desir:rpc:{${name}}`;
  return {
    calls: `${base}:calls`,
    workers: `${base}:workers`,
    lease: (worker) => `${base}:lease:${worker}`,
    taken: (worker) => `${base}:taken:${worker}`,
  };
}

/** The list a worker pushes the reply of one call to. */
export function replyKey(callId: string): string {
  return `desir:rpc:reply:${callId}`;
}
