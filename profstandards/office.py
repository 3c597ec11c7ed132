"""Word files from strangers, opened safely: DOCX packages and LibreOffice conversion.

A DOCX is a zip of XML parts.  :func:`open_docx` reads it without trusting it: it
refuses what is not a zip (an encrypted DOCX is an OLE compound file, so is a ``.doc``),
caps the number of parts and their decompressed size (zip bombs), never follows an
external relationship (it never fetches anything), and parses each XML part it is asked
for with the same hardened settings as registry XML (no DTD, no entities, no network).

:func:`load` takes any Word-like file: ``.docx`` (and ``.docm``) directly, ``.doc``,
``.rtf`` and ``.odt`` through LibreOffice headless (``soffice --convert-to docx``) into
a temporary directory.  Every failure is an :class:`~profstandards.errors.InputError`:
one line naming the file.
"""

from __future__ import annotations

import os
import posixpath
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from profstandards import files
from profstandards.errors import InputError
from profstandards.i18n import Msg

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = {"w": W, "r": R}

MAX_PARTS = 5_000
MAX_TOTAL = 512 * 1024 * 1024  # decompressed bytes of all parts
MAX_PART = 256 * 1024 * 1024
MAX_RATIO = 200  # decompressed : compressed, per part larger than 1 MB
CONVERT_TIMEOUT = 180  # seconds for one LibreOffice conversion

CONVERTED = (".doc", ".rtf", ".odt", ".docm", ".dot", ".dotx", ".wps", ".fodt")
NOT_ZIP = Msg("это не документ Word (DOCX): файл не является zip-архивом",
              "not a Word document (DOCX): the file is not a zip archive")
ENCRYPTED = Msg("документ защищён паролем (зашифрован) — снимите защиту в Word и сохраните "
                "заново", "the document is password-protected (encrypted): remove the "
                "protection in Word and save it again")
CORRUPT = Msg("повреждённый документ Word: {detail}", "corrupt Word document: {detail}")
NO_BODY = Msg("в архиве нет основного документа (word/document.xml) — это не документ Word",
              "the archive has no main document (word/document.xml): not a Word document")
BOMB = Msg("архив слишком велик после распаковки ({detail}) — файл отклонён (защита от "
           "zip-бомб)", "the archive is too large when unpacked ({detail}): refused "
           "(zip-bomb protection)")
DOCTYPE = Msg("часть {part}: объявление DOCTYPE/ENTITY запрещено",
              "part {part}: DOCTYPE/ENTITY declarations are refused")
BAD_PART = Msg("часть {part} не является корректным XML: {detail}",
               "part {part} is not well-formed XML: {detail}")
NO_SOFFICE = Msg(
    "для файлов {suffix} нужен LibreOffice, а он не установлен; установите его "
    "(Debian/Ubuntu: sudo apt-get install libreoffice-writer) или сохраните файл в Word как .docx",
    "{suffix} files need LibreOffice, which is not installed; install it "
    "(Debian/Ubuntu: sudo apt-get install libreoffice-writer) or save the file as .docx in Word",
)
CONVERT_FAILED = Msg("LibreOffice не смог преобразовать файл в DOCX: {detail}",
                     "LibreOffice could not convert the file to DOCX: {detail}")
UNKNOWN_KIND = Msg("неизвестный тип файла {suffix}: ожидается .docx, .doc, .rtf или .odt",
                   "unknown file type {suffix}: expected .docx, .doc, .rtf or .odt")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False,
                       dtd_validation=False, huge_tree=False, remove_blank_text=False)


def parse_part(data: bytes, source: str, part: str) -> etree._Element:
    """One XML part of a package, parsed with DTDs, entities and network off."""
    head = data[:2048]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise InputError(source, DOCTYPE, part=part)
    try:
        root = etree.fromstring(data, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as e:
        raise InputError(source, BAD_PART, part=part,
                         detail=(e.msg or str(e)).split(", line ")[0]) from None
    docinfo = root.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        raise InputError(source, DOCTYPE, part=part)
    return root


@dataclass
class Package:
    """An opened DOCX: its part names and sizes; parts are read and parsed on demand.

    ``source`` names the file the user gave (the original ``.rtf``, not the converted
    temporary copy), so every message names what the user knows.
    """

    source: str
    data: bytes
    names: frozenset[str]
    _zip: zipfile.ZipFile = field(repr=False)
    _parsed: dict[str, etree._Element] = field(default_factory=dict, repr=False)

    def has(self, part: str) -> bool:
        return part in self.names

    def read(self, part: str) -> bytes:
        """The bytes of ``part`` (``word/document.xml``)."""
        try:
            return self._zip.read(part)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError,
                NotImplementedError, RuntimeError) as e:
            raise InputError(self.source, CORRUPT, detail=f"{part}: {e}") from None
        except KeyError:
            raise InputError(self.source, CORRUPT, detail=f"{part}: нет части") from None

    def xml(self, part: str) -> etree._Element:
        """``part`` parsed (hardened), cached."""
        if part not in self._parsed:
            self._parsed[part] = parse_part(self.read(part), self.source, part)
        return self._parsed[part]

    def related(self, part: str, reltype: str) -> str | None:
        """The name of the first part related to ``part`` by a relationship whose type
        ends with ``reltype`` (``"/comments"``), or ``None``; external targets are ignored."""
        folder, _, name = part.rpartition("/")
        rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        if not self.has(rels):
            return None
        for rel in self.xml(rels):
            if not (rel.get("Type") or "").endswith(reltype) or rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else \
                posixpath.normpath(posixpath.join(folder, target))
            return path if self.has(path) else None
        return None

    @property
    def document(self) -> etree._Element:
        """The main document part's root (``w:document``)."""
        return self.xml("word/document.xml")


