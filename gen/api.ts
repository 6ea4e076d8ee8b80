/**
 * The public command API as a readable text record (`gen/api.txt`): one line per method
 * signature and one per option field, sorted. A test regenerates it and fails on any
 * change, so a regeneration that would rename a field or change a type cannot slip in
 * unnoticed; a deliberate change updates the record in the same commit.
 *
 * @module
 */
import type { Entry, Method, Param } from "./shape.ts";
import { typeOf } from "./emit.ts";
import { replyOf } from "./replies.ts";

/** Where the record lives, relative to the repository root. */
export const API_RECORD = "gen/api.txt";

/** A type on one line: no doc comments, single spaces. */
function oneLine(type: string): string {
  // Every token literal takes either case (`Token<"NX">`): the record shows the token.
  return type.replace(/\/\*\*.*?\*\/\n/g, "").replace(/Token<([^<>]*)>/g, "$1")
    .replace(/\s+/g, " ")
    .replace(/\{ \}/g, "{}").replace(/; \}/g, " }").trim();
}

function param(p: Param): string {
  const type = p.name === "options" && p.shape.k === "object"
    ? "{…}"
    : oneLine(typeOf(p.shape));
  switch (p.role) {
    case "required":
      return `${p.name}: ${type}`;
    case "optional":
    case "options":
      return `${p.name}?: ${type}`;
    case "rest":
      return `...${p.name}: (${type})[]`;
  }
}

/** One line per field; a group's fields say which alternatives exclude each other. */
function fields(prefix: string, entries: Entry[], group = ""): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (e.k === "field") {
      const optional = e.required && !group ? "" : "?";
      out.push(
        `${prefix}.${e.name}${optional}: ${oneLine(typeOf(e.shape))}${group}`,
      );
      continue;
    }
    const names = e.alts.map((alt) =>
      alt.map((f) => f.k === "field" ? f.name : "(…)").join("+")
    ).join(" | ");
    for (const alt of e.alts) {
      out.push(...fields(prefix, alt, `  (one of ${names})`));
    }
  }
  return out;
}

/** The record's text for a list of methods. */
export function apiRecord(methods: Method[]): string {
  const lines: string[] = [];
  for (const m of methods) {
    const reply = replyOf(m)?.type ?? "RespValue";
    lines.push(`${m.name}(${m.params.map(param).join(", ")}): ${reply}`);
    for (const p of m.params) {
      if (p.shape.k === "object") {
        lines.push(...fields(`${m.name} ${p.name}`, p.shape.entries));
      }
    }
  }
  return lines.sort().join("\n") + "\n";
}
