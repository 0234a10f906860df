"""Bytes to text: decoding article files without mangling them silently.

UTF-8 (with or without a byte-order mark), UTF-16 (with a byte-order mark, or without one when
the NUL bytes give it away), cp1252 and latin-1 are recognised; binary data is refused with a
sentence saying so.  :func:`stream_encoding` makes the same decision for a file too large to
hold in memory.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import CorpusError

__all__ = [
    "decode_bytes",
    "read_text_file",
    "head_text",
    "normalise_newlines",
    "stream_encoding",
    "utf16_codec",
    "BINARY_CONTROL",
    "CP1252_UNDEFINED",
]

#: C0 controls other than tab/newline/carriage return: their presence means "binary", not text.
BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
#: Bytes that cp1252 leaves undefined: a file holding them is read as latin-1.
CP1252_UNDEFINED = {0x81, 0x8D, 0x8F, 0x90, 0x9D}


def decode_bytes(data: bytes) -> tuple[str, str, str]:
    """Decode raw article bytes without ever mangling them silently.

    Parameters
    ----------
    data
        The file's bytes.

    Returns
    -------
    text, encoding, issue
        ``encoding`` is what was used (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le`` or
        ``utf-16-be`` without a byte-order mark, ``cp1252``, ``latin-1``); ``issue`` is ``""``
        for ordinary text, otherwise a sentence saying what is wrong (then ``text`` is ``""``
        when the bytes are not text at all).

    Examples
    --------
    >>> decode_bytes("Kyiv – café".encode("utf-8"))[:2]
    ('Kyiv – café', 'utf-8')
    >>> decode_bytes("Kyiv – café".encode("cp1252"))[:2]
    ('Kyiv – café', 'cp1252')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ""
        except UnicodeDecodeError:
            return "", "utf-16", "starts with a UTF-16 byte-order mark but is not valid UTF-16"
    # UTF-16 without a byte-order mark: NUL bytes in every other position (decided before UTF-8,
    # which would read ASCII-only UTF-16 as text full of NULs and the rest as binary)
    head = data[:65536]
    if head.count(0) > len(head) // 4:
        codec = utf16_codec(head)
        if codec is None:
            return "", "binary", "binary data, not text (NUL bytes); convert it to UTF-8 text"
        try:
            return data.decode(codec), codec, ""
        except UnicodeDecodeError:
            return (
                "",
                codec,
                f"looks like {codec.upper()} text without a byte-order mark but is not",
            )
    try:
        text = data.decode("utf-8")
        enc = "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError:
        return _decode_legacy(data)
    # valid UTF-8 can still hold a few stray NUL bytes
    if "\x00" in text[:65536]:
        return _strip_nul(text, enc)
    if BINARY_CONTROL.search(data[:65536]) and len(BINARY_CONTROL.findall(data[:65536])) > 16:
        return "", "binary", "binary data, not text (many control bytes); convert it to UTF-8 text"
    return text, enc, ""


def _decode_legacy(data: bytes) -> tuple[str, str, str]:
    """Decode bytes that are not UTF-8: cp1252, or latin-1 when cp1252 leaves a byte undefined."""
    if BINARY_CONTROL.search(data[:65536]):
        return (
            "",
            "binary",
            "binary data, not text (control bytes such as NUL); convert it to UTF-8 text",
        )
    if any(b in CP1252_UNDEFINED for b in data):
        return data.decode("latin-1"), "latin-1", ""
    return data.decode("cp1252"), "cp1252", ""


def _strip_nul(text: str, enc: str) -> tuple[str, str, str]:
    """Valid UTF-8 holding a few NUL characters: removed, and said so."""
    n_nul = text[:65536].count("\x00")
    text = text.replace("\x00", "")
    return normalise_newlines(text), enc, f"removed {n_nul} NUL byte(s) from the text"


