/**
 * The commands that open every connection, written ahead of anything waiting: HELLO (or
 * AUTH and CLIENT SETNAME on a server without it), SELECT, READONLY, the client's setup
 * commands, and the ROLE check of a sentinel-found server.
 *
 * @module
 */
import { ConnectionError, RedisError } from "./errors.ts";
import type { RedisArgument } from "./resp/encode.ts";
import type { LinkOptions } from "./_link_options.ts";
import { credentials } from "./credentials.ts";

/**
 * Runs the handshake through `send` (which writes a command at once and returns its
 * reply) and returns the RESP version agreed. `address` is for messages.
 *
 * @throws {RedisError} The server refused a command (a wrong password stays wrong).
 * @throws {ConnectionError} The server has another role than `role` (`WRONG_ROLE`).
 */
export async function handshake(
  o: LinkOptions,
  send: (args: readonly RedisArgument[]) => Promise<unknown>,
  address: string,
): Promise<2 | 3> {
  const { username, password } = await credentials(o);
  let protocol = o.protocol ?? 3;
  const hello: RedisArgument[] = ["HELLO", protocol];
  if (password !== undefined) {
    hello.push("AUTH", username ?? "default", password);
  }
  if (o.name) hello.push("SETNAME", o.name);
  try {
    await send(hello);
  } catch (e) {
    if (
      !(e instanceof RedisError) ||
      !/unknown command|NOPROTO/i.test(e.message)
    ) throw e;
    protocol = 2;
    if (password !== undefined) {
      await send(username ? ["AUTH", username, password] : ["AUTH", password]);
    }
    if (o.name) await send(["CLIENT", "SETNAME", o.name]);
  }
  if (o.db) await send(["SELECT", o.db]);
  if (o.readOnly) await send(["READONLY"]);
  for (const args of o.setup ?? []) await send(args);
  if (o.role) {
    const [role] = await send(["ROLE"]) as [string];
    if (role !== o.role) {
      throw new ConnectionError(
        `${address} is a ${role}, not the ${o.role} expected: a failover may be under way`,
        { code: "WRONG_ROLE" },
      );
    }
  }
  return protocol;
}
