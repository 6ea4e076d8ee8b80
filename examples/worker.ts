/**
 * desir in a Cloudflare Worker. In your project: `npx jsr add @desir/desir`, set
 * `REDIS_URL` (e.g. `rediss://default:password@your-redis.example.com:6380`) as a
 * secret or var, and deploy with wrangler.
 *
 * A Workers socket belongs to the request that opened it, so the client is made inside
 * `fetch` and closed at its end by `await using`; a client kept at module scope fails on
 * the next request.
 *
 * @module
 */
import { Redis } from "@desir/desir";

export default {
  async fetch(request: Request, env: { REDIS_URL: string }): Promise<Response> {
    await using r = new Redis(env.REDIS_URL);
    const { pathname } = new URL(request.url);
    const [visits] = await r.pipeline().incr("visits").set(
      "last-path",
      pathname,
    )
      .exec();
    return new Response(`visit ${visits} to ${pathname}\n`);
  },
};
