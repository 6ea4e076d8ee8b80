/**
 * Turns the samples of a run into the markdown tables for the README and the
 * issue note: every value is a median over rounds with its spread (min–max), and
 * every desir column is a ratio to the first column, taken round by round.
 *
 * @module
 */

/** Per shape, per point, per client: one value per round (NaN where it failed). */
export type Samples = Map<string, Map<string, Map<string, number[]>>>;

/** How a shape's table reads. */
export interface ShapeInfo {
  title: string;
  unit: string;
  higherIsBetter: boolean;
}

/** A column: a client id and how to name it. */
export interface Column {
  id: string;
  label: string;
}

/** Adds one round's value. */
export function record(
  samples: Samples,
  shape: string,
  point: string,
  client: string,
  round: number,
  value: number,
): void {
  if (!samples.has(shape)) samples.set(shape, new Map());
  const points = samples.get(shape)!;
  if (!points.has(point)) points.set(point, new Map());
  const clients = points.get(point)!;
  if (!clients.has(client)) clients.set(client, []);
  clients.get(client)![round] = value;
}

/** Median, min and max of the finite values, or undefined when there is none. */
export function spread(
  values: number[] | undefined,
): { median: number; min: number; max: number } | undefined {
  const finite = (values ?? []).filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const mid = finite.length >> 1;
  const median = finite.length % 2
    ? finite[mid]
    : (finite[mid - 1] + finite[mid]) / 2;
  return { median, min: finite[0], max: finite.at(-1)! };
}

/**
 * `subject` against `base`, round by round, oriented so that above 1 means
 * `subject` is better; the median and spread of those ratios.
 */
export function ratios(
  subject: number[] | undefined,
  base: number[] | undefined,
  higherIsBetter: boolean,
): ReturnType<typeof spread> {
  if (!subject || !base) return undefined;
  return spread(
    subject.map((s, i) => higherIsBetter ? s / base[i] : base[i] / s),
  );
}

/** A number in 3 significant digits, with k or M. */
export function compact(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toPrecision(3)}M`;
  if (n >= 1e4) return `${(n / 1e3).toPrecision(3)}k`;
  if (n >= 100) return String(Math.round(n));
  return n.toPrecision(3);
}

function times(s: ReturnType<typeof spread>): string {
  if (!s) return "–";
  return `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** One table per shape: the first column absolute, the others as ratios to it. */
export function shapeTable(
  info: ShapeInfo,
  points: Map<string, Map<string, number[]>>,
  columns: Column[],
): string[] {
  const [base, ...all] = columns;
  // Clients that did not run this shape (the raw ones do only some) get no column.
  const others = all.filter(({ id }) =>
    [...points.values()].some((byClient) => byClient.has(id))
  );
  const lines = [
    `**${info.title}** (${info.unit}, ${
      info.higherIsBetter ? "higher" : "lower"
    } is better; ratios: above 1× means better than ${base.label})`,
    "",
    row(["", base.label, ...others.map((c) => c.label)]),
    row(["---", "---", ...others.map(() => "---")]),
  ];
  for (const [point, byClient] of points) {
    const b = spread(byClient.get(base.id));
    lines.push(row([
      point,
      b ? `${compact(b.median)} (${compact(b.min)}–${compact(b.max)})` : "–",
      ...others.map(({ id }) => {
        const s = spread(byClient.get(id));
        if (!s) return "–";
        const r = ratios(
          byClient.get(id),
          byClient.get(base.id),
          info.higherIsBetter,
        );
        return r ? `${times(r)} ${compact(s.median)}` : compact(s.median);
      }),
    ]));
  }
  return [...lines, ""];
}

/**
 * Each desir column ÷ the raw socket of its runtime (`raw`), point by point, taken
 * round by round: how much of a gap to the base client is desir's own, and how
 * much the runtime's (near 1× means none of it is desir's).
 */
