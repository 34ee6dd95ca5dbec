"""HTTP for the online geocoders: one request, bounded in wall time and in size.

geopy's own adapters bound each socket operation, not the request: a server
that sends a byte every few seconds holds them for ever, and they inflate a
gzip body of any size. :class:`BoundedAdapter` (a geopy adapter) gives each
request one deadline, ``timeout`` seconds from its start, that every connect,
send and read honours, and reads at most ``max_bytes`` of (decompressed)
body. It never retries: the caller's retry policy is the only one.
"""
from __future__ import annotations

import base64
import http.client
import io
import json
import socket
import ssl
import time
import zlib
from urllib.parse import unquote, urlsplit

from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.exc import GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable

from .online_answers import AnswerTooLarge, MalformedAnswer
_CHUNK = 64 * 1024


class _Expired(TimeoutError):
    pass


class CertificateError(GeocoderServiceError):
    """The service's TLS certificate cannot be verified: final, retrying cannot help."""


class _DeadlineSocket:
    """A socket whose every operation ends by ``deadline`` (time.monotonic())."""

    def __init__(self, sock, deadline: float):
        self._sock, self._deadline = sock, deadline

    def _arm(self) -> None:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise _Expired()
        self._sock.settimeout(left)

    def recv_into(self, buf, *args):
        self._arm()
        return self._sock.recv_into(buf, *args)

    def sendall(self, data, *args):
        self._arm()
        return self._sock.sendall(data, *args)

    def makefile(self, mode="rb", *args, **kwargs):  # like socket.makefile: the fd lives while the file does
        self._sock._io_refs += 1
        return io.BufferedReader(socket.SocketIO(self, "rb"))

    def _decref_socketios(self):
        self._sock._decref_socketios()

    def __getattr__(self, name):
        return getattr(self._sock, name)


class BoundedAdapter(BaseSyncAdapter):
    """A geopy adapter: ``timeout`` bounds the whole request; the body is capped at ``max_bytes``.

    ``check_json``, when set, sees every decoded JSON answer and may raise an AnswerError.
    """

    def __init__(self, *, proxies, ssl_context, max_bytes: int, check_json=None):
        super().__init__(proxies=proxies, ssl_context=ssl_context)
        self.proxies, self.ssl_context = proxies, ssl_context
        self.max_bytes, self.check_json = max_bytes, check_json

    def get_json(self, url, *, timeout, headers):
        text = self.get_text(url, timeout=timeout, headers=headers)
        try:
            data = json.loads(text)
        except ValueError:
            raise MalformedAnswer(f"not JSON ({text[:40]!r})") from None
        if self.check_json is not None:
            self.check_json(data)
        return data

    def get_text(self, url, *, timeout, headers):
        deadline = time.monotonic() + timeout
        try:
            status, resp_headers, body = self._fetch(url, headers, deadline)
        except ssl.SSLCertVerificationError as exc:
            raise CertificateError(f"cannot verify the certificate of {urlsplit(url).hostname} "
                                   f"({exc.verify_message or exc})") from None
        except (_Expired, TimeoutError):
            raise GeocoderTimedOut(f"no complete answer within {timeout:.3g} s") from None
        except (http.client.HTTPException, ConnectionError) as exc:
            raise GeocoderServiceError(f"broken answer ({type(exc).__name__}: {exc})") from None
        except OSError as exc:
            raise GeocoderUnavailable(f"cannot connect ({exc})") from None
        text = body.decode(_charset(resp_headers.get("content-type", "")), errors="replace")
        if status >= 400:
            raise AdapterHTTPError(f"Non-successful status code {status}", status_code=status,
                                   headers=resp_headers, text=text)
        return text

    def _fetch(self, url: str, headers: dict, deadline: float):
        parts = urlsplit(url)
        conn, target, extra = self._connection(parts, deadline)
        try:
            conn.connect()
            conn.sock = _DeadlineSocket(conn.sock, deadline)
            conn.request("GET", target, headers={"Accept-Encoding": "gzip, deflate", **headers, **extra})
            resp = conn.getresponse()
            resp_headers = {k.lower(): v for k, v in resp.getheaders()}
            body = _read_capped(resp, resp_headers.get("content-encoding", "identity"), self.max_bytes)
            return resp.status, resp_headers, body
        finally:
            conn.close()

    def _connection(self, parts, deadline: float):
        """An HTTP(S) connection for ``parts`` (through the proxy, if any), the request target and
        the headers it needs."""
        import urllib.request

        left = max(deadline - time.monotonic(), 0.001)
        https = parts.scheme == "https"
        port = parts.port or (443 if https else 80)
        target = parts.path or "/"
        target += f"?{parts.query}" if parts.query else ""
        proxies = self.proxies if self.proxies is not None else urllib.request.getproxies()
        proxy = proxies.get(parts.scheme) if isinstance(proxies, dict) else proxies
        if proxy and self.proxies is None and urllib.request.proxy_bypass(parts.hostname or ""):
            proxy = None
        if not proxy:
            cls = http.client.HTTPSConnection if https else http.client.HTTPConnection
            kwargs = {"context": self.ssl_context} if https else {}
            return cls(parts.hostname, port, timeout=left, **kwargs), target, {}
        p = urlsplit(proxy if "://" in proxy else f"http://{proxy}")
        auth = {}
        if p.username:
            token = base64.b64encode(f"{unquote(p.username)}:{unquote(p.password or '')}".encode()).decode()
            auth = {"Proxy-Authorization": f"Basic {token}"}
        if https:
            conn = http.client.HTTPSConnection(p.hostname, p.port or 80, timeout=left, context=self.ssl_context)
            conn.set_tunnel(parts.hostname, port, headers=auth)
            return conn, target, {}
        conn = http.client.HTTPConnection(p.hostname, p.port or 80, timeout=left)
        return conn, f"http://{parts.netloc}{target}", auth


def _charset(content_type: str) -> str:
    import codecs

    for param in content_type.split(";")[1:]:
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip('"')).name
            except LookupError:
                break
    return "utf-8"


def _read_capped(resp, encoding: str, max_bytes: int) -> bytes:
    """The body, decompressed, or AnswerTooLarge as soon as it passes ``max_bytes``."""
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS)
    elif encoding not in ("", "identity"):
        raise MalformedAnswer(f"unsupported Content-Encoding {encoding!r}")
    else:
        inflater = None
    out = bytearray()
    while True:
        chunk = resp.read(_CHUNK)
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise MalformedAnswer(f"damaged compression ({exc})") from None
        out += chunk
        if len(out) > max_bytes or (inflater is not None and inflater.unconsumed_tail):
            raise AnswerTooLarge(f"larger than {max_bytes:,} bytes")
    return bytes(out)
