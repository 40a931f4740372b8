#!/usr/bin/env bash
# Shared by src/bench/*.sh (sourced): timing with /usr/bin/time and the real-content test repositories.

# measure CMD...: runs CMD once to warm up (unless NO_WARMUP=1), then RUNS times; prints
# "median-wall-s median-cpu-s peak-rss-MiB load" (CPU = user + system; RSS = the largest of the runs;
# load = the 1-minute load average when the row started). Output of CMD goes to $WORK/last.out.
measure() {
  local load walls=() cpus=() rss=0 line w u s m
  load=$(cut -d' ' -f1 /proc/loadavg)
  [ "${NO_WARMUP:-0}" = 1 ] || "$@" >"$WORK/last.out" 2>&1 || true
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/time.out" -f '%e %U %S %M' "$@" >"$WORK/last.out" 2>&1 || true
    line=$(tail -1 "$WORK/time.out")
    read -r w u s m <<<"$line"
    walls+=("$w")
    cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')")
    [ "$m" -gt "$rss" ] && rss=$m
  done
  echo "$(median "${walls[@]}") $(median "${cpus[@]}") $((rss / 1024)) $load"
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# as_git_repo DIR: makes DIR one git commit with every file added (ignored ones too), as the corpus
# harness does, so tracked-file checks see what a clone would.
as_git_repo() {
  (cd "$1" && git init -q && git add -A -f && git -c user.email=bench@readiness.invalid -c user.name=bench commit -qm snapshot)
}

# corpus_repo SLUG DEST: one corpus snapshot copied to DEST as a git repository.
corpus_repo() {
  rm -rf "$2"
  mkdir -p "$2"
  cp -a "$CORPUS/$1/." "$2/"
  as_git_repo "$2"
}

# corpus_monorepo DEST N: a monorepo of exactly N real files: the corpus snapshots (every file, in
# path order) copied as copy1/<slug>/..., copy2/<slug>/..., until N files; the last copy is cut at N.
corpus_monorepo() {
  local dest=$1 n=$2 list total count=0 k=0 need
  rm -rf "$dest"
  mkdir -p "$dest"
  list=$(mktemp)
  (cd "$CORPUS" && find . -mindepth 2 -type f | sed 's|^\./||' | LC_ALL=C sort) >"$list"
  total=$(wc -l <"$list")
  while [ "$count" -lt "$n" ]; do
    k=$((k + 1))
    need=$((n - count))
    [ "$need" -gt "$total" ] && need=$total
    mkdir -p "$dest/copy$k"
    head -n "$need" "$list" | tar -C "$CORPUS" -cf - -T - | tar -C "$dest/copy$k" -xf -
    count=$((count + need))
  done
  rm -f "$list"
  as_git_repo "$dest"
}

corpus_slugs() {
  (cd "$CORPUS" && for d in */; do echo "${d%/}"; done)
}

machine_line() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm), $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u '+%Y-%m-%d %H:%M UTC')"
}
