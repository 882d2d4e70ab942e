#!/usr/bin/env bash
# Regenerates learned-fit.score (scorelang learn on the Olist marketing funnel: MQL to won within 90 days) and its
# evaluate reports (90 days, and 180 days, where the latest leads are censored). Run from anywhere; needs the shared
# data beside the repository (../shared/data) and the .NET SDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scorelang=(dotnet run --project "$root/src/ScoreLang.Cli" --)
cd "$here"
"${scorelang[@]}" learn funnel.schema --data manifest.json --record-type lead --outcome "mql -> won within 90 days" \
  --out learned-fit.score
{
  "${scorelang[@]}" evaluate learned-fit.score --data manifest.json --outcome "mql -> won within 90 days"
  "${scorelang[@]}" evaluate learned-fit.score --data manifest.json --outcome "mql -> won within 180 days"
} > learned-fit.evaluate.txt