def open_docx(path: str | Path, source: str | None = None) -> Package:
    """Open a DOCX safely (see the module docstring); ``source`` names it in messages."""
    source = source or str(path)
    data = files.read_bytes(path)
    return open_bytes(data, source)


def open_bytes(data: bytes, source: str) -> Package:
    """:func:`open_docx` of bytes already read."""
    import io

    if data.startswith(_OLE):
        # An encrypted DOCX is an OLE container holding "EncryptedPackage".
        raise InputError(source, ENCRYPTED if b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data
                         else NOT_ZIP)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        if not data.startswith(b"PK"):
            raise InputError(source, NOT_ZIP) from None
        raise InputError(source, CORRUPT, detail=str(e)) from None
    if len(infos) > MAX_PARTS:
        raise InputError(source, BOMB, detail=f"{len(infos)} частей > {MAX_PARTS}")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise InputError(source, ENCRYPTED)
        total += info.file_size
        ratio_bad = info.file_size > 1 << 20 and \
            info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if info.file_size > MAX_PART or total > MAX_TOTAL or ratio_bad:
            raise InputError(source, BOMB, detail=f"{info.filename}: {info.file_size} байт")
    names = frozenset(info.filename for info in infos)
    if "word/document.xml" not in names:
        raise InputError(source, NO_BODY)
    return Package(source, data, names, archive)


def soffice() -> str | None:
    """The LibreOffice executable (``$PROFSTANDARDS_SOFFICE``, ``soffice``, ``libreoffice``)."""
    configured = os.environ.get("PROFSTANDARDS_SOFFICE")
    if configured:
        return configured if Path(configured).exists() else shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, outdir: Path, to: str = "docx", source: str | None = None) -> Path:
    """``path`` converted by LibreOffice headless into ``outdir`` (a fresh profile each
    time, so a running LibreOffice of the user's does not get in the way); messages name
    ``source`` (default: ``path``)."""
    source = source or str(path)
    exe = soffice()
    if exe is None:
        raise InputError(source, NO_SOFFICE, suffix=path.suffix.lower() or path.name)
    profile = outdir / ".lo-profile"
    command = [exe, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless",
               "--norestore", "--convert-to", to, "--outdir", str(outdir), str(path)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT,
                              stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise InputError(source, CONVERT_FAILED, detail=str(e)) from None
    out = outdir / (path.stem + "." + to.split(":")[0])
    if done.returncode != 0 or not out.is_file():
        detail = (done.stderr or done.stdout).decode("utf-8", "replace").strip().splitlines()
        raise InputError(source, CONVERT_FAILED,
                         detail=detail[-1] if detail else f"код {done.returncode}")
    return out


def load(path: str | Path) -> Package:
    """Any Word-like file as an opened DOCX package (converted first if it is not one)."""
    path = Path(path)
    data = files.read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in (".docx", ".dotx") and not data.startswith(_OLE):
        return open_bytes(data, str(path))
    if suffix not in CONVERTED and suffix != ".docx":
        if data.startswith(b"PK"):
            return open_bytes(data, str(path))
        raise InputError(str(path), UNKNOWN_KIND, suffix=suffix or path.name)
    if data.startswith(_OLE) and b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data:
        raise InputError(str(path), ENCRYPTED)
    with tempfile.TemporaryDirectory(prefix="profstandards-") as tmp:
        # A copy with a plain name: LibreOffice names its output after its input.
        copy = Path(tmp) / ("input" + (suffix or ".doc"))
        copy.write_bytes(data)
        converted = convert(copy, Path(tmp), source=str(path))
        return open_bytes(converted.read_bytes(), str(path))
