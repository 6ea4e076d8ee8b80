# workerd config for tests/runtimes_test.ts, which copies it into a temp dir next to
# the bundles it embeds and to ca.pem, and runs
#   workerd serve config.capnp --control-fd 1
# with REDIS_URL and REDIS_TLS_URL set. Both sockets take a free port, which workerd
# reports on the control fd.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "suite", worker = .suite),
    (name = "example", worker = .example),
    # Workers reach the public internet only, by default: the test server is on loopback.
    # `connect()` from cloudflare:sockets goes out through this service.
    (name = "internet", network = (
      allow = ["public", "private", "local"],
      tlsOptions = (trustedCertificates = [embed "ca.pem"]),
    )),
  ],
  sockets = [
    (name = "suite", address = "127.0.0.1:0", http = (), service = "suite"),
    (name = "example", address = "127.0.0.1:0", http = (), service = "example"),
  ],
);

# The runtime-neutral suite; nodejs_compat for its node:assert, not for desir.
const suite :Workerd.Worker = (
  modules = [
    (name = "worker.mjs", esModule = embed "worker.mjs"),
    (name = "@desir/desir", esModule = embed "node_modules/@desir/desir/mod.mjs"),
    (name = "@desir/desir/codec", esModule = embed "node_modules/@desir/desir/codec.mjs"),
  ],
  compatibilityDate = "2025-09-01",
  compatibilityFlags = ["nodejs_compat"],
  bindings = [
    (name = "REDIS_URL", fromEnvironment = "REDIS_URL"),
    (name = "REDIS_TLS_URL", fromEnvironment = "REDIS_TLS_URL"),
  ],
);

# examples/worker.ts as a user deploys it: no compatibility flags at all.
const example :Workerd.Worker = (
  modules = [
    (name = "example_worker.mjs", esModule = embed "example_worker.mjs"),
    (name = "@desir/desir", esModule = embed "node_modules/@desir/desir/mod.mjs"),
  ],
  compatibilityDate = "2025-09-01",
  bindings = [(name = "REDIS_URL", fromEnvironment = "REDIS_URL")],
);
