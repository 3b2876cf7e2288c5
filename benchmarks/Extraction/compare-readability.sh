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

echo "building the .NET extractor ..."
dotnet build -c Release "$repo/benchmarks/Extraction" -v q -nologo >/dev/null
dll="$repo/benchmarks/Extraction/bin/Release/net10.0/Extraction.dll"

measure() {
  local label="$1"; shift
  local TIMEFORMAT="%R %U %S"
  local times
  times=$( { time "$@" >/dev/null 2>&1; } 2>&1 | tail -1 )
  read -r real user sys <<<"$times"
  awk -v l="$label" -v n="$count" -v r="$real" -v u="$user" -v s="$sys" \
    'BEGIN { printf "%-16s %6.2f s wall  %7.1f pages/s   | %6.2f s CPU  %7.1f pages/s\n", l, r, n / r, u + s, n / (u + s) }'
}

echo "$count pages in $pages, one process each:"
measure "readability.js" node "$tmp/run.mjs" "$pages"
measure "NewsAggregator" dotnet "$dll" once "$pages"
