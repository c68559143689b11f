"""pipeline.objectstore: DuckDB reads an s3:// lake (MinIO or AWS) with the standard AWS variables."""

from __future__ import annotations

import duckdb
import pytest

from pipeline.objectstore import configure_duckdb, is_object_store, s3_secret_sql

MINIO = {"AWS_ACCESS_KEY_ID": "lake-user", "AWS_SECRET_ACCESS_KEY": "it's-secret",
         "AWS_ENDPOINT_URL": "http://minio:9000", "AWS_DEFAULT_REGION": "us-east-1"}


def test_local_lakes_need_nothing():
    assert not is_object_store("/srv/lake") and not is_object_store("file:///srv/lake")
    assert s3_secret_sql("/srv/lake", MINIO) is None
    with duckdb.connect() as con:
        assert configure_duckdb(con, "data/lake", MINIO) is False


def test_minio_secret_is_path_style_without_ssl_and_scoped_to_the_bucket():
    sql = s3_secret_sql("s3://news-lake", MINIO)
    assert "ENDPOINT 'minio:9000'" in sql and "URL_STYLE 'path'" in sql and "USE_SSL false" in sql
    assert "SECRET 'it''s-secret'" in sql and "SCOPE 's3://news-lake'" in sql


def test_without_keys_the_credential_chain_is_used():
    sql = s3_secret_sql("s3://news-lake/prefix", {"AWS_REGION": "eu-west-1"})
    assert "PROVIDER credential_chain" in sql and "KEY_ID" not in sql and "ENDPOINT" not in sql


def test_configure_duckdb_loads_httpfs_offline_and_creates_the_secret():
    with duckdb.connect() as con:
        assert configure_duckdb(con, "s3://news-lake", MINIO) is True
        assert con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'httpfs'").fetchone() == (
            True,)
        assert con.execute("SELECT name, type, scope FROM duckdb_secrets()").fetchall() == [
            ("news_lake_s3", "s3", ["s3://news-lake"])]


# -- against a real S3 API (moto's server, in-process, on 127.0.0.1) ---------------------------

@pytest.fixture
def s3(monkeypatch):
    """An empty S3 endpoint with a ``news-lake`` bucket; the standard AWS variables point at it."""
    from moto.server import ThreadedMotoServer

    from tests.integration.conftest import free_port

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "test-key", "AWS_SECRET_ACCESS_KEY": "test-secret",
           "AWS_DEFAULT_REGION": "us-east-1", "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AWS_ENDPOINT_URL_S3", raising=False)
    monkeypatch.delenv("AWS_SESSION_TOKEN", raising=False)
    try:
        import fsspec

        fs = fsspec.filesystem("s3", skip_instance_cache=True)
        if fs.exists("news-lake"):  # moto keeps its state per process, across servers
            fs.rm("news-lake", recursive=True)
        fs.mkdir("news-lake")
        fs.invalidate_cache()
        yield fs
    finally:
        server.stop()


def test_duckdb_reads_parquet_written_by_fsspec_to_s3(s3):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = pa.table({"article_id": ["a", "b", "c"], "n": [1, 2, 3]})
    for day in ("2024-02-19", "2024-02-20"):
        pq.write_table(rows, f"news-lake/articles/published_date={day}/part-0.parquet", filesystem=s3)
    with duckdb.connect() as con:
        assert configure_duckdb(con, "s3://news-lake") is True
        count, total = con.execute(
            "SELECT count(*), sum(n) FROM read_parquet('s3://news-lake/articles/*/*.parquet')").fetchone()
    assert (count, total) == (6, 12)


def test_a_day_through_an_s3_lake_equals_the_local_lake_run(s3, tmp_path):
    from dataclasses import replace
    from datetime import date

    from pipeline.run import run_day
    from pipeline.settings import Settings
    from tests.integration.conftest import SEEDS, snapshot

    day = date(2024, 2, 20)
    local = replace(Settings(), source=str(SEEDS), lake=str(tmp_path / "lake"),
                    warehouse=str(tmp_path / "local.duckdb"))
    remote = replace(local, lake="s3://news-lake", warehouse=str(tmp_path / "s3.duckdb"))
    run_day(local, day)
    run_day(remote, day)
    assert snapshot(remote.warehouse) == snapshot(local.warehouse)
