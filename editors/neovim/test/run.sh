#!/usr/bin/env bash
# Runs the Neovim configuration of docs/editors.md (editors/neovim/scorelang.lua) headless against the real server:
# a broken .score file must get its diagnostics, completion must answer, and docs/editors.md must show that file. Prints "# pass N" / "# fail N" (test.sh
# counts them), or "# skipped 1" when nvim is not installed (test.sh installs Debian's neovim in CI).
# The server is the Release build of the CLI (test.sh builds it) or $SCORELANG_SERVER; it is put on PATH as
# `scorelang`, so the snippet runs unchanged.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim is not installed: the Neovim configuration test is skipped" >&2
  echo "# skipped 1"
  exit 0
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/project"
server=${SCORELANG_SERVER:-$repo/src/ScoreLang.Cli/bin/Release/net10.0/scorelang.dll}
if [ ! -f "$server" ]; then
  echo "not ok: the server $server was not built (build ScoreLang.sln in Release, as test.sh does)"
  echo "# pass 0"
  echo "# fail 1"
  exit 1
fi
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$server" >"$work/bin/scorelang"
chmod +x "$work/bin/scorelang"

cp "$repo/samples/crm.schema" "$work/project/"
printf 'import "crm.schema"\nscore s for contact {\n  kind fit\n  group g {\n    when job_titel contains "CTO" +10\n  }\n}\n' >"$work/project/broken.score"

cd "$work/project"
PATH="$work/bin:$PATH" HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
  SCORELANG_NVIM_SNIPPET="$here/../scorelang.lua" SCORELANG_NVIM_FILE="$work/project/broken.score" \
  SCORELANG_NVIM_RESULTS="$work/results.txt" \
  timeout 180 nvim --headless -i NONE --noplugin -u "$here/init.lua" >"$work/nvim.log" 2>&1
nvim_rc=$?

# The snippet in docs/editors.md must be this tested file, unchanged.
expected=4
touch "$work/results.txt"
docs_block=$(awk '/^```lua$/ { inside = 1; next } /^```$/ { if (inside) exit } inside' "$repo/docs/editors.md")
if [ "$docs_block" = "$(cat "$here/../scorelang.lua")" ]; then
  echo "ok docs/editors.md shows editors/neovim/scorelang.lua unchanged" >>"$work/results.txt"
else
  echo "not ok docs/editors.md shows editors/neovim/scorelang.lua unchanged" >>"$work/results.txt"
fi
cat "$work/results.txt"
passed=$(grep -c '^ok ' "$work/results.txt")
failed=$(grep -c '^not ok ' "$work/results.txt")
if [ $((passed + failed)) -lt "$expected" ]; then
  echo "not ok: nvim ended (exit $nvim_rc) after $((passed + failed)) of $expected checks"
  tail -20 "$work/nvim.log"
  failed=$((expected - passed))
fi
echo "# pass $passed"
echo "# fail $failed"
[ "$failed" -eq 0 ]
