/**
 * A transport that also records every command the client writes, per socket: tests
 * check what went on the wire (keys, AUTH) without trusting the client's own account.
 *
 * @module
 */
import { Decoder } from "../lib/resp/decode.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import { defaultTransport } from "../lib/transport/default.ts";
import type { Transport } from "../lib/transport/types.ts";

/** What one socket carried, and whether it was closed. */
export interface RecordedSocket {
  commands: RedisArgument[][];
  closed: boolean;
}

/** The default transport, recording each socket's commands in `sockets`. */
export function recordingTransport(sockets: RecordedSocket[]): Transport {
  const inner = defaultTransport();
  return async (options, handlers) => {
    const record: RecordedSocket = { commands: [], closed: false };
    const decoder = new Decoder({
      reply: (value) => record.commands.push(value as RedisArgument[]),
      push: () => {},
    });
    const socket = await inner(options, {
      data: (chunk) => handlers.data(chunk),
      end: (error) => {
        record.closed = true;
        handlers.end(error);
      },
    });
    sockets.push(record);
    return {
      write(bytes) {
        decoder.feed(bytes);
        return socket.write(bytes);
      },
      close() {
        record.closed = true;
        socket.close();
      },
    };
  };
}
