import assert from "node:assert/strict";
import { ProtocolError, RedisError } from "../lib/errors.ts";
import { testServer } from "./harness/server_kind.ts";
import {
  Decoder,
  type DecoderOptions,
  type RespValue,
} from "../lib/resp/decode.ts";
import {
  encodeCommand,
  type RedisArgument,
  WriteBuffer,
} from "../lib/resp/encode.ts";

const text = new TextEncoder();
const utf8 = new TextDecoder();

/** A repeatable random integer below `n`, from a linear congruential generator. */
function seededRandom(seed: number): (n: number) => number {
  return (n) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
}

type Attributes = Map<RespValue, RespValue>[] | undefined;
interface Decoded {
  replies: RespValue[];
  attributes: Attributes[];
  pushes: RespValue[][];
  /** The attributes that preceded each push. */
  pushAttributes: Attributes[];
  /** Replies and pushes in arrival order. */
  order: string[];
}

function collector(): {
  decoded: Decoded;
  handler: ConstructorParameters<typeof Decoder>[0];
} {
  const decoded: Decoded = {
    replies: [],
    attributes: [],
    pushes: [],
    pushAttributes: [],
    order: [],
  };
  return {
    decoded,
    handler: {
      reply(value, attributes) {
        decoded.replies.push(value);
        decoded.attributes.push(attributes);
        decoded.order.push("reply");
      },
      push(value, attributes) {
        decoded.pushes.push(value);
        decoded.pushAttributes.push(attributes);
        decoded.order.push("push");
      },
    },
  };
}

/** Decodes `input` fed as the given chunks. */
function decodeChunks(
  chunks: Uint8Array[],
  options?: DecoderOptions,
  bytes = false,
): Decoded {
  const { decoded, handler } = collector();
  const decoder = new Decoder(handler, options);
  decoder.bytes = bytes;
  decoder.pushBytes = bytes;
  for (const chunk of chunks) decoder.feed(chunk);
  return decoded;
}

function decode(input: string | Uint8Array, options?: DecoderOptions): Decoded {
  return decodeChunks(
    [typeof input === "string" ? text.encode(input) : input],
    options,
  );
}

/** The single reply of `input`. */
function one(input: string | Uint8Array, options?: DecoderOptions): RespValue {
  const { replies, pushes } = decode(input, options);
  assert.equal(replies.length, 1);
  assert.equal(pushes.length, 0);
  return replies[0];
}

/** Feeds `input` split at every byte (two chunks), then one byte at a time; all must equal one chunk. */
function assertSplitsAgree(
  input: Uint8Array,
  options?: DecoderOptions,
  bytes = false,
): Decoded {
  const whole = decodeChunks([input], options, bytes);
  for (let i = 0; i <= input.length; i++) {
    // Copies, so a decoder keeping a view of a chunk would be caught out.
    const chunks = [input.slice(0, i), input.slice(i)];
    const split = decodeChunks(chunks, options, bytes);
    chunks.forEach((c) => c.fill(0));
    assert.deepEqual(split, whole, `split at byte ${i}`);
  }
  const bytewise = Array.from(input, (b) => Uint8Array.of(b));
  assert.deepEqual(
    decodeChunks(bytewise, options, bytes),
    whole,
    "one byte at a time",
  );
  for (const size of [2, 3, 7, 64]) {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < input.length; i += size) {
      chunks.push(input.slice(i, i + size));
    }
    assert.deepEqual(
      decodeChunks(chunks, options, bytes),
      whole,
      `chunks of ${size}`,
    );
  }
  return whole;
}

function assertProtocolError(
  input: string | Uint8Array[],
  message: string | RegExp,
  options?: DecoderOptions,
): void {
  const decoder = new Decoder({ reply() {}, push() {} }, options);
  const chunks = typeof input === "string" ? [text.encode(input)] : input;
  assert.throws(
    () => {
      for (const chunk of chunks) decoder.feed(chunk);
    },
    (error: unknown) => {
      assert.ok(
        error instanceof ProtocolError,
        `not a ProtocolError: ${error}`,
      );
      if (typeof message === "string") assert.equal(error.message, message);
      else assert.match(error.message, message);
      return true;
    },
  );
  assert.throws(
    () => decoder.feed(text.encode("+OK\r\n")),
    ProtocolError,
    "unusable after an error",
  );
  const { decoded, handler } = collector();
  const fresh = new Decoder(handler, options);
  fresh.feed(text.encode("+OK\r\n"));
  assert.deepEqual(decoded.replies, ["OK"]);
}

// ---------------------------------------------------------------------------------------
// Decoder: types

Deno.test("Decoder decodes RESP2 replies", () => {
  const { replies } = decode(
    "+OK\r\n-ERR unknown command\r\n:0\r\n:-42\r\n:+7\r\n$5\r\nhello\r\n$0\r\n\r\n$-1\r\n" +
      "*3\r\n:1\r\n$3\r\nabc\r\n*1\r\n+x\r\n*0\r\n*-1\r\n$12\r\nline\r\nbreaks\r\n",
  );
  assert.deepEqual(replies, [
    "OK",
    new RedisError("ERR unknown command"),
    0,
    -42,
    7,
    "hello",
    "",
    null,
    [1, "abc", ["x"]],
    [],
    null,
    "line\r\nbreaks",
  ]);
  assert.ok(replies[1] instanceof RedisError);
  assert.equal((replies[1] as RedisError).code, "ERR");
});

Deno.test("Decoder decodes integers beyond 2^53 as bigints", () => {
  assert.equal(one(":9007199254740991\r\n"), 9007199254740991);
  assert.equal(one(":-9007199254740991\r\n"), -9007199254740991);
  assert.equal(one(":0000000000000000000000012\r\n"), 12);
  assert.equal(one(":9007199254740992\r\n"), 9007199254740992n);
  assert.equal(one(":-9223372036854775808\r\n"), -9223372036854775808n);
  assert.ok(Object.is(one(":-0\r\n"), 0), "-0 is not an integer reply");
});

