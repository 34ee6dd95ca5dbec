"""A small corpus for the corpus-map tests: documents of ../shared/eval/lgl.jsonl (when present) and
the batch tests' documents, with dates over two weeks and some without; made into an events table
by ``geomap batch`` itself."""
import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner

from geomap.cli import cli

from test_batch import DOCS

LGL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "lgl.jsonl"


def run(args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def corpus_docs(n: int = 12) -> list[dict]:
    docs = [dict(d, date="2024-01-09") if d.get("date") == "2015-04-25" else dict(d) for d in DOCS]
    if LGL.exists():
        with open(LGL, encoding="utf-8") as fh:
            for i, line in zip(range(n), fh):
                d = json.loads(line)
                del d["toponyms"]
                if i % 4 != 3:  # every fourth document has no date
                    d["date"] = (dt.date(2024, 1, 1) + dt.timedelta(days=(3 * i) % 14)).isoformat()
                d["source"] = f"https://example.org/news/{i}"
                docs.append(d)
    return docs


def batch(tmp_path: Path, fmt: str, docs: list[dict] | None = None) -> Path:
    """The events table (or JSONL) of the corpus, written by geomap batch."""
    src = tmp_path / "docs.jsonl"
    src.write_text("".join(json.dumps(d) + "\n" for d in (docs or corpus_docs())), encoding="utf-8")
    out = tmp_path / {"events-csv": "events.csv", "events-parquet": "events.parquet", "jsonl": "out.jsonl"}[fmt]
    res = run(["batch", src, "--format", fmt, "-o", out])
    assert res.exit_code == 0, res.stderr
    return out
