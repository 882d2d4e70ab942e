#!/usr/bin/env bash
# Regenerates learned-fit.score (scorelang learn on the real X Education export) and its evaluate report.
# Run from anywhere; needs the shared data beside the repository (../shared/data) and the .NET SDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scorelang=(dotnet run --project "$root/src/ScoreLang.Cli" --)
cd "$here"
"${scorelang[@]}" learn leads.schema --data manifest.json --record-type lead --outcome converted \
  --as-of 2024-01-01 --out learned-fit.score
"${scorelang[@]}" evaluate learned-fit.score --data manifest.json --outcome converted --as-of 2024-01-01 > learned-fit.evaluate.txt
