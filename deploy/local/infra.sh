#!/usr/bin/env bash
# Installs, starts and stops the local infrastructure of medstream on loopback, without Docker:
#   Kafka 4.x (KRaft, jars from Maven Central), a MongoDB-wire server (mongod if present,
#   else FerretDB v1 with SQLite, built with Go), Redis (Debian's redis-server) and,
#   optionally, Prometheus (Debian's prometheus).
#
# usage: deploy/local/infra.sh install|start|stop|status [kafka|mongo|redis|prometheus ...]
#        deploy/local/infra.sh start|stop kafka-cluster   (three KRaft nodes, for fault tests)
#
# Idempotent: a component already answering on its port is left alone. Downloads are cached
# under $MEDSTREAM_CACHE_DIR (default ~/.cache/medstream); data and logs live under
# $MEDSTREAM_STATE_DIR (default <repo>/.state).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CACHE_DIR="${MEDSTREAM_CACHE_DIR:-$HOME/.cache/medstream}"
STATE_DIR="${MEDSTREAM_STATE_DIR:-$REPO/.state}"
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"
START_TIMEOUT="${MEDSTREAM_INFRA_TIMEOUT:-90}"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/kafka/pom.xml")"
KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION-$(sha1sum "$HERE/kafka/pom.xml" | cut -c1-10)/libs"
KAFKA_PORT="${MEDSTREAM_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${MEDSTREAM_KAFKA_CONTROLLER_PORT:-9093}"
# 256 MB of heap holds a development broker under the soak load (docs/performance.md,
# "Footprint"); with 512 MB the JVM grew to ~700 MB RSS, the largest process of the stack.
KAFKA_HEAP="${MEDSTREAM_KAFKA_HEAP:-256m}"
# The fault tests' three-node cluster keeps the heap it was tested with.
KAFKA_CLUSTER_HEAP="${MEDSTREAM_KAFKA_HEAP:-512m}"
# The three-node cluster: node N listens on KAFKA_CLUSTER_PORT+N-1 (controller +100).
KAFKA_CLUSTER_PORT="${MEDSTREAM_KAFKA_CLUSTER_PORT:-9192}"
KAFKA_CLUSTER_NODES=3
FERRETDB_VERSION="v1.24.2"
# "-idindex": built with the patch below (a binary built without it is not reused).
FERRETDB_BIN="$CACHE_DIR/bin/ferretdb-$FERRETDB_VERSION-idindex"
MONGO_PORT="${MEDSTREAM_MONGO_PORT:-27017}"
REDIS_PORT="${MEDSTREAM_REDIS_PORT:-6379}"
PROMETHEUS_PORT="${MEDSTREAM_PROMETHEUS_PORT:-9090}"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME PORT PIDFILE LOGFILE: waits until the port answers, fails clearly on timeout
# or when the process died.
wait_for() {
  local name=$1 port=$2 pidfile=$3 logfile=$4 waited=0
  until port_open "$port"; do
    if [[ -f $pidfile ]] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      tail -n 20 "$logfile" >&2 || true
      die "$name exited during start-up; see $logfile"
    fi
    if (( waited >= START_TIMEOUT * 10 )); then
      tail -n 20 "$logfile" >&2 || true
      die "$name did not answer on 127.0.0.1:$port within ${START_TIMEOUT}s; see $logfile"
    fi
    sleep 0.1; waited=$((waited + 1))
  done
}

