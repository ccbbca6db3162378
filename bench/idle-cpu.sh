#!/usr/bin/env bash
# Measure the CPU time './nape serve' uses while idle: start it, let it settle, then read its
# user+system CPU time from /proc before and after a quiet period. Linux only.
# Usage: bench/idle-cpu.sh [SECONDS]   (default 300)
set -euo pipefail
seconds="${1:-300}"
root="$(cd "$(dirname "$0")/.." && pwd)"
home="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
"$root/nape" routines >/dev/null   # build once, outside the measurement
export NAPE_NO_BUILD=1
# Quiet settings: no event falls inside the measured period.
NAPE_HOME="$home" "$root/nape" settings set quietDays "$(date +%F),$(date -d tomorrow +%F)" >/dev/null
mkfifo "$home/input"                # standard input that stays open and silent
NAPE_HOME="$home" "$root/nape" serve --port 0 <"$home/input" >/dev/null 2>&1 &
pid=$!                              # the launcher execs java, so this is the JVM
exec 3>"$home/input"
ticks="$(getconf CLK_TCK)"
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
sleep 30                            # start-up is not idle time
before="$(cpu)"
sleep "$seconds"
after="$(cpu)"
awk -v b="$before" -v a="$after" -v t="$ticks" -v s="$seconds" \
  'BEGIN { printf "idle for %d s: %.2f s of CPU time (%d ticks)\n", s, (a - b) / t, a - b }'
