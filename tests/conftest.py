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


@pytest.fixture(scope="session")
def seed_fc(seed_text):
    from geomap.result import run

    return run(seed_text, name="kerman-2024-01-03").geojson
