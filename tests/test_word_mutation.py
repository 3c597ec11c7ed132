"""Word files damaged at random — rows, cells, paragraphs, runs, bookmarks, tracked changes
and comment ranges removed, duplicated, moved or retyped — never end in a traceback:
``import`` and ``comments collect`` give a result or one clear error (exit 2)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from profstandards.comments.collect import ReviewErrors, collect
from profstandards.errors import InputError
from profstandards.render.docx import DocxRenderer
from profstandards.wordin.convert import convert_file
from profstandards.xmlio import reader
from tests.review_files import STANDARD, commented, tracked
from tests.word_docs import export, parts, repack, standard

ROUNDS = 40
TEXTS = ["", "-", "А/01.3", "Код", "Наименование", "Уровень квалификации", "ОКЗ", "x" * 300,
         "III. Характеристика обобщенных трудовых функций", "_pv_x"]


def mutate(data: bytes, rng: random.Random, names: tuple[str, ...]) -> bytes:
    """``data`` (a DOCX) with 1–10 random edits to the XML of one of the parts ``names``."""
    files = parts(data)
    part = rng.choice([name for name in names if name in files])
    root = etree.fromstring(files[part])
    elements = [e for e in root.iter() if isinstance(e.tag, str) and e.getparent() is not None]
    for _ in range(rng.randint(1, 10)):
        element = rng.choice(elements)
        parent = element.getparent()
        if parent is None:
            continue
        roll = rng.random()
        if roll < 0.35:
            parent.remove(element)
        elif roll < 0.55 and element.attrib:
            element.attrib[rng.choice(list(element.attrib))] = rng.choice(["", "0", "-1", "x"])
        elif roll < 0.75:
            copy = etree.fromstring(etree.tostring(rng.choice(elements)))
            parent.insert(rng.randint(0, len(parent)), copy)
        elif roll < 0.9:
            element.text = rng.choice(TEXTS)
        else:
            index = parent.index(element)
            parent.remove(element)
            parent.insert(max(0, index - rng.randint(1, 3)), element)
    files[part] = etree.tostring(root)
    return repack(files)


def survives(tmp_path: Path, bases: list[bytes], names: tuple[str, ...],
             run: Callable[[Path], object], expected: tuple[type[Exception], ...],
             seed: int) -> int:
    """How many of :data:`ROUNDS` damaged copies gave a result (the rest gave one of the
    ``expected`` errors; anything else fails the test with the file kept)."""
    rng = random.Random(seed)
    results = 0
    for i in range(ROUNDS):
        path = tmp_path / f"damaged{i}.docx"
        path.write_bytes(mutate(rng.choice(bases), rng, names))
        try:
            run(path)
        except expected:
            continue
        results += 1
    return results


@pytest.mark.slow
def test_import_of_damaged_documents(tmp_path):
    bases = [export(standard(prefix), layout) for prefix in ("ps4_06.001_2022", "ps148_")
             for layout in ("maket-2013", "maket-446n")]
    done = survives(tmp_path, bases, ("word/document.xml",),
                    lambda path: convert_file(path, tmp_path / "out.xml"), (InputError,), 1)
    assert done > ROUNDS // 4  # most damage still leaves a standard to read


@pytest.mark.slow
def test_collecting_damaged_reviews(tmp_path):
    draft = DocxRenderer(draft=True).render(reader.read_file(STANDARD).document.standards[0])
    bases = [commented(draft)[0], tracked(draft)[0]]
    done = survives(tmp_path, bases, ("word/document.xml", "word/comments.xml"),
                    lambda path: collect(STANDARD, [path], jobs=1).as_json(),
                    (InputError, ReviewErrors), 2)
    assert done > ROUNDS // 4
