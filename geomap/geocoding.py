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
* One deadline per query (``max_total_wait_s``) bounds its wall time: slot
  waits, back-offs and every request (each request is bounded as a whole,
  not per socket read, and its body is capped at ``max_answer_bytes``).
* Retries with exponential backoff on timeouts, connection errors, 429 and
  5xx; other 4xx answers are final. ``Retry-After`` is recorded in the cache
  database, so every process honours it. When the service still fails, or
  answers with an error object or a malformed answer, the caller gets
  :class:`GeocodingError`, never a silent "not found", and nothing is cached.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import GeocodingError  # noqa: F401 - part of this module's API
from .geocache import DEFAULT_TTL_S, Cache, cache_path  # noqa: F401 - part of this module's API
from .model import Entry

POLICY_MIN_DELAY_S = {"nominatim": 1.0, "photon": 1.0}
MAX_ANSWER_BYTES = 2_000_000
NEEDS_USER_AGENT = {"nominatim"}
USER_AGENT_ENV = "GEOMAP_USER_AGENT"
ATTRIBUTION = {
    "nominatim": "Geocoding: \u00a9 OpenStreetMap contributors (Nominatim, ODbL)",
    "photon": "Geocoding: \u00a9 OpenStreetMap contributors (Photon, ODbL)",
}


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
    max_total_wait_s: float = 60.0  # the bound on a query's wall time: slots, back-offs, requests
    max_answer_bytes: int = MAX_ANSWER_BYTES  # decompressed
    ttl_s: float = DEFAULT_TTL_S
    mode: str = "offline-first"  # or "online-first"
    on_error: str = "fail"  # or "offline": report the outage and go on with the gazetteer


