"""S3-compatible object storage (AWS S3, MinIO) for the lake: DuckDB's side of it.

fsspec/s3fs (the lake's writes) read the standard AWS variables by themselves: ``AWS_ACCESS_KEY_ID``,
``AWS_SECRET_ACCESS_KEY``, ``AWS_DEFAULT_REGION`` and ``AWS_ENDPOINT_URL`` (MinIO:
``http://minio:9000``).  DuckDB's ``read_parquet('s3://...')`` needs the httpfs extension and an S3
secret built from the same variables: ``configure_duckdb`` does that on a connection, and is a no-op
for a local lake, so callers can call it unconditionally after ``duckdb.connect``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from urllib.parse import urlparse

S3_SCHEMES = ("s3", "s3a", "s3n")
SECRET_NAME = "news_lake_s3"


def is_object_store(url: str) -> bool:
    """True when ``url`` names an S3-compatible location (``s3://bucket/...``)."""
    return urlparse(url).scheme in S3_SCHEMES


def s3_secret_sql(lake: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The ``CREATE OR REPLACE SECRET`` statement for ``lake`` from the AWS variables (None if local).

    Without keys in the environment the secret uses DuckDB's ``credential_chain`` provider (instance
    roles, ``~/.aws``); a custom ``AWS_ENDPOINT_URL`` (MinIO) selects path-style URLs and SSL by its scheme.
    """
    if not is_object_store(lake):
        return None
    env = os.environ if environ is None else environ
    bucket = urlparse(lake).netloc

    def quote(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    options: list[str] = ["TYPE s3"]
    if env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
        options += [f"KEY_ID {quote(env['AWS_ACCESS_KEY_ID'])}", f"SECRET {quote(env['AWS_SECRET_ACCESS_KEY'])}"]
        if env.get("AWS_SESSION_TOKEN"):
            options.append(f"SESSION_TOKEN {quote(env['AWS_SESSION_TOKEN'])}")
    else:
        options.append("PROVIDER credential_chain")
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if region:
        options.append(f"REGION {quote(region)}")
    endpoint = env.get("AWS_ENDPOINT_URL_S3") or env.get("AWS_ENDPOINT_URL")
    if endpoint:
        parsed = urlparse(endpoint if "://" in endpoint else f"https://{endpoint}")
        options += [f"ENDPOINT {quote(parsed.netloc)}", "URL_STYLE 'path'",
                    f"USE_SSL {'true' if parsed.scheme == 'https' else 'false'}"]
    options.append(f"SCOPE {quote(f's3://{bucket}')}")
    return f"CREATE OR REPLACE SECRET {SECRET_NAME} ({', '.join(options)})"


def configure_duckdb(con, lake: str, environ: Mapping[str, str] | None = None) -> bool:
    """Let ``con`` read ``lake`` when it is on object storage; returns whether anything was done.

    Loads httpfs from the pinned ``duckdb-extension-httpfs`` package (no download at run time),
    then creates the S3 secret for the lake's bucket.
    """
    statement = s3_secret_sql(lake, environ)
    if statement is None:
        return False
    try:
        from duckdb_extensions import import_extension

        import_extension("httpfs", con=con)
    except (ImportError, ModuleNotFoundError):
        con.execute("INSTALL httpfs")
    con.execute("LOAD httpfs")
    con.execute(statement)
    return True
