#!/bin/sh
# What `deno check` costs a small program that calls command methods on a client, a
# pipeline and a transaction: time and peak memory of the type checker (the command
# method types are most of the library's types). Run from any checkout:
#   sh bench/type_check.sh
set -e
cd "$(dirname "$0")/.."
probe="_type_check_probe_$$.ts"
trap 'rm -f "$probe"' EXIT
cat > "$probe" <<PROBE
import { Redis } from "./mod.ts";
import { RedisCluster } from "./cluster.ts";
const r = new Redis();
export const x = r.pipeline().get("k").zrange("z", 0, -1, { withscores: true }).exec();
export const y = new RedisCluster({ nodes: [] }).multi().incr("n").exec();
export const z = r.zrange("z", 0, -1);
// A fresh root each run ($$ $(date +%s%N)), so no earlier result is reused.
PROBE
/usr/bin/time -f "%e s elapsed, %U s user, %M KB max RSS" deno check --quiet "$probe"