Deno.test("Decoder decodes RESP3 simple types", () => {
  const { replies } = decode(
    "_\r\n#t\r\n#f\r\n,1.23\r\n,10\r\n,-1.5e-7\r\n,1E+21\r\n,inf\r\n,-inf\r\n" +
      "(3492890328409238509324850943850943825024385\r\n(-12\r\n" +
      "!21\r\nSYNTAX invalid syntax\r\n=15\r\ntxt:Some string\r\n=4\r\nmkd:\r\n",
  );
  assert.deepEqual(replies, [
    null,
    true,
    false,
    1.23,
    10,
    -1.5e-7,
    1e21,
    Infinity,
    -Infinity,
    3492890328409238509324850943850943825024385n,
    -12n,
    new RedisError("SYNTAX invalid syntax"),
    "Some string",
    "",
  ]);
  assert.equal((replies[11] as RedisError).code, "SYNTAX");
  for (const nan of ["nan", "-nan", "NAN", "nan(123)"]) {
    assert.ok(Number.isNaN(one(`,${nan}\r\n`)), nan);
  }
  assert.ok(Object.is(one(",-0\r\n"), -0));
});

Deno.test("Decoder decodes RESP3 maps, sets and nested aggregates", () => {
  const { replies } = decode(
    "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n" +
      "~5\r\n+orange\r\n+apple\r\n#t\r\n:100\r\n:999\r\n" +
      "*2\r\n*3\r\n:1\r\n$5\r\nhello\r\n:2\r\n#f\r\n" +
      "%1\r\n*2\r\n:1\r\n:2\r\n%1\r\n$1\r\nk\r\n~1\r\n_\r\n%0\r\n~0\r\n",
  );
  assert.deepEqual(replies, [
    new Map<RespValue, RespValue>([["first", 1], ["second", 2]]),
    ["orange", "apple", true, 100, 999],
    [[1, "hello", 2], false],
    new Map<RespValue, RespValue>([[
      [1, 2],
      new Map<RespValue, RespValue>([["k", [null]]]),
    ]]),
    new Map(),
    [],
  ]);
});

Deno.test("Decoder decodes sets as Sets and maps as null-prototype objects on request", () => {
  const value = one(
    "%3\r\n+a\r\n~2\r\n:1\r\n:1\r\n:5\r\n#t\r\n$9\r\n__proto__\r\n%1\r\n+polluted\r\n#t\r\n",
    {
      maps: "object",
      sets: "set",
    },
  ) as Record<string, RespValue>;
  assert.equal(Object.getPrototypeOf(value), null);
  assert.deepEqual(Object.keys(value), ["5", "a", "__proto__"]);
  assert.deepEqual(value.a, new Set([1]));
  assert.equal(value["5"], true);
  const proto = Object.getOwnPropertyDescriptor(value, "__proto__")
    ?.value as Record<string, RespValue>;
  assert.equal(Object.getPrototypeOf(proto), null);
  assert.equal(proto.polluted, true);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(
    Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"),
    false,
  );
});

Deno.test("Decoder decodes streamed strings and streamed aggregates", () => {
  const { replies } = decode(
    "$?\r\n;4\r\nHell\r\n;5\r\no wor\r\n;1\r\nd\r\n;0\r\n$?\r\n;0\r\n" +
      "*?\r\n:1\r\n:2\r\n:3\r\n.\r\n%?\r\n+a\r\n:1\r\n+b\r\n:2\r\n.\r\n~?\r\n+x\r\n.\r\n*?\r\n.\r\n" +
      "*?\r\n*?\r\n$?\r\n;2\r\nhi\r\n;0\r\n.\r\n*1\r\n:1\r\n.\r\n",
  );
  assert.deepEqual(replies, [
    "Hello word",
    "",
    [1, 2, 3],
    new Map<RespValue, RespValue>([["a", 1], ["b", 2]]),
    ["x"],
    [],
    [["hi"], [1]],
  ]);
});

Deno.test("Decoder keeps nested error replies in place", () => {
  const value = one(
    "*4\r\n+OK\r\n-WRONGTYPE Operation against a key\r\n:1\r\n!8\r\nNOSCRIPT\r\n",
  );
  assert.ok(Array.isArray(value));
  assert.equal(value[0], "OK");
  assert.ok(value[1] instanceof RedisError);
  assert.equal(value[1].code, "WRONGTYPE");
  assert.equal(value[1].message, "WRONGTYPE Operation against a key");
  assert.equal(value[2], 1);
  assert.ok(value[3] instanceof RedisError);
  assert.equal(value[3].code, "NOSCRIPT");
});

Deno.test("Decoder passes attributes with the reply they precede", () => {
  const { replies, attributes } = decode(
    "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n" +
      "*2\r\n:2039123\r\n:9543892\r\n" +
      "*3\r\n:1\r\n:2\r\n|1\r\n+ttl\r\n:3600\r\n:3\r\n" +
      "+plain\r\n|0\r\n|1\r\n+x\r\n|1\r\n+nested\r\n#t\r\n:1\r\n_\r\n",
  );
  assert.deepEqual(replies, [[2039123, 9543892], [1, 2, 3], "plain", null]);
  assert.deepEqual(attributes, [
    [
      new Map<RespValue, RespValue>([[
        "key-popularity",
        new Map<RespValue, RespValue>([["a", 0.1923], ["b", 0.0012]]),
      ]]),
    ],
    [new Map<RespValue, RespValue>([["ttl", 3600]])],
    undefined,
    [
      new Map(),
      new Map<RespValue, RespValue>([["nested", true]]),
      new Map<RespValue, RespValue>([["x", 1]]),
    ],
  ]);
});

