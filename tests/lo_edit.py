"""Edit a Word file the way a reviewer does, with LibreOffice itself (UNO, headless).

Run by Debian's ``/usr/bin/python3`` (``python3-uno``), not the project's venv::

    /usr/bin/python3 tests/lo_edit.py IN.docx OUT.docx ACTIONS.json

ACTIONS is a JSON object: ``author`` (the reviewer's name LibreOffice records),
``record`` (record changes: true/false) and ``actions``, a list of

* ``{"op": "replace", "find": TEXT, "with": TEXT}`` — select the first TEXT, type over it;
* ``{"op": "delete", "find": TEXT}`` — select the first TEXT and delete it;
* ``{"op": "append", "after": TEXT, "text": TEXT}`` — put the cursor after the first
  TEXT, press Enter, type;
* ``{"op": "comment", "find": TEXT, "text": TEXT}`` — a comment on the first TEXT;
* ``{"op": "cell", "table": N, "cell": "E7", "text": TEXT}`` — type into a table cell;
* ``{"op": "row_after", "find": TEXT, "text": TEXT}`` — insert a table row below the
  cell holding TEXT and type into the new row's cell in the same column;
* ``{"op": "row", "table": N, "after": R, "cells": {"D": TEXT}}`` — insert a row below
  row R (from 1) and type into its cells (by column letter).

The file is saved as DOCX («Word 2007–365»), as a reviewer's «Save» would.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK  # type: ignore
from com.sun.star.util import DateTime  # type: ignore[import-not-found]

SOFFICE = os.environ.get("PROFSTANDARDS_SOFFICE") or shutil.which("soffice") or "soffice"


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(pipe: str):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # noqa: BLE001 - not up yet
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


def find(doc, text: str):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    search.SearchRegularExpression = False
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit(f"not found: {text!r}")
    return found


def run(doc, action: dict, author: str) -> None:
    op = action["op"]
    if op == "replace":
        find(doc, action["find"]).setString(action["with"])
    elif op == "delete":
        find(doc, action["find"]).setString("")
    elif op == "append":
        found = find(doc, action["after"])
        text = found.getText()
        cursor = text.createTextCursorByRange(found.getEnd())
        text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        text.insertString(cursor, action["text"], False)
    elif op == "comment":
        found = find(doc, action["find"])
        note = doc.createInstance("com.sun.star.text.textfield.Annotation")
        note.Author = author
        note.Content = action["text"]
        stamp = DateTime()
        stamp.Year, stamp.Month, stamp.Day, stamp.Hours = 2025, 3, 14, 10
        note.DateTimeValue = stamp
        found.getText().insertTextContent(found, note, True)
    elif op == "cell":
        table = doc.getTextTables().getByIndex(action["table"])
        table.getCellByName(action["cell"]).setString(action["text"])
    elif op == "row_after":
        found = find(doc, action["find"])
        table, cell = found.TextTable, found.Cell
        name = cell.CellName  # "B7"
        column, row = re.match(r"([A-Z]+)(\d+)", name).groups()
        table.getRows().insertByIndex(int(row), 1)
        table.getCellByName(f"{column}{int(row) + 1}").setString(action["text"])
    elif op == "row":
        table = doc.getTextTables().getByIndex(action["table"])
        table.getRows().insertByIndex(action["after"], 1)
        for column, text in action["cells"].items():
            table.getCellByName(f"{column}{action['after'] + 1}").setString(text)
    else:
        raise SystemExit(f"unknown op {op!r}")


def main(src: str, dst: str, actions_path: str) -> None:
    with open(actions_path, encoding="utf-8") as f:
        spec = json.load(f)
    work = tempfile.mkdtemp(prefix="lo-edit-")
    profile = os.path.join(work, "profile")
    # A copy to edit: LibreOffice leaves a lock file beside what it opens.
    copy = os.path.join(work, "review" + os.path.splitext(src)[1])
    shutil.copyfile(src, copy)
    out = os.path.join(work, "out" + os.path.splitext(dst)[1])
    pipe = f"profstandards{os.getpid()}"
    office = subprocess.Popen(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
         "--norestore", "--nologo", "--nodefault", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        ctx = connect(pipe)
        smgr = ctx.ServiceManager
        author = spec.get("author", "")
        config = smgr.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", ctx)
        data = config.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
        first, _, last = author.partition(" ")
        data.setPropertyValue("givenname", first)
        data.setPropertyValue("sn", last)
        data.commitChanges()
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(copy), "_blank", 0,
                                           (prop("Hidden", True),))
        if doc is None:
            raise SystemExit(f"LibreOffice could not open {src}")
        doc.RecordChanges = bool(spec.get("record", True))
        for action in spec.get("actions", []):
            run(doc, action, author)
        doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        with contextlib.suppress(Exception):  # the bridge goes down with the office
            desktop.terminate()
        office.wait(timeout=60)
        shutil.copyfile(out, dst)
    finally:
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)
            office.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
