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
STACK=platform/local-stack/target
java -Xmx1g -XX:+UseSerialGC -Dcoop.data-dir="$DATA/data" \
  -Dcoop.gateway.port=$((PORT_BASE + 80)) -Dcoop.matchmaking.port=$((PORT_BASE + 81)) \
  -Dcoop.proposal.port=$((PORT_BASE + 82)) -Dcoop.approval-workflow.port=$((PORT_BASE + 83)) \
  -Dcoop.forum-event.port=$((PORT_BASE + 84)) -Dcoop.kafka.port=$((PORT_BASE + 92)) \
  -Dcoop.kafka.controller-port=$((PORT_BASE + 93)) -Dcoop.mongo.port=$((PORT_BASE + 17)) \
  -cp "$(ls $STACK/platform-local-stack-*.jar | head -1):$(cat $STACK/classpath.txt)" \
  org.coop.localstack.LocalStack >"$LOG" 2>&1 &
STACK_PID=$!
trap 'kill $STACK_PID 2>/dev/null; wait $STACK_PID 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 240); do
  grep -q "Ready in" "$LOG" && break
  kill -0 $STACK_PID 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
grep -q "Ready in" "$LOG" || { echo "the stack was not ready in 4 minutes; its log: $LOG" >&2; exit 1; }
grep "Ready in" "$LOG"
java -cp "$CP" "$MAIN" --base-url=http://localhost:$((PORT_BASE + 80)) "$@"
