"""Shared fixtures. Airflow's home is pointed at a throw-away folder before anything imports Airflow."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = REPO_ROOT / "seeds"
SEED_ARTICLE = SEEDS / "lavrov-havana-2024-02-20.txt"

# Airflow reads its configuration at import time: isolate it from the developer's ~/airflow.
_AIRFLOW_HOME = tempfile.mkdtemp(prefix="airflow-home-tests-")
os.environ.setdefault("AIRFLOW_HOME", _AIRFLOW_HOME)
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(REPO_ROOT / "dags"))


@pytest.fixture
def settings(tmp_path):
    """Settings with the seeds as source and a fresh lake and warehouse under ``tmp_path``."""
    from pipeline.settings import Settings

    return replace(Settings(), source=str(SEEDS), lake=str(tmp_path / "lake"),
                   warehouse=str(tmp_path / "warehouse.duckdb"))


@pytest.fixture(scope="session")
def seed_extraction():
    """The contract output (a dict) for the seed article, extracted once per test session."""
    from pipeline.extract import extract_articles
    from pipeline.extract.contract import extraction_to_contract
    from pipeline.ingest import to_article
    from pipeline.ingest.formats import read_front_matter

    (_, fields), = read_front_matter(SEED_ARTICLE.read_bytes())
    article = to_article(fields, SEED_ARTICLE.name)
    (result,) = extract_articles([article])
    return article, extraction_to_contract(result)
