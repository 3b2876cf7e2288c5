#!/bin/bash
# Times the import verb end to end (parse, cluster, store into SQLite), each run into a new empty
# store, and prints the verb's own rate with the process's CPU time (user+sys) and the load after.
# Give several checkouts (each built with `dotnet build -c Release src/NewsAggregator.Web`) to
# alternate them run by run: on a shared machine only alternated runs compare fairly.
#
# usage: benchmarks/Clustering/import-rate.sh CORPUS ROUNDS LABEL=CHECKOUT [LABEL=CHECKOUT ...]
#   e.g. import-rate.sh /tmp/gen20k 3 before=/tmp/old now=.
# CORPUS: a folder of article files, such as import-corpus.py writes.
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,10p' "$0"
  exit 2
fi
corpus=$1
rounds=$2
shift 2
for round in $(seq 1 "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*}
    dll=${spec#*=}/src/NewsAggregator.Web/bin/Release/net10.0/NewsAggregator.Web.dll
    store=$(mktemp -d)
    result=$( { /usr/bin/time -f "cpu %U+%S s" env ConnectionStrings__News="Data Source=$store/news.db" \
        Samples__ImportOnEmptyStore=false dotnet "$dll" import "$corpus" | grep "import took"; } 2>&1 | tr '\n' ' ')
    echo "round $round $label: $result load $(cut -d' ' -f1 /proc/loadavg)"
    rm -rf "$store"
  done
done
