"""Names as the article writes them, beside the gazetteer's English names (articles not in English).

A reader of a Persian report knows "زرند", not "Zarand"; the map says both:
``"زرند (Zarand)"``. Zones and events keep the article's own wording of
the statement ("environ 234 kilomètres à l’ouest de Saumlaki (234 km west
of Saumlaki)"). English articles are left as they are.

Each feature of an article in another language gets ``written`` (the name
or statement as first written in the article) and ``display_name`` (what the
map's labels, tooltips and popups show); a name that only differs from the
English one by case or accents ("Lyon", "Indonésie"/"Indonesia" do differ)
is not repeated: ``display_name`` is then the English name.
"""
from __future__ import annotations

from .names import normalize


def written_label(as_written: str, english: str) -> str:
    """``"as written (English)"``, or ``english`` alone when both are the same name once folded.

    >>> written_label("زرند", "Zarand"), written_label("Saumlaki", "Saumlaki"), written_label("MOSCOU", "Moscou")
    ('زرند (Zarand)', 'Saumlaki', 'Moscou')
    """
    as_written = " ".join(as_written.split())
    if not as_written or normalize(as_written) == normalize(english):
        return english
    return f"{as_written} ({english})"


def display_name(props: dict) -> str:
    """What the map shows for a feature: its ``display_name`` when it has one, else its ``name``."""
    return props.get("display_name") or props["name"]


def _written(props: dict) -> str | None:
    evidence = props.get("evidence") or ()
    return " ".join(evidence[0]["text"].split()) if evidence and evidence[0].get("text") else None


def with_written_names(features: list[dict], lang: str) -> list[dict]:
    """``features`` with ``written`` and ``display_name`` added, for an article in ``lang`` (none in English)."""
    if lang == "en":
        return features
    out = []
    for f in features:
        props = f["properties"]
        written = _written(props)
        if written is None or props["kind"] not in ("place", "zone", "event", "area"):
            out.append(f)
            continue
        english = props["name"]
        prefix = ""
        if props["kind"] == "event" and english.startswith("Event: "):
            prefix, english = "Event: ", english[len("Event: "):]
        shown = prefix + written_label(written, english)
        out.append({**f, "properties": {**props, "written": written, "display_name": shown}})
    return out
