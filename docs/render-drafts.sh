#!/usr/bin/env bash
# Render one page of each draft in standards/ for the README: the first ОТФ page
# (3.1: job titles, education, admission conditions, classifier rows), and for the
# service specialist the page of its borrowed ТФ B/01.5.  Exported to DOCX, converted
# by LibreOffice, cut to PNG at 60 dpi.  Needs soffice and pdftoppm.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/pages
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in standards/*.xml; do
    .venv/bin/profstandards export "$f" --to docx -o "$tmp/$(basename "${f%.xml}").docx" >/dev/null
done
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to pdf \
    --outdir "$tmp" "$tmp"/*.docx >/dev/null 2>&1
page_with() {  # page_with PDF TEXT: the first page whose text has a line equal to TEXT
    local n i
    n=$(pdfinfo "$1" | awk '/^Pages:/{print $2}')
    for i in $(seq 1 "$n"); do
        # grep without -q reads to the end: -q would close the pipe early and, under
        # pipefail, pdftotext's SIGPIPE would make a found heading look missing
        if pdftotext -f "$i" -l "$i" "$1" - | grep -x "$2" >/dev/null; then echo "$i"; return; fi
    done
    return 1
}
for pdf in "$tmp"/*.pdf; do
    name=$(basename "${pdf%.pdf}")
    if [ "$name" = specialist-po-servisnomu-obsluzhivaniyu-uchebnogo-oborudovaniya ]; then
        n=$(page_with "$pdf" "3.2.1. Трудовая функция")
    else
        n=$(page_with "$pdf" "3.1. Обобщенная трудовая функция")
    fi
    pdftoppm -r 60 -png -f "$n" -l "$n" -singlefile "$pdf" "$out/draft-$name-p$n"
done
ls "$out"/draft-*
