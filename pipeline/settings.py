"""One frozen ``Settings``, read from the environment at run time (never at import time)."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Where data comes from and goes to, and how extraction runs.

    Every field can be set by an environment variable (``PIPELINE_<FIELD>``); the defaults are the
    embedded set-up: the repo's ``seeds/`` in, a local Parquet lake and DuckDB file out.
    """

    source: str = str(REPO_ROOT / "seeds")
    lake: str = str(REPO_ROOT / "data" / "lake")
    warehouse: str = str(REPO_ROOT / "data" / "warehouse.duckdb")
    spacy_model: str | None = None  # None: en_core_web_sm if installed, else the PyPI re-upload
    batch_size: int = 32  # articles per spaCy nlp.pipe batch
    articles_per_task: int = 500  # articles per mapped extract task in the DAG

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Settings from ``PIPELINE_*`` environment variables over the defaults."""
        env = os.environ if environ is None else environ
        defaults = cls()
        return replace(
            defaults,
            source=env.get("PIPELINE_SOURCE", defaults.source),
            lake=env.get("PIPELINE_LAKE", defaults.lake),
            warehouse=env.get("PIPELINE_WAREHOUSE", defaults.warehouse),
            spacy_model=env.get("PIPELINE_SPACY_MODEL") or defaults.spacy_model,
            batch_size=int(env.get("PIPELINE_BATCH_SIZE", defaults.batch_size)),
            articles_per_task=int(env.get("PIPELINE_ARTICLES_PER_TASK", defaults.articles_per_task)),
        )
