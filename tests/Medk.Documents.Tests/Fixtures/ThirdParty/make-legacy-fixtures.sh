#!/usr/bin/env bash
# Re-makes the DOC, RTF, XLS and PDF fixtures of this folder from the seed orders with LibreOffice (see README.md).
# Needs the .NET SDK and LibreOffice (Debian: libreoffice-writer-nogui libreoffice-calc-nogui).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="$here/../../../../src/Medk.Data/Demo/Seeds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run "$here/make-legacy-fixtures.cs" -- "$seeds" "$work/html"
orders=("$work"/html/*[0-9].html)
sheets=("$work"/html/*.table.html)
office() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null; }
office --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$work/out" "${orders[@]}"
office --infilter="HTML (StarWriter)" --convert-to "rtf:Rich Text Format" --outdir "$work/out" "${orders[@]}"
office --infilter="HTML (StarWriter)" --convert-to "pdf:writer_pdf_Export" --outdir "$work/out" "${orders[@]}"
office --infilter="HTML (StarCalc)" --convert-to "xls:MS Excel 97" --outdir "$work/out" "${sheets[@]}"
for file in "$work"/out/*; do
  name="$(basename "$file")"
  cp "$file" "$here/${name/.table/}"
done
ls -l "$here"
