"""Online geocoders done right: any geopy geocoder, cached, polite and loud on failure.

* The service is any geopy geocoder by name (``nominatim``, ``photon``,
  ``arcgis`` ...), optionally self-hosted (``url``).
* Nominatim needs a User-Agent of the user's own (its usage policy):
  without one geomap refuses, and says how to set it.
* At most one request per ``min_delay_s`` per service (Nominatim and Photon
  never faster than one a second), shared by every geomap process through
  the cache database; the same query is asked once per run.
* A persistent SQLite cache (in the user's cache directory from
  ``platformdirs``) keyed by service, address and query options, with a TTL;
  WAL mode and a busy timeout make it safe for concurrent processes.
* Timeouts; retries with exponential backoff on 429 and 5xx, honouring
  ``Retry-After``, with a bounded total wait. When the service still fails
  the caller gets :class:`GeocodingError`, never a silent "not found".
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .errors import GeomapError
from .model import Entry

POLICY_MIN_DELAY_S = {"nominatim": 1.0, "photon": 1.0}
DEFAULT_TTL_S = 30 * 24 * 3600
NEEDS_USER_AGENT = {"nominatim"}
ATTRIBUTION = {
    "nominatim": "Geocoding: \u00a9 OpenStreetMap contributors (Nominatim, ODbL)",
    "photon": "Geocoding: \u00a9 OpenStreetMap contributors (Photon, ODbL)",
}


class GeocodingError(GeomapError, ConnectionError):
    """The online geocoder could not answer (after retries), or is misconfigured."""

    exit_code = 8


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
        import sqlite3

        self.path = Path(path) if path else cache_path()
        self.ttl_s = ttl_s
        for attempt in range(50):  # another process may be creating the same file right now
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
                self.db.execute("PRAGMA busy_timeout=30000")
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("CREATE TABLE IF NOT EXISTS answers (service TEXT, key TEXT, query TEXT,"
                                " value TEXT, created REAL, PRIMARY KEY (service, key))")
                self.db.execute("CREATE TABLE IF NOT EXISTS clock (service TEXT PRIMARY KEY, next_at REAL)")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 49:
                    raise GeocodingError(f"cannot open the geocoding cache {self.path}: {exc}") from None
                time.sleep(0.05)
            except (OSError, sqlite3.Error) as exc:
                raise GeocodingError(f"cannot open the geocoding cache {self.path}: {exc}") from None

    def get(self, service: str, key: str):
        row = self.db.execute("SELECT value, created FROM answers WHERE service=? AND key=?",
                              (service, key)).fetchone()
        if row is None or time.time() - row[1] > self.ttl_s:
            return None
        return json.loads(row[0])

    def put(self, service: str, key: str, query: str, value) -> None:
        self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                        (service, key, query, json.dumps(value, ensure_ascii=False), time.time()))

    def reserve_slot(self, service: str, min_delay_s: float) -> float:
        """Book the next request slot for ``service``; returns the seconds to wait for it."""
        now = time.time()
        self.db.execute("BEGIN IMMEDIATE")
        try:
            row = self.db.execute("SELECT next_at FROM clock WHERE service=?", (service,)).fetchone()
            start = max(now, row[0] if row else now)
            self.db.execute("INSERT OR REPLACE INTO clock VALUES (?, ?)", (service, start + min_delay_s))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return start - now

    def info(self) -> dict:
        rows = self.db.execute("SELECT service, COUNT(*), MIN(created), MAX(created) FROM answers "
                               "GROUP BY service ORDER BY service").fetchall()
        size = sum(p.stat().st_size for p in self.path.parent.glob(self.path.name + "*") if p.exists())
        return {"path": str(self.path), "bytes": size, "ttl_days": self.ttl_s / 86400,
                "services": {s: {"entries": n, "oldest": lo, "newest": hi} for s, n, lo, hi in rows}}

    def clear(self, service: str | None = None) -> int:
        if service:
            cur = self.db.execute("DELETE FROM answers WHERE service=?", (service,))
        else:
            cur = self.db.execute("DELETE FROM answers")
        self.db.execute("DELETE FROM clock" + (" WHERE service=?" if service else ""),
                        (service,) if service else ())
        return cur.rowcount


@dataclass
class OnlineSettings:
    """How to reach an online geocoder (from options, a config file or the environment)."""

    name: str
    url: str | None = None
    user_agent: str | None = None
    options: dict = field(default_factory=dict)
    min_delay_s: float | None = None
    timeout_s: float = 10.0
    max_attempts: int = 4
    max_total_wait_s: float = 60.0
    ttl_s: float = DEFAULT_TTL_S
    mode: str = "offline-first"  # or "online-first"
    on_error: str = "fail"  # or "offline": report the outage and go on with the gazetteer


def _service_key(settings: OnlineSettings) -> str:
    return settings.name.lower() + (f"@{settings.url}" if settings.url else "")


class OnlineGeocoder:
    """A geopy geocoder behind the cache, the clock and the retry policy."""

    RETRYABLE = None  # filled lazily with geopy exception classes

    def __init__(self, settings: OnlineSettings, cache: Cache | None = None, sleep=time.sleep):
        from geopy.geocoders import get_geocoder_for_service

        self.settings = settings
        self.name = settings.name.lower()
        try:
            cls = get_geocoder_for_service(self.name)
        except Exception:
            raise GeocodingError(f"unknown geocoder {settings.name!r}; any geopy service name works, "
                                 "e.g. nominatim, photon, arcgis") from None
        ua = settings.user_agent or os.environ.get("GEOMAP_USER_AGENT")
        if self.name in NEEDS_USER_AGENT and not ua:
            raise GeocodingError(
                f"{self.name} requires a User-Agent that identifies you (its usage policy): pass "
                "--user-agent 'yourapp/1.0 (you@example.org)', set GEOMAP_USER_AGENT, or user_agent "
                "in geomap.toml's [geocoder] section")
        policy = POLICY_MIN_DELAY_S.get(self.name, 0.0)
        wanted = settings.min_delay_s if settings.min_delay_s is not None else max(policy, 1.0)
        self.min_delay_s = max(wanted, policy)
        kwargs = dict(settings.options)
        kwargs["timeout"] = settings.timeout_s
        if ua:
            kwargs["user_agent"] = ua
        if settings.url:
            parts = urlsplit(settings.url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise GeocodingError(f"bad --geocoder-url {settings.url!r}: expected http(s)://host[:port]")
            kwargs["scheme"] = parts.scheme
            kwargs["domain"] = parts.netloc + parts.path.rstrip("/")
        # geopy's adapter hook: no hidden retries inside requests/urllib3 (they would sleep on
        # Retry-After out of our sight); the retry policy below is the only one.
        kwargs.setdefault("adapter_factory", _adapter_without_retries)
        try:
            self.geocoder = cls(**kwargs)
        except TypeError as exc:
            raise GeocodingError(f"{self.name}: unsupported option ({exc})") from None
        except Exception as exc:  # geopy's ConfigurationError (missing api_key ...)
            raise GeocodingError(f"{self.name}: {exc}") from None
        self.cache = cache or Cache(ttl_s=settings.ttl_s)
        self.sleep = sleep
        self.memo: dict[str, list[dict]] = {}
        self.requests = 0
        self.failures: list[str] = []
        self.down = False
        self.service = _service_key(settings)

    @property
    def attribution(self) -> str:
        return ATTRIBUTION.get(self.name, f"Geocoding: {self.name}")

    def _query_options(self) -> dict:
        return {"exactly_one": False, "limit": 5, "addressdetails": True} if self.name == "nominatim" else \
            {"exactly_one": False}

    def search(self, query: str) -> list[dict]:
        """Candidate places for ``query`` as plain dicts, best first (cached)."""
        options = self._query_options()
        if self.down:
            raise GeocodingError(f"{self.name} is unavailable in this run")
        key = hashlib.sha256(json.dumps([query, options, self.settings.options], sort_keys=True,
                                        default=str).encode()).hexdigest()
        if key in self.memo:
            return self.memo[key]
        cached = self.cache.get(self.service, key)
        if cached is not None:
            self.memo[key] = cached
            return cached
        locations = self._ask(query, options)
        value = [self._to_dict(loc) for loc in locations]
        self.cache.put(self.service, key, query, value)
        self.memo[key] = value
        return value

    def _ask(self, query: str, options: dict):
        from geopy import exc as gx

        retryable = (gx.GeocoderTimedOut, gx.GeocoderUnavailable, gx.GeocoderServiceError)
        fatal = (gx.GeocoderQueryError, gx.GeocoderAuthenticationFailure, gx.GeocoderInsufficientPrivileges,
                 gx.GeocoderParseError, gx.GeocoderQuotaExceeded, gx.ConfigurationError)
        waited = 0.0
        delay = 1.0
        last = None
        for attempt in range(1, self.settings.max_attempts + 1):
            wait = self.cache.reserve_slot(self.service, self.min_delay_s)
            if wait > 0:
                self.sleep(wait)
                waited += wait
            self.requests += 1
            try:
                return self.geocoder.geocode(query, **options) or []
            except gx.GeocoderRateLimited as exc:  # before `fatal`: it is also a GeocoderQuotaExceeded
                last = exc
                pause = max(delay, float(exc.retry_after or 0))
                if attempt == self.settings.max_attempts or waited + pause > self.settings.max_total_wait_s:
                    break
                self.sleep(pause)
                waited += pause
                delay *= 2
                continue
            except fatal as exc:
                raise GeocodingError(f"{self.name}: {_first_line(exc)}") from None
            except retryable as exc:
                last = exc
                pause = delay
                if attempt == self.settings.max_attempts or waited + pause > self.settings.max_total_wait_s:
                    break
                self.sleep(pause)
                waited += pause
                delay *= 2
            except gx.GeopyError as exc:
                raise GeocodingError(f"{self.name}: {_first_line(exc)}") from None
        raise GeocodingError(f"{self.name} did not answer for {query!r} after {attempt} attempt(s) "
                             f"and {waited:.0f} s of waiting: {_first_line(last)}")

    def _to_dict(self, loc) -> dict:
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        return {"name": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                "radius_m": _radius_from_raw(raw), "country": _country_from_raw(raw),
                "place_type": raw.get("addresstype") or raw.get("type") or "place",
                "id": _id_from_raw(raw), "licence": raw.get("licence")}

    def entries_or_none(self, query: str) -> list[Entry] | None:
        """Like :meth:`entries`; when the service fails and ``on_error`` is "offline",
        the failure is recorded (and reported by the pipeline) and None returned."""
        try:
            return self.entries(query)
        except GeocodingError as exc:
            if self.settings.on_error != "offline":
                raise
            if not self.failures:
                self.failures.append(f"{exc}; falling back to the offline gazetteer")
            self.down = True
            return None

    def entries(self, query: str) -> list[Entry]:
        """Candidates as gazetteer entries (source ``<service>:<id>``)."""
        out = []
        for d in self.search(query):
            source = f"{self.name}:{d['id']}" if d.get("id") else f"{self.name}:{d['lat']:.5f},{d['lon']:.5f}"
            out.append(Entry(source=source, name=d["name"].split(",")[0].strip() or query, lat=d["lat"],
                             lon=d["lon"], country=d["country"], admin1=None, population=0,
                             place_type=d["place_type"], radius_m=d["radius_m"],
                             note=f"{self.attribution}; {d.get('licence') or ''}".rstrip("; ")))
        return out


def _adapter_without_retries(proxies, ssl_context):
    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if RequestsAdapter.is_available:
        return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)
    return URLLibAdapter(proxies=proxies, ssl_context=ssl_context)


def _first_line(exc) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _id_from_raw(raw: dict) -> str | None:
    if raw.get("osm_type") and raw.get("osm_id"):
        return f"{raw['osm_type']}/{raw['osm_id']}"
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    if props.get("osm_type") and props.get("osm_id"):
        return f"{props['osm_type']}/{props['osm_id']}"
    return str(raw["place_id"]) if raw.get("place_id") else None


def _country_from_raw(raw: dict) -> str | None:
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    props = raw.get("properties") if isinstance(raw.get("properties"), dict) else {}
    code = address.get("country_code") or props.get("countrycode")
    return code.upper() if isinstance(code, str) and len(code) == 2 else None


def _radius_from_raw(raw: dict) -> float:
    """Half the diagonal of the result's bounding box (Nominatim), at least 50 m; 5 km if unknown.

    >>> _radius_from_raw({"boundingbox": ["30.0", "30.02", "57.0", "57.02"]})
    1473.0
    >>> _radius_from_raw({})
    5000.0
    """
    box = raw.get("boundingbox")
    if isinstance(box, (list, tuple)) and len(box) == 4:
        try:
            s, n, w, e = (float(v) for v in box)
        except (TypeError, ValueError):
            return 5000.0
        lat = math.radians((s + n) / 2)
        dy = (n - s) * 111_320
        dx = (e - w) * 111_320 * math.cos(lat)
        return round(max(math.hypot(dx, dy) / 2, 50.0), 0)
    return 5000.0


def parse_place(spec: str) -> dict:
    """A user place from ``"Name=lat,lon;radius=150;alias=a|b"``.

    >>> parse_place("Soleimani's grave=30.2829,57.0924;radius=150;alias=the gravesite|the cemetery")
    {'name': "Soleimani's grave", 'lat': 30.2829, 'lon': 57.0924, 'radius_m': 150.0, 'aliases': ['the gravesite', 'the cemetery']}
    """
    from .errors import InputError

    head, *options = spec.split(";")
    name, sep, coords = head.rpartition("=")
    m = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", coords)
    if not sep or not name.strip() or not m:
        raise InputError(f"bad --place {spec!r}: expected NAME=LAT,LON[;radius=M][;alias=A|B]")
    place = {"name": name.strip(), "lat": float(m.group(1)), "lon": float(m.group(2)), "radius_m": 100.0,
             "aliases": []}
    for opt in options:
        key, _, value = opt.partition("=")
        key = key.strip().lower()
        if key == "radius":
            try:
                place["radius_m"] = float(value)
            except ValueError:
                raise InputError(f"bad --place {spec!r}: radius must be a number of metres") from None
        elif key == "alias":
            place["aliases"] = [a.strip() for a in value.split("|") if a.strip()]
        else:
            raise InputError(f"bad --place {spec!r}: unknown option {key!r} (radius, alias)")
    return validate_place(place, spec)


def make_place(name, lat, lon, radius_m=None, aliases=None, where: str = "") -> dict:
    """One user place from the fields of any source (--place, CSV, GeoJSON, geomap.toml), checked.

    ``aliases`` is a list or one '|'-separated string; ``radius_m`` defaults to 100 m.
    Raises ValueError/TypeError on malformed fields, InputError on out-of-range ones.

    >>> make_place("Grave", "30.28", 57.09, "", " the gravesite|the cemetery ")["aliases"]
    ['the gravesite', 'the cemetery']
    """
    if isinstance(aliases, str):
        aliases = aliases.split("|")
    place = {"name": str(name).strip(), "lat": float(lat), "lon": float(lon),
             "radius_m": float(radius_m) if radius_m not in (None, "") else 100.0,
             "aliases": [str(a).strip() for a in aliases or [] if str(a).strip()]}
    if not place["name"]:
        raise ValueError("empty name")
    return validate_place(place, where)


def validate_place(place: dict, where: str) -> dict:
    from .errors import InputError

    if not (-90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180):
        raise InputError(f"place {place['name']!r} ({where}): latitude/longitude out of range")
    if not (0 < place["radius_m"] <= 20_000_000) or not math.isfinite(place["radius_m"]):
        raise InputError(f"place {place['name']!r} ({where}): radius must be between 0 and 20,000 km")
    return place


def read_places_file(path: str | Path) -> list[dict]:
    """User places from CSV (name, lat, lon[, radius_m][, aliases]) or GeoJSON points."""
    import csv

    from .errors import InputError

    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})") from None
    places = []
    if p.suffix.lower() in (".geojson", ".json"):
        try:
            data = json.loads(text)
            feats = data["features"] if data.get("type") == "FeatureCollection" else [data]
            for i, f in enumerate(feats):
                if f["geometry"]["type"] != "Point":
                    raise ValueError(f"feature {i} is not a Point")
                lon, lat = f["geometry"]["coordinates"][:2]
                props = f.get("properties") or {}
                places.append(make_place(props["name"], lat, lon, props.get("radius_m"), props.get("aliases"),
                                         str(path)))
        except InputError:  # out of range: its own message says so
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}: not a GeoJSON file of named points ({exc})") from None
        return places
    rows = list(csv.DictReader(text.splitlines()))
    for n, row in enumerate(rows, 2):
        try:
            places.append(make_place(row["name"], row["lat"], row["lon"], row.get("radius_m"), row.get("aliases"),
                                     f"{path} line {n}"))
        except InputError:  # out of range: its own message says so
            raise
        except (KeyError, ValueError, TypeError, AttributeError):
            raise InputError(f"{path} line {n}: expected columns name, lat, lon[, radius_m][, aliases]") from None
    return places
