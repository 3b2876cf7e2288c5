#!/usr/bin/env bash
# Until the first release the EF model has one generated migration, InitialCreate, regenerated
# whenever the model changes (after a release, add migrations instead; command on NewsDbContext).
# Stores made by released builds exist now: since 20261101000300_ArticleClusterSeed (a model change
# written by hand, with the snapshot edited to match) this script would put that column into
# InitialCreate a second time. Add model changes as migrations of their own instead.
# Hand-written migrations (raw SQL such as the search index) keep their own files and sort after
# InitialCreate, whose id is pinned to the first of November 2026 for that reason.
# tools/MigrationsDesign needs Microsoft.EntityFrameworkCore.Design 10.0.14 in the NuGet cache: a
# restore of that package fetches it even though two of its dependencies are missing here.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/NewsAggregator.Core/Storage/Migrations
pinned=20261101000000
dotnet tool restore >/dev/null
rm -f "$dir"/*_InitialCreate.cs "$dir"/*_InitialCreate.Designer.cs "$dir"/NewsDbContextModelSnapshot.cs
dotnet dotnet-ef migrations add InitialCreate \
  --project src/NewsAggregator.Core --startup-project tools/MigrationsDesign \
  --output-dir Storage/Migrations
for f in "$dir"/*_InitialCreate.cs "$dir"/*_InitialCreate.Designer.cs; do
  base=$(basename "$f")
  id=${base%%_*}
  [ "$id" = "$pinned" ] && continue
  sed -i "s/\"${id}_InitialCreate\"/\"${pinned}_InitialCreate\"/" "$f"
  mv "$f" "$dir/${pinned}_${base#*_}"
done
