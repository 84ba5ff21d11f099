#!/usr/bin/env bash
# Starts and stops the five medstream services in the background for `make run`.
# usage: deploy/local/services.sh start|stop|status
# Logs go to $MEDSTREAM_STATE_DIR/logs/<service>.log, pids to $MEDSTREAM_STATE_DIR/run/.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STATE_DIR="${MEDSTREAM_STATE_DIR:-$REPO/.state}"
LOG_DIR="$STATE_DIR/logs"
RUN_DIR="$STATE_DIR/run"
SERVICES=(gateway router analytics reports surveillance)
GATEWAY_URL="http://127.0.0.1:${MEDSTREAM_GATEWAY_PORT:-8000}"
READY_TIMEOUT="${MEDSTREAM_READY_TIMEOUT:-90}"

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] error: %s\n' "$*" >&2; exit 1; }

port_of() {
  case $1 in gateway) echo "${MEDSTREAM_GATEWAY_PORT:-8000}" ;; router) echo 8001 ;;
             analytics) echo 8002 ;; reports) echo 8003 ;; surveillance) echo 8004 ;; esac
}

running() { [[ -f "$RUN_DIR/$1.pid" ]] && kill -0 "$(cat "$RUN_DIR/$1.pid")" 2>/dev/null; }

start() {
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  for service in "${SERVICES[@]}"; do
    if running "$service"; then log "$service: already running"; continue; fi
    log "$service: starting on 127.0.0.1:$(port_of "$service")"
    MEDSTREAM_HTTP_PORT="$(port_of "$service")" \
      nohup "$REPO/.venv/bin/python" -m "medstream_$service" >> "$LOG_DIR/$service.log" 2>&1 &
    echo $! > "$RUN_DIR/$service.pid"
  done
  local waited=0
  until curl -fsS "$GATEWAY_URL/health/ready" >/dev/null 2>&1; do
    for service in "${SERVICES[@]}"; do
      running "$service" || { tail -n 20 "$LOG_DIR/$service.log" >&2; die "$service exited; see $LOG_DIR/$service.log"; }
    done
    (( waited++ >= READY_TIMEOUT * 2 )) && die "gateway not ready after ${READY_TIMEOUT}s; see $LOG_DIR"
    sleep 0.5
  done
  for service in router analytics reports surveillance; do
    until curl -fsS "http://127.0.0.1:$(port_of "$service")/health/ready" >/dev/null 2>&1; do
      (( waited++ >= READY_TIMEOUT * 2 )) && die "$service not ready after ${READY_TIMEOUT}s; see $LOG_DIR/$service.log"
      sleep 0.5
    done
  done
}

stop() {
  for service in "${SERVICES[@]}"; do
    local pidfile="$RUN_DIR/$service.pid"
    [[ -f $pidfile ]] || continue
    local pid; pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid"
      for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      log "$service: stopped"
    fi
    rm -f "$pidfile"
  done
}

status() {
  for service in "${SERVICES[@]}"; do
    if running "$service"; then echo "$service: running (pid $(cat "$RUN_DIR/$service.pid"))"; else echo "$service: stopped"; fi
  done
}

case ${1:-} in
  start) start ;; stop) stop ;; status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