Deno.test("Decoder routes push frames to push(), never to reply()", () => {
  const { decoded, handler } = collector();
  const decoder = new Decoder(handler);
  decoder.feed(
    text.encode(
      ">3\r\n+message\r\n+somechannel\r\n+this is the message\r\n$9\r\nGet-Reply\r\n" +
        ":1\r\n>0\r\n|1\r\n+a\r\n+b\r\n>?\r\n$10\r\ninvalidate\r\n*1\r\n$3\r\nkey\r\n.\r\n+OK\r\n",
    ),
  );
  assert.deepEqual(decoded.order, [
    "push",
    "reply",
    "reply",
    "push",
    "push",
    "reply",
  ]);
  assert.deepEqual(decoded.pushes, [
    ["message", "somechannel", "this is the message"],
    [],
    ["invalidate", ["key"]],
  ]);
  assert.deepEqual(decoded.replies, ["Get-Reply", 1, "OK"]);
  assert.deepEqual(decoded.attributes, [undefined, undefined, undefined]);
  assert.deepEqual(decoded.pushAttributes, [
    undefined,
    undefined,
    [new Map([["a", "b"]])],
  ]);
});

Deno.test("Decoder with internFrames decodes a subscriber's frames as without it", () => {
  // Kinds, channels and payloads that repeat (whole frames but their last item too),
  // change, change at the last byte, reach and pass the interned length, or have as
  // many bytes as another's characters (UTF-8, invalid bytes, a Latin-1 look-alike): RESP3 pushes and RESP2
  // arrays, read in one go or item by item (an integer, a null, a nested array in the
  // frame), after attributes, among replies.
  const names: (string | Uint8Array)[] = [
    "news",
    "newt",
    "h\u00e9",
    Uint8Array.of(0x68, 0xe9), // "h\ufffd": as many bytes as "hé" has chars, and alike
    "hé!",
    "x".repeat(64),
    "x".repeat(65),
    "",
  ];
  const bulk = (s: string | Uint8Array) => {
    const b = typeof s === "string" ? text.encode(s) : s;
    return [text.encode(`$${b.length}\r\n`), b, text.encode("\r\n")];
  };
  // The generator's low bits cycle: draw from all of them (997 is prime).
  const draw = seededRandom(7);
  const random = (n: number) => draw(997) % n;
  const parts: Uint8Array[] = [];
  let previous: Uint8Array[] = [];
  for (let i = 0; i < 120; i++) {
    const pick = () => names[random(names.length)];
    const bad = Uint8Array.of(0xc3, 0x28, 0x80, 0xff);
    const channel = random(5) === 0 ? bad : pick();
    const head = random(2) ? ">" : "*";
    if (random(6) === 0) parts.push(text.encode("|1\r\n+a\r\n:1\r\n"));
    // Maps, sets and attributes of bulk strings, which are no frame to read in one go.
    const ab = "$1\r\na\r\n$1\r\nb\r\n";
    if (random(6) === 0) parts.push(text.encode(`|1\r\n${ab}`));
    if (random(8) === 0) parts.push(text.encode(`%1\r\n${ab}~2\r\n${ab}`));
    if (random(8) === 0) parts.push(text.encode(`${head}?\r\n${ab}.\r\n`));
    const last = [
      ...bulk(pick()),
      text.encode(":7\r\n"),
      text.encode("$-1\r\n"),
    ];
    const tail = random(8) === 0 ? [last[3 + random(2)]] : last.slice(0, 3);
    const fresh = random(3) === 0
      ? [
        text.encode(`${head}4\r\n`),
        ...bulk("pmessage"),
        ...bulk(pick()),
        ...bulk(channel),
      ]
      : [text.encode(`${head}3\r\n`), ...bulk("message"), ...bulk(channel)];
    // Half the frames repeat the last one's all but its last item, as a channel's do.
    const front = random(2) === 0 ? previous : fresh;
    previous = front;
    parts.push(...front, ...tail);
    if (random(4) === 0) parts.push(...bulk(pick()), text.encode(":1\r\n"));
    if (random(8) === 0) {
      parts.push(text.encode(`${head}0\r\n*1\r\n*1\r\n:2\r\n`));
    }
  }
  const input = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (input.set(p, at), at + p.length), 0);
  const modes: [boolean, DecoderOptions][] = [
    [false, {}],
    [true, {}],
    [false, { maps: "object", sets: "set" }],
  ];
  for (const [bytes, options] of modes) {
    const decodeWith = (chunks: Uint8Array[], intern: boolean) => {
      const { decoded, handler } = collector();
      const decoder = new Decoder(handler, options);
      decoder.internFrames = intern;
      decoder.bytes = decoder.pushBytes = bytes;
      for (const chunk of chunks) decoder.feed(chunk);
      return decoded;
    };
    const plain = decodeWith([input], false);
    assert.equal(plain.pushes.length > 20, true);
    assert.equal(plain.attributes.some((a) => a !== undefined), true);
    assert.equal(plain.pushAttributes.some((a) => a !== undefined), true);
    assert.deepEqual(decodeWith([input], true), plain);
    for (let i = 0; i <= input.length; i += 7) {
      const chunks = [input.slice(0, i), input.slice(i)];
      assert.deepEqual(decodeWith(chunks, true), plain, `split at byte ${i}`);
    }
    const bytewise = Array.from(input, (b) => Uint8Array.of(b));
    assert.deepEqual(decodeWith(bytewise, true), plain, "one byte at a time");
  }
});

Deno.test("Decoder with internFrames refuses a bad frame as without it", () => {
  const cases: [string, DecoderOptions][] = [
    [">3\r\n$7\r\nmessage\r\n$2\r\nabXY$1\r\nx\r\n", {}],
    ["*3\r\n$7\r\nmessage\r\n$9\r\nlong name\r\n$1\r\nx\r\n", {
      maxBulkLength: 8,
    }],
    [">3\r\n$7\r\nmessage\r\n$1\r\na\r\n$1\r\nx\r\n", { maxDepth: 0 }],
  ];
  for (const [input, options] of cases) {
    const error = (intern: boolean) => {
      const decoder = new Decoder({ reply() {}, push() {} }, options);
      decoder.internFrames = intern;
      try {
        decoder.feed(text.encode(input));
      } catch (e) {
        return e;
      }
    };
    const plain = error(false);
    assert.ok(plain instanceof ProtocolError, input);
    assert.deepEqual(error(true), plain, input);
  }
});

