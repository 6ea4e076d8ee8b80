/**
 * A FIFO queue with O(1) push and shift: a ring over an array whose size is a power of
 * two, doubled when full. Pushing and shifting allocate nothing, so a queue of 10,000
 * commands in flight does not copy its array again and again (as `Array.prototype.shift`
 * does, or a compaction every few thousand shifts): the array outlives the
 * young-generation collections, which then never copy it.
 *
 * @module
 */

/** The smallest ring; also what an emptied large ring goes back to. */
const MIN_CAPACITY = 4;
/**
 * An emptied ring larger than this, and more than SHRINK_RATIO times larger than the
 * most items it held since it was last empty, is replaced by a small one: memory
 * follows the commands in flight, not the largest burst ever seen, while a connection
 * that empties its queue on every round of a steady 10,000 keeps its ring.
 */
const KEEP_CAPACITY = 1024;
const SHRINK_RATIO = 4;

/** First in, first out. */
export class ReplyQueue<T> {
  #items: (T | undefined)[] = new Array(MIN_CAPACITY);
  #head = 0;
  #length = 0;
  /** The most items held since the queue was last empty. */
  #peak = 0;

  /** How many items wait. */
  get length(): number {
    return this.#length;
  }

  /** Adds an item at the back. */
  push(item: T): void {
    const items = this.#items;
    if (this.#length === items.length) return this.#grow(item);
    items[(this.#head + this.#length) & (items.length - 1)] = item;
    if (++this.#length > this.#peak) this.#peak = this.#length;
  }

  /** The front item, left in place. */
  peek(): T | undefined {
    return this.#length === 0 ? undefined : this.#items[this.#head];
  }

  /** Removes and returns the front item. */
  shift(): T | undefined {
    if (this.#length === 0) return undefined;
    const items = this.#items;
    const item = items[this.#head];
    items[this.#head] = undefined;
    this.#head = (this.#head + 1) & (items.length - 1);
    if (--this.#length === 0) {
      this.#head = 0;
      if (
        items.length > KEEP_CAPACITY && items.length > SHRINK_RATIO * this.#peak
      ) this.#items = new Array(MIN_CAPACITY);
      this.#peak = 0;
    }
    return item;
  }

  /** Removes and returns every item, front first. */
  drain(): T[] {
    const items: T[] = [];
    while (this.#length > 0) items.push(this.shift()!);
    this.#items = new Array(MIN_CAPACITY);
    this.#peak = 0;
    return items;
  }

  /** Doubles the ring, its items front first, then adds `item`. */
  #grow(item: T): void {
    const old = this.#items;
    const items = new Array<T | undefined>(old.length * 2);
    for (let i = 0; i < this.#length; i++) {
      items[i] = old[(this.#head + i) & (old.length - 1)];
    }
    items[this.#length++] = item;
    if (this.#length > this.#peak) this.#peak = this.#length;
    this.#items = items;
    this.#head = 0;
  }
}
