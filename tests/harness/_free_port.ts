/**
 * Free loopback ports for test servers.
 *
 * @module
 */

/**
 * Returns `count` distinct loopback ports that the OS reports as free right now.
 *
 * Another process may take a port before our server binds it, so callers retry
 * when the server reports "Address already in use".
 *
 * @example
 * ```ts
 * const [port, tlsPort] = freePorts(2);
 * ```
 */
export function freePorts(count: number): number[] {
  // Keep all listeners open until every port is known, so the OS cannot hand out one twice.
  const listeners = Array.from(
    { length: count },
    () => Deno.listen({ hostname: "127.0.0.1", port: 0 }),
  );
  const ports = listeners.map((listener) => listener.addr.port);
  for (const listener of listeners) listener.close();
  return ports;
}
