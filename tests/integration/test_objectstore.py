"""pipeline.objectstore: DuckDB reads an s3:// lake (MinIO or AWS) with the standard AWS variables."""

from __future__ import annotations

import duckdb

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
