#!/usr/bin/env bash
# Adds one migration to both providers at once, so their histories never drift apart:
#   scripts/add-migration.sh NAME
# Then review both generated files; the tests MigrationsMatchModel* fail when a provider lacks a migration.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NAME}"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  project="src/Medk.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
