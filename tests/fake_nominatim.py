"""A fake Nominatim server on 127.0.0.1 for the online-geocoding tests.

Each request is logged (time, path, query, User-Agent). ``script`` maps a
query to a list of behaviours used in turn (the last repeats): "ok" (the
file in data/nominatim, or [] when there is none), "429:<retry-after>",
"503", "500", "sleep:<seconds>", "garbage".
"""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data" / "nominatim"


class FakeNominatim:
    def __init__(self):
        self.log: list[dict] = []
        self.script: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
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
                if action.startswith("sleep:"):
                    time.sleep(float(action.split(":")[1]))
                    action = "ok"
                if action.startswith("429"):
                    self.send_response(429)
                    self.send_header("Retry-After", action.split(":")[1])
                    self.end_headers()
                    return
                if action in ("503", "500"):
                    self.send_response(int(action))
                    self.end_headers()
                    self.wfile.write(b"Service Unavailable")
                    return
                body = b"{not json" if action == "garbage" else self._answer(q)
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _answer(self, q: str) -> bytes:
                path = DATA / ("-".join(q.lower().replace("'", "").split()) + ".json")
                return path.read_bytes() if path.is_file() else b"[]"

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def queries(self) -> list[str]:
        return [r["q"] for r in self.log]
