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
# One id on both providers, so one history describes both (MigrationsTests checks it): PostgreSQL takes SQLite's.
id=$(basename "$(ls src/Medk.Migrations.Sqlite/Migrations/*_"$name".cs | grep -v Designer | tail -n 1)" .cs)
pg=$(basename "$(ls src/Medk.Migrations.Postgres/Migrations/*_"$name".cs | grep -v Designer | tail -n 1)" .cs)
if [ "$id" != "$pg" ]; then
  (cd src/Medk.Migrations.Postgres/Migrations &&
    sed -i "s/$pg/$id/g" "$pg.cs" "$pg.Designer.cs" &&
    mv "$pg.cs" "$id.cs" && mv "$pg.Designer.cs" "$id.Designer.cs")
fi
