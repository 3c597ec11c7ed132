"""Word diffs, the editorial test, stems, and the pairing of list items."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from profstandards.diff import align
from profstandards.diff.textdiff import (
    DELETE,
    INSERT,
    KEEP,
    is_editorial,
    side,
    similarity,
    stems,
    word_ops,
)

WORDS = st.lists(st.sampled_from(["код", "кода", "программного", "обеспечения", "и", ",",
                                  " ", "  ", "—", "Разработка", "A/01.3", "А/01.3", "\r\n"]),
                 max_size=12).map("".join)


@given(WORDS, WORDS)
def test_word_ops_give_back_both_texts(old, new):
    ops = word_ops(old, new)
    assert side(ops, DELETE) == old
    assert side(ops, INSERT) == new
    assert all(text for _, text in ops)
    # deletions come before insertions at each place, nothing is repeated
    assert all(not (a[0] == b[0] != KEEP) for a, b in zip(ops, ops[1:], strict=False))


def test_word_ops_mark_whole_words():
    ops = word_ops("Оценка и согласовывание сроков", "Оценка и согласование сроков")
    assert ops == [(KEEP, "Оценка и "), (DELETE, "согласовывание"), (INSERT, "согласование"),
                   (KEEP, " сроков")]
    # a kept space between two edits is folded into one replacement
    ops = word_ops("Использовать программные продукты для", "Использовать программное "
                   "обеспечение для")
    assert ops == [(KEEP, "Использовать "), (DELETE, "программные продукты"),
                   (INSERT, "программное обеспечение"), (KEEP, " для")]
    assert word_ops("", "") == [] and word_ops("a", "a") == [(KEEP, "a")]


def test_editorial_means_spaces_punctuation_case_yo_lookalikes_only():
    assert is_editorial("Языки, утилиты и среды программирования, и средства",
                        "Языки, утилиты и среды программирования и средства")
    assert is_editorial("«Кавычки» — тире", '"кавычки" - Тире')
    assert is_editorial("A/01.3", "А/01.3")  # Latin A, Cyrillic А
    assert is_editorial("всё  учтено ", "все учтено")
    assert is_editorial("-", "") and is_editorial("строка\r\nдве", "строка две")
    assert not is_editorial("Высшее образование", "Высшее образование – бакалавриат")
    assert not is_editorial("C++", "C")  # a symbol that carries meaning
    assert not is_editorial("уровень 5", "уровень 6")


def test_stems_ignore_inflection_and_short_words():
    assert stems("задачи") == stems("задач") == stems("задачами")
    assert stems("программного обеспечения") == stems("программное обеспечение")
    assert stems("и в на для") == frozenset()
    assert similarity("Разработка тестовых наборов данных",
                      "Разработка тестовых наборов данных для проверки") > 0.7
    assert similarity("Разработка тестовых наборов данных", "Проектирование баз") == 0


def test_list_items_pair_exact_then_editorial_then_alike():
    old = ["Анализ кода", "Проверка кода", "Отладка  кода", "Написание документации"]
    new = ["Отладка кода.", "Анализ кода", "Оформление документации пользователя",
           "Проверка программного кода"]
    pairs = dict(align.texts(old, new))
    assert pairs[0] == 1  # equal text, moved
    assert pairs[2] == 0  # editorially equal
    assert pairs[1] == 3  # alike: a word added
    assert 3 not in pairs  # «Написание документации» is not «Оформление … пользователя»


def test_a_lone_rewording_between_the_same_neighbours_pairs():
    old = ["Сбор данных", "Интерпретировать диагностические данные (журналы, протоколы)",
           "Итог"]
    new = ["Сбор данных", "Интерпретировать диагностические данные проверки "
                          "работоспособности программного обеспечения", "Итог"]
    assert (1, 1) in align.texts(old, new)
    # two unrelated items in one place stay a removal and an addition
    assert (1, 1) not in align.texts(["а", "Проектирование баз данных", "б"],
                                     ["а", "Согласование сроков", "б"])


def test_units_pair_by_code_name_and_related_codes():
    from profstandards.model import ClassifierUnit as U

    old = [U("62.0", "Разработка компьютерного программного обеспечения, консультационные "
                     "услуги"), U("2132", "Программисты"), U("230100", "Информатика")]
    new = [U("230100", "Информатика и ВТ"), U("62.01", "Разработка компьютерного "
                                                       "программного обеспечения"),
           U("2514", "Программисты приложений")]
    pairs = dict(align.units(old, new))
    assert pairs == {0: 1, 2: 0}  # 62.0 → 62.01 (related codes), 230100 by code


@given(st.lists(st.integers(0, 6), max_size=8), st.lists(st.integers(0, 6), max_size=8))
def test_merge_keeps_both_orders(old, new):
    pairs = align.texts([str(x) for x in old], [str(x) for x in new])
    kept = align.in_order(pairs)
    assert kept <= set(pairs)
    entries = align.merge(len(old), len(new), kept)
    olds = [i for i, _ in entries if i is not None]
    news = [j for _, j in entries if j is not None]
    assert olds == list(range(len(old))) and news == list(range(len(new)))
    assert {(i, j) for i, j in entries if i is not None and j is not None} == kept
    # kept pairs are increasing on both sides
    ordered = sorted(kept)
    assert [j for _, j in ordered] == sorted(j for _, j in ordered)
