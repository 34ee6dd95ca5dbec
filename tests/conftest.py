from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kerman-2024-01-03.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gazetteer():
    from geomap.gazetteer import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="module")
def mini_gazetteer(request, tmp_path_factory):
    """A small gazetteer holding what the requesting test module names (see ``mini_gazetteer.py``)."""
    from mini_gazetteer import build

    from geomap.gazetteer import Gazetteer

    source = Path(request.module.__file__).read_text(encoding="utf-8")
    return Gazetteer(build(tmp_path_factory.mktemp("gazetteer"), [source]))


@pytest.fixture(scope="session")
def seed_fc(seed_text):
    from geomap.result import run

    return run(seed_text, name="kerman-2024-01-03").geojson
