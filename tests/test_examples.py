from conftest import ROOT

from geomap.render import render_html


def test_committed_seed_map_is_current(seed_fc, seed_text):
    committed = (ROOT / "maps" / "kerman-2024-01-03.html").read_text(encoding="utf-8")
    assert committed == render_html(seed_fc, title="geomap: kerman-2024-01-03", article=seed_text), (
        "regenerate with: geomap map seeds/kerman-2024-01-03.txt")
