/**
 * The RESP and codec micro-benchmark workloads, written once against the modules they
 * measure, so `resp_bench.ts` and `codec_bench.ts` time this tree and `compare.ts` times
 * this tree against another checkout on the same work.
 *
 * @module
 */

import type { Decoder, RespValue } from "../lib/resp/decode.ts";
import type { WriteBuffer } from "../lib/resp/encode.ts";

/** One workload: `run` does one iteration. */
export interface Case {
  name: string;
  group: string;
  run: () => void;
}

/** What the RESP cases need of lib/resp. */
export interface RespModules {
  Decoder: typeof Decoder;
  WriteBuffer: typeof WriteBuffer;
}

/** What the codec cases need of lib/codec. */
export interface CodecModules {
  serialize: (value: unknown) => Uint8Array;
  deserialize: (bytes: Uint8Array) => unknown;
}

const text = new TextEncoder();
/** Keeps the results alive so no engine can drop the work. */
export let sink = 0;

const smallBulks = text.encode("$3\r\nabc\r\n".repeat(10_000));
const okReplies = text.encode("+OK\r\n".repeat(10_000));
const integers = text.encode(":1\r\n".repeat(10_000));
const bigBulk = (() => {
  const payload = "x".repeat(1 << 20);
  return text.encode(`$${payload.length}\r\n${payload}\r\n`);
})();
const bigChunks: Uint8Array[] = [];
for (let i = 0; i < bigBulk.length; i += 65536) {
  bigChunks.push(bigBulk.subarray(i, i + 65536));
}
const arrayOfBulks = text.encode(
  "*1000\r\n" + "$10\r\nvalue:1234\r\n".repeat(1000),
);
const longValue = "v".repeat(1000);
/** A subscriber's stream: messages on one channel, as RESP3 pushes and RESP2 arrays. */
const message = "\r\n$7\r\nmessage\r\n$8\r\nbench:ps\r\n$5\r\nhello\r\n";
const pushMessages = text.encode(`>3${message}`.repeat(1000));
const arrayMessages = text.encode(`*3${message}`.repeat(1000));

/** The RESP decoder and encoder workloads. */
export function respCases({ Decoder, WriteBuffer }: RespModules): Case[] {
  const handler = {
    reply(value: RespValue) {
      sink += value === null ? 0 : 1;
    },
    push() {},
  };
  const decoder = (bytes: boolean) => {
    const d = new Decoder(handler);
    d.bytes = bytes;
    return d;
  };
  /** A subscriber connection's decoder (as Connection makes it). */
  const subscriber = () => {
    const d = new Decoder(handler);
    d.internFrames = true;
    return d;
  };
  const out = new WriteBuffer();
  const decode = (name: string, run: () => void) => ({
    name,
    group: "decode",
    run,
  });
  const encode = (name: string, run: () => void) => ({
    name,
    group: "encode",
    run,
  });
  return [
    decode("decode 10k small bulk replies in one chunk", () => {
      decoder(false).feed(smallBulks);
    }),
    decode("decode 10k small bulk replies as bytes", () => {
      decoder(true).feed(smallBulks);
    }),
    decode("decode 10k +OK replies in one chunk", () => {
      decoder(false).feed(okReplies);
    }),
    decode("decode 10k :1 replies in one chunk", () => {
      decoder(false).feed(integers);
    }),
    decode("decode a 1 MiB bulk in 64 KiB chunks", () => {
      const d = decoder(false);
      for (const chunk of bigChunks) d.feed(chunk);
    }),
    decode("decode a 1 MiB bulk in 64 KiB chunks as bytes", () => {
      const d = decoder(true);
      for (const chunk of bigChunks) d.feed(chunk);
    }),
    decode("decode an array of 1000 bulks", () => {
      decoder(false).feed(arrayOfBulks);
    }),
    decode("decode 1000 message push frames (subscriber)", () => {
      subscriber().feed(pushMessages);
    }),
    decode("decode 1000 RESP2 message arrays (subscriber)", () => {
      subscriber().feed(arrayMessages);
    }),
    encode("encode 10k SET key:123 value", () => {
      for (let i = 0; i < 10_000; i++) out.write(["SET", "key:123", "value"]);
      sink += out.take().length;
    }),
    encode("encode 10k SET key:123 <number>", () => {
      for (let i = 0; i < 10_000; i++) out.write(["SET", "key:123", i]);
      sink += out.take().length;
    }),
    encode("encode 1000 SET key:123 <1000-char string>", () => {
      for (let i = 0; i < 1000; i++) out.write(["SET", "key:123", longValue]);
      sink += out.take().length;
    }),
  ];
}

function user(i: number) {
  return {
    id: 100_000 + i,
    name: `User ${i}`,
    email: `user${i}@example.com`,
    active: i % 3 !== 0,
    roles: i % 2 ? ["admin", "editor"] : ["viewer"],
    score: Math.round(i * 13.37) / 100,
    createdAt: new Date(1_700_000_000_000 + i * 86_400_000).toISOString(),
    address: {
      street: `${i} Main Street`,
      city: "Springfield",
      zip: `${10_000 + i}`,
    },
    tags: null,
  };
}

/** JSON-compatible values of the shapes the sugar stores. */
export const data: Record<string, unknown> = {
  "one record": user(7),
  "100 records": Array.from({ length: 100 }, (_, i) => user(i)),
  "1000 numbers": Array.from(
    { length: 1000 },
    (_, i) => (i % 2 ? i * 1.5 : i * 1000),
  ),
  "text (10 KB, non-ASCII)": {
    title: "Résumé — 日本語",
    body: "Lorem ipsum dolor sit amet, café naïve façade. ".repeat(200),
  },
  "RPC call": {
    id: 42,
    method: "sum",
    args: [1, 2, "three", { four: 4 }],
    replyTo: "rpc:r:17",
  },
};

/** serialize and deserialize on each of {@linkcode data}. */
export function codecCases({ serialize, deserialize }: CodecModules): Case[] {
  return Object.entries(data).flatMap(([name, value]) => {
    const encoded = serialize(value);
    return [
      {
        name: `serialize: ${name}`,
        group: `encode ${name}`,
        run: () => {
          sink += serialize(value).length;
        },
      },
      {
        name: `deserialize: ${name}`,
        group: `decode ${name}`,
        run: () => {
          sink += deserialize(encoded) === null ? 0 : 1;
        },
      },
    ];
  });
}
