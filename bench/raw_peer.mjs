/**
 * The raw reference clients (`_raw.mjs`): the runtime's own socket, counting
 * the bytes of known replies.
 *
 * Run: `<deno run -A|node|bun> bench/raw_peer.mjs <raw-deno|raw-node|raw-bun> <shape> <port> [quick]`
 *
 * @module
 */
import { main } from "./_harness.mjs";
import { rawConnect } from "./_raw.mjs";

await main(rawConnect);
