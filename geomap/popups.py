"""The HTML inside the map: feature popups (the evidence quoted) and the legend. All text escaped.

Popups quote each evidence sentence as a bounded window around the mention
(:func:`quote_window`), so a popup stays small however long the sentence.
"""
from __future__ import annotations

import html

from .wording import format_distance
from .written_names import display_name
from .styles import COLOURS, SHAPE_STYLE


QUOTE_CHARS = 300  # at most this much of a sentence is quoted around a mention


def quote_window(sentence: str, start: int, end: int, limit: int = QUOTE_CHARS) -> tuple[str, str, str]:
    """(before, mention, after) of ``sentence`` around ``[start, end)``, at most ``limit`` characters.

    Cut ends are marked with an ellipsis, so a popup stays small however long
    the sentence (an article may be one 20 MiB sentence).

    >>> quote_window("In Kerman today.", 3, 9)
    ('In ', 'Kerman', ' today.')
    >>> before, mention, after = quote_window("a " * 200 + "Kerman" + " b" * 200, 400, 406, 20)
    >>> before, mention, after, len(before + mention + after)
    ('\u2026 a a a ', 'Kerman', ' b b b \u2026', 22)
    """
    end = min(end, start + limit)
    room = max(limit - (end - start), 0)
    left = min(start, room // 2)
    right = min(len(sentence) - end, room - left)
    left = min(start, room - right)
    a, b = start - left, end + right
    return (("\u2026" if a > 0 else "") + sentence[a:start], sentence[start:end],
            sentence[end:b] + ("\u2026" if b < len(sentence) else ""))


def popup_html(props: dict, sentences: list[dict] = ()) -> str:
    """The popup of a feature: name, meaning, evidence sentences (escaped).

    ``sentences`` is the collection's ``geomap.sentences``, which evidence
    items point into; each quote is a window of at most ``QUOTE_CHARS``.
    """
    e = html.escape
    parts = [f"<div class='geomap-popup'><b>{e(str(display_name(props)))}</b>"]
    if props["kind"] in ("zone", "event"):
        parts.append(f"<div>{e(props['description'])}</div>")
        if props["kind"] == "event" and props.get("best_guess"):
            lon, lat = props["best_guess"]
            parts.append(f"<div>Best guess: {lat:.5f}, {lon:.5f} (distance and direction as stated)</div>")
        if props.get("label"):
            parts.append(f"<div>Event: {e(props['label'])}</div>")
        if props.get("relative_time"):
            parts.append(f"<div>Time: {e(props['relative_time'])}</div>")
    else:
        kind = e(str(props.get("place_type") or "place"))
        country = f", {e(props['country'])}" if props.get("country") else ""
        parts.append(f"<div>{e(props['role'])} {kind}{country}; "
                     f"uncertainty about {e(format_distance(props['uncertainty_m']))}</div>")
        parts.append(f"<div class='geomap-source'>source: {e(props['source'])}</div>")
        if props.get("source_note") and not str(props["source"]).startswith("geonames:"):
            parts.append(f"<div class='geomap-source'>{e(props['source_note'])}</div>")
        parts.append(alternatives_html(props))
    for ev in props["evidence"][:5]:
        s = sentences[ev["sentence"]] if isinstance(ev.get("sentence"), int) and ev["sentence"] < len(sentences) \
            else {"start": ev["start"], "text": ev["text"]}
        before, mention, after = quote_window(s["text"], ev["start"] - s["start"], ev["end"] - s["start"])
        quoted = f"{e(before)}<mark>{e(mention)}</mark>{e(after)}"
        where = f"line {ev['line']}, " if ev.get("line") else ""
        parts.append(f"<blockquote>{quoted}<br><small>{where}characters {ev['start']}\u2013{ev['end']}"
                     f"</small></blockquote>")
    if len(props["evidence"]) > 5:
        parts.append(f"<div>\u2026 and {len(props['evidence']) - 5} more mentions</div>")
    parts.append("</div>")
    return "".join(parts)


def override_option(name: str, lat: float, lon: float) -> str:
    """The ``--place`` option that makes geomap read ``name`` as the place at ``lat, lon``.

    >>> override_option("Kerman", 36.72356, -120.05988)
    '--place "Kerman=36.72356,-120.05988"'
    """
    return '--place "' + f"{name}={lat},{lon}".replace('"', "") + '"'


def alternatives_html(props: dict) -> str:
    """How sure the reading is, and the other places the name could be, each with the option that picks it."""
    e = html.escape
    out = []
    if props.get("confidence") is not None and props.get("top_alternatives"):
        out.append(f"<div class='geomap-confidence'>confidence {props['confidence']:.0%}; "
                   "the name could also be:</div><ul class='geomap-alternatives'>")
        for alt in props["top_alternatives"]:
            where = f", {e(alt['country'])}" if alt.get("country") else ""
            pick = (f"<br><code>{e(override_option(props['name'], alt['lat'], alt['lon']))}</code>"
                    if alt.get("lat") is not None else "")
            out.append(f"<li>{e(alt['name'])}{where} ({e(alt['id'])}){pick}</li>")
        out.append("</ul>")
    return "".join(out)


def legend_html(used: list[str] | None = None) -> str:
    """The legend: one short row per symbol, only those in ``used`` (every symbol when None)."""
    rows = {
        "incident": (f"<span class='sw' style='background:{COLOURS['incident']}'></span>", "incident place"),
        "context": (f"<span class='sw' style='background:{COLOURS['context']}'></span>", "place mentioned"),
        "ring": (f"<span class='sw ring' style='border-color:{SHAPE_STYLE['ring']}'></span>",
                 "distance, no direction"),
        "sector": (f"<span class='sw wedge' style='border-color:{SHAPE_STYLE['sector']}'></span>",
                   "distance or side with a direction"),
        "corridor": (f"<span class='sw ring' style='border-color:{SHAPE_STYLE['corridor']}'></span>",
                     "between two places"),
        "best": ("<span class='sw best'></span>", "best guess (distance and direction)"),
        "event": (f"<span class='sw ring dotted' style='border-color:{COLOURS['event']}'></span>",
                  "event area (with the anchor's uncertainty)"),
        "area": (f"<span class='sw ring' style='border-color:{COLOURS['context']};border-radius:2px'></span>",
                 "country / province outline"),
        "uncertainty": (f"<span class='sw ring dashed' style='border-color:{COLOURS['anchor']}'></span>",
                        "uncertainty of a place"),
    }
    body = "".join(f"<div>{rows[k][0]} {html.escape(rows[k][1])}</div>" for k in (used or rows) if k in rows)
    return f"<div class='geomap-legend'>{body}</div>"
