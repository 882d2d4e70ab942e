#!/usr/bin/env bash
# Packs ScoreLang and uses the packages the way a new user does, from a temporary local folder feed:
#   1. dotnet pack Core, Runtime, Data, Compiler, Build and the scorelang tool (every packable project of
#      ScoreLang.sln) with a unique version, <prefix>-ci.<stamp>, so no stale package of the NuGet cache can stand in;
#   2. installs the tool into a temporary tool path, runs `scorelang --version`, `scorelang test` on the samples and
#      `scorelang run` on samples/data;
#   3. builds samples/dotnet-consumer (a copy) against the packages: with a broken score file the build fails with the
#      SL error at that file and line; with the real files it builds without warnings, runs, scores typed records and
#      samples/data, agrees with the reference evaluator on every record of both (the worked example scores 29, as its
#      in-file test says, both as a typed record and as a row of samples/data), and writes exactly the scores file
#      that `scorelang run` wrote.
# --no-build packs the Release build already made (test.sh builds ScoreLang.sln -c Release first); without it the
# script builds the two projects that pull in every package (src/ScoreLang.Cli, src/ScoreLang.Build) in Release.
# Prints one TAP-like line per check ("ok N - ..." / "not ok N - ...") and ends with "# pass N" and "# fail N".
# Exits non-zero when any check failed. Downloads nothing but what the machine's NuGet source serves.
set -uo pipefail
cd "$(dirname "$0")/.."
no_build=false
[ "${1:-}" = "--no-build" ] && no_build=true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
prefix=$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props | head -1)
suffix="ci.$(date +%s).$$"
version="$prefix-$suffix"
feed="$work/artifacts/packages"  # where samples/dotnet-consumer/NuGet.config looks, relative to the copied sample
tools="$work/tools"
packages_root="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
packages=(ScoreLang.Core ScoreLang.Runtime ScoreLang.Data ScoreLang.Compiler ScoreLang.Build scorelang)  # package ids
passed=0 failed=0 n=0

check() { # check "description" command...: runs the command, its output goes to $work/last.log
  local description=$1; shift
  n=$((n + 1))
  if "$@" >"$work/last.log" 2>&1; then
    passed=$((passed + 1)); echo "ok $n - $description"
  else
    failed=$((failed + 1)); echo "not ok $n - $description"; sed 's/^/#   /' "$work/last.log" | tail -40
  fi
}

cleanup() {
  rm -rf "$work"
  # The unique version's extracted packages: nothing of this run stays in the NuGet cache.
  for id in "${packages[@]}"; do
    local folder
    folder="$packages_root/$(echo "$id" | tr '[:upper:]' '[:lower:]')"
    rm -rf "${folder:?}/$version"
    rmdir "$folder" 2>/dev/null || true
  done
}
trap cleanup EXIT

echo "# packing ScoreLang $version into $feed"
mkdir -p "$feed"
if [ "$no_build" = false ]; then
  for project in src/ScoreLang.Cli src/ScoreLang.Build; do
    check "dotnet build $project -c Release" dotnet build "$project" -c Release -nologo -clp:ErrorsOnly
  done
fi
# PackageVersion (not Version): the packages get the unique version, the assemblies keep the one they were built with.
check "dotnet pack ScoreLang.sln (the Release build) into the local feed" \
  dotnet pack ScoreLang.sln -c Release --no-build -o "$feed" -p:PackageVersion="$version" -nologo -clp:ErrorsOnly
packed_all() {
  for id in "${packages[@]}"; do
    [ -f "$feed/$id.$version.nupkg" ] || { ls "$feed"; echo "missing $id.$version.nupkg"; return 1; }
  done
}
check "the feed has ScoreLang.Core, .Runtime, .Data, .Compiler, .Build and the scorelang tool" packed_all

build_package="$feed/ScoreLang.Build.$version.nupkg"
has_entries() { local package=$1; shift; local listing; listing=$(unzip -Z1 "$package") || return 1
  for entry in "$@"; do grep -qx "$entry" <<<"$listing" || { echo "missing $entry in $package"; return 1; }; done; }
