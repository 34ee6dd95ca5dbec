"""Web pages as articles: a saved HTML file or a link, reduced to its main text and metadata.

The main text (no navigation, footers, cookie banners or "related stories")
and the page's title, site, author, publication date and canonical URL come
from trafilatura (``pip install 'geomap[web]'``), which reads HTML locally
and never runs the page's scripts. A link is fetched only when the user
gives one, by :func:`fetch` with a timeout, a size cap and a User-Agent; any
failure is an :class:`~geomap.errors.InputError` (exit 3).

Evidence offsets index the extracted text, never the HTML.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

FETCH_TIMEOUT_S = 20.0  # for the whole download: connecting, redirects and a slow server included
MAX_PAGE_BYTES = 5 * 1024 * 1024  # a news page is well under this; more is refused
MAX_REDIRECTS = 5
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")


@dataclass(frozen=True)
class Page:
    """A web page's main text and what it says about itself (None when it does not say)."""

    text: str
    title: str | None = None
    site: str | None = None
    author: str | None = None
    date: str | None = None  # ISO 8601 date, as the page gives it
    url: str | None = None  # the canonical URL, else the URL it was fetched from

    def metadata(self) -> dict:
        return {"title": self.title, "site": self.site, "author": self.author, "date": self.date,
                "url": self.url}


def is_url(arg: str) -> bool:
    """Whether a command-line input is a link (only http and https are fetched).

    >>> is_url("https://example.org/a"), is_url("HTTP://x"), is_url("page.html"), is_url("file:///etc/passwd")
    (True, True, False, False)
    """
    return re.match(r"(?i)https?://", arg) is not None


def looks_like_html(data: bytes, name: str = "") -> bool:
    """An HTML file by its name (``.html``, ``.htm`` ...) or its first tag.

    >>> looks_like_html(b"<!DOCTYPE html><p>x"), looks_like_html(b"Kerman, Iran."), looks_like_html(b"", "a.HTM")
    (True, False, True)
    """
    return name.lower().endswith(_HTML_SUFFIXES) or _HTML_START.match(data[:4096].lstrip(b"\xef\xbb\xbf")) is not None


def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        raise InputError("reading web pages needs trafilatura: pip install 'geomap[web]'") from None
    return trafilatura


def _clean(value) -> str | None:
    value = " ".join(str(value).split()) if value else ""
    return value or None


def page_from_html(data: bytes | str, name: str = "<page>", url: str | None = None) -> Page:
    """The main text and metadata of an HTML page (bytes in any declared charset, or text).

    Raises InputError when the page has no article text.
    """
    trafilatura = _trafilatura()
    try:
        # precision over recall, and no fallback to "all the text there is" (fast=True): a page whose
        # article trafilatura cannot find is refused rather than read with its menus and footers
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, favor_precision=True, fast=True,
                                          include_comments=False, include_tables=False, include_images=False,
                                          include_links=False, deduplicate=False)
    except Exception as exc:  # trafilatura/lxml on hostile markup: an unreadable input, never a crash
        raise InputError(f"{name}: cannot read the HTML ({type(exc).__name__})") from None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if not text.strip():
        raise InputError(f"{name}: no article text found in the page")
    return Page(text=text, title=_clean(doc.title), site=_clean(doc.sitename), author=_clean(doc.author),
                date=_clean(doc.date), url=_clean(doc.url) or url)


def _redirect_handler():
    """A urllib redirect handler that follows at most MAX_REDIRECTS, and only to http(s)."""
    import urllib.request

    class Handler(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            if not is_url(newurl):
                raise InputError(f"{req.full_url}: redirected to a non-HTTP address")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Handler()


def user_agent() -> str:
    from . import __version__

    return f"geomap/{__version__} (+https://github.com/geomap; reads one page a user asked for)"


def _read_capped(response, url: str, deadline: float, timeout_s: float) -> bytes:
    import time

    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > MAX_PAGE_BYTES:
        raise InputError(f"{url}: the page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MiB")
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out after {timeout_s:g} s")
        chunk = response.read1(65536) if hasattr(response, "read1") else response.read(65536)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_PAGE_BYTES:
            raise InputError(f"{url}: the page is larger than {MAX_PAGE_BYTES // (1024 * 1024)} MiB")
        chunks.append(chunk)


def fetch(url: str, timeout_s: float | None = None) -> tuple[bytes, str, str]:
    """``(body, final URL, content type)`` of a link; every failure is a one-line InputError.

    Plain HTTP(S) GET with a User-Agent, no cookies, no compression asked for,
    at most MAX_REDIRECTS redirects (to http or https only), ``timeout_s``
    for each socket operation and for the whole download, and a body of at
    most MAX_PAGE_BYTES. Nothing of the page is executed.
    """
    import http.client
    import socket
    import time
    import urllib.error
    import urllib.request

    timeout_s = FETCH_TIMEOUT_S if timeout_s is None else timeout_s
    opener = urllib.request.build_opener(_redirect_handler())
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept-Encoding": "identity",
                                                   "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8"})
    deadline = time.monotonic() + timeout_s
    try:
        with opener.open(request, timeout=timeout_s) as response:
            body = _read_capped(response, url, deadline, timeout_s)
            return body, response.geturl(), response.headers.get_content_type()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            why = "a redirect loop" if "infinite loop" in str(exc.reason) else _one_line(exc.reason)
            raise InputError(f"{url}: HTTP {exc.code}: redirect not followed ({why})") from None
        raise InputError(f"{url}: HTTP {exc.code} {_one_line(exc.reason)}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(f"{url}: timed out after {timeout_s:g} s") from None
        raise InputError(f"{url}: cannot fetch ({_one_line(getattr(reason, 'strerror', None) or reason)})") from None
    except (TimeoutError, socket.timeout):
        raise InputError(f"{url}: timed out after {timeout_s:g} s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise InputError(f"{url}: cannot fetch ({type(exc).__name__}: {_one_line(exc)})") from None


def _one_line(value) -> str:
    """A server's or library's message as one line of at most 200 characters.

    >>> _one_line("a\\nb  c" + "x" * 300)[:8], len(_one_line("y" * 300))
    ('a b cxxx', 200)
    """
    return " ".join(str(value).split())[:200]
