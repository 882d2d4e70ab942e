#!/usr/bin/env bash
# Regenerates the comparison table of docs/learned-scores.md (issue 10, "Measured on real data"): for every sample
# data set (samples/x-education, samples/bank-marketing, samples/online-shoppers), scorelang learn's five-fold
# cross-validation and a plain ML.NET logistic regression on the same columns and the same folds, with the time
# learning took. Needs the shared data beside the repository (../shared/data) and the .NET SDK; takes about a minute.
# Exit code 1 when a learned file misses its goal (AUC at least the regression's minus 0.01): the table says where.
# Extra arguments go to the tool, e.g. --only bank to measure one data set (then give no --docs: the page keeps all).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/tests/ScoreLang.LearningComparison"
if [ $# -eq 0 ]; then set -- --docs "$root/docs/learned-scores.md"; fi
# Release: the learn time in the table is meant to be what a user of the released tool sees.
dotnet run -c Release --project "$project" -- "$@"
