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
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(
      `Invalid Redis URL "${url}": expected redis://host:port/db, rediss://… or unix:///path`,
    );
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
      if (db) options.db = parseDb(db, url);
      break;
    }
    case "unix:":
      options.path = decodeURIComponent(parsed.pathname);
      break;
    default:
      throw new TypeError(
        `Unsupported Redis URL scheme "${parsed.protocol}" in "${url}": use redis:, rediss: or unix:`,
      );
  }
  if (parsed.username) options.username = decodeURIComponent(parsed.username);
  if (parsed.password) options.password = decodeURIComponent(parsed.password);
  if (params.has("db")) options.db = parseDb(params.get("db")!, url);
  if (params.has("username")) options.username = params.get("username")!;
  if (params.has("password")) options.password = params.get("password")!;
  if (params.has("name")) options.name = params.get("name")!;
  if (params.has("protocol")) {
    const protocol = Number(params.get("protocol"));
    if (protocol !== 2 && protocol !== 3) {
      throw new TypeError(`Invalid protocol in "${url}": expected 2 or 3`);
    }
    options.protocol = protocol;
  }
  return options;
}

function parseDb(text: string, url: string): number {
  const db = Number(text);
  if (!Number.isInteger(db) || db < 0) {
    throw new TypeError(
      `Invalid database "${text}" in "${url}": expected a number ≥ 0`,
    );
  }
  return db;
}
