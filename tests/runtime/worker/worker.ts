/**
 * The suite as a Cloudflare Worker: `GET /` lists the tests, `GET /?test=<name>` runs one
 * in that request (a Workers socket lives no longer than its request) and answers
 * `{ ok: true }` or `{ ok: false, error }`.
 *
 * @module
 */
import { runTest, tests } from "../suite.ts";

/** The bindings of `config.capnp`. */
interface Env {
  REDIS_URL: string;
  REDIS_TLS_URL: string;
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const name = new URL(request.url).searchParams.get("test");
    if (name === null) return Response.json(Object.keys(tests));
    try {
      // No caCert: workerd trusts the test CA through config.capnp.
      await runTest(name, { url: env.REDIS_URL, tlsUrl: env.REDIS_TLS_URL });
      return Response.json({ ok: true });
    } catch (e) {
      const error = e instanceof Error ? e.stack ?? e.message : String(e);
      return Response.json({ ok: false, error });
    }
  },
};
