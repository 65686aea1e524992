#!/usr/bin/env bash
# Runs every benchmark of the project and prints one table: each figure next to its target and its
# peer (the baseline measured in the same run). Parts that need the local stack get one of their
# own, on ports PORT_BASE+17 (store), +80..+84 (gateway, services), +92/+93 (broker), data in a
# temporary folder that is deleted at the end.
#
#   bench/run.sh                              every part, full size (takes about an hour on 2 cores)
#   bench/run.sh --quick                      every part, small counts (proves the harnesses run)
#   bench/run.sh --only=e2e,reads --province-year
#                                             a subset; with --province-year the stack first gets a
#                                             province's year of data (ProvinceYear) and is restarted
# Parts: outbox, engine, approval, start, idle, reads, e2e, e2e100, writes, gateway
# Options: --quick  --province-year  --scale=1.0 (of the province-year)  --port-base=29000
#          --subscribers=1000  --seconds=60 (measured seconds of the load parts)  --keep (leave
#          the stack's data and logs)  --out=DIR (logs; default target/bench-run)  --no-build (run
#          what was built last)
# BENCH_JAVA_HOME picks the JDK of the harnesses (default: a JDK 21+ if installed, so the engine
# runs next to its Lucene Monitor baseline); the stack runs on `java` as ./run-local.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