def user_agent(settings: OnlineSettings) -> str | None:
    """The User-Agent to send: the settings' (an option or the config file), else ``GEOMAP_USER_AGENT``.

    The one place the environment is read for it, so a library user's
    OnlineSettings and the command line's agree.
    """
    return settings.user_agent or os.environ.get(USER_AGENT_ENV) or None


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
        ua = user_agent(settings)
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
        # geopy's adapter hook: no hidden retries (they would sleep on Retry-After out of our
        # sight), one deadline per request, a capped body, answers checked before geopy parses them.
        kwargs.setdefault("adapter_factory", self._adapter)
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
        self.down = False
        self.service = _service_key(settings)

    @property
    def attribution(self) -> str:
        return ATTRIBUTION.get(self.name, f"Geocoding: {self.name}")

    def _query_options(self) -> dict:
        return {"exactly_one": False, "limit": 5, "addressdetails": True} if self.name == "nominatim" else \
            {"exactly_one": False}

    def _adapter(self, proxies, ssl_context):
        from .online_answers import check_json
        from .online_http import BoundedAdapter

        return BoundedAdapter(proxies=proxies, ssl_context=ssl_context, max_bytes=self.settings.max_answer_bytes,
                              check_json=lambda data: check_json(data, self.name))

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
        try:
            value = self._ask(query, options)
        except GeocodingError:
            self.down = True  # a service that failed is not asked again in this run
            raise
        self.cache.put(self.service, key, query, value)
        self.memo[key] = value
        return value

    def _ask(self, query: str, options: dict) -> list[dict]:
        """The checked answer, within the query's deadline; GeocodingError when there is none."""
        from geopy import exc as gx

        budget = _Budget(self.settings.max_total_wait_s)
        delay, last, attempt = 1.0, "no time left", 0
        while attempt < self.settings.max_attempts:
            wait = self.cache.reserve_slot(self.service, self.min_delay_s, budget.left())
            if wait > budget.left():
                last = self._why_no_slot(wait)
                break
            budget.sleep(self.sleep, wait)
            if budget.left() < 0.05:
                break
            attempt += 1
            self.requests += 1
            try:
                return self._geocode(query, options, min(self.settings.timeout_s, budget.left()))
            except gx.GeopyError as exc:
                if not _transient(exc):
                    raise GeocodingError(self._describe(exc, query)) from None
                last, pause = _first_line(exc), delay
                delay *= 2
                if isinstance(exc, gx.GeocoderRateLimited):
                    pause = max(pause, float(exc.retry_after or 0))
                    self.cache.back_off(self.service, pause)  # every process waits it out
                    if pause > budget.left():
                        last = f"it asked to wait {pause:.0f} s (Retry-After), beyond the bound"
                if attempt == self.settings.max_attempts or pause > budget.left():
                    break
                if not isinstance(exc, gx.GeocoderRateLimited):  # else: the next slot lies past the back-off
                    budget.sleep(self.sleep, pause)
        raise GeocodingError(f"{self.name} did not answer for {query!r} after {attempt} attempt(s) in "
                             f"{budget.spent():.0f} s (bound {self.settings.max_total_wait_s:g} s): {last}")

    def _geocode(self, query: str, options: dict, timeout: float) -> list[dict]:
        from geopy.exc import GeopyError

        from .online_answers import MalformedAnswer, place_from_location

        try:
            locations = self.geocoder.geocode(query, timeout=timeout, **options) or []
            return [place_from_location(loc, query) for loc in locations]
        except GeopyError:  # some are ValueErrors too (GeocoderQueryError)
            raise
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:  # geopy's parser choked
            raise MalformedAnswer(f"{type(exc).__name__}: {exc}") from None

    def _why_no_slot(self, wait: float) -> str:
        backoff = self.cache.backoff_left(self.service)
        if backoff > 0:
            return f"it asked to wait {backoff:.0f} s more (Retry-After, shared by every geomap process)"
        return f"the next request slot is {wait:.0f} s away (other geomap processes are queued)"

    def _describe(self, exc, query: str) -> str:
        from .online_answers import AnswerError

        if isinstance(exc, AnswerError):
            return exc.describe(self.name, query)
        cause = exc.__cause__
        status = getattr(cause, "status_code", None)
        if status is not None:
            text = " ".join(str(getattr(cause, "text", "") or "").split())[:120]
            return f"{self.name} answered HTTP {status} for {query!r}" + (f": {text}" if text else "")
        return f"{self.name}: {_first_line(exc)}"

    def entries(self, query: str) -> list[Entry]:
        """Candidates as gazetteer entries (source ``<service>:<id>``)."""
        out = []
        for d in self.search(query):
            source = f"{self.name}:{d['id']}" if d.get("id") else f"{self.name}:{d['lat']:.5f},{d['lon']:.5f}"
            out.append(Entry(source=source, name=d["name"].split(",")[0].strip() or query, lat=d["lat"],
                             lon=d["lon"], country=d["country"], admin1=None, population=0,
                             place_type=d["place_type"], uncertainty_m=d["radius_m"],
                             note=f"{self.attribution}; {d.get('licence') or ''}".rstrip("; ")))
        return out


class _Budget:
    """A query's time: wall time, or the sleeps when they are simulated (tests), whichever is more."""

    def __init__(self, total_s: float):
        self.total_s, self.start, self.slept = total_s, time.monotonic(), 0.0

    def spent(self) -> float:
        return max(time.monotonic() - self.start, self.slept)

    def left(self) -> float:
        return self.total_s - self.spent()

    def sleep(self, sleep, seconds: float) -> None:
        if seconds > 0:
            sleep(seconds)
            self.slept += seconds


def _transient(exc) -> bool:
    """Worth retrying: timeouts, connection errors, 408, 429 and 5xx; not other 4xx nor bad answers."""
    from geopy import exc as gx

    status = getattr(exc.__cause__, "status_code", None)
    if status is not None:
        return status in (408, 429) or status >= 500
    return (isinstance(exc, (gx.GeocoderTimedOut, gx.GeocoderUnavailable, gx.GeocoderRateLimited))
            or type(exc) is gx.GeocoderServiceError)


def _first_line(exc) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
