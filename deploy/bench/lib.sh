# shellcheck shell=bash
# Shared by the deploy/bench/* scripts (sourced, not run): tools, build, a throw-away PostgreSQL + Kafka,
# organizations-service as a real process, and a cleanup that leaves no process or temp dir behind.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
SERVICE_JAR="$ROOT/organizations-service/target/quarkus-app/quarkus-run.jar"
SERVICE_NAME=organizations-service   # a bench of another service sets these two (and SERVICE_PORT) after sourcing
KAFKA_LIB="$ROOT/platform/kafka-runtime/target/lib"
SEED="$ROOT/deploy/local/seed/organizations.json"
BENCH_CP="$BENCH_DIR/target/classes:$BENCH_DIR/target/lib/*"
WORK=""
BENCH_PIDS=()   # what this bench started, stopped newest first on exit
SERVICE_PID=""

fail() {   # message [log file to show]
  echo "FAILED: $1" >&2
  if [[ -n "${2:-}" && -f "$2" ]]; then
    echo "--- last lines of $(basename "$2") ---" >&2
    tail -n 40 "$2" >&2
  fi
  exit 1
}

# A Debian package when missing: installed if we are root, otherwise we say how.
need_tool() {   # command package
  command -v "$1" >/dev/null && return 0
  install_package "$2" "$1"
}

install_package() {   # package what-for
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "installing $1 (for $2) ..."
    apt-get install -y -q "$1" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$1" >/dev/null; }
  else
    fail "$2 is missing; install it with: sudo apt-get install -y $1"
  fi
}

