"""Extraction: the ordered cascade of extractors over one article.

sentences -> spaCy parse (batched) -> timexes -> entities -> figures (bound to timexes and entities)
-> events (dated by timexes, actors from entities).  Each stage is a pure function of the
``ArticleContext`` and the earlier stages' records; none knows of files, Parquet, DuckDB or Airflow.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.errors import TransientError
from pipeline.extract.context import ArticleContext, split_sentences
from pipeline.records import Article, Extraction, Reject


def build_context(article: Article, doc=None) -> ArticleContext:
    """The extractors' view of ``article`` (``doc`` is its spaCy parse, when the caller has one)."""
    return ArticleContext(
        article_id=article.article_id,
        text=article.text,
        published_at=article.published_at,
        sentences=split_sentences(article.text),
        doc=doc,
        dateline=article.dateline,
        title=article.title,
    )


def extract_context(ctx: ArticleContext) -> Extraction:
    """Run every extractor, in order, over one article."""
    from pipeline.extract.entities import extract_entities
    from pipeline.extract.events import extract_events
    from pipeline.extract.figures import extract_figures
    from pipeline.extract.temporal import tag_timexes

    timexes = tag_timexes(ctx)
    entities = extract_entities(ctx)
    figures = extract_figures(ctx, timexes, entities)
    events = extract_events(ctx, timexes, entities)
    return Extraction(
        article_id=ctx.article_id,
        timexes=timexes,
        figures=figures,
        entities=entities,
        events=events,
        sentences=ctx.sentences,
    )


def extract_articles(
    articles: Iterable[Article], model: str | None = None, batch_size: int = 32
) -> Iterator[Extraction | Reject]:
    """Extract every article, parsing them with spaCy in batches.

    An article whose extraction fails becomes a ``Reject`` (stage ``extract``) with the error as
    its reason, and the run goes on; transient errors propagate so the caller can retry.
    """
    from pipeline.extract import nlp

    articles = list(articles)
    if not articles:  # nothing to do: don't load the model
        return
    docs = nlp.parse_many((a.text for a in articles), model=model, batch_size=batch_size)
    for article, doc in zip(articles, docs, strict=True):
        try:
            yield extract_context(build_context(article, doc))
        except TransientError:
            raise
        except Exception as exc:  # a bad article must not stop the day's run: it becomes a reject
            yield Reject(
                source_path=article.source_path or "",
                article_id=article.article_id,
                reason=f"extraction failed: {type(exc).__name__}: {exc}",
                stage="extract",
            )
