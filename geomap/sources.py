"""One input of a run, whatever it is: a text file, standard input, a saved web page or a link.

:func:`read_report` turns a command-line input into a :class:`Report`: the
text that evidence offsets index, a name for outputs, and what the output's
``geomap.article`` says about where the text came from (the file's SHA-256,
how line ends were normalised, and for a web page its title, site, author,
date and URL).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from .errors import InputError
from .text import article_info, decode_article, read_article_bytes
from .webpage import fetch, is_url, looks_like_html, page_from_html

_HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass(frozen=True)
class Report:
    """The text of one input and where it came from.

    ``info`` is merged into the output's ``geomap.article``; ``metadata`` holds
    ``title``, ``site``, ``author``, ``date`` and ``url`` (None when unknown).
    """

    text: str
    name: str
    shown: str
    info: dict = field(default_factory=dict)
    metadata: dict = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def url_stem(url: str) -> str:
    """A file-name stem for a link: its last path segment without extension, else its host.

    >>> url_stem("https://example.org/news/2024/iran-blasts.html?x=1"), url_stem("http://example.org/")
    ('iran-blasts', 'example.org')
    """
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    stem = re.sub(r"\.[A-Za-z0-9]{1,6}$", "", last[-1]) if last else parts.hostname or "page"
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.")[:80] or "page"


def _html_report(data: bytes, name: str, shown: str, url: str | None, info: dict) -> Report:
    page = page_from_html(data, shown, url=url)
    info = {**info, "format": "html", "extracted_by": "trafilatura", **page.metadata()}
    return Report(page.text, name, shown, info, page.metadata())


def _report_from_url(url: str, fetcher) -> Report:
    from .atomic import printable

    body, final, content_type = fetcher(url)
    shown = printable(url)
    info = {"fetched_from": url, "fetched_url": final, "content_type": content_type,
            "file_sha256": hashlib.sha256(body).hexdigest()}
    if content_type in _HTML_TYPES or (content_type != "text/plain" and looks_like_html(body)):
        return _html_report(body, url_stem(final), shown, final, info)
    if content_type == "text/plain":
        text = decode_article(body, shown)
        info = {**info, **article_info(body), "format": "text", "url": final}
        return Report(text, url_stem(final), shown, info, {"url": final})
    raise InputError(f"{shown}: not a web page or text (the server sent {content_type})")


def read_report(arg: str, fetcher=fetch) -> Report:
    """Read one input: a path, ``-`` for standard input, or an http(s) link (fetched with ``fetcher``).

    HTML (by its name or its first tag) is reduced to its main text; anything
    else must be UTF-8 text. Raises InputError (exit 3) when it cannot be read.
    """
    if is_url(arg):
        return _report_from_url(arg, fetcher)
    data, shown, stem = read_article_bytes(arg)
    if looks_like_html(data, "" if arg == "-" else arg):
        return _html_report(data, stem, shown, None, {"file_sha256": hashlib.sha256(data).hexdigest()})
    text = decode_article(data, shown)
    return Report(text, stem, shown, article_info(data), {})