// ---------------------------------------------------------------------------------------
// Decoder: chunk boundaries

const corpus =
  "+OK\r\n-ERR bad thing\r\n:123456\r\n:-9223372036854775808\r\n$5\r\nhello\r\n$0\r\n\r\n" +
  "$-1\r\n*-1\r\n*0\r\n*3\r\n:1\r\n*2\r\n$2\r\nab\r\n-ERR in\r\n%1\r\n+k\r\n~2\r\n#t\r\n#f\r\n" +
  "_\r\n,3.25\r\n,-inf\r\n(123456789012345678901234567890\r\n!7\r\nERR bad\r\n" +
  "=8\r\ntxt:text\r\n|1\r\n+meta\r\n:1\r\n>2\r\n+message\r\n$3\r\nhi!\r\n" +
  "$?\r\n;3\r\nabc\r\n;2\r\nde\r\n;0\r\n*?\r\n:1\r\n%?\r\n+a\r\n,1.5\r\n.\r\n.\r\n" +
  "$40\r\n0123456789012345678901234567890123456789\r\n+" +
  "long simple string ".repeat(5) + "\r\n" +
  "$11\r\nh\u00e9llo \u{1f600}\r\n+caf\u00e9\r\n";

Deno.test("Decoder gives the same replies at every split point", () => {
  const whole = assertSplitsAgree(text.encode(corpus));
  assert.equal(whole.replies.length, 22);
  assert.equal(whole.pushes.length, 1);
  assert.equal(whole.replies.at(-2), "h\u00e9llo \u{1f600}");
  assert.equal(whole.replies.at(-1), "caf\u00e9");
});

Deno.test("Decoder gives the same bytes replies at every split point", () => {
  const whole = assertSplitsAgree(text.encode(corpus), {
    maps: "object",
    sets: "set",
  }, true);
  assert.deepEqual(whole.replies[4], text.encode("hello"));
  assert.deepEqual(whole.replies[15], text.encode("text"));
});

Deno.test("Decoder decodes a bulk string far larger than its chunks", () => {
  const payload = new Uint8Array(300_000);
  for (let i = 0; i < payload.length; i++) payload[i] = 32 + (i * 7) % 90;
  const input = new Uint8Array([
    ...text.encode(`$${payload.length}\r\n`),
    ...payload,
    13,
    10,
    ...text.encode("+after\r\n"),
  ]);
  for (const size of [1000, 4096, 65536, 299_999]) {
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < input.length; i += size) {
      chunks.push(input.slice(i, i + size));
    }
    assert.deepEqual(decodeChunks(chunks).replies, [
      utf8.decode(payload),
      "after",
    ]);
    const [bytes] = decodeChunks(chunks, undefined, true).replies;
    assert.deepEqual(bytes, payload);
  }
});

Deno.test("Decoder decodes a large string split anywhere exactly as TextDecoder decodes it whole", () => {
  const random = seededRandom(7);
  // ASCII, 2-, 3- and 4-byte sequences, a BOM, and bytes that break UTF-8: stray
  // continuations, invalid and truncated leads, a surrogate's encoding.
  const pieces = [
    [0x78],
    [0xc3, 0xa9],
    [0xe2, 0x82, 0xac],
    [0xf0, 0x9f, 0x98, 0x80],
    [0xef, 0xbb, 0xbf],
    [0x80],
    [0xff],
    [0xc3],
    [0xf0, 0x9f],
    [0xed, 0xa0, 0x80],
  ];
  const whole = new TextDecoder("utf-8", { ignoreBOM: true });
  for (let round = 0; round < 40; round++) {
    const payload: number[] = round % 3 === 0 ? [0xef, 0xbb, 0xbf] : [];
    const length = 65_536 + random(200_000);
    while (payload.length < length) {
      payload.push(...pieces[random(4) === 0 ? random(pieces.length) : 0]);
    }
    const input = new Uint8Array([
      ...text.encode(`$${payload.length}\r\n`),
      ...payload,
      ...text.encode("\r\n+after\r\n"),
    ]);
    // Chunks of 1 to 5 bytes, around the 16 KiB piece size, and up to 100 KB, mixed.
    const chunks: Uint8Array[] = [];
    for (let at = 0; at < input.length;) {
      const kind = random(3);
      const size = kind === 0
        ? 1 + random(5)
        : kind === 1
        ? 16_380 + random(10)
        : 1 + random(100_000);
      chunks.push(input.slice(at, at + size));
      at += size;
    }
    assert.deepEqual(decodeChunks(chunks).replies, [
      whole.decode(new Uint8Array(payload)),
      "after",
    ]);
  }
});

// ---------------------------------------------------------------------------------------
// Decoder: bytes and text

Deno.test("Decoder bytes mode returns exact copies of all 256 byte values", () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const input = new Uint8Array([
    ...text.encode("$256\r\n"),
    ...all,
    ...text.encode("\r\n=260\r\nbin:"),
    ...all,
    ...text.encode("\r\n$?\r\n;200\r\n"),
    ...all.subarray(0, 200),
    ...text.encode("\r\n;56\r\n"),
    ...all.subarray(200),
    ...text.encode("\r\n;0\r\n+simple\r\n"),
  ]);
  const { decoded, handler } = collector();
  const decoder = new Decoder(handler);
  decoder.bytes = true;
  const chunk = input.slice();
  decoder.feed(chunk);
  assert.deepEqual(decoded.replies, [all, all, all, "simple"]);
  for (const value of decoded.replies.slice(0, 3)) {
    assert.ok(value instanceof Uint8Array);
    assert.notEqual(value.buffer, chunk.buffer);
  }
  chunk.fill(0);
  assert.deepEqual(decoded.replies[0], all, "not a view of the caller's chunk");
  assertSplitsAgree(input, undefined, true);
});

