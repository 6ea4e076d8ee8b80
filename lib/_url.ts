/**
 * Parses `redis://`, `rediss://` and `unix://` URLs into connection options.
 *
 * @module
 */
import type { ConnectionOptions } from "./connection.ts";

/**
 * `redis://[user[:password]@]host[:port][/db][?protocol=2&name=app]`, `rediss://…` for TLS,
 * `unix:///path/to/redis.sock?db=1&password=…`.
 */
export function parseRedisUrl(url: string): ConnectionOptions {
  // No message repeats the URL or a part of it but the scheme: it may hold a password.
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Invalid Redis URL: ${whatIsWrong(url)}`);
  }
  const options: ConnectionOptions = {};
  const params = parsed.searchParams;
  switch (parsed.protocol) {
    case "rediss:":
      options.tls = true;
      // falls through
    case "redis:": {
      if (parsed.hostname) {
        options.hostname = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
      }
      if (parsed.port) options.port = Number(parsed.port);
      const db = parsed.pathname.replace(/^\//, "");
      if (db) options.db = parseDb(db, "path");
      break;
    }
    case "unix:":
      options.path = decodeComponent(parsed.pathname, "socket path");
      break;
    default:
      throw new TypeError(
        `Unsupported Redis URL scheme "${parsed.protocol}": use redis:, rediss: or unix:`,
      );
  }
  if (parsed.username) {
    options.username = decodeComponent(parsed.username, "user name");
  }
  if (parsed.password) {
    options.password = decodeComponent(parsed.password, "password");
  }
  if (params.has("db")) options.db = parseDb(params.get("db")!, "db parameter");
  if (params.has("username")) options.username = params.get("username")!;
  if (params.has("password")) options.password = params.get("password")!;
  if (params.has("name")) options.name = params.get("name")!;
  if (params.has("protocol")) {
    const protocol = Number(params.get("protocol"));
    if (protocol !== 2 && protocol !== 3) {
      throw new TypeError(
        "Invalid protocol parameter in the Redis URL: expected 2 or 3",
      );
    }
    options.protocol = protocol;
  }
  return options;
}

function parseDb(text: string, where: string): number {
  const db = Number(text);
  if (!Number.isInteger(db) || db < 0) {
    throw new TypeError(
      `Invalid database in the Redis URL's ${where}: expected a number ≥ 0`,
    );
  }
  return db;
}

function decodeComponent(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new TypeError(
      `Invalid percent-encoding in the Redis URL's ${what}: write "%" as %25`,
    );
  }
}

/** Names the part of a URL that `new URL` refused, without repeating any of it. */
function whatIsWrong(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
  if (!scheme) {
    return "expected redis://host:port/db, rediss://… or unix:///path";
  }
  const rest = url.slice(scheme[0].length);
  const delimiter = rest.search(/[/?#]/);
  if (delimiter !== -1 && rest.lastIndexOf("@") > delimiter) {
    return 'the user name or password has a character it must percent-encode ("/" as %2F, "?" as %3F, "#" as %23)';
  }
  const authority = delimiter === -1 ? rest : rest.slice(0, delimiter);
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  const port = /^(?:\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(host)?.[1];
  if (port !== undefined && !(/^\d*$/.test(port) && Number(port) <= 65535)) {
    return "the port is not a number from 0 to 65535";
  }
  return "the host is not valid";
}
