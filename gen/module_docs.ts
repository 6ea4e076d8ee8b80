/**
 * Documentation of built-in module commands whose server answers `COMMAND DOCS` with no
 * arguments (Redis 8.0's vector sets): the argument trees as redis.io documents them, in
 * `COMMAND DOCS` form, so they get typed methods like every other command. Applied only
 * when the server documents no arguments of its own; such entries say
 * `"docs_from": "gen/module_docs.ts"` in `commands.json`.
 *
 * @module
 */
import type { Arg, Command } from "./_table.ts";

const key: Arg = { name: "key", type: "key", key_spec_index: 0 };
const element: Arg = { name: "element", type: "string" };
const optional = ["optional"] as Arg["flags"];

/** A query or new vector: `FP32 blob` or `VALUES num value [value ...]`. */
const vector = (name: string, extra: Arg[] = []): Arg => ({
  name,
  type: "oneof",
  arguments: [
    ...extra,
    { name: "fp32", type: "string", token: "FP32" },
    {
      name: "values",
      type: "block",
      token: "VALUES",
      arguments: [
        { name: "num", type: "integer" },
        { name: "value", type: "double", flags: ["multiple"] },
      ],
    },
  ],
});

type ModuleDocs = Pick<
  Command,
  "summary" | "since" | "group" | "complexity" | "arguments"
>;

/** A vector set command's docs: all came with Redis 8.0. */
const vectorSet = (
  summary: string,
  complexity: string,
  args: Arg[],
): ModuleDocs => ({
  summary,
  since: "8.0.0",
  group: "vector_set",
  complexity,
  arguments: args,
});

/** An optional argument: its token, then a value of `type` (none for a pure token). */
const option = (
  name: string,
  token: string,
  type: Arg["type"] = "pure-token",
): Arg => ({
  name,
  type,
  token,
  flags: optional,
});

/** Argument trees of module commands, by command name. */
export const MODULE_DOCS: Record<string, ModuleDocs> = {
  vadd: vectorSet(
    "Adds an element with its vector to a vector set.",
    "O(log(N)) for each element added, N being the set's size",
    [
      key,
      option("reduce", "REDUCE", "integer"),
      vector("vector"),
      element,
      option("cas", "CAS"),
      {
        name: "quantization",
        type: "oneof",
        flags: optional,
        arguments: [
          { name: "noquant", type: "pure-token", token: "NOQUANT" },
          { name: "q8", type: "pure-token", token: "Q8" },
          { name: "bin", type: "pure-token", token: "BIN" },
        ],
      },
      option("ef", "EF", "integer"),
      option("attributes", "SETATTR", "string"),
      option("numlinks", "M", "integer"),
    ],
  ),
  vcard: vectorSet("Returns the number of elements in a vector set.", "O(1)", [
    key,
  ]),
  vdim: vectorSet(
    "Returns the dimension of the vectors in a vector set.",
    "O(1)",
    [key],
  ),
  vemb: vectorSet(
    "Returns the vector of an element of a vector set.",
    "O(1)",
    [key, element, option("raw", "RAW")],
  ),
  vgetattr: vectorSet(
    "Returns the JSON attributes of an element of a vector set.",
    "O(1)",
    [key, element],
  ),
  vinfo: vectorSet("Returns information about a vector set.", "O(1)", [key]),
  vismember: vectorSet(
    "Tells whether an element belongs to a vector set.",
    "O(1)",
    [key, element],
  ),
  vlinks: vectorSet(
    "Returns the neighbors of an element of a vector set, layer by layer.",
    "O(1)",
    [key, element, option("withscores", "WITHSCORES")],
  ),
  vrandmember: vectorSet(
    "Returns one or more random elements of a vector set.",
    "O(N) where N is the absolute value of the count",
    [key, { name: "count", type: "integer", flags: optional }],
  ),
  vrem: vectorSet(
    "Removes an element from a vector set.",
    "O(log(N)) where N is the set's size",
    [key, element],
  ),
  vsetattr: vectorSet(
    "Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.",
    "O(1)",
    [key, element, { name: "json", type: "string" }],
  ),
  vsim: vectorSet(
    "Returns the elements of a vector set most similar to a vector or to an element.",
    "O(log(N)) where N is the set's size",
    [
      key,
      vector("query", [{ name: "ele", type: "string", token: "ELE" }]),
      option("withscores", "WITHSCORES"),
      option("count", "COUNT", "integer"),
      option("ef", "EF", "integer"),
      option("expression", "FILTER", "string"),
      option("max-effort", "FILTER-EF", "integer"),
      option("truth", "TRUTH"),
      option("nothread", "NOTHREAD"),
    ],
  ),
};
