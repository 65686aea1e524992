#!/usr/bin/env bash
# Outbox publish latency and throughput next to a raw KafkaProducer, same broker, same run.
#   bench/outbox/run.sh [-Dcount=5000 -Drate=200 -DinFlight=64 -Dwarmup=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -ntp -pl bench/outbox -am package -DskipTests
T=bench/outbox/target
exec java -Xmx1g -XX:+UseSerialGC "$@" -cp "$(ls $T/bench-outbox-*.jar | head -1):$(cat $T/classpath.txt)" \
  org.coop.bench.outbox.OutboxBenchmark
