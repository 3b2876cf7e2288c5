#!/usr/bin/env bash
# Until the first release there is one migration, InitialCreate, regenerated whenever the model
# changes; after a release, add migrations instead (command on NewsDbContext).
# tools/MigrationsDesign needs Microsoft.EntityFrameworkCore.Design 10.0.14 in the NuGet cache: a
# restore of that package fetches it even though two of its dependencies are missing here.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
rm -rf src/NewsAggregator.Core/Storage/Migrations
dotnet dotnet-ef migrations add InitialCreate \
  --project src/NewsAggregator.Core --startup-project tools/MigrationsDesign \
  --output-dir Storage/Migrations
