#!/usr/bin/env bash
# Runs every PaperGraph test on a fresh machine: installs the independent tools the conformance tests use
# (Apache Jena, raptor, rasqal, docker-compose, Chromium from Debian; the Cypher linter, Kùzu, Comunica and
# playwright-core from npm), restores NuGet packages, runs `dotnet test`, and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

bash tests/tools/install.sh || { echo "test.sh: installing the test tools failed"; echo "0 passed, 1 failed"; exit 1; }

export PAPERGRAPH_SEEDS="${PAPERGRAPH_SEEDS:-$(cd .. && pwd)/shared/seeds}"
results="$(pwd)/artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

dotnet restore PaperGraph.sln --verbosity quiet || { echo "0 passed, 1 failed"; exit 1; }
dotnet build PaperGraph.sln --no-restore -c Release --verbosity quiet -nologo || { echo "test.sh: build failed"; echo "0 passed, 1 failed"; exit 1; }
dotnet test tests/PaperGraph.Tests/PaperGraph.Tests.csproj --no-build -c Release --verbosity quiet -nologo \
  --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters"); e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
