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

/** Argument trees of module commands, by command name. */
export const MODULE_DOCS: Record<string, ModuleDocs> = {
  vadd: {
    summary: "Adds an element with its vector to a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(log(N)) for each element added, N being the set's size",
    arguments: [
      key,
      { name: "reduce", type: "integer", token: "REDUCE", flags: optional },
      vector("vector"),
      element,
      { name: "cas", type: "pure-token", token: "CAS", flags: optional },
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
      { name: "ef", type: "integer", token: "EF", flags: optional },
      { name: "attributes", type: "string", token: "SETATTR", flags: optional },
      { name: "numlinks", type: "integer", token: "M", flags: optional },
    ],
  },
  vcard: {
    summary: "Returns the number of elements in a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key],
  },
  vdim: {
    summary: "Returns the dimension of the vectors in a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key],
  },
  vemb: {
    summary: "Returns the vector of an element of a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [
      key,
      element,
      { name: "raw", type: "pure-token", token: "RAW", flags: optional },
    ],
  },
  vgetattr: {
    summary: "Returns the JSON attributes of an element of a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key, element],
  },
  vinfo: {
    summary: "Returns information about a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key],
  },
  vismember: {
    summary: "Tells whether an element belongs to a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key, element],
  },
  vlinks: {
    summary:
      "Returns the neighbors of an element of a vector set, layer by layer.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [
      key,
      element,
      {
        name: "withscores",
        type: "pure-token",
        token: "WITHSCORES",
        flags: optional,
      },
    ],
  },
  vrandmember: {
    summary: "Returns one or more random elements of a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(N) where N is the absolute value of the count",
    arguments: [key, { name: "count", type: "integer", flags: optional }],
  },
  vrem: {
    summary: "Removes an element from a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(log(N)) where N is the set's size",
    arguments: [key, element],
  },
  vsetattr: {
    summary:
      "Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(1)",
    arguments: [key, element, { name: "json", type: "string" }],
  },
  vsim: {
    summary:
      "Returns the elements of a vector set most similar to a vector or to an element.",
    since: "8.0.0",
    group: "vector_set",
    complexity: "O(log(N)) where N is the set's size",
    arguments: [
      key,
      vector("query", [{ name: "ele", type: "string", token: "ELE" }]),
      {
        name: "withscores",
        type: "pure-token",
        token: "WITHSCORES",
        flags: optional,
      },
      { name: "count", type: "integer", token: "COUNT", flags: optional },
      { name: "ef", type: "integer", token: "EF", flags: optional },
      { name: "expression", type: "string", token: "FILTER", flags: optional },
      {
        name: "max-effort",
        type: "integer",
        token: "FILTER-EF",
        flags: optional,
      },
      { name: "truth", type: "pure-token", token: "TRUTH", flags: optional },
      {
        name: "nothread",
        type: "pure-token",
        token: "NOTHREAD",
        flags: optional,
      },
    ],
  },
};
