"""Figures: amounts of money, percentages, people counts, multipliers and quantities.

The cascade (``recognize``): numerals -> scale -> unit/currency -> hedge/range -> kind; then
``binding`` ties each figure to the period (from the temporal engine's timexes), the baseline of a
comparison, a subject keyword, the parties (from the entity engine's entities) and a modality.
All language data lives in ``data/*.yaml``.
"""

from __future__ import annotations

from pipeline.extract.context import ArticleContext
from pipeline.extract.figures.binding import (
    PeriodBinding,
    Span,
    bind_periods,
    find_modality,
    find_parties,
    find_subject,
    main_countries,
    merge_coordinated,
    usable_timex,
)
from pipeline.extract.figures.periods import anaphoric_periods, compose_periods, dateline_day
from pipeline.extract.figures.recognize import Candidate, recognise
from pipeline.records import Entity, Figure, Sentence, Timex


def extract_figures(
    ctx: ArticleContext, timexes: tuple[Timex, ...], entities: tuple[Entity, ...]
) -> tuple[Figure, ...]:
    """Every figure in ``ctx.text`` bound to its period (from ``timexes``) and parties."""
    text = ctx.text
    candidates = recognise(text, ctx.published_at.year, ctx.sentence_of)
    main = main_countries(entities)
    filed = dateline_day(ctx.dateline, ctx.published_at.date())
    composed = compose_periods(text, sorted(timexes, key=lambda t: t.start), filed)
    dated = anaphoric_periods(text, merge_coordinated(text, [t for t in composed if usable_timex(t)]))
    figures: list[Figure] = []
    for sentence, group in _by_sentence(ctx, candidates):
        spans = [Span(c.start, c.end) for c in group]
        in_sentence = [t for t in dated if sentence.start <= t.start and t.end <= sentence.end]
        changes = [c.kind in ("percent", "multiplier") for c in group]
        bindings = bind_periods(text, sentence, spans, in_sentence, changes)
        for cand, span, binding in zip(group, spans, bindings, strict=True):
            figures.append(
                _figure(text, cand, binding,
                        subject=find_subject(text, sentence, span),
                        parties=find_parties(text, sentence, entities, main, cand.kind),
                        modality=find_modality(text, sentence, span))
            )
    return tuple(figures)


def _by_sentence(ctx: ArticleContext, candidates: list[Candidate]) -> list[tuple[Sentence, list[Candidate]]]:
    """Candidates grouped by their sentence, in text order."""
    groups: dict[Sentence, list[Candidate]] = {}
    for cand in candidates:
        groups.setdefault(ctx.sentence_of(cand.start), []).append(cand)
    return sorted(groups.items(), key=lambda item: item[0].start)


def _figure(text: str, cand: Candidate, binding: PeriodBinding, *,
            subject: str | None, parties: tuple[str, ...], modality: str | None) -> Figure:
    """The output record of one candidate."""
    return Figure(
        start=cand.start,
        end=cand.end,
        text=text[cand.start:cand.end],
        kind=cand.kind,
        value=cand.value,
        unit=cand.unit,
        approximate=cand.approximate,
        bound=cand.bound,
        per=cand.per,
        low=cand.low,
        high=cand.high,
        period=binding.period,
        period_text=binding.period_text,
        baseline_period=binding.baseline,
        subject=subject,
        parties=parties,
        modality=modality,
    )
