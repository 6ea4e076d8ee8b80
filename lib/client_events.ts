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

/**
 * A client's events: an `EventTarget`, made when the first listener is added, and the
 * event types that ever had a listener. An event no one listens to is not made at all
 * (a cold start's `connect` and `ready` made and dispatched two `CustomEvent`s for
 * nothing, ~0.1 ms on Deno before the first reply), and a client no one listens to keeps
 * no `EventTarget` (Node's holds two Maps, ~0.4 KiB per idle client). Only ever added
 * to, so a type whose listener was removed is dispatched as before.
 */
export class ClientEvents {
  #target: EventTarget | undefined;
  #listened: Set<string> | undefined;

  /** `EventTarget.addEventListener`. */
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: AddEventListenerOptions | boolean,
  ): void {
    (this.#listened ??= new Set()).add(type);
    (this.#target ??= new EventTarget()).addEventListener(
      type,
      listener,
      options,
    );
  }

  /** `EventTarget.removeEventListener`. */
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: EventListenerOptions | boolean,
  ): void {
    this.#target?.removeEventListener(type, listener, options);
  }

  /** `EventTarget.dispatchEvent`. */
  dispatchEvent(event: Event): void {
    this.#target?.dispatchEvent(event);
  }

  /** Whether `type` ever had a listener. */
  listened(type: string): boolean {
    return this.#listened?.has(type) ?? false;
  }
}
