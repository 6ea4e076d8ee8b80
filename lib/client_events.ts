/**
 * The events of a client, typed per name: what `addEventListener("error", …)` hands its
 * listener.
 *
 * @module
 */

/**
 * The events every client dispatches: `error`, whose `detail` is the error of a
 * connection, of a scheduled re-authentication or of a subscription's listener.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * r.addEventListener("error", (e) => console.error(e.detail.message));
 * ```
 */
export interface ClientEventMap {
  /** Something failed that no command's promise reports. */
  error: CustomEvent<Error>;
}

/**
 * A listener of the event `T`: a function, or an object with `handleEvent`, as for any
 * `EventTarget`.
 *
 * @example
 * ```ts
 * import { type ClientEventListener, Redis } from "@desir/desir";
 * const log: ClientEventListener<CustomEvent<Error>> = (e) => console.error(e.detail);
 * await using r = new Redis();
 * r.addEventListener("error", log);
 * ```
 */
export type ClientEventListener<T> =
  | ((event: T) => void)
  | { handleEvent(event: T): void };

/** The `detail` an event of type `T` carries (`undefined` for a plain event). */
export type EventDetail<T> = T extends CustomEvent<infer D> ? D : undefined;
