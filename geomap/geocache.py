"""The online geocoders' disk cache and shared request clock, in one SQLite file.

* ``answers``: cached answers keyed by service and query, with a TTL.
* ``rate``: per service, the next free request slot (one per ``min_delay_s``)
  and the back-off a service asked for (``Retry-After``), shared by every
  geomap process on the machine. Times are wall-clock (processes share no
  other clock); each booking records when it was made, so a clock set back
  since then is detected and never turns into a long silent sleep, and a
  back-off never lasts longer than the service asked.
* WAL mode and a busy timeout make it safe for concurrent processes.
* A damaged file is a clear :class:`GeocodingError` ("`geomap cache clear`
  recreates it"), and :meth:`Cache.clear` deletes and recreates it.
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

from .errors import GeocodingError

DEFAULT_TTL_S = 30 * 24 * 3600
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS answers (service TEXT, key TEXT, query TEXT, value TEXT, created REAL,"
    " PRIMARY KEY (service, key))",
    "CREATE TABLE IF NOT EXISTS rate (service TEXT PRIMARY KEY, next_at REAL, booked_at REAL,"
    " backoff_until REAL, backoff_s REAL)",
)


def cache_path() -> Path:
    """The cache database: ``$GEOMAP_CACHE_DIR`` or the user's cache directory."""
    base = os.environ.get("GEOMAP_CACHE_DIR")
    if not base:
        import platformdirs

        base = platformdirs.user_cache_dir("geomap")
    return Path(base) / "geocoding.sqlite"


class Cache:
    """Cached answers and the per-service request clock, in one SQLite file."""

    def __init__(self, path: Path | None = None, ttl_s: float = DEFAULT_TTL_S):
        self.path = Path(path) if path else cache_path()
        self.ttl_s = ttl_s
        self.db = None
        self.damage: str | None = None  # why the file is unusable, when it is damaged
        self._open()

    def _open(self) -> None:
        import sqlite3

        for attempt in range(50):  # another process may be creating the same file right now
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                self.db.execute("PRAGMA busy_timeout=30000")
                self.db.execute("PRAGMA journal_mode=WAL")
                for statement in _SCHEMA:
                    self.db.execute(statement)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 49:
                    raise GeocodingError(f"cannot open the geocoding cache {self.path}: {exc}") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:  # not a database, malformed: `cache clear` can recover
                self.damage = str(exc)
                return
            except (OSError, sqlite3.Error) as exc:
                raise GeocodingError(f"cannot open the geocoding cache {self.path}: {exc}") from None

    @contextmanager
    def _using(self):
        """The connection; SQLite errors become GeocodingErrors, damage is remembered."""
        import sqlite3

        if self.damage:
            raise self._damaged()
        try:
            yield self.db
        except sqlite3.OperationalError as exc:
            raise GeocodingError(f"cannot use the geocoding cache {self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            self.damage = str(exc)
            raise self._damaged() from None

    def _damaged(self) -> GeocodingError:
        return GeocodingError(f"the geocoding cache {self.path} is damaged ({self.damage}); "
                              "`geomap cache clear` recreates it")

    def get(self, service: str, key: str):
        with self._using() as db:
            row = db.execute("SELECT value, created FROM answers WHERE service=? AND key=?",
                             (service, key)).fetchone()
        if row is None or time.time() - row[1] > self.ttl_s:
            return None
        return json.loads(row[0])

    def put(self, service: str, key: str, query: str, value) -> None:
        with self._using() as db:
            db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                       (service, key, query, json.dumps(value, ensure_ascii=False), time.time()))

    def reserve_slot(self, service: str, min_delay_s: float, limit_s: float = float("inf")) -> float:
        """Book the next request slot for ``service``; returns the seconds to wait for it.

        A slot more than ``limit_s`` away is not booked (the caller gives up instead of waiting).
        """
        now = time.time()
        with self._using() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                row = db.execute("SELECT next_at, booked_at, backoff_until, backoff_s FROM rate WHERE service=?",
                                 (service,)).fetchone()
                wait = _slot_wait(row, now, min_delay_s)
                if wait <= limit_s:
                    db.execute("INSERT INTO rate VALUES (?, ?, ?, NULL, NULL) ON CONFLICT(service) DO UPDATE "
                               "SET next_at=excluded.next_at, booked_at=excluded.booked_at",
                               (service, now + wait + min_delay_s, now))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return wait

    def back_off(self, service: str, seconds: float) -> None:
        """Record that ``service`` asked every client to wait ``seconds`` (a later back-off wins)."""
        now = time.time()
        with self._using() as db:
            db.execute("INSERT INTO rate VALUES (?, ?, ?, ?, ?) ON CONFLICT(service) DO UPDATE "
                       "SET backoff_until=excluded.backoff_until, backoff_s=excluded.backoff_s "
                       "WHERE rate.backoff_until IS NULL OR rate.backoff_until < excluded.backoff_until "
                       "OR rate.booked_at > excluded.booked_at",
                       (service, now, now, now + seconds, seconds))

    def backoff_left(self, service: str) -> float:
        """Seconds left of the back-off ``service`` asked for (0 when none)."""
        with self._using() as db:
            row = db.execute("SELECT backoff_until, backoff_s FROM rate WHERE service=?", (service,)).fetchone()
        return _backoff_wait(row, time.time()) if row else 0.0

    def info(self) -> dict:
        with self._using() as db:
            rows = db.execute("SELECT service, COUNT(*), MIN(created), MAX(created) FROM answers "
                              "GROUP BY service ORDER BY service").fetchall()
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.exists())
        return {"path": str(self.path), "bytes": size, "ttl_days": self.ttl_s / 86400,
                "services": {s: {"entries": n, "oldest": lo, "newest": hi} for s, n, lo, hi in rows}}

    def clear(self, service: str | None = None) -> int:
        """Delete cached answers and clock state (all, or one service's); a damaged file is recreated."""
        try:
            with self._using() as db:
                where, args = (" WHERE service=?", (service,)) if service else ("", ())
                n = db.execute("DELETE FROM answers" + where, args).rowcount
                db.execute("DELETE FROM rate" + where, args)
                return n
        except GeocodingError:
            if not self.damage:
                raise
        self._recreate()
        return 0

    def _recreate(self) -> None:
        if self.db is not None:
            self.db.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self.path) + suffix).unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise GeocodingError(f"cannot delete the damaged geocoding cache {self.path}: {exc}") from None
        self.damage = None
        self._open()
        if self.damage:
            raise self._damaged()


def _backoff_wait(row, now: float) -> float:
    until, seconds = row[-2:]
    return max(0.0, min(until - now, seconds)) if until is not None else 0.0


def _slot_wait(row, now: float, min_delay_s: float) -> float:
    """Seconds until the next slot; the stored times are not trusted if the clock went back since."""
    if row is None:
        return 0.0
    next_at, booked_at = row[:2]
    if next_at is None:
        queue = 0.0
    elif booked_at is None or now < booked_at:  # the wall clock was set back since the booking
        queue = min_delay_s
    else:
        queue = max(0.0, next_at - now)
    return max(queue, _backoff_wait(row, now))
