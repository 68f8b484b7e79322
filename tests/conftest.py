"""One build of the seeds per test session, shared by the tests that read its outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from peninsula.build import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
EXPECTED = json.loads((Path(__file__).parent / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The seeds plus the test's hostile document, built once into a temporary folder."""
    seeds = tmp_path_factory.mktemp("seeds")
    for f in SEEDS.iterdir():
        shutil.copy(f, seeds / f.name)
    shutil.copy(Path(__file__).parent / "data" / "hostile.html", seeds / "hostile.html")
    out = tmp_path_factory.mktemp("build")
    build(seeds, out, jobs=2)
    return out


@pytest.fixture(scope="session")
def db_path(built) -> Path:
    return built / "peninsula.db"


@pytest.fixture(scope="session")
def metadata() -> dict:
    return yaml.safe_load((ROOT / "metadata.yml").read_text("utf-8"))
