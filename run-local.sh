#!/usr/bin/env bash
# Runs the whole platform on this machine: a Kafka broker, the Mongo-wire store, the gateway at
# http://localhost:8080 and every service, seeded with demo data. Needs only a JDK 17+.
# Data is kept in .data/ (delete it to start afresh). Ctrl-C stops everything.
#   ./run-local.sh              build what changed, then run
#   ./run-local.sh --no-build   run what was built last
# Ports: -Dcoop.gateway.port=9080 style properties in JAVA_OPTS, or COOP_GATEWAY_PORT=9080.
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" != "--no-build" ]; then
  ./mvnw -q -B -ntp -pl platform/local-stack -am package -DskipTests
fi
STACK=platform/local-stack/target
if [ ! -f "$STACK/classpath.txt" ]; then
  echo "Nothing built yet: run ./run-local.sh without --no-build" >&2
  exit 1
fi
exec java ${JAVA_OPTS:--Xmx1g -XX:+UseSerialGC} \
  -cp "$(ls $STACK/platform-local-stack-*.jar | head -1):$(cat $STACK/classpath.txt)" \
  org.coop.localstack.LocalStack