ALL=outbox,engine,approval,start,idle,reads,e2e,e2e100,writes,gateway
BUILD=true ONLY=$ALL QUICK=false PROVINCE=false SCALE=1.0 PORT_BASE=29000 SUBSCRIBERS=1000 SECONDS_=60 KEEP=false
OUT=target/bench-run
for arg in "$@"; do
  case "$arg" in
    --only=*) ONLY=${arg#--only=} ;;
    --quick) QUICK=true ;;
    --province-year) PROVINCE=true ;;
    --scale=*) SCALE=${arg#--scale=} ;;
    --port-base=*) PORT_BASE=${arg#--port-base=} ;;
    --subscribers=*) SUBSCRIBERS=${arg#--subscribers=} ;;
    --seconds=*) SECONDS_=${arg#--seconds=} ;;
    --keep) KEEP=true ;;
    --no-build) BUILD=false ;;
    --out=*) OUT=${arg#--out=} ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
if $QUICK; then
  SUBSCRIBERS=${SUBSCRIBERS_QUICK:-100}; SECONDS_=10; [ "$SCALE" = 1.0 ] && SCALE=0.02
fi
wants() { [[ ",$ONLY," == *",$1,"* ]]; }
for part in ${ONLY//,/ }; do
  [[ ",$ALL," == *",$part,"* ]] || { echo "unknown part '$part' (parts: $ALL)" >&2; exit 2; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

if [ -z "${BENCH_JAVA_HOME:-}" ]; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [ -x "$jdk/bin/java" ] && BENCH_JAVA_HOME=$jdk && break
  done
fi
JAVA=${BENCH_JAVA_HOME:+$BENCH_JAVA_HOME/bin/}java

# ---- build: everything the parts run, once, through the reactor (nothing installed into ~/.m2) ----
if $BUILD; then
  echo "building (logs in $OUT)..."
  JAVA_HOME=${BENCH_JAVA_HOME:-${JAVA_HOME:-}} ./mvnw -q -B -ntp \
    -pl platform/local-stack,bench/outbox,bench/matchmaking,bench/approval-workflow,bench/gateway -am \
    package -DskipTests >"$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
fi
MM="bench/matchmaking/target/matchmaking-bench-0.1.0-SNAPSHOT.jar:$(cat bench/matchmaking/target/classpath.txt)"

# ---- the table ----
ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }
# first match of a sed expression in a log, or "-"
pick() { local v; v=$(sed -n "$2" "$1" 2>/dev/null | head -1); echo "${v:--}"; }

# ---- the stack ----
DATA=
source bench/stack.sh
cleanup() {
  stack_stop
  if [ -n "$DATA" ]; then
    if $KEEP; then echo "stack data kept in $DATA"; else rm -rf "$DATA"; fi
  fi
}
trap cleanup EXIT
GATEWAY=http://localhost:$((PORT_BASE + 80))
MONGO=mongodb://127.0.0.1:$((PORT_BASE + 17))

# CPU time (user + system, clock ticks) of a process
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# ---- parts without the stack ----
if wants outbox; then
  echo "== outbox"
  OUTBOX_ARGS=(); $QUICK && OUTBOX_ARGS=(-Dwarmup=200 -Dcount=500 -Drate=100)
  bench/outbox/run.sh "${OUTBOX_ARGS[@]}" >"$OUT/outbox.log" 2>&1 || echo "outbox failed: $OUT/outbox.log"
  raw=$(grep '^| raw' "$OUT/outbox.log" | head -1 | awk -F'|' '{print $3 "/" $4 ", " $5}')
  box=$(grep '^| outbox' "$OUT/outbox.log" | head -1 | awk -F'|' '{print $3 "/" $4 ", " $5}')
  row outbox "save → relay → Kafka ack: p50 / p99, throughput" "${box:--}" "-" "raw KafkaProducer: ${raw:--}"
fi

if wants engine; then
  echo "== engine"
  if $QUICK; then ENGINE_ARGS=(20000 2000 full 50); else ENGINE_ARGS=(100000 10000 full 300); fi
  $JAVA -Xmx2g -XX:+UseSerialGC -cp "$MM" org.coop.matchmaking.bench.EngineBenchmark "${ENGINE_ARGS[@]}" \
    >"$OUT/engine.log" 2>&1 || echo "engine failed: $OUT/engine.log"
  for shape in broad narrow; do
    rate=$(sed -n "/== $shape/,/^== /{s/^  thread CPU: \([0-9,]*\) needs\/s.*/\1/p}" "$OUT/engine.log" | head -1)
    p99=$(sed -n "/== $shape/,/^== /{s/^  wall clock: .* p99 \([0-9.]*\) ms.*/\1/p}" "$OUT/engine.log" | head -1)
    lucene=$(sed -n "/== $shape/,/^== /{s/.*thread CPU: \([0-9,]*\) needs\/s over.*engine \/ baseline = \([0-9.]*x\).*/\1 needs\/s (engine ×\2)/p;s/^lucene monitor baseline: \(.*\)/\1/p}" "$OUT/engine.log" | head -1)
    row engine "$shape: needs/s (thread CPU), p99 wall" "${rate:--} needs/s, ${p99:--} ms" "> 5,000 needs/s" \
      "Lucene Monitor ${lucene:--}"
  done
fi

if wants approval; then
  echo "== approval-workflow"
  APPROVAL_ARGS=(); $QUICK && APPROVAL_ARGS=(--trips=200 --warmup=50 --warmup-seconds=5 --concurrency=4)
  BENCH_JAVA=$JAVA bench/approval-workflow/run.sh "${APPROVAL_ARGS[@]}" >"$OUT/approval.log" 2>&1 \
    || echo "approval failed: $OUT/approval.log"
  # first block: approval-workflow; the Flowable block follows its name
  ours=$(grep -m1 "trips/s" "$OUT/approval.log" | sed 's/.*= *\([0-9.]*\) trips\/s.*/\1/')
  ours_p99=$(grep -m1 "^    decision" "$OUT/approval.log" | sed 's/.*p99=\([0-9.]*\)ms.*/\1/')
  flowable=$(grep -i -A3 "^flowable" "$OUT/approval.log" | grep -m1 "trips/s" | sed 's/.*= *\([0-9.]*\) trips\/s.*/\1/')
  flowable_p99=$(grep -i -A3 "^flowable" "$OUT/approval.log" | grep -m1 "decision" | sed 's/.*p99=\([0-9.]*\)ms.*/\1/')
  row approval "four-step route over HTTP: trips/s, decision p99" "${ours:--} trips/s, ${ours_p99:--} ms" \
    "200 trips/s, p99 ≤ 100 ms" "Flowable 7 embedded: ${flowable:--} trips/s, ${flowable_p99:--} ms"
fi

# ---- parts on the stack ----
needs_stack=false
for part in start idle reads e2e e2e100 writes gateway; do wants $part && needs_stack=true; done
if $needs_stack; then
  DATA=$(mktemp -d)
  echo "== stack on $GATEWAY (data $DATA)"
  stack_start "$OUT/stack-first.log"
  FIRST=$(pick "$OUT/stack-first.log" 's/^Ready in \([0-9.]*\) s.*/\1/p')
  if $PROVINCE; then
    echo "== province-year (scale $SCALE)"
    # the first start created every collection and index; the generator then opens the store alone
    stack_stop
    $JAVA -Xmx2g -cp "$MM" org.coop.matchmaking.bench.ProvinceYear --store-file "$DATA/data/mongo/coop.mv" \
      --scale "$SCALE" >"$OUT/province-year.log" 2>&1 || { cat "$OUT/province-year.log"; exit 1; }
    grep -E "generated in|^  " "$OUT/province-year.log" || true
    echo "store on disk: $(du -sh "$DATA/data/mongo" | cut -f1)"
    stack_start "$OUT/stack-province.log"
    $JAVA -cp "$MM" org.coop.matchmaking.bench.ProvinceYear --mongo "$MONGO" --scale "$SCALE" --verify-only \
      --gateway "$GATEWAY" >"$OUT/province-check.log" 2>&1 || { cat "$OUT/province-check.log"; exit 1; }
    tail -1 "$OUT/province-check.log"
    GEN=$(pick "$OUT/province-year.log" 's/^generated in \([0-9.]*\) s.*/\1 s/p')
    row province-year "generation (scale $SCALE), store on disk" "$GEN, $(du -sh "$DATA/data/mongo" | cut -f1)" \
      "-" "-"
  fi
  VOLUME=$($PROVINCE && echo "province-year" || echo "fresh")
  if wants start; then
    row stack "start to ready, first start (fresh)" "${FIRST} s" "≤ 40 s" "2026-12-01: 33.7 s"
    if $PROVINCE; then
      row stack "start to ready, on the province-year" "$(pick "$OUT/stack-province.log" 's/^Ready in \([0-9.]*\) s.*/\1/p') s" \
        "≤ 40 s" "-"
    fi
  fi
  if wants idle; then
    IDLE_SECONDS=$($QUICK && echo 20 || echo 60)
    echo "== idle CPU over $IDLE_SECONDS s (after 30 s to settle)"
    sleep 30
    BROKER=$(cat "$DATA/data/kafka/broker.pid" 2>/dev/null || echo "")
    a0=$(ticks $STACK_PID); b0=$([ -n "$BROKER" ] && ticks "$BROKER" || echo 0)
    sleep "$IDLE_SECONDS"
    a1=$(ticks $STACK_PID); b1=$([ -n "$BROKER" ] && ticks "$BROKER" || echo 0)
    HZ=$(getconf CLK_TCK)
    apps=$(awk -v d=$((a1 - a0)) -v hz="$HZ" -v s="$IDLE_SECONDS" 'BEGIN {printf "%.1f", 100 * d / hz / s}')
    broker=$(awk -v d=$((b1 - b0)) -v hz="$HZ" -v s="$IDLE_SECONDS" 'BEGIN {printf "%.1f", 100 * d / hz / s}')
    row stack "idle CPU, % of one core ($VOLUME)" "$apps (apps) + $broker (broker)" "≤ 5 %" "issue 10: ~30 %"
  fi
  if wants reads; then
    echo "== console reads ($VOLUME)"
    $JAVA -cp "$MM" org.coop.matchmaking.bench.ConsoleReadLoad --gateway "$GATEWAY" --rate 20 \
      --seconds "$SECONDS_" --warmup "$($QUICK && echo 3 || echo 10)" >"$OUT/reads.log" 2>&1 \
      || echo "reads failed: $OUT/reads.log"
    row reads "console list/get, worst endpoint p99 ($VOLUME)" \
      "$(pick "$OUT/reads.log" 's/^reads p99-max \([0-9.]*\) ms.*errors \([0-9]*\)/\1 ms (errors \2)/p')" "≤ 50 ms" \
      "per endpoint: $OUT/reads.log"
  fi
  if wants e2e || wants e2e100; then
    "$JAVA" -cp "$MM" org.coop.matchmaking.bench.StackTokens --mongo "$MONGO" --issuer "$GATEWAY" \
      --subscribers "$SUBSCRIBERS" --out "$OUT/e2e" >"$OUT/tokens.log" 2>&1
  fi
  e2e() {
    local rate=$1 name=$2 target=$3
    echo "== end to end at $rate needs/s, $SUBSCRIBERS subscribers ($VOLUME)"
    $JAVA -Xmx1g -cp "$MM" org.coop.matchmaking.bench.EndToEndLoad --base "$GATEWAY" \
      --college-token-file "$OUT/e2e/college.jwt" --subscriber-tokens-file "$OUT/e2e/subscribers.jwt" \
      --rate "$rate" --seconds "$SECONDS_" --warmup-seconds "$($QUICK && echo 3 || echo 10)" \
      --setup "$4" >"$OUT/$name.log" 2>&1 || echo "$name failed: $OUT/$name.log"
    local got connected
    got=$(pick "$OUT/$name.log" "s/^POST need -> subscriber's stream: p50 \([0-9.]*\) ms, p90 [0-9.]* ms, p99 \([0-9.]*\) ms.*/\1 \/ \2 ms/p")
    connected=$(grep -q "^only .* streams connected" "$OUT/$name.log" && grep -m1 "^only" "$OUT/$name.log" || echo "all streams")
    row e2e "POST need → stream p50/p99, $rate/s, $SUBSCRIBERS subscribers ($VOLUME; $connected)" "$got" "$target" \
      "$5"
  }
  E2E_SETUP=true
  if wants e2e; then
    e2e 20 e2e "p50 ≤ 50, p99 ≤ 250 ms" $E2E_SETUP "2026-11-23 (1,000 subscribers): 43 / 140 ms"
    E2E_SETUP=false
  fi
  if wants e2e100; then e2e 100 e2e100 "p99 ≤ 500 ms" $E2E_SETUP "-"; fi
  if wants writes; then
    echo "== need writes ($VOLUME)"
    $JAVA -cp "$MM" org.coop.matchmaking.bench.NeedWriteLoad --base "$GATEWAY" --rate 20 --seconds "$SECONDS_" \
      --throughput-seconds "$SECONDS_" >"$OUT/writes.log" 2>&1 || echo "writes failed: $OUT/writes.log"
    row writes "POST need at 20/s p50/p99" \
      "$(pick "$OUT/writes.log" 's/^at [0-9.]* needs\/s .* p50 \([0-9.]*\) ms, p99 \([0-9.]*\) ms.*/\1 \/ \2 ms/p')" "-" \
      "in flight: $(pick "$OUT/writes.log" 's/^[0-9]* in flight for [0-9]* s: \([0-9.]*\) needs\/s.*/\1 needs\/s/p')"
  fi
  if wants gateway; then
    echo "== gateway stall hunt"
    GATEWAY_ARGS=(--proxied=$($QUICK && echo 2000 || echo 100000))
    java -cp "bench/gateway/target/classes:$(cat bench/gateway/target/classpath.txt)" \
      org.coop.bench.gateway.StallHunt --base-url="$GATEWAY" "${GATEWAY_ARGS[@]}" >"$OUT/gateway.log" 2>&1 \
      || echo "gateway failed: $OUT/gateway.log"
    row gateway "keep-alive stalls; latency p50/p99" \
      "$(pick "$OUT/gateway.log" 's/^Stalls (503, or no answer within [0-9]* s): \([0-9]*\).*/\1 stalls/p'); $(pick "$OUT/gateway.log" 's/^Latency ms: p50 \([0-9.]*\), p99 \([0-9.]*\).*/\1 \/ \2 ms/p')" \
      "0 stalls" "-"
  fi
fi

echo
echo "Benchmarks, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cpus, harness JVM $($JAVA -version 2>&1 | head -1)$($QUICK && echo ', QUICK (small counts: not figures to quote)')"
echo "| part | figure | measured | target | peer / baseline |"
echo "|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo "logs: $OUT"
