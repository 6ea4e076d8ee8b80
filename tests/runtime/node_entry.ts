/**
 * Registers the suite with `node:test`, for `node --test` and `bun test`, against the
 * server named by `REDIS_URL`, `REDIS_TLS_URL` and `REDIS_CA_CERT`.
 *
 * @module
 */
import process from "node:process";
import { test } from "node:test";
import { runTest, type SuiteContext, tests } from "./suite.ts";

function env(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set: tests/runtimes_test.ts sets it`);
  }
  return value;
}

const context: SuiteContext = {
  url: env("REDIS_URL"),
  tlsUrl: env("REDIS_TLS_URL"),
  caCert: env("REDIS_CA_CERT"),
};
for (const name of Object.keys(tests)) test(name, () => runTest(name, context));
