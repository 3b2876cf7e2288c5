#!/usr/bin/env bash
# Load test of the story page (and a static file for comparison) on a 10,000-article store.
# Needs wrk (apt-get install -y wrk) and python3. Usage: benchmarks/Web/run.sh [WORK_FOLDER]
# Env: ARTICLES (10000), PER_STORY (5), CONNECTIONS (32), DURATION (20s), PORT (5088),
# CACHE_SECONDS (10 as the site default; 0: no output cache).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${1:-/tmp/news-bench}
articles=${ARTICLES:-10000}
connections=${CONNECTIONS:-32}
duration=${DURATION:-20s}
port=${PORT:-5088}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$work"

echo "== publishing Release build"
dotnet publish "$repo/src/NewsAggregator.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null

if [ ! -f "$work/news.db" ]; then
  echo "== generating $articles articles and seeding the store"
  rm -rf "$work/articles"
  python3 "$here/generate.py" "$work/articles" "$articles" "${PER_STORY:-5}"
  dotnet run "$here/Seed.cs" -- "$work/news.db" "$work/articles"
fi

echo "== starting the server on 127.0.0.1:$port"
export ConnectionStrings__News="Data Source=$work/news.db" ASPNETCORE_ENVIRONMENT=Production \
  Samples__ImportOnEmptyStore=false Serilog__MinimumLevel__Default=Warning Serilog__WriteTo__1__Name=None \
  Reading__CacheSeconds=${CACHE_SECONDS:-10}
# From the app folder: the content root (and so wwwroot) is the working folder.
(cd "$work/app" && exec dotnet NewsAggregator.Web.dll --urls "http://127.0.0.1:$port") >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/api/stories" >/dev/null && break; sleep 1; done

code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/css/site.css")
[ "$code" = 200 ] || { echo "static file answered $code" >&2; exit 1; }
story=$(curl -sf "http://127.0.0.1:$port/api/stories" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["id"])')
css=$(curl -sf "http://127.0.0.1:$port/" | grep -o '/css/site.css[^"]*' | head -1)
echo "== story page /stories/$story ($(curl -sf "http://127.0.0.1:$port/stories/$story" | wc -c) bytes)"
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/stories/$story" >/dev/null   # warm-up
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port/stories/$story"
echo "== static file $css"
wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$css"
