"""Reading articles and splitting them into sentences, keeping offsets."""
from __future__ import annotations

import bisect
import re
import sys
from pathlib import Path

from .errors import InputError
from .model import Sentence

MAX_BYTES = 20 * 1024 * 1024

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "gen", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj",
    "st", "mt", "ft", "no", "vs", "jr", "sr", "inc", "corp", "co", "u.s", "u.k", "a.m", "p.m",
    "e.g", "i.e", "approx", "est", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
    "nov", "dec", "prof", "rev", "adm", "cmdr", "gov", "pres", "supt", "det", "insp",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def decode_article(data: bytes, name: str = "<article>") -> str:
    """Decode article bytes as UTF-8 text, refusing binary and empty input.

    A byte-order mark is dropped and CRLF/CR line ends become LF, so evidence
    offsets index this normalised text (see :func:`article_info`).

    Examples
    --------
    >>> decode_article(b"Kerman, Iran.")
    'Kerman, Iran.'
    >>> decode_article(b"   ")
    Traceback (most recent call last):
    ...
    geomap.errors.InputError: <article> is empty
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if b"\x00" in data:
        raise InputError(f"{name} is binary, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (bad byte at offset {exc.start})") from None
    if not text.strip():
        raise InputError(f"{name} is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_info(data: bytes) -> dict:
    """How the text the offsets index differs from the file: its SHA-256 and line ends.

    >>> article_info(b"a\\r\\nb")["newlines"]
    'normalised from CRLF'
    >>> article_info(b"a\\nb")["newlines"]
    'as in the file'
    """
    import hashlib

    crlf = data.count(b"\r\n")
    lone_cr = data.count(b"\r") - crlf
    kinds = [k for k, n in (("CRLF", crlf), ("CR", lone_cr)) if n]
    return {"file_sha256": hashlib.sha256(data).hexdigest(),
            "newlines": f"normalised from {' and '.join(kinds)}" if kinds else "as in the file",
            "bom_removed": data.startswith(b"\xef\xbb\xbf")}


def _read_limited(fh, name: str) -> bytes:
    """At most MAX_BYTES + 1 bytes: enough to refuse a larger (or endless) input."""
    chunks, size = [], 0
    while size <= MAX_BYTES:
        chunk = fh.read(MAX_BYTES + 1 - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:
        raise InputError(f"{name} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    return data


def read_article_bytes(path: str | Path) -> tuple[bytes, str, str]:
    """``(data, shown name, stem)`` of an article file, or of standard input for ``-``."""
    from .atomic import printable

    if str(path) == "-":
        if sys.stdin is None:
            raise InputError("standard input is closed")
        return _read_limited(sys.stdin.buffer, "standard input"), "standard input", "stdin"
    p, shown = Path(path), printable(str(path))
    if not p.exists():
        raise InputError(f"{shown}: no such file")
    if p.is_dir():
        raise InputError(f"{shown} is a directory, not an article")
    try:
        with open(p, "rb") as fh:
            return _read_limited(fh, shown), shown, printable(p.stem)
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None


def read_article(path: str | Path) -> tuple[str, str]:
    """Read an article from ``path`` (``-`` for standard input).

    Returns ``(text, stem)`` where ``stem`` names the default output.
    """
    data, shown, stem = read_article_bytes(path)
    return decode_article(data, shown), stem


def _word_before(body: str, end: int) -> str:
    """The last white-space-separated word of ``body[:end]`` (what ``rsplit(None, 1)[-1]`` gives).

    Scans back only over that word and the white space after it, so the cost
    of a boundary does not grow with the length of its line.

    >>> _word_before("Gen. Soleimani", 3), _word_before("a b  ", 5), _word_before("   ", 3)
    ('Gen', 'b', '')
    """
    j = end
    while j > 0 and body[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and not body[k - 1].isspace():
        k -= 1
    return body[k:j]


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences on line breaks and sentence punctuation.

    Offsets index ``text``; surrounding white space is left out.

    Examples
    --------
    >>> s = split_sentences("Gen. Soleimani died. Kerman mourned.\\nNext line")
    >>> [("Gen. Soleimani died. Kerman mourned.\\nNext line")[x.start:x.end] for x in s]
    ['Gen. Soleimani died.', 'Kerman mourned.', 'Next line']
    >>> [x.line for x in s]
    [1, 1, 2]
    """
    cuts: list[tuple[int, int, int]] = []
    line_no, counted = 1, 0  # newlines are counted once, line by line
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        line_no += text.count("\n", counted, pos)
        counted = pos
        seg_start = pos
        body = line.group()
        for m in _BOUNDARY.finditer(body):
            word = _word_before(body, m.start()).lower().lstrip("\"'(\u201c")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            end = pos + m.start() + len(m.group().rstrip())
            cuts.append((seg_start, end, line_no))
            seg_start = pos + m.end()
        cuts.append((seg_start, line.end(), line_no))
    out = []
    for s, e, n in cuts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(len(out), s, e, n))
    return tuple(out)


def sentence_at(sentences: tuple[Sentence, ...], offset: int) -> Sentence:
    """The sentence containing character ``offset`` (or the nearest before it).

    Sentences are in order, so this is a binary search.

    >>> ss = split_sentences("One. Two. Three.")
    >>> [sentence_at(ss, i).index for i in (0, 4, 5, 15, 99)]
    [0, 0, 1, 2, 2]
    """
    i = bisect.bisect_right(sentences, offset, key=lambda s: s.start) - 1
    return sentences[max(i, 0)]