# pgbench and psql from a PostgreSQL server package (the /usr/bin wrappers need one anyway).
find_pg_tool() {   # pgbench | psql
  local tool
  tool=$(ls -d /usr/lib/postgresql/*/bin/"$1" 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$tool" ]]; then
    install_package postgresql-15 "$1" >&2
    tool=/usr/lib/postgresql/15/bin/$1
  fi
  echo "$tool"
}

ensure_built() {
  if [[ ! -f "$SERVICE_JAR" || ! -d "$BENCH_DIR/target/lib" || ! -d "$BENCH_DIR/target/classes" || ! -d "$KAFKA_LIB" ]]; then
    echo "building organizations-service and the bench tools (first run only) ..."
    (cd "$ROOT" && ./mvnw -q -B -DskipTests install -pl organizations-service,deploy/bench -am)
  fi
}

bench_init() {   # bench name
  WORK="$(mktemp -d /tmp/oas-bench.XXXXXX)"
  chmod 711 "$WORK"   # under root PostgreSQL runs as 'nobody', which must get through to its dir below
  trap bench_cleanup EXIT
  trap 'echo >&2; echo "interrupted" >&2; exit 130' INT TERM
  echo "== $1 ($SERVICE_NAME) =="
  echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other work running skews the figures)"
}

bench_cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  local i
  for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
    stop_tree "${BENCH_PIDS[i]}"
  done
  if [[ -n "$WORK" && -n "${KEEP_LOGS:-}" ]]; then
    mkdir -p "$KEEP_LOGS" && cp "$WORK"/*.log "$KEEP_LOGS"/ 2>/dev/null || true   # service logs, for a closer look
  fi
  if [[ -n "$WORK" ]]; then
    rm -rf "$WORK"
  fi
  exit "$rc"
}

# SIGTERM, then SIGKILL after 30 s (or the grace given); then kills whatever it started that is still alive
# (PostgreSQL, Kafka).
stop_tree() {   # pid [grace s]
  local pid=$1 grace=${2:-30} kids kid _
  kill -0 "$pid" 2>/dev/null || return 0
  kids=$(descendants "$pid")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 $((grace * 10))); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for kid in $kids; do
    # Only if it is still ours: its command line names this bench's work dir.
    if grep -qF "$WORK" "/proc/$kid/cmdline" 2>/dev/null; then
      kill -KILL "$kid" 2>/dev/null || true
    fi
  done
}

descendants() {   # pid
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# For tools that catch SIGINT and exit normally (wrk prints its figures): run in the foreground, they would let
# the bench carry on after a Ctrl-C. Waited for in the background, the interrupt reaches our trap at once.
interruptible() {   # command args...
  "$@" &
  local pid=$!
  BENCH_PIDS+=("$pid")
  wait "$pid"
  unlist "$pid"
}

unlist() {   # pid: no longer ours to stop
  local kept=() pid
  for pid in "${BENCH_PIDS[@]}"; do
    [[ "$pid" == "$1" ]] || kept+=("$pid")
  done
  BENCH_PIDS=("${kept[@]}")
}

bench_java() {   # class args...
  java -Dslf4j.internal.verbosity=ERROR -cp "$BENCH_CP" "org.oas.migration.deploy.bench.$1" "${@:2}"
}

# PostgreSQL and Kafka on free ports, in $WORK; exports the service's settings from stack.env.
start_stack() {
  echo "starting PostgreSQL and Kafka ..."
  # java itself in the background (setsid execs it), not a function or subshell: $! must be the JVM that gets our
  # SIGTERM. Its own session keeps a Ctrl-C in the terminal away from PostgreSQL, which would stop at once.
  OAS_KAFKA_LIB="$KAFKA_LIB" setsid java -Dslf4j.internal.verbosity=ERROR -cp "$BENCH_CP" \
    org.oas.migration.deploy.bench.BenchStack "$WORK/stack" >"$WORK/stack.log" 2>&1 &
  local pid=$! deadline=$((SECONDS + 180))
  BENCH_PIDS+=("$pid")
  until [[ -f "$WORK/stack/stack.env" ]]; do
    kill -0 "$pid" 2>/dev/null || fail "the PostgreSQL/Kafka launcher exited" "$WORK/stack.log"
    ((SECONDS < deadline)) || fail "PostgreSQL/Kafka not up after 180 s" "$WORK/stack.log"
    sleep 0.2
  done
  set -a
  # shellcheck disable=SC1091
  source "$WORK/stack/stack.env"
  set +a
  LIST_URL="http://127.0.0.1:$ORGANIZATIONS_PORT/v1/organizations?limit=50"
}

start_service() {   # log file
  # The JVM options of the local stack (deploy/service.jvmopts: small heap, serial GC; then the service's own
  # deploy/<service>.jvmopts if any). From the app's directory, where its class-data-sharing archive (app-cds.jsa) lives.
  # SERVICE_JAVA_OPTS: extra options for a closer look (e.g. a profiler's -agentpath); unset for the figures.
  # SERVICE_JAVA: the JVM that runs the service (default: java on the PATH). SERVICE_AOT_CACHE / SERVICE_AOT_OUTPUT
  # (JDK 25+): use or train an AOT cache instead of the JDK 17 AppCDS archive (see aot_options).
  local own="$ROOT/deploy/$SERVICE_NAME.jvmopts" options=(@"$ROOT/deploy/service.jvmopts")
  [[ ! -f "$own" ]] || options+=(@"$own")
  if [[ -n "${SERVICE_AOT_CACHE:-}${SERVICE_AOT_OUTPUT:-}" ]]; then
    aot_options "${options[@]}"
    options=(@"$WORK/aot.jvmopts")
  fi
  # Health and metrics answer on the management interface only: a free port of its own, exported under the service's
  # prefix (organizations-service -> ORGANIZATIONS_MANAGEMENT_PORT).
  SERVICE_MANAGEMENT_PORT=$(free_port)
  local prefix=${SERVICE_NAME%-service}
  export "${prefix^^}_MANAGEMENT_PORT=$SERVICE_MANAGEMENT_PORT"
  # shellcheck disable=SC2086
  (cd "$(dirname "$SERVICE_JAR")" && exec setsid "${SERVICE_JAVA:-java}" "${options[@]}" ${SERVICE_JAVA_OPTS:-} -jar "$SERVICE_JAR") >"$1" 2>&1 &
  SERVICE_PID=$!
  BENCH_PIDS+=("$SERVICE_PID")
}

# $WORK/aot.jvmopts: the given @option files without the AppCDS archive (an AOT cache replaces it) and without the
# metaspace cap (under it the cache's assembly fails: "Unable to allocate from 'ro' region"), plus the AOT option.
aot_options() {   # @file...
  local file
  for file in "$@"; do
    grep -v -e '^-XX:SharedArchiveFile=' -e '^-XX:MaxMetaspaceSize=' "${file#@}"
  done >"$WORK/aot.jvmopts"
  if [[ -n "${SERVICE_AOT_OUTPUT:-}" ]]; then
    echo "-XX:AOTCacheOutput=$SERVICE_AOT_OUTPUT" >>"$WORK/aot.jvmopts"
  else
    echo "-XX:AOTCache=$SERVICE_AOT_CACHE" >>"$WORK/aot.jvmopts"
  fi
}

# A JVM of release 25 or later (Leyden's AOT cache with method profiles): AOT_JAVA, JAVA_HOME's, the PATH's, or the
# newest under /usr/lib/jvm; nothing if there is none.
find_aot_java() {
  local candidate
  for candidate in "${AOT_JAVA:-}" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" \
      $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    if (( $(java_release "$candidate") >= 25 )); then
      echo "$candidate"
      return 0
    fi
  done
}

java_release() {   # java executable: its feature release (17, 25, ...)
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print int($2); exit }'
}

stop_service() {   # [grace s]
  stop_tree "$SERVICE_PID" "${1:-30}"
  unlist "$SERVICE_PID"
  SERVICE_PID=""
}

wait_ready() {   # log file [timeout s]
  wait_answering "$SERVICE_NAME" "$SERVICE_PID" "http://127.0.0.1:$SERVICE_MANAGEMENT_PORT/q/health/ready" "$1" "${2:-120}"
}

free_port() {
  local port
  while :; do
    port=$((15000 + RANDOM % 15000))   # below the ephemeral range (32768+), where outgoing connections take ports
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Polls the URL until it answers 2xx; fails with the log if the process exits or the timeout passes first.
wait_answering() {   # name pid url log timeout-s
  local deadline=$((SECONDS + $5))
  until curl -fs -o /dev/null --max-time 2 "$3"; do
    kill -0 "$2" 2>/dev/null || fail "$1 exited during start-up" "$4"
    ((SECONDS < deadline)) || fail "$1 not ready after $5 s" "$4"
    sleep 0.01
  done
}

load_seed() {
  bench_java SeedLoader "$SEED" >/dev/null || fail "loading the seed organizations"
}

rss_mb() {   # pid
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"
}

cpu_ms() {   # pid: user + system CPU time the process has used so far (its threads included), in ms
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

mean() {   # numbers...: their mean, rounded
  printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.0f", s / NR }'
}

median() {   # numbers...
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# wrk prints latencies as 850.00us / 1.20ms / 1.05s; in ms.
wrk_percentile_ms() {   # wrk output file, percentile label (50%, 99%)
  awk -v p="$2" '$1 == p {
    v = $2
    if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v) }
    else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }
    printf "%.2f", v
  }' "$1"
}
