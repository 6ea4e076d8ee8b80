/**
 * Deadlines that share one timer: the connect deadline of every connection in the
 * process. Connections often open in bursts (a pool, a server start, a reconnect after a
 * failover), and a timer each cost more than the rest of the attempt: on Deno, where
 * `setTimeout` is the Node layer's, ~1.3 KB of garbage and a dozen more functions
 * compiled while they connect; 1,000 idle clients held 1-2 KiB more RSS each
 * (`bench/idle_heap.ts`). The one timer is set for the earliest deadline, moved as
 * deadlines come and go, and cleared once none is pending: it never outlives them.
 *
 * @module
 */
import { onTimeout } from "./_timeout.ts";

/** A pending deadline; `fn` is cleared when it fires or is cancelled. */
interface Due {
  at: number;
  fn: (() => void) | undefined;
}

/** Pending deadlines, earliest first, and cancelled ones not yet dropped. */
let queue: Due[] = [];
/** Deadlines neither fired nor cancelled. */
let pending = 0;
/** Cancels the timer, set for `timerAt`. */
let cancelTimer: (() => void) | undefined;
let timerAt = Infinity;

/**
 * Calls `fn` once `ms` ms have passed, unless the returned function is called first.
 * Whether the timer keeps a process alive is not promised (callers wait on a socket).
 */
export function onDeadline(ms: number, fn: () => void): () => void {
  const due: Due = { at: performance.now() + ms, fn };
  // Deadlines of one length come in order: this is an append, but for a shorter one.
  let i = queue.length;
  while (i > 0 && queue[i - 1].at > due.at) i--;
  queue.splice(i, 0, due);
  pending++;
  if (due.at < timerAt) arm(due.at);
  return () => {
    if (due.fn === undefined) return;
    due.fn = undefined;
    if (--pending > 0) return;
    queue = [];
    cancelTimer?.();
    cancelTimer = undefined;
    timerAt = Infinity;
  };
}

function arm(at: number): void {
  cancelTimer?.();
  timerAt = at;
  cancelTimer = onTimeout(Math.max(1, at - performance.now()), fire);
}

/** Takes the deadlines that are due, sets the timer for the next one, then runs them. */
function fire(): void {
  cancelTimer = undefined;
  timerAt = Infinity;
  const now = performance.now();
  const due: (() => void)[] = [];
  let i = 0;
  // Stops at the first deadline that is pending and not yet due.
  while (i < queue.length && (queue[i].at <= now || !queue[i].fn)) {
    const { fn } = queue[i];
    queue[i++].fn = undefined;
    if (fn) {
      pending--;
      due.push(fn);
    }
  }
  queue = pending > 0 ? queue.slice(i) : [];
  if (pending > 0) arm(queue[0].at);
  for (const fn of due) fn();
}
