"""The committed maps are compared byte for byte (test_examples.py), so the libraries that write
their HTML are pinned to a range with an upper bound, and the tests run inside it (issue 10)."""
import tomllib
from importlib.metadata import version

import pytest
from packaging.requirements import Requirement

from conftest import ROOT

HTML_WRITERS = ["folium", "branca"]


def _requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {Requirement(r).name.lower(): Requirement(r) for r in project["dependencies"]}


@pytest.mark.parametrize("name", HTML_WRITERS)
def test_html_writers_are_pinned_to_the_tested_range(name):
    req = _requirements().get(name)
    assert req is not None, f"{name} is not a declared dependency"
    assert any(s.operator in ("<", "<=", "==", "~=") for s in req.specifier), f"{req}: no upper bound"
    assert req.specifier.contains(version(name)), (
        f"installed {name} {version(name)} is outside {req}: test it, regenerate maps/, then move the pin")
