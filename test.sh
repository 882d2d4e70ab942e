#!/usr/bin/env bash
# Runs every test suite of ScoreLang and ends with one line "N passed, N failed, N skipped".
# Used as-is by CI (.ci/run). Installs what it needs (npm packages, Debian's postgresql) itself.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
passed=0 failed=0 skipped=0 broken=0
log_dir=$(mktemp -d)

add_counts() { passed=$((passed + $1)); failed=$((failed + $2)); skipped=$((skipped + $3)); }

# The report test renders HTML in Debian's headless Chromium (tests/ScoreLang.Reports.Tests). In CI it is installed
# here when missing; without it that test fails in CI (and is skipped elsewhere).
# ScottPlot draws the report's chart text with DejaVu Sans (fonts-dejavu-core).
if [ "${CI:-}" = "true" ] && { ! command -v chromium >/dev/null 2>&1 || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; }; then
  echo "installing chromium and fonts for the report tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core; } >"$log_dir/apt.log" 2>&1 \
    || { tail -20 "$log_dir/apt.log" >&2; echo "could not install chromium" >&2; }
fi

# The Neovim configuration of docs/editors.md is tested headless with Debian's neovim (editors/neovim/test); in CI it
# is installed here when missing (elsewhere that test is skipped without it).
if [ "${CI:-}" = "true" ] && ! command -v nvim >/dev/null 2>&1; then
  echo "installing neovim for the editor configuration test" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq neovim; } >"$log_dir/apt-neovim.log" 2>&1 \
    || { tail -20 "$log_dir/apt-neovim.log" >&2; echo "could not install neovim" >&2; }
fi

# A PostgreSQL server on loopback for the SQL back end's tests (SCORELANG_POSTGRES); see .ci/postgres.sh.
source .ci/postgres.sh
trap postgres_cleanup EXIT
postgres_setup "$log_dir/postgres.log"

# .NET suites: build once, then every test project; counts come from the TRX files.
build_ok=false
if ! dotnet build ScoreLang.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "build failed" >&2
  broken=1
else
  build_ok=true
  rm -rf "$log_dir/trx"
  dotnet test ScoreLang.sln -c Release --no-build -nologo \
    --logger "trx" --results-directory "$log_dir/trx"
  test_rc=$?
  failed_before=$failed
  for trx in "$log_dir"/trx/*.trx; do
    [ -f "$trx" ] || continue
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    p=$(get passed); f=$(get failed); e=$(get error); t=$(get total); x=$(get executed)
    p=${p:-0}; f=${f:-0}; e=${e:-0}; t=${t:-0}; x=${x:-0}
    add_counts "$p" $((f + e)) $((t - x))
  done
  ls "$log_dir"/trx/*.trx >/dev/null 2>&1 || { echo "no test results were produced" >&2; broken=1; }
  # A crashed test host leaves no failed test in the results, only a non-zero exit code.
  if [ "$test_rc" -ne 0 ] && [ "$failed" -eq "$failed_before" ]; then echo "dotnet test failed (exit $test_rc)" >&2; broken=1; fi
fi

# Node suites (TextMate grammar, VS Code extension): each prints TAP-like "# pass N" / "# fail N" lines.
for dir in grammar editors/vscode; do
  [ -f "$dir/package.json" ] || continue
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >"$log_dir/npm-ci.log" 2>&1); then
    cat "$log_dir/npm-ci.log" >&2; echo "npm ci failed in $dir" >&2; broken=1; continue
  fi
  out="$log_dir/$(echo "$dir" | tr / _).log"
  # SCORELANG_E2E_REQUIRED: the end-to-end test of the extension fails (not skips) without the Release build above.
  (cd "$dir" && SCORELANG_E2E_REQUIRED=1 npm test 2>&1) | tee "$out"
  npm_rc=${PIPESTATUS[0]}
  p=$(awk '/^# pass [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); p=${p:-0}
  # Tests cancelled by a failed setup step count as failed.
  f=$(awk '/^# (fail|cancelled) [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); f=${f:-0}
  s=$(awk '/^# (skipped|todo) [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); s=${s:-0}
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then echo "no test counts found for $dir" >&2; broken=1; fi
  if [ "$npm_rc" -ne 0 ] && [ "$f" = 0 ]; then echo "npm test failed in $dir (exit $npm_rc)" >&2; broken=1; fi
  add_counts "$p" "$f" "$s"
done

# Neovim (docs/editors.md's configuration, headless, against the Release build): "# pass N" / "# fail N" too.
out="$log_dir/neovim.log"
if [ "${CI:-}" = "true" ] && ! command -v nvim >/dev/null 2>&1; then
  echo "nvim is missing in CI" >&2; broken=1
else
  bash editors/neovim/test/run.sh 2>&1 | tee "$out"
  nvim_rc=${PIPESTATUS[0]}
  p=$(awk '/^# pass [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); p=${p:-0}
  f=$(awk '/^# fail [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); f=${f:-0}
  s=$(awk '/^# skipped [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); s=${s:-0}
  if [ "$nvim_rc" -ne 0 ] && [ "$f" = 0 ]; then echo "the Neovim test failed (exit $nvim_rc)" >&2; broken=1; fi
  add_counts "$p" "$f" "$s"
fi

# Benchmarks (issue 5): the short smoke mode validates every contender on a tiny data set and runs each benchmark
# once; like the node suites it prints "# pass N" / "# fail N". The full run is tests/ScoreLang.Benchmarks/run-full.sh.
bench_dll=tests/ScoreLang.Benchmarks/bin/Release/net10.0/ScoreLang.Benchmarks.dll
if [ -f "$bench_dll" ]; then
  out="$log_dir/benchmarks.log"
  dotnet "$bench_dll" --smoke 2>&1 | tee "$out"
  bench_rc=${PIPESTATUS[0]}
  p=$(awk '/^# pass [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); p=${p:-0}
  f=$(awk '/^# fail [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); f=${f:-0}
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then echo "no test counts found for the benchmark smoke run" >&2; broken=1; fi
  s=$(awk '/^# skipped [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); s=${s:-0}
  if [ "$bench_rc" -ne 0 ] && [ "$f" = 0 ]; then echo "benchmark smoke run failed (exit $bench_rc)" >&2; broken=1; fi
  add_counts "$p" "$f" "$s"
elif [ "$broken" -eq 0 ]; then
  echo "$bench_dll was not built" >&2; broken=1
fi

# Packages (issue 7): packs the Release build above into a temporary feed with a unique version, installs the
# scorelang tool from it and builds and runs samples/dotnet-consumer against the packages; "# pass N" / "# fail N".
if [ "$build_ok" = true ]; then
  out="$log_dir/pack-and-consume.log"
  bash .ci/pack-and-consume.sh --no-build 2>&1 | tee "$out"
  pack_rc=${PIPESTATUS[0]}
  p=$(awk '/^# pass [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); p=${p:-0}
  f=$(awk '/^# fail [0-9]+$/ { n += $3 } END { print n + 0 }' "$out"); f=${f:-0}
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then echo "no test counts found for pack-and-consume" >&2; broken=1; fi
  if [ "$pack_rc" -ne 0 ] && [ "$f" = 0 ]; then echo "pack-and-consume failed (exit $pack_rc)" >&2; broken=1; fi
  add_counts "$p" "$f" 0
fi

failed=$((failed + broken))
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