Deno.test("Decoder replaces invalid UTF-8 with U+FFFD in text mode, keeps it in bytes mode", () => {
  const invalid = [0x61, 0xff, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x62];
  const long = [...invalid, ...text.encode("x".repeat(100))];
  const input = new Uint8Array([
    ...text.encode(`$${invalid.length}\r\n`),
    ...invalid,
    ...text.encode(`\r\n$${long.length}\r\n`),
    ...long,
    ...text.encode("\r\n+\u00e9\r\n$3\r\n\ufeff\r\n"),
  ]);
  const { replies } = decode(input);
  const expected = new TextDecoder().decode(new Uint8Array(invalid));
  assert.ok(expected.includes("\ufffd"));
  assert.equal(replies[0], expected);
  assert.equal(replies[1], expected + "x".repeat(100));
  assert.equal(replies[2], "\u00e9");
  assert.equal(replies[3], "\ufeff", "a leading BOM is data");
  const raw = decodeChunks([input], undefined, true).replies;
  assert.deepEqual(raw[0], new Uint8Array(invalid));
  assert.deepEqual(raw[1], new Uint8Array(long));
});

Deno.test("Decoder reads bytes and pushBytes when each reply starts", () => {
  const decoded: RespValue[] = [];
  const decoder = new Decoder({
    reply(value) {
      decoded.push(value);
      decoder.bytes = !decoder.bytes; // the handler picks the mode of the next reply
    },
    push(value) {
      decoded.push(value);
    },
  });
  decoder.pushBytes = true;
  const input = text.encode(
    "$1\r\na\r\n$1\r\nb\r\n>2\r\n$1\r\np\r\n+q\r\n*1\r\n$1\r\nc\r\n",
  );
  decoder.feed(input.subarray(0, 3));
  decoder.feed(input.subarray(3));
  assert.deepEqual(decoded, ["a", text.encode("b"), [text.encode("p"), "q"], [
    "c",
  ]]);
});

// ---------------------------------------------------------------------------------------
// Decoder: hostile input

Deno.test("Decoder rejects malformed lengths", () => {
  assertProtocolError(
    "$12a\r\n",
    'Invalid bulk string length "12a": expected digits',
  );
  assertProtocolError(
    "$\r\n",
    'Invalid bulk string length "": expected digits',
  );
  assertProtocolError(
    "$-2\r\n",
    'Invalid bulk string length "-2": expected digits',
  );
  assertProtocolError("$ 3\r\n", /Invalid bulk string length/);
  assertProtocolError("=-1\r\n", /Invalid verbatim string length "-1"/);
  assertProtocolError("!?\r\n", /Invalid blob error length "\?"/);
  assertProtocolError("%-1\r\n", /Invalid map length "-1"/);
  assertProtocolError("|?\r\n", /Invalid attribute length "\?"/);
  assertProtocolError("*1x\r\n", /Invalid array length "1x"/);
});

Deno.test("Decoder rejects lengths and counts above their limits before reading on", () => {
  assertProtocolError(
    "$999999999999\r\n",
    "Bulk string length 999999999999 exceeds the 536870912-byte limit (maxBulkLength)",
  );
  assertProtocolError(
    "*99999999999999999999\r\n",
    "Array length 99999999999999999999 exceeds the 4294967295-element limit (maxAggregateLength)",
  );
  assertProtocolError(
    "$11\r\n",
    "Bulk string length 11 exceeds the 10-byte limit (maxBulkLength)",
    {
      maxBulkLength: 10,
    },
  );
  assertProtocolError("=11\r\n", /Verbatim string length 11 exceeds/, {
    maxBulkLength: 10,
  });
  assertProtocolError("!11\r\n", /Blob error length 11 exceeds/, {
    maxBulkLength: 10,
  });
  assertProtocolError(
    "%3\r\n",
    "Map length 3 exceeds the 2-element limit (maxAggregateLength)",
    {
      maxAggregateLength: 2,
    },
  );
  assertProtocolError("~3\r\n", /Set length 3 exceeds/, {
    maxAggregateLength: 2,
  });
  assertProtocolError(">3\r\n", /Push length 3 exceeds/, {
    maxAggregateLength: 2,
  });
  assertProtocolError("|3\r\n", /Attribute length 3 exceeds/, {
    maxAggregateLength: 2,
  });
  assertProtocolError(
    "$?\r\n;6\r\nabcdef\r\n;6\r\n",
    "Streamed string length 12 exceeds the 10-byte limit (maxBulkLength)",
    { maxBulkLength: 10 },
  );
  assertProtocolError(
    "*?\r\n:1\r\n:2\r\n:3\r\n",
    "Streamed array exceeds the 2-element limit (maxAggregateLength)",
    { maxAggregateLength: 2 },
  );
  assertProtocolError(
    "%?\r\n:1\r\n:2\r\n:3\r\n:4\r\n:5\r\n",
    /Streamed map exceeds/,
    {
      maxAggregateLength: 2,
    },
  );
  assert.deepEqual(one("*?\r\n:1\r\n:2\r\n.\r\n", { maxAggregateLength: 2 }), [
    1,
    2,
  ]);
  assert.deepEqual(
    one("%?\r\n:1\r\n:2\r\n:3\r\n:4\r\n.\r\n", { maxAggregateLength: 2 }),
    new Map([[1, 2], [3, 4]]),
  );
  assert.deepEqual(
    decode("$10\r\n0123456789\r\n", { maxBulkLength: 10 }).replies,
    ["0123456789"],
  );
});

