#!/usr/bin/env bash
# Re-makes the DOC, RTF, XLS and PDF fixtures of this folder from the seed orders with LibreOffice (see README.md).
# Needs the .NET SDK, LibreOffice (Debian: libreoffice-writer-nogui libreoffice-calc-nogui) img2pdf and pdftoppm (poppler-utils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="$here/../../../../src/Medk.Data/Demo/Seeds"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run "$here/make-legacy-fixtures.cs" -- "$seeds" "$work/html"
orders=("$work"/html/*[0-9].html)
words=("$work"/html/*.doc.html)
sheets=("$work"/html/*.table.html)
office() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile" "$@" >/dev/null; }
office --infilter="HTML (StarWriter)" --convert-to "doc:MS Word 97" --outdir "$work/out" "${words[@]}"
office --infilter="HTML (StarWriter)" --convert-to "rtf:Rich Text Format" --outdir "$work/out" "${orders[@]}"
office --infilter="HTML (StarWriter)" --convert-to "pdf:writer_pdf_Export" --outdir "$work/out" "${orders[@]}"
office --infilter="HTML (StarCalc)" --convert-to "xls:MS Excel 97" --outdir "$work/out" "${sheets[@]}"
# A table without lines (seed 004), and a scan: page 1 of seed 004's PDF rendered at 100 dpi in grey as a JPEG, made into
# an image-only PDF.
mkdir -p "$work/extra"
cp "$work/html/004-yaroslavl-2021.unruled.html" "$work/extra/"
office --infilter="HTML (StarWriter)" --convert-to "pdf:writer_pdf_Export" --outdir "$work/out" "$work/extra/004-yaroslavl-2021.unruled.html"
pdftoppm -f 1 -l 1 -r 100 -gray -jpeg -jpegopt quality=60 -singlefile "$work/out/004-yaroslavl-2021.pdf" "$work/extra/page"
img2pdf --output "$work/out/004-yaroslavl-2021.scanned.pdf" "$work/extra/page.jpg"
for file in "$work"/out/*; do
  name="$(basename "$file")"
  name="${name/.table/}"
  cp "$file" "$here/${name/.doc.doc/.doc}"
done
ls -l "$here"
