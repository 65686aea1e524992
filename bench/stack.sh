# Sourced by the benchmark scripts: starts and stops a local stack of their own, built by
# ./mvnw -pl platform/local-stack package, on ports PORT_BASE+17 (store), +80..+84 (gateway and
# services), +92/+93 (broker), with its data under $DATA/data. Needs PORT_BASE and DATA set.
STACK_PID=

# stack_start LOG: starts the stack, waits until it is ready (at most 10 minutes), prints its ready line
stack_start() {
  local log=$1 stack=platform/local-stack/target
  : >"$log"
  java -Xmx1g -XX:+UseSerialGC -Dcoop.data-dir="$DATA/data" \
    -Dcoop.gateway.port=$((PORT_BASE + 80)) -Dcoop.matchmaking.port=$((PORT_BASE + 81)) \
    -Dcoop.proposal.port=$((PORT_BASE + 82)) -Dcoop.approval-workflow.port=$((PORT_BASE + 83)) \
    -Dcoop.forum-event.port=$((PORT_BASE + 84)) -Dcoop.kafka.port=$((PORT_BASE + 92)) \
    -Dcoop.kafka.controller-port=$((PORT_BASE + 93)) -Dcoop.mongo.port=$((PORT_BASE + 17)) \
    -cp "$(ls $stack/platform-local-stack-*.jar | head -1):$(cat $stack/classpath.txt)" \
    org.coop.localstack.LocalStack >"$log" 2>&1 &
  STACK_PID=$!
  for _ in $(seq 1 600); do
    grep -q "Ready in" "$log" && break
    kill -0 $STACK_PID 2>/dev/null || { tail -30 "$log"; echo "the stack stopped; its log: $log" >&2; return 1; }
    sleep 1
  done
  grep -q "Ready in" "$log" || { echo "the stack was not ready in 10 minutes; its log: $log" >&2; return 1; }
  grep "Ready in" "$log"
}

# stack_stop: stops it as Ctrl-C does and waits for it
stack_stop() {
  if [ -n "$STACK_PID" ]; then
    kill "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
    STACK_PID=
  fi
}
