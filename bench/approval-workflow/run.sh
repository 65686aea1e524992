#!/usr/bin/env bash
# Builds the service and this bench through the reactor (nothing is installed into ~/.m2), then
# runs one benchmark: the approval service on embedded infrastructure vs. embedded Flowable.
# Usage: bench/approval-workflow/run.sh [--trips=2000] [--warmup=200] [--warmup-seconds=240] [--concurrency=16] [--colleges=100]
# BENCH_JAVA=/path/to/java picks the JVM (default: java on the PATH).
# Against a running stack (e.g. through the gateway) instead:
#   bench/approval-workflow/run.sh --http --base-url=http://localhost:8080 --tokens=tokens.properties
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl bench/approval-workflow -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
CP="bench/approval-workflow/target/classes:$(cat bench/approval-workflow/target/bench.classpath)"
MAIN=org.coop.approval.bench.BenchLauncher
if [[ "${1:-}" == "--http" ]]; then
  shift
  MAIN=org.coop.approval.bench.HttpRouteBenchmark
fi
# BENCH_JAVA_OPTS adds JVM flags, e.g. -XX:StartFlightRecording=filename=bench.jfr,settings=profile
exec "${BENCH_JAVA:-java}" -Xms512m -Xmx2g -XX:+UseParallelGC ${BENCH_JAVA_OPTS:-} -cp "$CP" "$MAIN" "$@"
