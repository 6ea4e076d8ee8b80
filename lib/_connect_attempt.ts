/**
 * One attempt to connect: its deadline, and what its failure means to a user (the
 * runtimes' socket errors, Deno's `ConnectionRefused`, Node's `ECONNREFUSED`, …, and
 * handshake failures become one `ConnectionError` that names the address and says what
 * to check).
 *
 * @module
 */
import {
  ConnectionError,
  ConnectionLostError,
  DesirError,
  RedisError,
} from "./errors.ts";
import { handshakeRefused } from "./_error_factories.ts";
import type { ConnectionOptions } from "./connection_options.ts";
import type { ConnectOptions, HostPort, Socket } from "./transport/types.ts";
import { onDeadline } from "./_deadlines.ts";

/** What a connect attempt learned on its way, for its outcome and its timeout. */
export interface Attempt {
  /** The socket, once the transport opened it. */
  socket: Socket | undefined;
  /** The deadline passed: the attempt is abandoned. */
  expired: boolean;
  /** The address was resolved (by the sentinels) before connecting. */
  resolved: boolean;
}

/**
 * Settles as `work` does, or rejects with `expire()`'s error after `ms` ms, whichever
 * comes first; `work`'s later failure is then ignored (the timeout reported it).
 */
export function within<T>(
  work: Promise<T>,
  ms: number,
  expire: () => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = onDeadline(ms, () => reject(expire()));
    work.then(
      (value) => (cancel(), resolve(value)),
      (error) => (cancel(), reject(error)),
    );
  });
}

/** Turns a runtime's socket error into a message that says what to do. */
export function describeConnectFailure(error: unknown, address: string): Error {
  if (error instanceof RedisError) return handshakeRefused(address, error);
  if (error instanceof ConnectionLostError) {
    const why = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return new ConnectionError(
      `Cannot connect to ${address} as the connection closed during the handshake${why}`,
      { cause: error },
    );
  }
  if (error instanceof DesirError) return error;
  const e = error as { name?: string; code?: string; message?: string };
  const what = `${e.name ?? ""} ${e.code ?? ""} ${e.message ?? ""}`;
  let reason = e.message ?? String(error);
  if (/ConnectionRefused|ECONNREFUSED|refused/i.test(what)) {
    reason = "the connection was refused: is redis-server running?";
  } else if (/NotFound|ENOENT|ENOTFOUND|No such file/i.test(what)) {
    reason = "the address was not found: check the host name or socket path";
  } else if (/certificate|tls|ssl|handshake/i.test(what)) {
    reason =
      `the TLS handshake failed (${e.message}): check the tls options and certificates`;
  }
  return new ConnectionError(`Cannot connect to ${address} as ${reason}`, {
    cause: error,
  });
}

/** Where a connection's socket goes: the resolved address if any, else its options'. */
export function target(
  options: ConnectionOptions,
  resolved: HostPort | undefined,
): ConnectOptions {
  return {
    hostname: resolved?.hostname ?? options.hostname ?? "127.0.0.1",
    port: resolved?.port ?? options.port ?? 6379,
    path: options.path,
    tls: options.tls === true ? {} : options.tls || undefined,
  };
}
