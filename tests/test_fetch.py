"""Links as articles, against a fake web server on 127.0.0.1 (never the internet).

Routes: a page, a redirect to it, a redirect loop, 404, a slow server, a
50 MB body (announced, and unannounced), a PDF and a plain-text body.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from geomap import webpage
from geomap.cli import cli

PAGE = (Path(__file__).parent / "data" / "pages" / "nypost-kerman.html").read_bytes()
BIG = 50 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status, body=b"", ctype="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: C901 (one branch per route)
        self.server.seen.append((self.path, self.headers.get("User-Agent")))
        stop = self.server.stop
        try:
            if self.path == "/news/iran-blasts.html":
                self._send(200, PAGE)
            elif self.path == "/old":
                self._send(301, headers=[("Location", "/news/iran-blasts.html")])
            elif self.path == "/loop":
                self._send(302, headers=[("Location", "/loop")])
            elif self.path == "/to-file":
                self._send(302, headers=[("Location", "file:///etc/passwd")])
            elif self.path == "/slow":
                stop.wait(5)
                self._send(200, PAGE)
            elif self.path == "/trickle":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                for _ in range(100):
                    if stop.wait(0.1):
                        return
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
            elif self.path == "/big-announced":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(BIG))
                self.end_headers()
                self.wfile.write(b"<html>" + b" " * 65536)
            elif self.path == "/big":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                chunk = b"<p>" + b"a" * 65536 + b"</p>"
                for _ in range(BIG // len(chunk) + 1):
                    if stop.is_set():
                        return
                    self.wfile.write(chunk)
            elif self.path == "/report.pdf":
                self._send(200, b"%PDF-1.4 Kerman", ctype="application/pdf")
            elif self.path == "/report.txt":
                self._send(200, b"Two bombs went off in Kerman, Iran.", ctype="text/plain; charset=utf-8")
            else:
                self._send(404, b"not here")
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.seen, httpd.stop = [], threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.stop.set()
    httpd.shutdown()
    httpd.server_close()


def _extract(url, timeout=None, monkeypatch=None):
    if timeout is not None:
        monkeypatch.setattr(webpage, "FETCH_TIMEOUT_S", timeout)
    res = CliRunner().invoke(cli, ["extract", url])
    return res.exit_code, res.stdout, res.stderr


def test_a_link_is_fetched_with_a_user_agent_and_read_as_a_page(server):
    httpd, base = server
    code, out, err = _extract(f"{base}/news/iran-blasts.html")
    assert code == 0, err
    fc = json.loads(out)
    article = fc["geomap"]["article"]
    assert article["name"] == "iran-blasts"
    assert article["fetched_from"] == f"{base}/news/iran-blasts.html"
    assert article["url"] == "https://nypost.example/2024/01/03/news/iran-blasts-soleimani-memorial/"  # canonical
    assert "Kerman" in {f["properties"]["name"] for f in fc["features"]}
    agents = [ua for path, ua in httpd.seen if path == "/news/iran-blasts.html"]
    assert agents and all(ua.startswith("geomap/") for ua in agents)


def test_redirects_are_followed(server):
    _, base = server
    code, out, err = _extract(f"{base}/old")
    assert code == 0, err
    assert json.loads(out)["geomap"]["article"]["fetched_url"] == f"{base}/news/iran-blasts.html"


@pytest.mark.parametrize("path, words", [("/loop", "redirect loop"), ("/to-file", "redirect not followed"),
                                         ("/missing", "HTTP 404")])
def test_bad_links_are_one_line_errors_exit_3(server, path, words):
    _, base = server
    code, out, err = _extract(base + path)
    assert (code, out) == (3, "")
    assert err.startswith("Error: ") and err.count("\n") == 1 and words in err


@pytest.mark.parametrize("path", ["/slow", "/trickle"])
def test_a_slow_server_times_out(server, path, monkeypatch):
    _, base = server
    t0 = time.monotonic()
    code, _, err = _extract(base + path, timeout=0.5, monkeypatch=monkeypatch)
    assert code == 3 and "timed out after 0.5 s" in err
    assert time.monotonic() - t0 < 4


@pytest.mark.parametrize("path", ["/big-announced", "/big"])
def test_a_50_mb_body_is_refused_without_reading_it_all(server, path):
    _, base = server
    t0 = time.monotonic()
    code, _, err = _extract(base + path)
    assert code == 3 and "larger than 5 MiB" in err
    assert time.monotonic() - t0 < 15


def test_a_non_html_body_is_refused(server):
    _, base = server
    code, _, err = _extract(f"{base}/report.pdf")
    assert code == 3 and "application/pdf" in err


def test_a_plain_text_body_is_read_as_text(server):
    _, base = server
    code, out, err = _extract(f"{base}/report.txt")
    assert code == 0, err
    fc = json.loads(out)
    assert fc["geomap"]["article"]["format"] == "text"
    assert [f["properties"]["name"] for f in fc["features"] if f["properties"]["kind"] == "place"] == ["Kerman", "Iran"]


def test_offline_is_a_one_line_error_exit_3():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, out, err = _extract(f"http://127.0.0.1:{port}/page.html")
    assert (code, out) == (3, "")
    assert err.startswith("Error: http://127.0.0.1:") and "cannot fetch" in err and err.count("\n") == 1
