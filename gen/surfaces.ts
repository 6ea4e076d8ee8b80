/**
 * The public classes that show the command methods, each with its own return type:
 * `deno doc` and JSR list only a class's own members (never inherited ones), so each
 * of these files ends with a generated interface merged into its class, holding one
 * declaration (and the JSDoc) per command. Declarations only: the one implementation is
 * the `Commands` base class in lib/commands.ts.
 *
 * @module
 */
import type { Base } from "./inherited.ts";

/** One class whose file ends with the generated declarations of the command methods. */
export interface Surface {
  /** The file declaring the class, relative to the repository root. */
  file: string;
  /** The class name. */
  name: string;
  /** The class's type parameters, exactly as the class declares them. */
  typeParams: string;
  /** What a method returns for a reply type. */
  returns: (reply: string) => string;
  /** The full command docs (clients), or the summary, syntax and link (queues). */
  docs: "full" | "short";
  /** What each method does on this class, for the interface's doc. */
  does: string;
  /** The base classes whose public members are declared again (gen/inherited.ts). */
  inherits: readonly Base[];
}

/** What every client has, written once in `ClientBase` and `ClientFeatures`. */
function clientBases(events: string): Base[] {
  return [
    { file: "lib/client_base.ts", name: "ClientBase", rename: { E: events } },
    { file: "lib/client_features.ts", name: "ClientFeatures" },
  ];
}

const TEXT = "S extends string | Uint8Array = string";
/** A client's: its reply type, and the mode it was made in (see `ReplyFor`). */
const CLIENT =
  "S extends ReplyFor<M> = string, M extends string | Uint8Array | boolean = S";

/** A queue whose chained calls add their reply types to the tuple `exec()` returns. */
function tracked(file: string, name: string, what: string): Surface {
  return {
    file,
    name,
    typeParams: `${TEXT}, R extends unknown[] = []`,
    returns: (reply) => `${name}<S, [...R, ${reply}]>`,
    docs: "short",
    does:
      `queues its command and returns the ${what}, the reply's type added to the tuple \`exec()\` returns`,
    inherits: [{
      file: "lib/command_queue.ts",
      name: "CommandQueue",
      queues: 'Returned<"chain", T>',
    }],
  };
}

/** The classes, in the order the record lists them. */
export const SURFACES: readonly Surface[] = [
  {
    file: "lib/client.ts",
    name: "Redis",
    typeParams: CLIENT,
    returns: (reply) => `Promise<${reply}>`,
    docs: "full",
    does: "sends its command and resolves to the reply",
    inherits: clientBases("RedisEventMap"),
  },
  {
    file: "lib/cluster/cluster.ts",
    name: "RedisCluster",
    typeParams: CLIENT,
    returns: (reply) => `Promise<${reply}>`,
    docs: "full",
    does:
      "sends its command to the node that serves it and resolves to the reply",
    inherits: clientBases("ClusterEventMap"),
  },
  tracked("lib/command_queue.ts", "Pipeline", "pipeline"),
  tracked("lib/command_queue.ts", "Transaction", "transaction"),
];

/** The line after which a surface's file is generated. */
export const MARKER =
  "// Generated below by gen/generate.ts from commands.json; do not edit: run `deno task gen`.";
