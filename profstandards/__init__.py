"""profstandards: Russian professional standards (профессиональные стандарты) as XML —
read and write the Mintrud registry format, validate, compare revisions, export DOCX."""

__version__ = "0.1.0"
