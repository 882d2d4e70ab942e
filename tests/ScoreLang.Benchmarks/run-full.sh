#!/usr/bin/env bash
# The full benchmark run of issue 5, and docs/performance.md regenerated from its results.
# Takes about half an hour on 2 cores and needs about 8 GB of memory: run it once, on a quiet machine
# (check `uptime`), never from CI (CI runs the short mode: ScoreLang.Benchmarks --smoke, through test.sh).
# Usage, from anywhere: tests/ScoreLang.Benchmarks/run-full.sh [extra BenchmarkDotNet arguments]
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build tests/ScoreLang.Benchmarks -c Release -nologo -clp:ErrorsOnly
dll=tests/ScoreLang.Benchmarks/bin/Release/net10.0/ScoreLang.Benchmarks.dll
artifacts=tests/ScoreLang.Benchmarks/BenchmarkDotNet.Artifacts
rm -rf "$artifacts"
mkdir -p "$artifacts"
{
  echo "started $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit $(git rev-parse --short HEAD)"
  echo "load-before $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$artifacts/environment.txt"

# Compile latency of a fresh process, three times.
for _ in 1 2 3; do dotnet "$dll" --cold-compile >> "$artifacts/cold-compile.txt"; done

# The headline figure first, in its own process: 1M contacts, 20M events, time and memory.
dotnet "$dll" --figure 20M "$artifacts/figure.json"

# Every suite; validation runs before anything is timed and aborts on a mismatch.
SCORELANG_BENCH_ARTIFACTS="$artifacts" dotnet "$dll" --filter '*' "$@" 2>&1 | tee "$artifacts/benchmarks.log"

{
  echo "load-after $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "finished $(date -u '+%Y-%m-%d %H:%M UTC')"
} >> "$artifacts/environment.txt"
dotnet "$dll" --report "$artifacts" docs/performance.md tests/ScoreLang.Benchmarks/performance-notes.md
