"""Ingest: formats, interval selection, date fallback, rejects with reasons, deduplication."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, date, datetime

import pytest

from pipeline.errors import TransientError
from pipeline.ingest import folder_date, ingest

FEB20 = (date(2024, 2, 20), date(2024, 2, 21))


def _md(text: str, **meta) -> str:
    head = "\n".join(f"{k}: {v}" for k, v in meta.items())
    return f"---\n{head}\n---\n{text}\n"


def test_front_matter_article_is_read_with_its_metadata(tmp_path):
    (tmp_path / "a.md").write_text(_md("Body text.", id="x1", title="T", published_at="2024-02-20T09:00:00Z"))
    result = ingest(str(tmp_path), *FEB20)
    (article,) = result.articles
    assert (article.article_id, article.title, article.text) == ("x1", "T", "Body text.")
    assert article.published_at == datetime(2024, 2, 20, 9, tzinfo=UTC)
    assert article.source_path == "a.md"
    assert result.rejects == ()


def test_only_the_interval_is_selected_in_utc(tmp_path):
    lines = [
        {"id": "in", "text": "a", "published_at": "2024-02-20T23:30:00-01:00"},  # 2024-02-21 00:30 UTC
        {"id": "early", "text": "b", "published_at": "2024-02-20T00:10:00+01:00"},  # 2024-02-19 UTC
        {"id": "mid", "text": "c", "published_at": "2024-02-20"},
    ]
    (tmp_path / "x.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
    assert [a.article_id for a in ingest(str(tmp_path), *FEB20).articles] == ["mid"]
    assert [a.article_id for a in ingest(str(tmp_path), date(2024, 2, 21), date(2024, 2, 22)).articles] == ["in"]


def test_a_bad_line_is_a_reject_and_the_rest_of_the_file_loads(tmp_path):
    (tmp_path / "x.jsonl").write_text(
        '{"id": "ok", "text": "fine", "published_at": "2024-02-20"}\n{not json\n'
        '{"id": "empty", "text": "", "published_at": "2024-02-20"}\n'
    )
    result = ingest(str(tmp_path), *FEB20)
    assert [a.article_id for a in result.articles] == ["ok"]
    reasons = {(r.line, r.reason.split(":")[0]) for r in result.rejects}
    assert reasons == {(2, "line is not valid JSON"), (3, "article has no text")}


def test_missing_date_falls_back_to_the_folder_date(tmp_path):
    folder = tmp_path / "dt=2024-02-20"
    folder.mkdir()
    (folder / "a.txt").write_text("No front matter, just text.")
    (tmp_path / "b.txt").write_text("No date anywhere.")
    result = ingest(str(tmp_path), *FEB20)
    assert [a.source_path for a in result.articles] == ["dt=2024-02-20/a.txt"]
    (reject,) = result.rejects
    assert reject.source_path == "b.txt" and "no usable date" in reject.reason


def test_rejects_of_another_day_are_left_to_that_days_run(tmp_path):
    folder = tmp_path / "2024-02-22"
    folder.mkdir()
    (folder / "broken.json").write_text("{oops")
    assert ingest(str(tmp_path), *FEB20).rejects == ()
    (reject,) = ingest(str(tmp_path), date(2024, 2, 22), date(2024, 2, 23)).rejects
    assert reject.reason.startswith("not valid JSON")


def test_gzip_json_lines_and_json_lists(tmp_path):
    rows = [{"id": f"g{i}", "text": f"text {i}", "published_at": "2024-02-20"} for i in range(3)]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress("\n".join(map(json.dumps, rows)).encode()))
    (tmp_path / "b.json").write_text(json.dumps([{"id": "j1", "text": "list item", "published_at": "2024-02-20"}]))
    assert sorted(a.article_id for a in ingest(str(tmp_path), *FEB20).articles) == ["g0", "g1", "g2", "j1"]


def test_exact_duplicate_texts_are_kept_once(tmp_path):
    rows = [{"id": "first", "text": "Same words.", "published_at": "2024-02-20"},
            {"id": "copy", "text": "Same words.", "published_at": "2024-02-20T08:00:00Z"}]
    (tmp_path / "a.jsonl").write_text("\n".join(map(json.dumps, rows)))
    result = ingest(str(tmp_path), *FEB20)
    assert [a.article_id for a in result.articles] == ["first"]
    assert result.duplicates == 1 and "duplicate text of article first" in result.rejects[0].reason


def test_article_ids_are_derived_stably_without_a_given_id(tmp_path):
    rows = [{"text": "One.", "published_at": "2024-02-20", "url": "https://x.example/1", "source": "s"},
            {"text": "Two.", "published_at": "2024-02-20"}]
    (tmp_path / "a.jsonl").write_text("\n".join(map(json.dumps, rows)))
    first = [a.article_id for a in ingest(str(tmp_path), *FEB20).articles]
    again = [a.article_id for a in ingest(str(tmp_path), *FEB20).articles]
    assert first == again and len(set(first)) == 2 and all(i.startswith("a-") for i in first)


def test_html_page_main_text_and_folder_date(tmp_path):
    folder = tmp_path / "2024-02-20"
    folder.mkdir()
    paragraph = "Officials met in Caracas on Tuesday to discuss trade and energy cooperation. " * 3
    (folder / "p.html").write_text(
        f"<html><head><title>Talks</title></head><body><nav>Menu Home</nav>"
        f"<article><h1>Talks</h1><p>{paragraph}</p></article></body></html>"
    )
    (article,) = ingest(str(tmp_path), *FEB20).articles
    assert "Officials met in Caracas" in article.text and "Menu Home" not in article.text


def test_underscore_and_hidden_files_are_not_articles(tmp_path):
    (tmp_path / "_notes.md").write_text(_md("x", published_at="2024-02-20"))
    (tmp_path / ".hidden.txt").write_text(_md("y", published_at="2024-02-20"))
    result = ingest(str(tmp_path), *FEB20)
    assert result.articles == () and result.rejects == () and result.files_scanned == 0


def test_missing_source_is_a_transient_error(tmp_path):
    with pytest.raises(TransientError, match="does not exist"):
        ingest(str(tmp_path / "nope"), *FEB20)


@pytest.mark.parametrize(
    ("path", "expected"),
    [("a/2024-02-20/x.txt", date(2024, 2, 20)), ("dt=2023-01-05/b/x.txt", date(2023, 1, 5)),
     ("a/x.txt", None), ("2024-13-01/x.txt", None)],
)
def test_folder_date(path, expected):
    assert folder_date(path) == expected
