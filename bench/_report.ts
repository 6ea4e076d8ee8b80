/**
 * Turns the collected results into the markdown tables that go into the issue note.
 *
 * @module
 */
import { WORKLOADS } from "./_harness.mjs";

/** The best of one client on one workload, or why there is none. */
export interface Result {
  client: string;
  workload: string;
  opsPerSec?: number;
  /** Every timed repetition of every round, in ops/s. */
  rates?: number[];
  /** Peak resident set size of the client's process; null where not measured. */
  peakRssKiB?: number | null;
  error?: string;
}

/** A column of the tables: a client id and how to name it. */
export interface Column {
  id: string;
  label: string;
}

/** desir on Deno is what every ratio is about. */
const DESIR = "desir";
const CEILING = "redis-benchmark";
const PURE_JS = ["ioredis", "node-redis"];

/** Looks up results by workload and client. */
export type Results = Map<string, Map<string, Result>>;

function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)}M`;
  if (n >= 1e4) return `${Math.round(n / 1e3)}k`;
  return String(Math.round(n));
}

function ratio(
  a: number | undefined,
  b: number | undefined,
): number | undefined {
  return a && b ? a / b : undefined;
}

function times(r: number | undefined): string {
  return r === undefined ? "–" : `${r.toFixed(2)}×`;
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function table(head: string[], rows: string[][]): string[] {
  return [row(head), row(head.map(() => "---")), ...rows.map(row)];
}

/**
 * The markdown report: throughput with desir's ratio to each client, each client as
 * a fraction of redis-benchmark, peak RSS, the targets, and any errors.
 */
export function markdown(
  results: Results,
  columns: Column[],
  header: string,
): string {
  const workloads = [...results.keys()];
  const get = (w: string, c: string) => results.get(w)?.get(c);
  const ops = (w: string, c: string) => get(w, c)?.opsPerSec;
  const title = (w: string) => WORKLOADS[w].title;

  const throughput = table(
    ["workload", ...columns.map((c) => c.label)],
    workloads.map((w) => [
      title(w),
      ...columns.map(({ id }) => {
        const result = get(w, id);
        if (!result) return "–";
        if (result.error) return "error";
        if (id === DESIR) return compact(result.opsPerSec!);
        return `${compact(result.opsPerSec!)} (${
          times(ratio(ops(w, DESIR), result.opsPerSec))
        })`;
      }),
    ]),
  );
  const clients = columns.filter((c) => c.id !== CEILING);
  const fraction = table(
    ["workload", ...clients.map((c) => c.label)],
    workloads.map((w) => [
      title(w),
      ...clients.map(({ id }) =>
        ratio(ops(w, id), ops(w, CEILING))?.toFixed(2) ?? "–"
      ),
    ]),
  );
  const rss = table(
    ["workload", ...clients.map((c) => c.label)],
    workloads.map((w) => [
      title(w),
      ...clients.map(({ id }) => {
        const kib = get(w, id)?.peakRssKiB;
        return kib ? `${Math.round(kib / 1024)}` : "–";
      }),
    ]),
  );
  const errors = workloads.flatMap((w) =>
    columns.flatMap(({ id, label }) => {
      const error = get(w, id)?.error;
      return error ? [`- ${label}, ${title(w)}: ${error.split("\n")[0]}`] : [];
    })
  );
  return [
    header,
    "",
    `Throughput in ops/s (best run); in parentheses desir (Deno) ÷ that client.`,
    "",
    ...throughput,
    "",
    "Each client as a fraction of redis-benchmark (the ceiling).",
    "",
    ...fraction,
    "",
    "Peak RSS of each client's process in MiB (VmHWM, one process per workload).",
    "",
    ...rss,
    "",
    "Targets from issue 2 (desir on Deno).",
    "",
    ...table(["target", "measured", ""], targets(results)),
    ...(errors.length ? ["", "Errors:", ...errors] : []),
    "",
  ].join("\n");
}

/** Each target of issue 2 as [what, measured, met/missed]. */
function targets(results: Results): string[][] {
  const rows: string[][] = [];
  const ops = (w: string, c: string) => results.get(w)?.get(c)?.opsPerSec;
  const verdict = (ok: boolean | undefined) =>
    ok === undefined ? "–" : ok ? "met" : "MISSED";
  const add = (what: string, value: number | undefined, goal: number) =>
    rows.push([
      what,
      times(value),
      verdict(value === undefined ? undefined : value >= goal),
    ]);
  const bestPureJs = (w: string) =>
    Math.max(...PURE_JS.map((c) => ops(w, c) ?? 0)) || undefined;

  for (const w of results.keys()) {
    const title = WORKLOADS[w].title;
    if (w === "w1") {
      add(
        `${title}: ≥ 0.95× best pure-JS peer`,
        ratio(ops(w, DESIR), bestPureJs(w)),
        0.95,
      );
    } else {
      add(
        `${title}: > best pure-JS peer`,
        ratio(ops(w, DESIR), bestPureJs(w)),
        1.0001,
      );
    }
    if (w === "w2" || w === "w3" || w === "w5") {
      add(
        `${title}: ≥ 1.3× node-redis`,
        ratio(ops(w, DESIR), ops(w, "node-redis")),
        1.3,
      );
    }
    if (w === "w4") {
      add(
        `${title}: ≥ 0.8× redis-benchmark`,
        ratio(ops(w, DESIR), ops(w, CEILING)),
        0.8,
      );
    }
    const rss = results.get(w)?.get(DESIR)?.peakRssKiB;
    const peerRss = results.get(w)?.get("node-redis")?.peakRssKiB;
    if (rss && peerRss) {
      rows.push([
        `${title}: peak RSS ≤ node-redis'`,
        `${Math.round(rss / 1024)} vs ${Math.round(peerRss / 1024)} MiB`,
        verdict(rss <= peerRss),
      ]);
    }
  }
  return rows;
}