Deno.test("Decoder rejects nesting deeper than maxDepth", () => {
  assertProtocolError(
    "*1\r\n".repeat(129),
    "Nesting deeper than 128 levels (maxDepth)",
  );
  assertProtocolError(
    "*1\r\n%1\r\n~1\r\n",
    "Nesting deeper than 2 levels (maxDepth)",
    { maxDepth: 2 },
  );
  assert.deepEqual(
    one("*1\r\n".repeat(128) + ":1\r\n"),
    JSON.parse("[".repeat(128) + "1" + "]".repeat(128)),
  );
  assert.deepEqual(
    one("*1\r\n*1\r\n$?\r\n;1\r\nx\r\n;0\r\n", { maxDepth: 2 }),
    [["x"]],
  );
});

Deno.test("Decoder rejects lines longer than maxLineLength", () => {
  const long = "+" + "a".repeat(70_000);
  assertProtocolError(
    long,
    "A line is longer than 65536 bytes without a CRLF (maxLineLength)",
  );
  assertProtocolError(long + "\r\n", /longer than 65536 bytes/);
  const chunks = [];
  for (let i = 0; i < long.length; i += 1000) {
    chunks.push(text.encode(long.slice(i, i + 1000)));
  }
  assertProtocolError(chunks, /longer than 65536 bytes/);
  assertProtocolError(":" + "1".repeat(100), /longer than 16 bytes/, {
    maxLineLength: 16,
  });
  assertProtocolError("$" + "1".repeat(100) + "\r\n", /longer than 16 bytes/, {
    maxLineLength: 16,
  });
  assertProtocolError(
    [text.encode("-ERR"), text.encode(" x".repeat(20))],
    /longer than 16 bytes/,
    {
      maxLineLength: 16,
    },
  );
  assert.deepEqual(
    decode("+" + "a".repeat(15) + "\r\n", { maxLineLength: 16 }).replies,
    ["a".repeat(15)],
  );
  assert.deepEqual(
    decodeChunks([
      text.encode("+" + "a".repeat(15)),
      text.encode("\r"),
      text.encode("\n"),
    ], {
      maxLineLength: 16,
    }).replies,
    ["a".repeat(15)],
  );
});

Deno.test("Decoder rejects broken framing and bad values", () => {
  assertProtocolError("?\r\n", 'Unknown RESP type byte 0x3f ("?")');
  assertProtocolError("\x00", "Unknown RESP type byte 0x00");
  assertProtocolError(
    "$3\r\nabcXY",
    "Bulk string of 3 bytes is not followed by CRLF",
  );
  assertProtocolError(
    [text.encode("$3\r\nab"), text.encode("c\rX")],
    "Bulk string of 3 bytes is not followed by CRLF",
  );
  assertProtocolError("+OK\rX\n", /Expected LF after CR/);
  assertProtocolError("$3\rX", /Expected LF after CR/);
  assertProtocolError("#x\r\n", 'Invalid boolean "#x": expected #t or #f');
  assertProtocolError("#true\r\n", /Invalid boolean/);
  assertProtocolError(",1.2.3\r\n", 'Invalid double ",1.2.3"');
  for (const bad of ["", ".5", "1.", "abc", "0x10", " 1", "Infinity", "1e"]) {
    assertProtocolError(`,${bad}\r\n`, /Invalid double/);
  }
  assertProtocolError(":12a\r\n", 'Invalid integer ":12a"');
  assertProtocolError(":\r\n", /Invalid integer/);
  assertProtocolError(":-\r\n", /Invalid integer/);
  assertProtocolError("(1.5\r\n", /Invalid big number/);
  assertProtocolError("_x\r\n", /Invalid null/);
  assertProtocolError(
    "=3\r\nabc\r\n",
    /Verbatim string without its format prefix/,
  );
  assertProtocolError(".\r\n", 'End marker (".") outside a streamed aggregate');
  assertProtocolError("*2\r\n:1\r\n.\r\n", /outside a streamed aggregate/);
  assertProtocolError("*?\r\n.x\r\n", /Invalid end marker/);
  assertProtocolError(
    "%?\r\n+key\r\n.\r\n",
    "Streamed map ended between a key and its value",
  );
  assertProtocolError(";3\r\nabc\r\n", /outside a streamed string/);
  assertProtocolError(
    "$?\r\n+x\r\n",
    'Expected a streamed string chunk (";") but got type byte 0x2b ("+")',
  );
  assertProtocolError(
    "*1\r\n>1\r\n+x\r\n",
    'Push frame (">") nested inside an aggregate',
  );
});

Deno.test("Decoder reset() drops partial state", () => {
  const { decoded, handler } = collector();
  const decoder = new Decoder(handler);
  for (
    const partial of [
      "*2\r\n:1\r\n",
      "$10\r\nabc",
      "+PAR",
      "$?\r\n;1\r\nx\r\n",
      "|1\r\n+a\r\n+b\r\n",
      "%?\r\n+k\r\n",
    ]
  ) {
    decoder.feed(text.encode(partial));
    decoder.reset();
    decoder.feed(text.encode("+PONG\r\n"));
  }
  assert.throws(() => decoder.feed(text.encode("?")), ProtocolError);
  decoder.reset();
  decoder.feed(text.encode(":1\r\n"));
  assert.deepEqual(decoded.replies, [
    "PONG",
    "PONG",
    "PONG",
    "PONG",
    "PONG",
    "PONG",
    1,
  ]);
  assert.deepEqual(decoded.attributes, Array(7).fill(undefined));
});

// ---------------------------------------------------------------------------------------
// Encoder

function encoded(args: readonly RedisArgument[]): string {
  return utf8.decode(encodeCommand(args));
}

Deno.test("encodeCommand encodes a command as an array of bulk strings", () => {
  assert.equal(encoded(["GET", "key"]), "*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n");
  assert.equal(encoded(["PING"]), "*1\r\n$4\r\nPING\r\n");
  assert.equal(
    encoded(["SET", "", "x y\r\nz"]),
    "*3\r\n$3\r\nSET\r\n$0\r\n\r\n$6\r\nx y\r\nz\r\n",
  );
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  const out = encodeCommand(["SET", bytes, new Uint8Array(0)]);
  assert.deepEqual(
    out,
    new Uint8Array([
      ...text.encode("*3\r\n$3\r\nSET\r\n$256\r\n"),
      ...bytes,
      ...text.encode("\r\n$0\r\n\r\n"),
    ]),
  );
});

