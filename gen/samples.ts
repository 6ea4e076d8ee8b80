/**
 * Sample calls of generated methods, built from their parameter shapes: the tests send
 * them through the real bindings and ask the server (`COMMAND GETKEYS`) which arguments
 * are keys. Values are tagged so keys can be told apart: keys are `k1`, `k2`, ….
 *
 * @module
 */
import type { Entry, Method, Scalar, Shape } from "./shape.ts";

/** Which alternative to take at each choice point (group or union), by visit order. */
type Picks = Map<number, number>;

class Sampler {
  #keys = 0;
  #choice = 0;
  /** How many alternatives each choice point had, for building other variants. */
  readonly choices: number[] = [];
  constructor(readonly full: boolean, readonly picks: Picks) {}

  #pick(count: number): number {
    const point = this.#choice++;
    this.choices[point] = count;
    return this.picks.get(point) ?? 0;
  }

  value(shape: Shape): unknown {
    switch (shape.k) {
      case "scalar":
        return this.scalar(shape.scalar);
      case "literal":
        return shape.values[0];
      case "words":
        return shape.words.join(" ");
      case "flag":
        return true;
      case "many":
      case "list":
        return [this.value(shape.of), this.value(shape.of)];
      case "tuple": {
        const n = this.full ? shape.items.length : shape.required;
        return shape.items.slice(0, n).map((item) => this.value(item));
      }
      case "pairs":
        return [0, 1].map(
          () => [this.value(shape.first), this.value(shape.second)],
        );
      case "object":
        return this.object(shape.entries);
      case "union":
        return this.value(shape.alts[this.#pick(shape.alts.length)]);
    }
  }

  scalar(scalar: Scalar): unknown {
    switch (scalar) {
      case "key":
        return `k${++this.#keys}`;
      case "value":
        return "v";
      case "double":
      case "range":
        return 1.5;
      case "cursor":
        return 0;
      case "time":
        return 1700000000;
      case "integer":
        return 1;
    }
  }

  object(entries: Entry[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const entry of entries) {
      if (entry.k === "group") {
        const alt = this.#pick(entry.alts.length);
        if (entry.required || this.full) {
          Object.assign(out, this.object(entry.alts[alt]));
        }
      } else if (entry.required || this.full) {
        out[entry.name] = this.value(entry.shape);
      }
    }
    return out;
  }
}

function callArgs(method: Method, sampler: Sampler): unknown[] {
  const args: unknown[] = [];
  for (const p of method.params) {
    if (p.role === "rest") {
      args.push(sampler.value(p.shape), sampler.value(p.shape));
    } else if (p.role === "required" || sampler.full) {
      args.push(sampler.value(p.shape));
    } else args.push(undefined);
  }
  while (args.length && args[args.length - 1] === undefined) args.pop();
  return args;
}

/**
 * Argument lists for calling a method: the required parameters only, everything, and
 * everything with each other alternative of each oneof.
 */
export function sampleCalls(method: Method): unknown[][] {
  const calls = [callArgs(method, new Sampler(false, new Map()))];
  const full = new Sampler(true, new Map());
  calls.push(callArgs(method, full));
  full.choices.forEach((count, point) => {
    for (let alt = 1; alt < count; alt++) {
      calls.push(callArgs(method, new Sampler(true, new Map([[point, alt]]))));
    }
  });
  return calls;
}
