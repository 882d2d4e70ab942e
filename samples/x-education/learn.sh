#!/usr/bin/env bash
# Regenerates learned-fit.score (scorelang learn on the real X Education export), learned-conversion.score with its
# model learned-conversion.model.zip (learn --predictive), and their evaluate reports.
# Run from anywhere; needs the shared data beside the repository (../shared/data) and the .NET SDK.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scorelang=(dotnet run --project "$root/src/ScoreLang.Cli" --)
cd "$here"
"${scorelang[@]}" learn leads.schema --data manifest.json --record-type lead --outcome converted \
  --as-of 2024-01-01 --out learned-fit.score
"${scorelang[@]}" evaluate learned-fit.score --data manifest.json --outcome converted --as-of 2024-01-01 > learned-fit.evaluate.txt
# The predictive score (S30): an ML.NET model of the same outcome beside its score file, and its evaluate report
# (AUC, quartiles, log-loss and the calibration table).
"${scorelang[@]}" learn leads.schema --data manifest.json --record-type lead --outcome converted \
  --as-of 2024-01-01 --predictive --name learned_conversion --out learned-conversion.score
"${scorelang[@]}" evaluate learned-conversion.score --data manifest.json --outcome converted --as-of 2024-01-01 > learned-conversion.evaluate.txt