Deno.test("encodeCommand formats numbers and bigints exactly", () => {
  const cases: [number | bigint, string][] = [
    [0, "0"],
    [-0, "0"], // Redis' integer parser rejects "-0"
    [7, "7"],
    [123456789, "123456789"],
    [999999999, "999999999"],
    [1e9, "1000000000"],
    [2 ** 31, "2147483648"],
    [Number.MAX_SAFE_INTEGER, "9007199254740991"],
    [2 ** 53 + 2, "9007199254740994"],
    [-5, "-5"],
    [1.5, "1.5"],
    [-0.25, "-0.25"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e21, "1e+21"],
    [1.5e-7, "1.5e-7"],
    [Infinity, "+inf"],
    [-Infinity, "-inf"],
    [123n, "123"],
    [-123n, "-123"],
    [2n ** 100n, "1267650600228229401496703205376"],
  ];
  for (const [value, expected] of cases) {
    assert.equal(
      encoded(["X", value]),
      `*2\r\n$1\r\nX\r\n$${expected.length}\r\n${expected}\r\n`,
      String(value),
    );
  }
});

Deno.test("encodeCommand sends UTF-8 with lengths in bytes", () => {
  const cases = [
    "\u00e9",
    "\u20ac",
    "\u{1f600}",
    "\ud800",
    "a\udc00b",
    "\ud83d\ude00\ud83d",
    "\u00e9".repeat(9), // 9 units, 18 bytes: the header grows a digit
    "\u20ac".repeat(64), // 64 units, 192 bytes, through encodeInto
    "x".repeat(63) + "\u{1f600}",
    "\u{1f600}".repeat(40) + "\ud800",
    "\ufeffBOM",
  ];
  for (const s of cases) {
    const bytes = text.encode(s);
    const out = encodeCommand([s]);
    assert.deepEqual(
      out,
      new Uint8Array([
        ...text.encode(`*1\r\n$${bytes.length}\r\n`),
        ...bytes,
        13,
        10,
      ]),
      JSON.stringify(s),
    );
  }
});

Deno.test("WriteBuffer encodes random strings like TextEncoder, whatever its size", () => {
  const random = seededRandom(42);
  const units = [
    0x41,
    0x7f,
    0x80,
    0x7ff,
    0x800,
    0xd7ff,
    0xd800,
    0xdbff,
    0xdc00,
    0xdfff,
    0xe000,
    0xfffd,
    0xffff,
  ];
  for (let round = 0; round < 300; round++) {
    const length = random(4) === 0 ? random(3000) : random(80);
    let s = "";
    for (let i = 0; i < length; i++) {
      s += String.fromCharCode(
        random(3) === 0 ? units[random(units.length)] : 0x20 + random(95),
      );
    }
    const out = new WriteBuffer(64);
    out.write(["X"]);
    out.write([s, s.length]);
    const bytes = text.encode(s);
    const expected = new Uint8Array([
      ...text.encode(`*1\r\n$1\r\nX\r\n*2\r\n$${bytes.length}\r\n`),
      ...bytes,
      ...text.encode(`\r\n$${String(s.length).length}\r\n${s.length}\r\n`),
    ]);
    assert.deepEqual(out.take(), expected, JSON.stringify(s));
  }
});

Deno.test("WriteBuffer.write() rejects a bad argument and leaves the buffer unchanged", () => {
  const out = new WriteBuffer(64);
  out.write(["SET", "a", "1"]);
  const before = out.length;
  const snapshot = encodeCommand(["SET", "a", "1"]);
  const bad: [unknown[], string][] = [
    [
      ["SET", "k", undefined],
      "Argument 2 of SET is undefined: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["SET", null],
      "Argument 1 of SET is null: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["SET", "k", true],
      "Argument 2 of SET is true: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["HSET", "k", {}],
      "Argument 2 of HSET is an object: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["HSET", "k", ["a"]],
      "Argument 2 of HSET is an array: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["HSET", "k", Symbol("s")],
      "Argument 2 of HSET is a symbol: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["HSET", "k", () => {}],
      "Argument 2 of HSET is a function: expected a string, number, bigint or Uint8Array",
    ],
    [
      ["ZADD", "k", NaN, "m"],
      "Argument 2 of ZADD is NaN, which Redis cannot parse as a number",
    ],
    [
      [undefined, "k"],
      "The command name is undefined: expected a string, number, bigint or Uint8Array",
    ],
    [
      [
        "SET",
        "x".repeat(10_000),
        "\u20ac".repeat(5000),
        new Uint8Array(5000),
        undefined,
      ],
      "Argument 4 of SET is undefined: expected a string, number, bigint or Uint8Array",
    ],
    [[], "A command needs at least its name"],
  ];
  for (const [args, message] of bad) {
    assert.throws(() => out.write(args as RedisArgument[]), {
      name: "TypeError",
      message,
    });
    assert.equal(out.length, before);
  }
  assert.deepEqual(out.take(), snapshot);
});

Deno.test("WriteBuffer.take() double-buffers: a taken batch stays intact until the next-but-one take", () => {
  const out = new WriteBuffer(64);
  assert.equal(out.take().length, 0);
  out.write(["SET", "a", "1"]);
  assert.equal(out.length, 27);
  const first = out.take();
  assert.equal(out.length, 0);
  const firstCopy = first.slice();
  out.write(["SET", "b", "2"]);
  out.write(["GET", "b"]);
  assert.deepEqual(
    first,
    firstCopy,
    "untouched while the next batch is written",
  );
  const second = out.take();
  assert.equal(
    utf8.decode(second),
    "*3\r\n$3\r\nSET\r\n$1\r\nb\r\n$1\r\n2\r\n*2\r\n$3\r\nGET\r\n$1\r\nb\r\n",
  );
  assert.deepEqual(first, firstCopy, "untouched after the next take");
  assert.equal(out.take().length, 0, "nothing written: empty, no swap");
  const secondCopy = second.slice();
  out.write(["X".repeat(1000)]); // grows past the initial size
  assert.deepEqual(second, secondCopy);
  const third = out.take();
  assert.equal(third.length, 1013);
  assert.notEqual(third.buffer, second.buffer);
});