export function floorTable(
  samples: Samples,
  pairs: (Column & { raw: string })[],
  higherIsBetter: (shape: string) => boolean,
): string[] {
  const lines = [
    "**desir ÷ its runtime's raw socket** (the same run; above 1× means desir is better)",
    "",
    row(["", ...pairs.map((p) => `${p.label} ÷ ${p.raw}`)]),
    row(["---", ...pairs.map(() => "---")]),
  ];
  for (const [shape, points] of samples) {
    for (const [point, byClient] of points) {
      const cells = pairs.map((p) =>
        times(
          ratios(
            byClient.get(p.id),
            byClient.get(p.raw),
            higherIsBetter(shape),
          ),
        )
      );
      if (cells.some((c) => c !== "–")) {
        lines.push(row([`${shape} ${point}`, ...cells]));
      }
    }
  }
  return lines.length > 4 ? [...lines, ""] : [];
}

/** The issue's targets, one line each: what, measured (median and spread), met or not. */
export function targetTable(
  samples: Samples,
  desirClients: Column[],
  base: string,
  higherIsBetter: (shape: string) => boolean,
): string[] {
  const rows: string[][] = [];
  const get = (shape: string, point: string, client: string) =>
    samples.get(shape)?.get(point)?.get(client);
  const verdict = (ok: boolean) => ok ? "met" : "MISSED";
  for (const { id, label } of desirClients) {
    // desir ÷ the base client on every point of every shape it ran.
    const misses: string[] = [];
    let total = 0;
    for (const [shape, points] of samples) {
      if (shape === "cold") continue;
      for (const [point, byClient] of points) {
        const r = ratios(
          byClient.get(id),
          byClient.get(base),
          higherIsBetter(shape),
        );
        if (!r) continue;
        total++;
        if (r.median < 1) {
          misses.push(`${shape} ${point} ${r.median.toFixed(2)}×`);
        }
      }
    }
    if (total) {
      rows.push([
        `${label}: ≥ 1.0× ${base} on every point`,
        `${total - misses.length}/${total} points${
          misses.length ? `; behind: ${misses.join(", ")}` : ""
        }`,
        verdict(misses.length === 0),
      ]);
    }
    const cliff = ratios(
      get("inflight", "10000", id),
      get("inflight", "1000", id),
      true,
    );
    if (cliff) {
      rows.push([
        `${label}: 10,000 in flight ≥ 0.95× 1,000`,
        times(cliff),
        verdict(cliff.median >= 0.95),
      ]);
    }
    const strings = ratios(
      get("sizes", "1 MiB string", id),
      get("sizes", "1 MiB bytes", id),
      true,
    );
    if (strings) {
      rows.push([
        `${label}: 1 MiB GET string ≥ 0.8× bytes`,
        times(strings),
        verdict(strings.median >= 0.8),
      ]);
    }
    const perCommand = spread(get("million", "peak RSS per command (B)", id));
    if (perCommand) {
      rows.push([
        `${label}: ≤ 300 B peak RSS per command, 1M in flight`,
        `${Math.round(perCommand.median)} B (${Math.round(perCommand.min)}–${
          Math.round(perCommand.max)
        })`,
        verdict(perCommand.median <= 300),
      ]);
    }
    const idle = spread(get("idle", "RSS per client (KiB)", id));
    if (idle) {
      rows.push([
        `${label}: ≤ 32 KiB per idle client`,
        `${idle.median.toFixed(1)} KiB (${idle.min.toFixed(1)}–${
          idle.max.toFixed(1)
        })`,
        verdict(idle.median <= 32),
      ]);
    }
  }
  for (const runtime of ["Deno", "Node", "Bun"]) {
    for (
      const [column, what] of [
        ["desir", ", from source"],
        ["desir-published", ", as published"],
        ["desir-bundled", ", bundled"],
      ]
    ) {
      const cold = ratios(
        get("cold", runtime, "raw"),
        get("cold", runtime, column),
        true,
      );
      if (!cold) continue;
      rows.push([
        `desir (${runtime}${what}): cold start ≤ 1.5× a raw socket`,
        `${(1 / cold.median).toFixed(2)}× (${(1 / cold.max).toFixed(2)}–${
          (1 / cold.min).toFixed(2)
        })`,
        verdict(1 / cold.median <= 1.5),
      ]);
    }
  }
  return [
    row(["target", "measured: median (spread)", ""]),
    row(["---", "---", "---"]),
    ...rows.map(row),
    "",
  ];
}
