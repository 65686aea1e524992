#!/usr/bin/env bash
# Builds the local stack and this harness through the reactor (nothing is installed into ~/.m2),
# then hunts for keep-alive stalls through the gateway (see README.md).
#   bench/gateway/run.sh                         start a stack of its own on ports 28080-28084,
#                                                28092/28093, 28017 (data in a temp folder), run, stop it
#   bench/gateway/run.sh --base-url=http://localhost:8080   against a running ./run-local.sh
# Options go to the harness: --proxied=100000 --concurrency=16 --stall-after=5s --max-minutes=30
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl platform/local-stack,bench/gateway -am package -DskipTests \
  ${BENCH_BUILD_OPTS:-}
CP="bench/gateway/target/classes:$(cat bench/gateway/target/classpath.txt)"
MAIN=org.coop.bench.gateway.StallHunt
for arg in "$@"; do
  if [[ "$arg" == --base-url=* ]]; then
    exec java -cp "$CP" "$MAIN" "$@"
  fi
done

PORT_BASE=${BENCH_PORT_BASE:-28000}
DATA=$(mktemp -d)
LOG="$DATA/stack.log"
source bench/stack.sh
trap 'stack_stop; rm -rf "$DATA"' EXIT
stack_start "$LOG" || exit 1
java -cp "$CP" "$MAIN" --base-url=http://localhost:$((PORT_BASE + 80)) "$@"
