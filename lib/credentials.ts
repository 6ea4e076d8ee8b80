/**
 * Credentials as providers: a user name or password may be a function, called for each
 * new connection, so short-lived tokens (cloud IAM, Entra ID) are fresh on every
 * connect and reconnect.
 *
 * @module
 */
import { backgroundInterval } from "./_delay.ts";
import { ConnectionLostError } from "./errors.ts";

/**
 * A user name or password: the value, or a function that returns it (or a promise of
 * it), called for every new connection.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * const fetchToken = () => Promise.resolve("a fresh token");
 * await using r = new Redis({ username: "app", password: () => fetchToken() });
 * ```
 */
export type Credential = string | (() => string | Promise<string>);

/** The user name and password for one handshake, providers called. */
export async function credentials(
  o: { username?: Credential; password?: Credential },
): Promise<{ username?: string; password?: string }> {
  const { username, password } = o;
  // Plain values (the common case) need no Promise.all on every connect.
  if (typeof username !== "function" && typeof password !== "function") {
    return { username, password };
  }
  const [user, pass] = await Promise.all([
    typeof username === "function" ? username() : username,
    typeof password === "function" ? password() : password,
  ]);
  return { username: user, password: pass };
}

/** A connection `reauthenticate` can send AUTH on. */
interface Authenticable {
  state: string;
  protocol: 2 | 3;
  call(args: string[]): Promise<unknown>;
}

/**
 * Sends AUTH with fresh credentials on every open connection, in line with the
 * commands already queued on it (nothing is dropped or reordered). A connection that
 * is not open needs nothing: its next handshake calls the providers. That holds too for
 * one that ends before its AUTH is answered (lost, or closed by the pool when the
 * blocking call the AUTH waited behind was abandoned). RESP2 subscriber connections are
 * skipped: the server allows no AUTH in RESP2 subscribed mode.
 */
export async function reauthenticate(
  connections: { connection: Authenticable; subscriber: boolean }[],
  options: { username?: Credential; password?: Credential },
): Promise<void> {
  const { username, password } = await credentials(options);
  if (password === undefined) return;
  const auth = ["AUTH", username ?? "default", password];
  await Promise.all(
    connections
      .filter(({ connection, subscriber }) =>
        connection.state === "ready" &&
        !(subscriber && connection.protocol === 2)
      )
      .map(({ connection }) => connection.call(auth).catch(unlessLost)),
  );
}

/** Rethrows any failure but the loss of the connection the command was sent on. */
function unlessLost(error: unknown): void {
  if (!(error instanceof ConnectionLostError)) throw error;
}

/**
 * Calls `run` every `ms` (option `reauthenticateEvery`), reporting its failures to
 * `onError`; returns the timer to clear, or `undefined` when `ms` is not given.
 *
 * @throws {TypeError} When `ms` is not a number of ms a timer can wait.
 */
export function schedule(
  ms: number | undefined,
  run: () => Promise<void>,
  onError: (error: unknown) => void,
): ReturnType<typeof setInterval> | undefined {
  if (ms === undefined) return undefined;
  if (!(ms > 0) || ms > 2 ** 31 - 1) {
    throw new TypeError(
      `reauthenticateEvery must be a number of ms between 1 and 2147483647, not ${ms}`,
    );
  }
  return backgroundInterval(() => run().catch(onError), ms);
}
