"""The public-consultation round trip: reviewers' Word files back into the сводка, and the
accepted rows of the сводка into a new revision of the standard.

* :mod:`.anchors` — the hidden bookmarks the export puts on every value (key ↔ name);
"""