def utf16_codec(head: bytes) -> str | None:
    """The UTF-16 byte order of text without a byte-order mark, from where its NUL bytes are.

    Text in the Latin script written as UTF-16 has a NUL as the high byte of almost every
    character: at odd offsets in little-endian, at even offsets in big-endian.

    Parameters
    ----------
    head
        The first bytes of the file (a few kilobytes are enough).

    Returns
    -------
    str or None
        ``utf-16-le`` or ``utf-16-be``, or ``None`` when the NUL bytes follow neither pattern
        (binary data).

    Examples
    --------
    >>> utf16_codec("Kyiv, café".encode("utf-16-le")), utf16_codec("Kyiv".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> utf16_codec(bytes(8)) is None
    True
    """
    head = head[: len(head) // 2 * 2]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd > pairs // 2 and even <= pairs // 10:
        return "utf-16-le"
    if even > pairs // 2 and odd <= pairs // 10:
        return "utf-16-be"
    return None


def normalise_newlines(text: str) -> str:
    """Turn Windows (``\\r\\n``) and old Mac (``\\r``) line ends into ``\\n``.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    str

    Examples
    --------
    >>> normalise_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: str | Path) -> tuple[str, str, str]:
    """Read one article file; see :func:`decode_bytes` for the return value.

    Parameters
    ----------
    path
        A plain-text file.

    Returns
    -------
    text, encoding, issue

    Examples
    --------
    >>> from analysis.paths import DEFAULT_CORPUS
    >>> text, enc, issue = read_text_file(DEFAULT_CORPUS / "004_a7c159f3859510b9.txt")
    >>> enc, issue, text.startswith("Kremlin Spokesman")
    ('utf-8', '', True)
    """
    data = Path(path).read_bytes()
    text, enc, issue = decode_bytes(data)
    text = normalise_newlines(text)
    if not issue and not text.strip():
        issue = "empty file" if not text else "file contains only whitespace"
    return text, enc, issue


def head_text(path: Path, size: int = 65536) -> str:
    """The first ``size`` bytes of a file as text (``""`` when it cannot be read): enough to
    tell an export's format without reading the whole file.

    Parameters
    ----------
    path
        Any file.
    size
        How many bytes to read.

    Returns
    -------
    str
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(size)
    except OSError:
        return ""
    return normalise_newlines(decode_bytes(head)[0])


def stream_encoding(p: Path) -> str:
    """The encoding to stream a text file with, by the rules of :func:`decode_bytes`.

    One pass over the bytes, without holding the file in memory.

    Parameters
    ----------
    p
        A text file (CSV, TSV, JSONL).

    Returns
    -------
    str
        ``utf-16``, ``utf-16-le``/``utf-16-be`` (no byte-order mark), ``utf-8-sig`` (also
        right for UTF-8 without a byte-order mark), ``cp1252`` or ``latin-1``.

    Raises
    ------
    CorpusError
        The file is binary data, not text.
    """
    import codecs

    with open(p, "rb") as fh:
        head = fh.read(65536)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "utf-16"
        if head.count(0) > len(head) // 4:  # as decode_bytes: UTF-16 without a byte-order mark
            codec = utf16_codec(head)
            if codec is None:
                raise CorpusError(
                    f"{p}: binary data, not text (NUL bytes); convert it to UTF-8 text."
                )
            return codec
        dec = codecs.getincrementaldecoder("utf-8")()
        block, undefined = head, False
        try:
            while block:
                dec.decode(block)
                undefined = undefined or any(b in CP1252_UNDEFINED for b in block)
                block = fh.read(1 << 20)
            dec.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
        if BINARY_CONTROL.search(head):
            raise CorpusError(
                f"{p}: binary data, not text (control bytes such as NUL); convert it to UTF-8 text."
            )
        while block and not undefined:
            undefined = any(b in CP1252_UNDEFINED for b in block)
            block = fh.read(1 << 20)
    return "latin-1" if undefined else "cp1252"
