#!/usr/bin/env bash
# A throw-away Docker Engine API for tests: podman serving the Docker-compatible API on a unix
# socket, every bit of state in one directory, containers from a local busybox rootfs (no registry).
#
#   docker-engine.sh start [DIR]        create DIR (or a temp dir), start the service, import the image;
#                                       prints DIR on the last line of stdout
#   docker-engine.sh env DIR            prints DOCKER_HOST=... for the engine in DIR
#   docker-engine.sh podman DIR ARGS..  runs podman against the engine in DIR
#   docker-engine.sh stop DIR           removes containers, image, the service and DIR
#
# Needs: podman runc busybox-static (Debian/Ubuntu packages of those names).
set -euo pipefail

IMAGE="localhost/readiness-busybox:test"

die() { echo "docker-engine.sh: $*" >&2; exit 1; }

engine_env() {
  local dir=$1
  export CONTAINERS_CONF="$dir/containers.conf"
  export CONTAINERS_STORAGE_CONF="$dir/storage.conf"
  export CONTAINERS_REGISTRIES_CONF="$dir/registries.conf"
}

pod() {
  local dir=$1; shift
  ( engine_env "$dir"; exec podman "$@" )
}

write_config() {
  local dir=$1
  mkdir -p "$dir/root" "$dir/run" "$dir/tmp" "$dir/networks" "$dir/volumes"
  # Hard limits of this host are below podman's defaults, so ulimits are set explicitly (not -1).
  cat >"$dir/containers.conf" <<CONF
[containers]
netns = "none"
default_ulimits = ["nofile=4096:4096", "nproc=4096:4096"]
log_driver = "k8s-file"

[network]
network_config_dir = "$dir/networks"

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$dir/events.log"
tmp_dir = "$dir/tmp"
static_dir = "$dir/root/libpod"
volume_path = "$dir/volumes"
CONF
  cat >"$dir/storage.conf" <<CONF
[storage]
driver = "overlay"
graphroot = "$dir/root"
runroot = "$dir/run"
CONF
  printf 'unqualified-search-registries = []\n' >"$dir/registries.conf"
}

build_image() {
  local dir=$1 rootfs="$dir/rootfs"
  local busybox="" candidate
  # The image has no libc: only a statically linked busybox runs in it.
  for candidate in /bin/busybox /usr/bin/busybox "$(command -v busybox || true)"; do
    [ -x "$candidate" ] || continue
    if ! ldd "$candidate" >/dev/null 2>&1; then busybox=$candidate; break; fi
  done
  [ -n "$busybox" ] || die "no statically linked busybox found (install busybox-static)"
  mkdir -p "$rootfs/bin" "$rootfs/etc" "$rootfs/tmp" "$rootfs/var/run" "$rootfs/proc" "$rootfs/sys" "$rootfs/dev"
  cp "$busybox" "$rootfs/bin/busybox"
  for tool in sh sleep cat echo true false ls id wget nc ps kill env test; do
    ln -sf busybox "$rootfs/bin/$tool"
  done
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$rootfs/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$rootfs/etc/group"
  tar -C "$rootfs" -cf "$dir/rootfs.tar" .
  pod "$dir" import -q --change 'CMD ["/bin/sh"]' "$dir/rootfs.tar" "$IMAGE" >/dev/null
  rm -rf "$rootfs" "$dir/rootfs.tar"
}

answers() {
  local sock=$1
  if command -v curl >/dev/null; then
    curl -fsS --max-time 1 --unix-socket "$sock" http://d/_ping >/dev/null 2>&1
  else
    [ -S "$sock" ] && timeout 5 podman --remote --url "unix://$sock" version >/dev/null 2>&1
  fi
}

wait_ready() {
  local sock=$1
  for _ in $(seq 1 300); do
    answers "$sock" && return 0
    sleep 0.1
  done
  return 1
}

start() {
  command -v podman >/dev/null || die "podman not installed (apt-get install podman runc busybox-static)"
  command -v runc >/dev/null || die "runc not installed (apt-get install runc)"
  local dir=${1:-}
  if [ -z "$dir" ]; then dir=$(mktemp -d "${TMPDIR:-/tmp}/readiness-engine.XXXXXX"); fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  write_config "$dir"
  local sock="$dir/podman.sock"
  ( engine_env "$dir"; exec setsid podman system service --time=0 "unix://$sock" ) >"$dir/service.log" 2>&1 &
  echo $! >"$dir/service.pid"
  wait_ready "$sock" || { cat "$dir/service.log" >&2; stop "$dir"; die "the podman service did not answer on $sock"; }
  build_image "$dir"
  echo "$dir"
}

stop() {
  local dir=${1:?usage: docker-engine.sh stop DIR}
  [ -d "$dir" ] || return 0
  if [ -f "$dir/containers.conf" ]; then
    local ids
    ids=$(pod "$dir" ps -aq 2>/dev/null || true)
    # busybox sleep as PID 1 ignores SIGTERM: no grace period.
    [ -z "$ids" ] || pod "$dir" rm -f -t 0 $ids >/dev/null 2>&1 || true
    pod "$dir" volume prune -f >/dev/null 2>&1 || true
    pod "$dir" rmi -f "$IMAGE" >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/service.pid" ]; then
    local pid
    pid=$(cat "$dir/service.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  # Whatever overlay/shm mounts remain under the dir, innermost first.
  local m
  for m in $( { grep -o " $dir/[^ ]*" /proc/mounts 2>/dev/null || true; } | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "${1:-}" ;;
  stop) shift; stop "${1:-}" ;;
  env) shift; echo "DOCKER_HOST=unix://${1:?usage: docker-engine.sh env DIR}/podman.sock" ;;
  podman) shift; d=${1:?usage: docker-engine.sh podman DIR ARGS...}; shift; pod "$d" "$@" ;;
  *) echo "usage: docker-engine.sh start [DIR] | env DIR | podman DIR ARGS... | stop DIR" >&2; exit 2 ;;
esac
