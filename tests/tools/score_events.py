#!/usr/bin/env python3
# Copied from the team's shared scorer (shared/tools/score_events.py) so the regression tests and
# benchmarks run from a clone without ../shared. The gold it scores (tests/data/events/*.jsonl) is
# the team's shared dev data built on Reuters-21578, research use only. Do not edit the metrics
# here; update the shared copy and re-copy.
# ruff: noqa  (kept byte-identical to the shared copy below this header)
"""Score event extraction against a gold set (e.g. shared/dev/events_dev.jsonl).

Pure standard library; Python 3.8+.

Usage:

  python score_events.py GOLD.jsonl PRED.jsonl            # summary table
  python score_events.py GOLD.jsonl PRED.jsonl --errors   # plus misses, false alarms, wrong date/modality
  python score_events.py GOLD.jsonl PRED.jsonl --json     # machine-readable result
  python score_events.py GOLD.jsonl PRED.jsonl --literal-ignore   # see "Ignored predictions"

Inputs (JSON Lines, one article per line):

  gold  {"id", "text", "events": [{"trigger": {start, end, text}, "type", "actor1": {..., "country"},
         "actor2": {..., "country"} | null, "date", "modality", "sentence": {start, end}, ...}],
         "not_annotated": [{"start", "end", "text", "reason"}]}
  pred  {"id", "events": [...]}: the pipeline's extraction output (shared/contract.md, events
        section). Other keys of the line (timexes, figures, entities) are ignored. A line with
        "error" counts as "nothing predicted" for that article.

Offsets are Python string indices into the gold "text", end exclusive. A gold article with no
prediction line is scored as "nothing predicted"; prediction lines whose id is not in the gold
are ignored (with a warning on stderr).

Ignored predictions. A prediction whose trigger overlaps a span of the article's
"not_annotated" list (attribution verbs, actions with no type, content of another event ...)
is left out of the scoring: it is neither a match nor a false alarm. By default a prediction
whose trigger ALSO overlaps a gold trigger is kept (an over-long trigger such as "agreed to
sell" still codes the gold AGREE at "agreed"); --literal-ignore drops every prediction that
overlaps a not_annotated span.

Matching (per article). A prediction is compatible with a gold event when
  * their sentences overlap (prediction "sentence" {start, end}; when it is missing, the
    prediction's trigger span is used instead),
  * the types are equal (case-insensitive),
  * actor1 countries are equal and actor2 countries are equal. A null or missing actor has
    country null; null equals null; SUN and RUS are treated as equal.
Compatible pairs are matched greedily one-to-one: pairs whose triggers overlap first, then by
increasing distance between trigger starts (ties: earlier gold, then earlier prediction).

Metrics (micro-averaged over all articles):

  P/R/F1         matched / scored predictions, matched / gold events.
  date acc.      matched pairs whose date equals the gold date exactly (TIMEX3 string;
                 null equals null, i.e. "unknown" must be predicted as null).
  modality acc.  matched pairs whose modality equals the gold modality.
  per type       P/R/F1 for each gold or predicted type.

Library use: ``score(gold_records, pred_records)`` returns the same dict as --json (plus
"details" with the matched pairs, misses and false alarms).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Dict, Iterable, List, Optional, Tuple

EQUIVALENT_COUNTRIES = {"SUN": "RUS"}  # the USSR may be coded SUN or RUS (event-guidelines.md)


# ---------------------------------------------------------------------------
# Loading and normalisation
# ---------------------------------------------------------------------------


def read_jsonl(path: str) -> List[dict]:
    records = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{lineno}: invalid JSON ({exc})")
    return records


def _span(obj) -> Optional[Tuple[int, int]]:
    if isinstance(obj, dict) and isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
        return obj["start"], obj["end"]
    return None


def _overlap(a: Optional[Tuple[int, int]], b: Optional[Tuple[int, int]]) -> bool:
    return a is not None and b is not None and max(a[0], b[0]) < min(a[1], b[1])


def country(actor) -> Optional[str]:
    if not isinstance(actor, dict) or not actor.get("country"):
        return None
    code = str(actor["country"]).strip().upper()
    return EQUIVALENT_COUNTRIES.get(code, code)


def event_type(ev: dict) -> str:
    return str(ev.get("type") or "").strip().upper()


def key(ev: dict) -> Tuple[str, Optional[str], Optional[str]]:
    return event_type(ev), country(ev.get("actor1")), country(ev.get("actor2"))


def sentence_span(ev: dict) -> Optional[Tuple[int, int]]:
    return _span(ev.get("sentence")) or _span(ev.get("trigger"))


# ---------------------------------------------------------------------------
# Scoring one article
# ---------------------------------------------------------------------------


def score_article(gold_doc: dict, predictions: List[dict], literal_ignore: bool = False) -> dict:
    gold = list(gold_doc.get("events", []))
    skips = [_span(s) for s in gold_doc.get("not_annotated", [])]
    gold_triggers = [_span(g.get("trigger")) for g in gold]

    scored, ignored = [], []
    for p in predictions:
        trig = _span(p.get("trigger"))
        hits_skip = any(_overlap(trig, s) for s in skips)
        hits_gold = any(_overlap(trig, g) for g in gold_triggers)
        if hits_skip and (literal_ignore or not hits_gold):
            ignored.append(p)
        else:
            scored.append(p)

    candidates = []
    for gi, g in enumerate(gold):
        gk, gs, gt = key(g), sentence_span(g), gold_triggers[gi]
        for pi, p in enumerate(scored):
            if key(p) != gk or not _overlap(gs, sentence_span(p)):
                continue
            pt = _span(p.get("trigger"))
            distance = abs(gt[0] - pt[0]) if gt and pt else 10 ** 9
            candidates.append((0 if _overlap(gt, pt) else 1, distance, gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gold[gi], scored[pi]))
    pairs.sort(key=lambda gp: (_span(gp[0].get("trigger")) or (0, 0)))
    return {
        "id": gold_doc.get("id"),
        "text": gold_doc.get("text", ""),
        "gold": gold,
        "scored": scored,
        "ignored": ignored,
        "pairs": pairs,
        "missed": [g for i, g in enumerate(gold) if i not in used_g],
        "false_alarms": [p for i, p in enumerate(scored) if i not in used_p],
    }


# ---------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def prf(matched: int, n_gold: int, n_pred: int) -> Dict[str, float]:
    p, r = _div(matched, n_pred), _div(matched, n_gold)
    return {"p": p, "r": r, "f1": _div(2 * p * r, p + r), "gold": n_gold, "pred": n_pred, "matched": matched}


def date_ok(g: dict, p: dict) -> bool:
    gd, pd = g.get("date"), p.get("date")
    return (gd or None) == (str(pd).strip() if pd else None)


def modality_ok(g: dict, p: dict) -> bool:
    return str(g.get("modality", "")).strip().lower() == str(p.get("modality", "")).strip().lower()


def score(gold_records: Iterable[dict], pred_records: Iterable[dict], warn=None,
          literal_ignore: bool = False) -> dict:
    """Score predictions; returns {"counts", "metrics", "per_type", "details"}."""
    warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
    gold_records = list(gold_records)
    preds: Dict[str, List[dict]] = {}
    n_error_lines = 0
    for rec in pred_records:
        if rec.get("error"):
            n_error_lines += 1
        preds.setdefault(rec.get("id"), []).extend(rec.get("events") or [])
    gold_ids = {g["id"] for g in gold_records}
    unknown = sorted(str(i) for i in set(preds) - gold_ids)
    if unknown:
        warn(f"{len(unknown)} prediction id(s) not in gold, ignored (e.g. {unknown[0]!r})")
    absent = [g["id"] for g in gold_records if g["id"] not in preds]
    if absent:
        warn(f"{len(absent)} gold article(s) have no prediction line; scored as empty")
    if n_error_lines:
        warn(f"{n_error_lines} prediction line(s) carry an error; scored as empty")

    details = [score_article(g, preds.get(g["id"], []), literal_ignore) for g in gold_records]
    n_gold = sum(len(d["gold"]) for d in details)
    n_pred = sum(len(d["scored"]) for d in details)
    pairs = [gp for d in details for gp in d["pairs"]]
    n_date = sum(date_ok(g, p) for g, p in pairs)
    n_mod = sum(modality_ok(g, p) for g, p in pairs)

    types = sorted({event_type(e) for d in details for e in d["gold"] + d["scored"]})
    per_type = {}
    for t in types:
        per_type[t] = prf(sum(event_type(g) == t for g, _ in pairs),
                          sum(event_type(e) == t for d in details for e in d["gold"]),
                          sum(event_type(e) == t for d in details for e in d["scored"]))
    counts = {"articles": len(details), "gold": n_gold, "pred": n_pred, "matched": len(pairs),
              "ignored": sum(len(d["ignored"]) for d in details),
              "date_correct": n_date, "modality_correct": n_mod}
    metrics = prf(len(pairs), n_gold, n_pred)
    metrics["date_accuracy"] = _div(n_date, len(pairs))
    metrics["modality_accuracy"] = _div(n_mod, len(pairs))
    return {"counts": counts, "metrics": metrics, "per_type": per_type, "details": details}


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}"


def format_summary(result: dict) -> str:
    c, m = result["counts"], result["metrics"]
    lines = [
        f"articles: {c['articles']}   gold events: {c['gold']}   scored predictions: {c['pred']}   "
        f"ignored (not_annotated): {c['ignored']}   matched: {c['matched']}",
        "",
        f"{'':14}{'F1':>7}{'P':>7}{'R':>7}",
        f"{'events':14}{_pct(m['f1'])}{_pct(m['p'])}{_pct(m['r'])}",
        "",
        f"on matched events: date accuracy {_pct(m['date_accuracy']).strip()}  "
        f"({c['date_correct']}/{c['matched']})   modality accuracy {_pct(m['modality_accuracy']).strip()}  "
        f"({c['modality_correct']}/{c['matched']})",
        "",
        f"{'type':14}{'F1':>7}{'P':>7}{'R':>7}{'gold':>6}{'pred':>6}{'match':>6}",
    ]
    for t, row in result["per_type"].items():
        lines.append(f"{t:14}{_pct(row['f1'])}{_pct(row['p'])}{_pct(row['r'])}"
                     f"{row['gold']:6d}{row['pred']:6d}{row['matched']:6d}")
    return "\n".join(lines)


def _show(ev: dict, text: str) -> str:
    trig = ev.get("trigger") or {}
    span = _span(trig)
    ttext = trig.get("text") or (text[span[0]:span[1]] if span else "")
    where = f"[{span[0]}:{span[1]}]" if span else "[?]"
    raw = lambda actor: (actor.get("country") if isinstance(actor, dict) else None) or "-"
    return (f"{where} {ttext!r} {event_type(ev)} {raw(ev.get('actor1'))}->{raw(ev.get('actor2'))} date={ev.get('date')} "
            f"modality={ev.get('modality')}")


def _sentence(ev: dict, text: str) -> str:
    span = sentence_span(ev)
    if not span or not text:
        return ""
    return "      | " + " ".join(text[span[0]:span[1]].split())[:160]


def format_errors(result: dict) -> str:
    lines = []
    for d in result["details"]:
        text, items = d["text"], []
        for g in d["missed"]:
            items += [f"  MISS   {_show(g, text)}", _sentence(g, text)]
        for p in d["false_alarms"]:
            items += [f"  EXTRA  {_show(p, text)}", _sentence(p, text)]
        for g, p in d["pairs"]:
            wrong = [name for name, ok in (("date", date_ok(g, p)), ("modality", modality_ok(g, p))) if not ok]
            if wrong:
                items += [f"  WRONG {'+'.join(wrong)}", f"    GOLD {_show(g, text)}", f"    SYS  {_show(p, text)}"]
        if items:
            lines.append(f"# {d['id']}")
            lines.extend(i for i in items if i)
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSONL (e.g. shared/dev/events_dev.jsonl)")
    ap.add_argument("pred", help="predictions JSONL: the extraction output {id, events: [...]}")
    ap.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong date/modality")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--literal-ignore", action="store_true",
                    help="ignore every prediction whose trigger overlaps a not_annotated span, "
                         "even when it also overlaps a gold trigger")
    args = ap.parse_args(argv)

    result = score(read_jsonl(args.gold), read_jsonl(args.pred), literal_ignore=args.literal_ignore)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "details"}, indent=2))
        return 0
    print(format_summary(result))
    if args.errors:
        print()
        print(format_errors(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
