#!/usr/bin/env bash
# Render the page images the README shows: reg. 1090 «Специалист по большим данным»
# (the standard with a signed official copy in shared/corpus/printed) exported in both
# layouts and as a consultation package, the сводка of three reviews of it, and the redline of reg. 4 «Программист»
# 2013 → 2022; converted by LibreOffice, cut to PNG at 60 dpi (the redline at 75).
# Needs soffice and pdftoppm (see .ci/run).  Run from anywhere: docs/render-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
src=tests/fixtures/corpus/ps1090_06.042_2020-07-06.xml
out=docs/pages
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
.venv/bin/profstandards export "$src" -o "$tmp/maket-2013.docx" >/dev/null
.venv/bin/profstandards export "$src" --layout maket-446n -o "$tmp/maket-446n.docx" >/dev/null
.venv/bin/profstandards consultation "$src" -o "$tmp" --start 01.03.2025 --end 31.03.2025 \
    >/dev/null
# The сводка of three reviews made as the tests make them (tests/test_comments.py).
mkdir "$tmp/reviews"
.venv/bin/python - "$tmp" <<'PY'
import sys
from pathlib import Path
from profstandards.xmlio import reader
from tests.test_comments import commented, fill_form, tracked
tmp = Path(sys.argv[1])
standard = reader.read_file("tests/fixtures/corpus/ps1090_06.042_2020-07-06.xml").document.standards[0]
draft = (tmp / "ps1090_06.042_draft.docx").read_bytes()
(tmp / "reviews/ivanov.docx").write_bytes(commented(draft)[0])
(tmp / "reviews/petrov.docx").write_bytes(tracked(draft)[0])
form = (tmp / "ps1090_06.042_comments.docx").read_bytes()
(tmp / "reviews/romashka.docx").write_bytes(fill_form(form, standard)[0])
PY
.venv/bin/profstandards comments collect "$src" "$tmp"/reviews/*.docx -o "$tmp/svodka.docx" 2>/dev/null
corpus=tests/fixtures/corpus
.venv/bin/profstandards diff --format docx-redline --author "Рабочая группа" --date 2024-05-17 \
    -o "$tmp/redline.docx" "$corpus/ps4_06.001_2013-11-18.xml" "$corpus/ps4_06.001_2022-07-20.xml" \
    2>/dev/null || [ $? -eq 1 ]  # 1: the versions differ
soffice "-env:UserInstallation=file://$tmp/profile" --headless --convert-to pdf \
    --outdir "$tmp" "$tmp"/*.docx >/dev/null 2>&1
page() {  # page PDF NUMBER NAME [DPI]
    pdftoppm -r "${4:-60}" -png -f "$2" -l "$2" -singlefile "$tmp/$1.pdf" "$out/$3"
}
page maket-2013 1 maket-2013-p1-title
page maket-2013 3 maket-2013-p3-funcmap
page maket-2013 5 maket-2013-p5-otf
page maket-2013 6 maket-2013-p6-tf
page maket-446n 6 maket-446n-p6-otf
page ps1090_06.042_comments 1 consultation-comments-form
page ps1090_06.042_cover-note 1 consultation-cover-note
page svodka 1 comments-svodka
page redline 10 redline-p10-tf 75
ls "$out"
