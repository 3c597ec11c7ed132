"""The registry around a standard: a local index of registry exports, searched in Russian,
and the comparison of a standard with it.

* :mod:`~profstandards.registry.index` — ``registry build``: files → SQLite (FTS5),
  incremental; :mod:`~profstandards.registry.rows` — what a worker extracts from a file;
  :mod:`~profstandards.registry.schema` — the tables.
* :mod:`~profstandards.registry.search` — ``registry search``: ranked by lemmas.
* :mod:`~profstandards.registry.similarity` — how two ОТФ/ТФ are compared;
  :mod:`~profstandards.registry.compare` — a standard against the registry (borrowed and
  duplicated functions, classifier names), for the PS8xx rules and ``export --registry``.
* :mod:`~profstandards.registry.text` — words, lemmas, signatures.
"""