apt_install() {
  command -v apt-get >/dev/null || die "apt-get not found: install $* by hand"
  local sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  if [[ ! -f "$CACHE_DIR/.apt-updated" ]] || [[ -n $(find "$CACHE_DIR/.apt-updated" -mmin +1440) ]]; then
    $sudo apt-get update -qq >/dev/null
    mkdir -p "$CACHE_DIR"; touch "$CACHE_DIR/.apt-updated"
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

stop_pidfile() {
  local name=$1 pidfile=$2 pid
  [[ -f $pidfile ]] || { log "$name: not running"; return 0; }
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && { log "$name: still running after 30s, killing"; kill -9 "$pid"; }
    log "$name: stopped"
  fi
  rm -f "$pidfile"
}

# ---------------------------------------------------------------- Kafka
kafka_install() {
  if [[ -f "$KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar" ]]; then return 0; fi
  command -v java >/dev/null || apt_install openjdk-17-jre-headless
  command -v mvn >/dev/null || apt_install maven
  log "kafka: resolving Kafka $KAFKA_VERSION from Maven Central into $KAFKA_LIBS"
  mkdir -p "$KAFKA_LIBS.tmp"
  mvn -q -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS.tmp" >&2
  rm -rf "$KAFKA_LIBS"; mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
}

kafka_java() {
  java -Xms128m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:TieredStopAtLevel=1 -Xshare:auto \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" "$@"
}

kafka_start() {
  if port_open "$KAFKA_PORT"; then log "kafka: already answering on 127.0.0.1:$KAFKA_PORT"; return 0; fi
  kafka_install
  local dir="$STATE_DIR/kafka" config
  config="$dir/server.properties"
  mkdir -p "$dir/data" "$LOG_DIR" "$RUN_DIR"
  sed -e "s:@KAFKA_PORT@:$KAFKA_PORT:g" -e "s:@CONTROLLER_PORT@:$KAFKA_CONTROLLER_PORT:g" \
      -e "s:@DATA_DIR@:$dir/data:g" "$HERE/kafka/server.properties.template" > "$config"
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    log "kafka: formatting storage in $dir/data"
    kafka_java kafka.tools.StorageTool format --ignore-formatted \
      --cluster-id "$(kafka_java kafka.tools.StorageTool random-uuid)" --config "$config" \
      >> "$LOG_DIR/kafka.log" 2>&1 || die "kafka: storage format failed; see $LOG_DIR/kafka.log"
  fi
  log "kafka: starting on 127.0.0.1:$KAFKA_PORT"
  # Two malloc arenas, not glibc's one per thread: the broker's ~100 threads otherwise
  # leave 64 MB arenas resident beside the heap (~250 MB of RSS under the soak load).
  MALLOC_ARENA_MAX=2 nohup java -Xms128m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -Djava.awt.headless=true -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$config" >> "$LOG_DIR/kafka.log" 2>&1 &
  echo $! > "$RUN_DIR/kafka.pid"
  wait_for kafka "$KAFKA_PORT" "$RUN_DIR/kafka.pid" "$LOG_DIR/kafka.log"
}

kafka_stop() { stop_pidfile kafka "$RUN_DIR/kafka.pid"; }

# ---------------------------------------------------------------- Kafka, three nodes
# Each node's pid is in $RUN_DIR/kafka-cluster-N.pid. `start` is idempotent per node, so after
# a kill -9 of one node it starts just that one again (what the fault scenarios do).
kafka_cluster_install() { kafka_install; }

kafka_cluster_start() {
  local dir="$STATE_DIR/kafka-cluster" voters="" id cluster_id pids=() failed=0
  mkdir -p "$dir" "$LOG_DIR" "$RUN_DIR"
  for id in $(seq 1 $KAFKA_CLUSTER_NODES); do
    voters+="${voters:+,}$id@127.0.0.1:$((KAFKA_CLUSTER_PORT + 99 + id))"
  done
  [[ -f "$dir/cluster-id" ]] ||
    kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1 > "$dir/cluster-id"
  cluster_id=$(cat "$dir/cluster-id")
  for id in $(seq 1 $KAFKA_CLUSTER_NODES); do
    kafka_node_start "$id" "$voters" "$cluster_id" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  (( failed == 0 )) || die "kafka-cluster: some nodes did not start"
}

kafka_node_start() {
  local id=$1 voters=$2 cluster_id=$3 dir="$STATE_DIR/kafka-cluster/node-$1" config
  local port=$((KAFKA_CLUSTER_PORT + id - 1)) controller=$((KAFKA_CLUSTER_PORT + 99 + id))
  local log_file="$LOG_DIR/kafka-cluster-$id.log"
  if port_open "$port"; then log "kafka-cluster: node $id already answering on $port"; return 0; fi
  config="$dir/server.properties"
  mkdir -p "$dir/data"
  sed -e "s:@NODE_ID@:$id:g" -e "s|@VOTERS@|$voters|g" -e "s:@KAFKA_PORT@:$port:g" \
      -e "s:@CONTROLLER_PORT@:$controller:g" -e "s:@DATA_DIR@:$dir/data:g" \
      "$HERE/kafka/server-cluster.properties.template" > "$config"
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    kafka_java kafka.tools.StorageTool format --ignore-formatted --cluster-id "$cluster_id" \
      --config "$config" >> "$log_file" 2>&1 || die "kafka-cluster: node $id format failed"
  fi
  log "kafka-cluster: starting node $id on 127.0.0.1:$port"
  nohup java -Xms128m -Xmx"$KAFKA_CLUSTER_HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:TieredStopAtLevel=1 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$HERE/kafka/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$config" >> "$log_file" 2>&1 &
  echo $! > "$RUN_DIR/kafka-cluster-$id.pid"
  wait_for "kafka-cluster node $id" "$port" "$RUN_DIR/kafka-cluster-$id.pid" "$log_file"
}

kafka_cluster_stop() {
  # All at once: stopped one by one, the last node waits for a controller quorum that is gone.
  local id pids=()
  for id in $(seq 1 $KAFKA_CLUSTER_NODES); do
    stop_pidfile "kafka-cluster node $id" "$RUN_DIR/kafka-cluster-$id.pid" & pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
}

# ---------------------------------------------------------------- MongoDB wire protocol
mongo_install() {
  command -v mongod >/dev/null && return 0
  [[ -x $FERRETDB_BIN ]] && return 0
  command -v go >/dev/null || apt_install golang-go
  log "mongo: no mongod on PATH; building FerretDB $FERRETDB_VERSION (SQLite backend) with Go"
  local src="$CACHE_DIR/src/ferretdb-$FERRETDB_VERSION" moddir
  # `go install …@v1.24.2` is the usual way, but a module-cache build lacks the
  # build/version/version.txt that FerretDB's release process writes, so build a copy.
  moddir=$(cd "$CACHE_DIR" && GOFLAGS=-mod=mod go mod download -json \
    "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
  [[ -d $moddir ]] || die "mongo: could not download FerretDB $FERRETDB_VERSION from the Go module proxy"
  rm -rf "$src"; mkdir -p "$(dirname "$src")" "$(dirname "$FERRETDB_BIN")"
  cp -r "$moddir" "$src"; chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" > "$src/build/version/version.txt"
  # FerretDB v1's SQLite backend looks documents up by `_sjson->'$._id'` while the unique
  # `_id` index it creates is on `_sjson->"_id"`: SQLite only uses an expression index for
  # the identical expression, so every lookup, update and delete by _id scanned the whole
  # table (upstream: FerretDB/FerretDB#3235, #4646; v1 gets no more fixes). Same JSON value,
  # indexed spelling:
  sed -i "s|IDColumn = DefaultColumn + \"->'\$._id'\"|IDColumn = DefaultColumn + \`->\"_id\"\`|" \
    "$src/internal/backends/sqlite/metadata/metadata.go"
  grep -q 'IDColumn = DefaultColumn + `->"_id"`' "$src/internal/backends/sqlite/metadata/metadata.go" \
    || die "mongo: the FerretDB _id index patch no longer applies to $FERRETDB_VERSION"
  (cd "$src" && go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb) >&2
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
}

mongo_start() {
  if port_open "$MONGO_PORT"; then log "mongo: already answering on 127.0.0.1:$MONGO_PORT"; return 0; fi
  mongo_install
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  if command -v mongod >/dev/null; then
    mkdir -p "$STATE_DIR/mongod"
    log "mongo: starting mongod on 127.0.0.1:$MONGO_PORT"
    nohup mongod --dbpath "$STATE_DIR/mongod" --bind_ip 127.0.0.1 --port "$MONGO_PORT" \
      >> "$LOG_DIR/mongo.log" 2>&1 &
  else
    mkdir -p "$STATE_DIR/ferretdb/data"
    log "mongo: starting FerretDB $FERRETDB_VERSION (SQLite) on 127.0.0.1:$MONGO_PORT"
    nohup "$FERRETDB_BIN" --handler=sqlite --sqlite-url="file:$STATE_DIR/ferretdb/data/" \
      --state-dir="$STATE_DIR/ferretdb" --listen-addr="127.0.0.1:$MONGO_PORT" \
      --debug-addr=- --telemetry=disable --log-level=warn \
      >> "$LOG_DIR/mongo.log" 2>&1 &
  fi
  echo $! > "$RUN_DIR/mongo.pid"
  wait_for mongo "$MONGO_PORT" "$RUN_DIR/mongo.pid" "$LOG_DIR/mongo.log"
}

mongo_stop() { stop_pidfile mongo "$RUN_DIR/mongo.pid"; }

# ---------------------------------------------------------------- Redis
redis_install() { command -v redis-server >/dev/null || apt_install redis-server; }

redis_start() {
  if port_open "$REDIS_PORT"; then log "redis: already answering on 127.0.0.1:$REDIS_PORT"; return 0; fi
  redis_install
  mkdir -p "$STATE_DIR/redis" "$LOG_DIR" "$RUN_DIR"
  log "redis: starting on 127.0.0.1:$REDIS_PORT"
  nohup redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$STATE_DIR/redis" \
    --save "" --appendonly no --daemonize no --logfile "" \
    >> "$LOG_DIR/redis.log" 2>&1 &
  echo $! > "$RUN_DIR/redis.pid"
  wait_for redis "$REDIS_PORT" "$RUN_DIR/redis.pid" "$LOG_DIR/redis.log"
}

redis_stop() { stop_pidfile redis "$RUN_DIR/redis.pid"; }

# ---------------------------------------------------------------- Prometheus
prometheus_install() { command -v prometheus >/dev/null || apt_install prometheus; }

prometheus_start() {
  if port_open "$PROMETHEUS_PORT"; then log "prometheus: already answering on 127.0.0.1:$PROMETHEUS_PORT"; return 0; fi
  prometheus_install
  mkdir -p "$STATE_DIR/prometheus" "$LOG_DIR" "$RUN_DIR"
  log "prometheus: starting on 127.0.0.1:$PROMETHEUS_PORT"
  nohup prometheus --config.file="$REPO/deploy/prometheus/prometheus.local.yml" \
    --storage.tsdb.path="$STATE_DIR/prometheus" --web.listen-address="127.0.0.1:$PROMETHEUS_PORT" \
    >> "$LOG_DIR/prometheus.log" 2>&1 &
  echo $! > "$RUN_DIR/prometheus.pid"
  wait_for prometheus "$PROMETHEUS_PORT" "$RUN_DIR/prometheus.pid" "$LOG_DIR/prometheus.log"
}

prometheus_stop() { stop_pidfile prometheus "$RUN_DIR/prometheus.pid"; }

# ---------------------------------------------------------------- R (reference checks)
# R's `surveillance` package, the reference the EARS methods are checked against
# (tests/surveillance); nothing to start. --no-install-recommends: 57 MB instead of 640 MB.
rstats_install() {
  if command -v Rscript >/dev/null && Rscript -e 'library(surveillance)' >/dev/null 2>&1; then
    return 0
  fi
  log "rstats: installing r-cran-surveillance with apt"
  apt_install r-cran-surveillance
}
rstats_start() { :; }
rstats_stop() { :; }

status_of() {
  local name=$1 port=$2
  if port_open "$port"; then echo "$name: up on 127.0.0.1:$port"; else echo "$name: down"; fi
}

main() {
  local action=${1:-}; shift || true
  local components=("$@")
  [[ ${#components[@]} -gt 0 ]] || components=(kafka mongo redis)
  local c
  for c in "${components[@]}"; do
    [[ $c =~ ^(kafka|kafka-cluster|mongo|redis|prometheus|rstats)$ ]] || die "unknown component: $c"
  done
  components=("${components[@]//-/_}")
  case $action in
    install) for c in "${components[@]}"; do "${c}_install"; done ;;
    start)
      # Installs run one after another (they share apt and the CPU); starts overlap.
      for c in "${components[@]}"; do "${c}_install"; done
      local pids=() failed=0
      for c in "${components[@]}"; do "${c}_start" & pids+=($!); done
      for p in "${pids[@]}"; do wait "$p" || failed=1; done
      (( failed == 0 )) || die "some components did not start"
      log "up: ${components[*]} (logs in $LOG_DIR)" ;;
    stop)
      local order=()
      for (( i=${#components[@]}-1; i>=0; i-- )); do order+=("${components[i]}"); done
      for c in "${order[@]}"; do "${c}_stop"; done ;;
    status)
      status_of kafka "$KAFKA_PORT"; status_of mongo "$MONGO_PORT"
      status_of redis "$REDIS_PORT"; status_of prometheus "$PROMETHEUS_PORT" ;;
    *) die "usage: $0 install|start|stop|status [kafka|mongo|redis|prometheus ...]" ;;
  esac
}

main "$@"