check "ScoreLang.Build carries the generator, its dependencies, props/targets, README and LICENSE" has_entries "$build_package" \
  analyzers/dotnet/cs/ScoreLang.Build.dll analyzers/dotnet/cs/ScoreLang.Core.dll analyzers/dotnet/cs/ScoreLang.Runtime.dll \
  analyzers/dotnet/cs/Pidgin.dll build/ScoreLang.Build.props build/ScoreLang.Build.targets README.md LICENSE
check "ScoreLang.Build depends on ScoreLang.Runtime of the same version" \
  bash -c "unzip -p '$build_package' ScoreLang.Build.nuspec | grep -q 'id=\"ScoreLang.Runtime\" version=\"$version\"'"

check "dotnet tool install scorelang from the local feed" \
  dotnet tool install scorelang --tool-path "$tools" --add-source "$feed" --version "$version"
check "scorelang --version prints the version of Directory.Build.props ($prefix)" \
  bash -c "'$tools/scorelang' --version | tee /dev/stderr | grep -Eq '^$prefix([-+]|\$)'"
check "scorelang test samples (the in-file tests, with the installed tool)" "$tools/scorelang" test samples

# The consumer is copied with the sample scores it lists (../*.score), so the repository stays untouched.
mkdir -p "$work/samples"
cp samples/*.score samples/*.schema "$work/samples/"
cp -r samples/data "$work/samples/data"
cp -r samples/dotnet-consumer "$work/samples/dotnet-consumer"
rm -rf "$work/samples/dotnet-consumer/bin" "$work/samples/dotnet-consumer/obj"
consumer="$work/samples/dotnet-consumer"
build_consumer() { dotnet build "$consumer" -p:ScoreLangVersion="$version" -nologo -clp:NoSummary; }
as_of=2024-07-01  # the date Program.cs scores --data as of

score="$work/samples/lead-scoring.score"
line=$(grep -n 'event meeting_booked +10' "$score" | head -1 | cut -d: -f1)
sed -i 's/event meeting_booked +10/event meeting_bookd +10/' "$score"
broken_build_fails_at_the_line() {
  if build_consumer >"$work/broken.log" 2>&1; then echo "the build succeeded with a broken score file"; return 1; fi
  grep -E "lead-scoring\.score\($line,[0-9]+\): error SL[0-9]{4}" "$work/broken.log" || { tail -30 "$work/broken.log"; return 1; }
}
check "a broken score file fails dotnet build with the SL error at lead-scoring.score line $line" broken_build_fails_at_the_line
cp samples/lead-scoring.score "$score"

# CS8032 (the generator cannot be loaded) and other generator problems are warnings, not errors: none may appear.
builds_without_warnings() {
  build_consumer >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; return 1; }
  if grep -E ': warning [A-Z]+[0-9]+' "$work/build.log"; then return 1; fi
}
check "samples/dotnet-consumer builds against the packages, without warnings (the generator loads)" builds_without_warnings
run_consumer() {
  dotnet run --no-build --project "$consumer" -- --check --data "$work/samples/data" --out "$work/consumer-scores.csv" \
    | tee "$work/run.log" || return 1
  grep -qx 'contact_engagement worked-example: score 29, tier low, sales 10, marketing 19' "$work/run.log" || return 1
  grep -qx 'data: contact_engagement worked-example: score 29, tier low, sales 10, marketing 19' "$work/run.log" || return 1
  grep -qE '^check: ([0-9]+) of \1 results agree with the reference evaluator$' "$work/run.log"
}
check "the consumer scores the worked example 29 (typed and from samples/data) and agrees with the reference evaluator" run_consumer
check "scorelang run scores samples/data with the installed tool" \
  "$tools/scorelang" run "$work"/samples/*.score "$work/samples/crm.schema" --data "$work/samples/data" --as-of "$as_of" \
  --out "$work/run-scores.csv"
same_scores() {
  [ -s "$work/run-scores.csv" ] && [ -s "$work/consumer-scores.csv" ] || { echo "a scores file is missing"; return 1; }
  diff "$work/run-scores.csv" "$work/consumer-scores.csv" | head -20
  cmp -s "$work/run-scores.csv" "$work/consumer-scores.csv"
}
check "the typed scorers' scores of samples/data are exactly those of scorelang run (every score, group and tier)" same_scores

echo "# pass $passed"
echo "# fail $failed"
[ "$failed" -eq 0 ]
