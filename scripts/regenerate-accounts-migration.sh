#!/usr/bin/env bash
# The accounts tables (ASP.NET Core Identity, AccountsDbContext in the web project) have their own
# single generated migration, AccountsInitial, recorded in __AccountsMigrationsHistory so it never
# mixes with the store's. Regenerate it whenever the Identity model changes (before the first
# release; afterwards add migrations instead). Same tooling caveats as regenerate-initial-migration.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/NewsAggregator.Web/Accounts/Migrations
pinned=20261101000000
dotnet tool restore >/dev/null
rm -f "$dir"/*_AccountsInitial.cs "$dir"/*_AccountsInitial.Designer.cs "$dir"/AccountsDbContextModelSnapshot.cs
dotnet dotnet-ef migrations add AccountsInitial \
  --context AccountsDbContext \
  --project src/NewsAggregator.Web --startup-project tools/MigrationsDesign \
  --output-dir Accounts/Migrations
for f in "$dir"/*_AccountsInitial.cs "$dir"/*_AccountsInitial.Designer.cs; do
  base=$(basename "$f")
  id=${base%%_*}
  [ "$id" = "$pinned" ] && continue
  sed -i "s/\"${id}_AccountsInitial\"/\"${pinned}_AccountsInitial\"/" "$f"
  mv "$f" "$dir/${pinned}_${base#*_}"
done
