#!/usr/bin/env bash
# Whole process vs whole process: Readability.js (with linkedom as the DOM) and this project's
# extractor each start, read every page in a folder once, extract it and exit. Prints pages/s for
# wall clock and for CPU time (user+sys; fairer on a shared machine).
# Usage: benchmarks/Extraction/compare-readability.sh [PAGES_DIR]   (default: the dev pages' html/)
# Installs @mozilla/readability@0.6.0 and linkedom@0.18.14 into a temporary folder; nothing is committed.
set -euo pipefail

pages="${1:-/work/shared/dev-data/readability-pages/html}"
[ -d "$pages/html" ] && pages="$pages/html"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
count=$(find "$pages" -maxdepth 1 -name '*.htm*' | wc -l)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing Readability.js into $tmp ..."
npm install --prefix "$tmp" --no-audit --no-fund --silent @mozilla/readability@0.6.0 linkedom@0.18.14 >/dev/null 2>&1

cat > "$tmp/run.mjs" <<'JS'
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const dir = process.argv[2];
let ok = 0;
for (const name of readdirSync(dir).filter(n => /\.html?$/.test(n)).sort()) {
  const html = readFileSync(join(dir, name), "utf8");
  try {
    const { document } = parseHTML(html);
    if (new Readability(document).parse()) ok++;
  } catch {
    // a page Readability.js cannot handle still counts as processed
  }
}
console.log(`readability.js extracted ${ok} pages`);
JS

# The product as it is deployed: published ReadyToRun (precompiled, so start-up does not JIT the
# extractor and AngleSharp), with the runtime settings in its project file. Falls back to a plain
# Release build when the crossgen2 package cannot be restored, and says so.
publish() {
  local project="$1" out="$2"
  if dotnet publish "$repo/$project" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
       -o "$out" -v q -nologo >"$tmp/publish.log" 2>&1; then
    echo "  $project: published ReadyToRun"
  else
    echo "  $project: ReadyToRun publish failed (see below), using a plain Release build"
    tail -3 "$tmp/publish.log"
    dotnet publish "$repo/$project" -c Release -o "$out" -v q -nologo >/dev/null
  fi
}

echo "publishing the .NET extractor and the product ..."
publish src/NewsAggregator.Web "$tmp/web"
publish benchmarks/Extraction "$tmp/ext"

# Each side runs RUNS times (default 3, alternating), and the run with the median wall clock counts:
# on a shared 2-core machine a single run can be off by 15%.
runs="${RUNS:-3}"

once() {
  local TIMEFORMAT="%R %U %S"
  # The extract verb exits 1 when some page has no article; the timing still counts.
  { time "$@" >/dev/null 2>&1 || true; } 2>&1 | tail -1
}

: >"$tmp/results"
: >"$tmp/runs"
echo "$count pages in $pages, one process each, median of $runs runs:"
for ((r = 1; r <= runs; r++)); do
  echo "readability.js $(once node "$tmp/run.mjs" "$pages")" >>"$tmp/runs"
  # The product's own verb, text of every page to standard output (discarded).
  echo "NewsAggregator-extract $(once "$tmp/web/NewsAggregator.Web" extract "$pages")" >>"$tmp/runs"
  # The benchmark console: the same extraction, nothing printed.
  echo "Extraction-once $(once dotnet "$tmp/ext/Extraction.dll" once "$pages")" >>"$tmp/runs"
done

for label in readability.js NewsAggregator-extract Extraction-once; do
  grep "^$label " "$tmp/runs" | sort -k2,2n | awk -v n="$runs" 'NR == int((n + 1) / 2)' >>"$tmp/results"
done

while read -r label real user sys; do
  walls=$(grep "^$label " "$tmp/runs" | cut -d' ' -f2 | tr '\n' ' ')
  awk -v l="$label" -v n="$count" -v r="$real" -v u="$user" -v s="$sys" -v w="$walls" \
    'BEGIN { printf "%-22s %6.2f s wall  %7.1f pages/s   | %6.2f s CPU  %7.1f pages/s   (all walls: %s)\n", l, r, n / r, u + s, n / (u + s), w }'
done <"$tmp/results"

awk '$1 == "readability.js" { rw = $2; rc = $3 + $4 }
     $1 == "NewsAggregator-extract" { pw = $2; pc = $3 + $4 }
     END { printf "extract verb vs readability.js (medians): %.1fx wall, %.1fx CPU\n", rw / pw, rc / pc }' "$tmp/results"