Deno.test("WriteBuffer output decodes back to the arguments", () => {
  const args = [
    "HSET",
    "h\u00e9",
    "f",
    1.5,
    -0,
    Infinity,
    12n,
    "\u{1f600}".repeat(50),
  ];
  const out = new WriteBuffer(16);
  for (let i = 0; i < 100; i++) out.write(args);
  const { replies } = decode(out.take());
  assert.equal(replies.length, 100);
  assert.deepEqual(replies[99], [
    "HSET",
    "h\u00e9",
    "f",
    "1.5",
    "0",
    "+inf",
    "12",
    "\u{1f600}".repeat(50),
  ]);
});

// ---------------------------------------------------------------------------------------
// Against a real server

async function startServer(): Promise<{ port: number; stop(): Promise<void> }> {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = listener.addr.port;
  listener.close();
  const { command, args } = testServer.command("server", [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--enable-debug-command",
    "yes",
  ]);
  const child = new Deno.Command(command, {
    args,
    stdout: "null",
    stderr: "null",
  }).spawn();
  for (let i = 0; i < 100; i++) {
    try {
      (await Deno.connect({ hostname: "127.0.0.1", port })).close();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    port,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
    },
  };
}

Deno.test("WriteBuffer and Decoder talk RESP3 with a real server", async () => {
  const server = await startServer();
  const conn = await Deno.connect({ hostname: "127.0.0.1", port: server.port });
  try {
    const { decoded, handler } = collector();
    const decoder = new Decoder({
      reply(value, attributes) {
        handler.reply(value, attributes);
        decoder.bytes = decoded.replies.length === 16; // the 17th reply, GET bin, as bytes
      },
      push: handler.push,
    });
    const out = new WriteBuffer();
    const commands: RedisArgument[][] = [
      ["HELLO", 3],
      ["SET", "k\u00e9", "v\u{1f600}"],
      ["GET", "k\u00e9"],
      ["ZADD", "z", 1.5, "a", -Infinity, "b"],
      ["ZSCORE", "z", "a"],
      ["ZSCORE", "z", "b"],
      ["HSET", "h", "f1", 1, "f2", 2n],
      ["HGETALL", "h"],
      ["SADD", "s", "x"],
      ["SMEMBERS", "s"],
      ["LPUSH", "k\u00e9", "x"],
      ["MULTI"],
      ["INCR", "n"],
      ["LPUSH", "k\u00e9", "x"],
      ["EXEC"],
      ["SET", "bin", Uint8Array.from({ length: 256 }, (_, i) => i)],
      ["GET", "bin"],
      ["DEBUG", "PROTOCOL", "bignum"],
      ["DEBUG", "PROTOCOL", "attrib"],
      ["DEBUG", "PROTOCOL", "verbatim"],
      ["DEBUG", "PROTOCOL", "true"],
      ["SUBSCRIBE", "ch"],
      ["PUBLISH", "ch", "hello"],
      ["PING"],
    ];
    for (const command of commands) out.write(command);
    const batch = out.take();
    for (let written = 0; written < batch.length;) {
      written += await conn.write(batch.subarray(written));
    }
    const wanted = commands.length - 1; // SUBSCRIBE answers with a push, not a reply
    const buf = new Uint8Array(4096);
    while (decoded.replies.length < wanted || decoded.pushes.length < 2) {
      const n = await conn.read(buf);
      if (n === null) throw new Error("server closed the connection");
      decoder.feed(buf.subarray(0, n));
    }
    const [
      hello,
      set,
      get,
      zadd,
      score,
      minusInf,
      hset,
      hgetall,
      sadd,
      smembers,
      wrongType,
      multi,
      queued1,
      queued2,
      exec,
      setBin,
      getBin,
      bignum,
      attrib,
      verbatim,
      boolean,
      publish,
      pong,
    ] = decoded.replies;
    assert.ok(hello instanceof Map);
    assert.equal(hello.get("server"), testServer.family);
    assert.equal(hello.get("proto"), 3);
    assert.ok(Array.isArray(hello.get("modules")));
    assert.deepEqual([set, get, zadd, score, minusInf, hset], [
      "OK",
      "v\u{1f600}",
      2,
      1.5,
      -Infinity,
      2,
    ]);
    assert.deepEqual(hgetall, new Map([["f1", "1"], ["f2", "2"]]));
    assert.deepEqual([sadd, smembers], [1, ["x"]]);
    assert.ok(wrongType instanceof RedisError);
    assert.equal(wrongType.code, "WRONGTYPE");
    assert.deepEqual([multi, queued1, queued2], ["OK", "QUEUED", "QUEUED"]);
    assert.ok(Array.isArray(exec));
    assert.equal(exec[0], 1);
    assert.ok(exec[1] instanceof RedisError && exec[1].code === "WRONGTYPE");
    assert.equal(setBin, "OK");
    assert.deepEqual(getBin, Uint8Array.from({ length: 256 }, (_, i) => i));
    assert.equal(typeof bignum, "bigint");
    assert.equal(attrib, "Some real reply following the attribute");
    assert.deepEqual(decoded.attributes[18], [
      new Map([["key-popularity", ["key:123", 90]]]),
    ]);
    assert.equal(verbatim, "This is a verbatim\nstring");
    assert.equal(boolean, true);
    assert.equal(publish, 1);
    assert.equal(pong, "PONG");
    assert.deepEqual(decoded.pushes, [["subscribe", "ch", 1], [
      "message",
      "ch",
      "hello",
    ]]);
  } finally {
    conn.close();
    await server.stop();
  }
});
