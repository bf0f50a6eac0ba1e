#!/usr/bin/env bash
# npm run test:compose: the whole stack from docker-compose.yml, started as an operator would, then
# a smoke scenario through the API from outside the containers (test/compose/compose-smoke.ts).
# Installs docker.io and docker-compose when missing, starts dockerd when it is not running (and
# stops it again), builds local stand-ins for the base images (no image registry needed), and
# always ends with `docker-compose down -v`.
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { echo "[test:compose] $*"; }
started=$(date +%s)

if ! command -v dockerd >/dev/null || ! command -v docker-compose >/dev/null || ! command -v debootstrap >/dev/null; then
  log "installing docker.io, docker-compose and debootstrap"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io docker-compose debootstrap >/dev/null
fi

dockerd_pid=""
if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  # A dockerd that was killed leaves its pid file behind, and a new one refuses to start over it.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then rm -f /var/run/docker.pid; fi
  dockerd >/var/log/dockerd-test-compose.log 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { log "dockerd did not start"; tail -20 /var/log/dockerd-test-compose.log; exit 1; }
fi

standins=deploy/compose/standin/build-standin-images.sh
eval "$(bash "$standins" node | sed 's/^/export /')"
# The database images build while the application image does.
bash "$standins" postgres redis >/dev/null &
databases_pid=$!
log "base images: $NODE_IMAGE, $POSTGRES_IMAGE, $REDIS_IMAGE ($(( $(date +%s) - started )) s)"

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
export COMPOSE_PROJECT_NAME="gps-compose-test-$$"
export COMPOSE_FILE=docker-compose.yml
export COMPOSE_API_PORT="$(free_port)" COMPOSE_SIM_PORT="$(free_port)"
export JWT_SECRET="compose-test-secret-$(node -e "console.log(require('crypto').randomBytes(16).toString('hex'))")"
export GAME_PLATFORM_INTEGRATION_ENABLED=true TEAM_SYNC_DEBOUNCE_MS=200 LOG_LEVEL=info
# The run never reads a developer's ./.env: every value it passes is set here.
empty_env="$(mktemp)"
ENV_FILE=(--env-file "$empty_env")

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then docker-compose "${ENV_FILE[@]}" logs --no-color --tail 60 || true; fi
  docker-compose "${ENV_FILE[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
  rm -f "$empty_env"
  if [ -n "$dockerd_pid" ]; then kill "$dockerd_pid" 2>/dev/null || true; wait "$dockerd_pid" 2>/dev/null || true; fi
  log "done in $(( $(date +%s) - started )) s (exit $status)"
}
trap cleanup EXIT

log "building the application image"
build_log="$(mktemp)"
docker-compose "${ENV_FILE[@]}" build --force-rm >"$build_log" 2>&1 || { tail -40 "$build_log"; exit 1; }
rm -f "$build_log"
wait "$databases_pid" || { log "building the postgres and redis stand-ins failed"; exit 1; }
log "docker-compose up -d ($(( $(date +%s) - started )) s)"
docker-compose "${ENV_FILE[@]}" up -d --quiet-pull

health() { docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$(docker-compose "${ENV_FILE[@]}" ps -q "$1")"; }
for _ in $(seq 1 120); do
  states="$(for s in postgres redis game-platform-sim api worker; do echo -n "$s=$(health "$s") "; done)"
  [[ "$states" != *starting* && "$states" != *created* ]] && break
  sleep 2
done
log "health: $states"
[[ "$states" != *unhealthy* && "$states" != *exited* && "$states" != *starting* ]] || { log "the stack did not become healthy"; exit 1; }
migrate_exit="$(docker inspect -f '{{.State.ExitCode}}' "$(docker-compose "${ENV_FILE[@]}" ps -q migrate)")"
[ "$migrate_exit" = 0 ] || { log "migrate exited with $migrate_exit"; exit 1; }
log "stack healthy, migrations applied ($(( $(date +%s) - started )) s)"

SMOKE_API_URL="http://127.0.0.1:$COMPOSE_API_PORT" SMOKE_SIM_URL="http://127.0.0.1:$COMPOSE_SIM_PORT" \
  COMPOSE_ENV_FILE="$empty_env" node -r @swc-node/register test/compose/compose-smoke.ts
