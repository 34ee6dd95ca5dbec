"""A fake Nominatim server on 127.0.0.1 for the online-geocoding tests.

Each request is logged (time, path, query, User-Agent). ``script`` maps a
query to a list of behaviours used in turn (the last repeats):

* "ok": the file in data/nominatim, or [] when there is none;
* "429:<retry-after>", or any status code ("404", "500", "503");
* "sleep:<seconds>" then "ok"; "garbage" (not JSON); "body:<text>" (200 with that body);
* "drip:<seconds>": the whole response (status line, headers, body []) one byte at a time;
* "dripbody:<seconds>": headers at once, then a body of 60 bytes one at a time;
* "gzip:<megabytes>": a gzip-encoded valid JSON answer ([ then spaces then ]) of that size.

The server is quiet and robust: a client that hangs up (timeouts, broken
pipes) is not an error, nothing is printed, and leaving the ``with`` block
stops every handler (sleeps and drips are cut short) and joins its thread,
so no handler outlives its test. Any other handler exception is kept in
``errors``.
"""
from __future__ import annotations

import gzip
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data" / "nominatim"


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread
    block_on_close = True

    def handle_error(self, request, client_address):
        import ssl
        import sys

        exc = sys.exc_info()[1]
        # A client that went away is not an error of the fake: over TLS a write to a client that has closed
        # (the test's 0.5 s timeout during a drip, later on a loaded machine) is an SSLEOFError, not a
        # ConnectionError.
        if not isinstance(exc, (ConnectionError, TimeoutError, ssl.SSLEOFError, ssl.SSLZeroReturnError)):
            self.owner.errors.append(exc)


class FakeNominatim:
    def __init__(self):
        self.log: list[dict] = []
        self.errors: list[BaseException] = []
        self.script: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 10  # a client that never reads cannot hold server_close() for long
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                parts = urlsplit(self.path)
                q = parse_qs(parts.query).get("q", [""])[0]
                with owner.lock:
                    owner.log.append({"t": time.monotonic(), "path": parts.path, "q": q,
                                      "ua": self.headers.get("User-Agent"), "query": parse_qs(parts.query)})
                    plan = owner.script.get(q) or owner.script.get("*") or ["ok"]
                    action = plan.pop(0) if len(plan) > 1 else plan[0]
                kind, _, arg = action.partition(":")
                if kind == "sleep":
                    if owner.stop.wait(float(arg)):
                        return
                    kind = "ok"
                if kind in ("drip", "dripbody"):
                    return self._drip(float(arg), headers_too=kind == "drip")
                if kind.isdigit():
                    return self._send(int(kind), b"Service Unavailable" if kind.startswith("5") else b"",
                                      {"Retry-After": arg} if arg else {})
                if kind == "gzip":
                    body = b"[" + b" " * int(float(arg) * 1_000_000) + b"]"
                    return self._send(200, gzip.compress(body, 9), {"Content-Encoding": "gzip"})
                body = {"garbage": b"{not json", "body": arg.encode()}.get(kind) or self._answer(q)
                self._send(200, body)

            def _send(self, status: int, body: bytes, headers=None):
                self.send_response(status)
                for k, v in {"Content-Type": "application/json", "Content-Length": str(len(body)),
                             **(headers or {})}.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _drip(self, every: float, headers_too: bool):
                body = b"[" + b" " * 58 + b"]"
                head = (b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                        b"Content-Length: %d\r\n\r\n" % len(body))
                if not headers_too:
                    self.wfile.write(head)
                for byte in (head + body if headers_too else body):
                    if owner.stop.wait(every):
                        return
                    self.wfile.write(bytes([byte]))

            def _answer(self, q: str) -> bytes:
                path = DATA / ("-".join(q.lower().replace("'", "").split()) + ".json")
                return path.read_bytes() if path.is_file() else b"[]"

        self.server = _QuietServer(("127.0.0.1", 0), Handler)
        self.server.owner = self
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()  # cut sleeps and drips short
        self.server.shutdown()
        self.server.server_close()  # joins the handler threads
        self.thread.join(5)

    def queries(self) -> list[str]:
        return [r["q"] for r in self.log]
