#!/usr/bin/env python3
# Copied from the team's shared scorer (shared/tools/score_figures.py) so that CI does not depend on
# ../shared. Do not edit here; update the shared copy and re-copy.
# ruff: noqa  (third-party style: kept byte-identical to the shared copy below this header)
"""Score figure extraction (money, percent, people counts) against a gold set.

Pure standard library; Python 3.10+.

Usage:

  python score_figures.py GOLD.jsonl PRED.jsonl            # summary table
  python score_figures.py GOLD.jsonl PRED.jsonl --errors   # plus misses / false alarms / wrong values
  python score_figures.py GOLD.jsonl PRED.jsonl --json     # machine-readable result
  python score_figures.py GOLD.jsonl PRED.jsonl --people-only   # see "Counts" below

Inputs (JSON Lines, one article per line):

  gold  {"id", "text", "figures": [{"start", "end", "text", "kind", "value", "unit",
         "per"?, "period", "period_text", "approximate"?}]}
        kind is money | percent | people | quantity  (e.g. shared/dev/figures_dev.jsonl)
  pred  {"id", "figures": [{"start", "end", "text", "kind", "value", "unit", "period", ...}]}
        the pipeline's extraction output (shared/contract.md); kind is
        money | percent | count | multiplier | quantity. Other keys of the line
        (timexes, entities, events) are ignored. A line with "error" counts as
        "nothing predicted" for that article.

Offsets are Python string indices into the gold "text", end exclusive. A gold article with
no prediction line is scored as "nothing predicted"; prediction lines whose id is not in
the gold are ignored (with a warning on stderr).

Kinds. Gold "people" is the pipeline's "count" (both are mapped to "count"). The main
score covers money + percent + count. Quantity is scored on its own row (the gold has few
of them); multiplier and any other kind are not scored.

Counts. By default every predicted "count" figure is scored, whatever it counts; the gold
only annotates counts of people, so a predicted "15 countries" is a false alarm. With
--people-only, predicted counts whose unit is not a person noun (PERSON_UNITS below) are
dropped before scoring.

Alignment (per article, per kind): predicted and gold figures of the SAME kind are paired
one-to-one by character overlap, largest overlap first (ties: earlier gold, then earlier
prediction). A pair needs at least one shared character.

Metrics (micro-averaged over all articles):

  span P/R/F1   matched / predicted, matched / gold, per kind and for money+percent+count.
  exact         how many matched pairs have exactly the gold (start, end).
  value acc.    matched pairs whose value equals the gold value within relative
                tolerance 1e-6 (absolute 1e-9 when the gold value is 0).
  currency acc. matched money pairs whose unit equals the gold ISO 4217 code
                (case-insensitive).
  period acc.   matched pairs whose gold period is not null, and whose predicted period
                denotes the same time span (see canonical_period: "1987-Q1" equals
                "1987-01/1987-03"; "1985/86" equals "1985/1986"; otherwise string equality).
                Also reported: matched pairs where gold has no period but a period was
                predicted (not counted as errors, shown for information).

Library use: ``score(gold_records, pred_records)`` returns the same dict as --json (plus
"details" with the aligned pairs for error listings).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as _dt
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable

MAIN_KINDS = ("money", "percent", "count")
SCORED_KINDS = MAIN_KINDS + ("quantity",)
KIND_ALIASES = {"people": "count", "person": "count", "persons": "count"}
PERSON_UNITS = {
    "people", "person", "persons", "worker", "workers", "employee", "employees", "job", "jobs",
    "member", "members", "official", "officials", "representative", "representatives",
    "delegate", "delegates", "man", "men", "woman", "women", "child", "children", "soldier",
    "soldiers", "farmer", "farmers", "staff", "student", "students", "passenger", "passengers",
    "resident", "residents", "refugee", "refugees", "minister", "ministers", "premier",
    "premiers", "senator", "senators", "dealer", "dealers", "trader", "traders", "miner",
    "miners", "striker", "strikers", "unemployed", "inhabitant", "inhabitants",
}
VALUE_RTOL = 1e-6


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def read_jsonl(path: str) -> list[dict]:
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


def norm_kind(kind) -> str:
    k = str(kind or "").strip().lower()
    return KIND_ALIASES.get(k, k)


def _valid_span(f: dict, text_len: int | None) -> bool:
    s, e = f.get("start"), f.get("end")
    if not isinstance(s, int) or not isinstance(e, int) or isinstance(s, bool) or isinstance(e, bool):
        return False
    if s < 0 or e <= s:
        return False
    return text_len is None or e <= text_len


# ---------------------------------------------------------------------------
# Periods
# ---------------------------------------------------------------------------

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_FISCAL = re.compile(r"^(\d{4})/(\d{2}|\d{4})$")


def _interval(p: str) -> tuple[_dt.date, _dt.date] | None:
    """First and last day of a single TIMEX-like date value, or None if not a plain date."""
    try:
        if m := _DAY.match(p):
            d = _dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(p):
            y, mo = int(m[1]), int(m[2])
            return _dt.date(y, mo, 1), _dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := _YEAR.match(p):
            y = int(m[1])
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
        if m := _QUARTER.match(p):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return _dt.date(y, last - 2, 1), _dt.date(y, last, calendar.monthrange(y, last)[1])
        if m := _HALF.match(p):
            y, h = int(m[1]), int(m[2])
            return (_dt.date(y, 1, 1), _dt.date(y, 6, 30)) if h == 1 else (_dt.date(y, 7, 1), _dt.date(y, 12, 31))
        if m := _WEEK.match(p):
            y, w = int(m[1]), int(m[2])
            start = _dt.date.fromisocalendar(y, w, 1)
            return start, start + _dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def canonical_period(p) -> str | None:
    """A comparable form of a period value.

    Plain dates and ranges of them become "first-day/last-day" (so "1987-Q1",
    "1987-01/1987-03" and "1987-01-01/1987-03-31" are equal); a fiscal or crop year
    "1985/86" or "1985/1986" becomes "FY1985/1986"; anything else is compared as the
    stripped, upper-cased string. None and "" stay None.
    """
    if p is None:
        return None
    s = str(p).strip()
    if not s:
        return None
    if m := _FISCAL.match(s):
        y1 = int(m[1])
        y2 = int(m[2]) if len(m[2]) == 4 else (y1 // 100) * 100 + int(m[2])
        if y2 < y1:  # 1999/00
            y2 += 100
        if y2 == y1 + 1:
            return f"FY{y1}/{y2}"
    parts = s.split("/")
    if 1 <= len(parts) <= 2:
        ivs = [_interval(x) for x in parts]
        if all(ivs):
            return f"{ivs[0][0].isoformat()}/{ivs[-1][1].isoformat()}"
    return s.upper()


# ---------------------------------------------------------------------------
# Alignment and counting
# ---------------------------------------------------------------------------


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def align(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one alignment of gold and predicted figures of the same (normalised) kind.

    Candidate pairs share at least one character and have the same kind; they are taken
    greedily by decreasing overlap (ties: earlier gold, then earlier prediction).
    Returns (pairs of indices, unmatched gold indices, unmatched prediction indices).
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if g["_kind"] != p["_kind"]:
                continue
            ov = _overlap(g, p)
            if ov > 0:
                candidates.append((-ov, g["start"], gi, p["start"], pi))
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, _, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    pairs.sort()
    missed = [i for i in range(len(gold)) if i not in used_g]
    spurious = [i for i in range(len(pred)) if i not in used_p]
    return pairs, missed, spurious


def value_correct(g: dict, p: dict) -> bool:
    gv, pv = g.get("value"), p.get("value")
    if isinstance(pv, bool) or isinstance(gv, bool):
        return False
    try:
        gv, pv = float(gv), float(pv)
    except (TypeError, ValueError):
        return False
    if gv == 0:
        return abs(pv) <= 1e-9
    return abs(pv - gv) <= VALUE_RTOL * abs(gv)


def unit_correct(g: dict, p: dict) -> bool:
    return str(g.get("unit") or "").strip().upper() == str(p.get("unit") or "").strip().upper()


def period_correct(g: dict, p: dict) -> bool:
    return canonical_period(g.get("period")) == canonical_period(p.get("period"))


@dataclass
class Counts:
    """Raw counts for one kind (or a sum of kinds); all metrics derive from these."""

    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    value: int = 0  # matched pairs with the right value
    unit: int = 0  # matched pairs with the right unit (meaningful for money: currency)
    period_gold: int = 0  # matched pairs whose gold has a period
    period: int = 0  # ... and whose predicted period is the same
    period_extra: int = 0  # matched pairs: gold period null, a period predicted

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class DocResult:
    doc_id: str
    text: str
    counts: dict[str, Counts]
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[dict] = field(default_factory=list)


def score_document(gold_doc: dict, pred_figs: list[dict], people_only: bool = False,
                   warn: Callable[[str], None] | None = None) -> DocResult:
    warn = warn or (lambda msg: None)
    doc_id = gold_doc["id"]
    text = gold_doc.get("text", "")
    text_len = len(text) if "text" in gold_doc else None
    gold = []
    for f in gold_doc.get("figures", []):
        if not _valid_span(f, text_len):
            raise ValueError(f"{doc_id}: gold figure with a bad span: {f}")
        k = norm_kind(f.get("kind"))
        if k in SCORED_KINDS:
            gold.append(dict(f, _kind=k))
    pred, bad = [], 0
    for f in pred_figs:
        k = norm_kind(f.get("kind"))
        if k not in SCORED_KINDS:
            continue
        if not _valid_span(f, text_len):
            bad += 1
            continue
        if people_only and k == "count" and str(f.get("unit") or "").strip().lower() not in PERSON_UNITS:
            continue
        pred.append(dict(f, _kind=k))
    if bad:
        warn(f"{doc_id}: {bad} predicted figure(s) without a valid span ignored")

    pairs, missed, spurious = align(gold, pred)
    counts = {k: Counts() for k in SCORED_KINDS}
    for g in gold:
        counts[g["_kind"]].gold += 1
    for p in pred:
        counts[p["_kind"]].pred += 1
    res = DocResult(doc_id, text, counts)
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        c = counts[g["_kind"]]
        c.matched += 1
        c.exact += (g["start"], g["end"]) == (p["start"], p["end"])
        c.value += value_correct(g, p)
        c.unit += unit_correct(g, p)
        if canonical_period(g.get("period")) is not None:
            c.period_gold += 1
            c.period += period_correct(g, p)
        elif canonical_period(p.get("period")) is not None:
            c.period_extra += 1
        res.pairs.append((g, p))
    res.missed = [gold[i] for i in missed]
    res.spurious = [pred[i] for i in spurious]
    return res


# ---------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------


def _div(a: float, b: float) -> float | None:
    return a / b if b else None


def metrics(c: Counts) -> dict:
    p, r = _div(c.matched, c.pred), _div(c.matched, c.gold)
    f1 = None
    if p is not None and r is not None:
        f1 = 2 * p * r / (p + r) if (p + r) else 0.0
    elif c.gold or c.pred:
        f1 = 0.0
    return {
        "p": p if p is not None else (0.0 if c.gold else None),
        "r": r,
        "f1": f1,
        "exact_span": _div(c.exact, c.matched),
        "value_accuracy": _div(c.value, c.matched),
        "unit_accuracy": _div(c.unit, c.matched),
        "period_accuracy": _div(c.period, c.period_gold),
    }


def score(gold_records: Iterable[dict], pred_records: Iterable[dict], people_only: bool = False,
          warn: Callable[[str], None] | None = None) -> dict:
    """Score predictions; returns {"documents", "counts", "metrics", "details"}.

    counts/metrics are keyed by kind ("money", "percent", "count", "quantity") and "main"
    (money + percent + count). metrics["money"]["unit_accuracy"] is the currency accuracy.
    """
    warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
    gold_records = list(gold_records)
    preds: dict[str, list[dict]] = {}
    errors = 0
    for rec in pred_records:
        rid = rec.get("id")
        if rid is None:
            warn(f"prediction line without an id ignored: {str(rec)[:80]}")
            continue
        if rec.get("error"):
            errors += 1
        preds.setdefault(rid, []).extend(rec.get("figures") or [])
    if errors:
        warn(f"{errors} prediction line(s) carry an error; scored as nothing predicted")
    gold_ids = {g["id"] for g in gold_records}
    unknown = sorted(set(preds) - gold_ids)
    if unknown:
        warn(f"{len(unknown)} prediction id(s) not in the gold, ignored (e.g. {unknown[0]!r})")
    absent = [g["id"] for g in gold_records if g["id"] not in preds]
    if absent:
        warn(f"{len(absent)} gold article(s) have no prediction line; scored as nothing predicted")

    totals = {k: Counts() for k in SCORED_KINDS}
    details = []
    for g in gold_records:
        res = score_document(g, preds.get(g["id"], []), people_only=people_only, warn=warn)
        for k in SCORED_KINDS:
            totals[k].add(res.counts[k])
        details.append(res)
    main = Counts()
    for k in MAIN_KINDS:
        main.add(totals[k])
    counts = {"main": vars(main), **{k: vars(totals[k]) for k in SCORED_KINDS}}
    mets = {"main": metrics(main), **{k: metrics(totals[k]) for k in SCORED_KINDS}}
    return {"documents": len(gold_records), "counts": counts, "metrics": mets, "details": details}


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "     -" if x is None else f"{100 * x:6.1f}"


def format_summary(result: dict) -> str:
    c, m = result["counts"], result["metrics"]
    lines = [
        f"articles: {result['documents']}",
        "",
        f"{'kind':18}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'exact':>7}{'value':>7}{'unit':>7}{'period':>7}",
    ]
    rows = [("money+pct+count", "main"), ("  money", "money"), ("  percent", "percent"),
            ("  count (people)", "count"), ("quantity (apart)", "quantity")]
    for label, key in rows:
        cc, mm = c[key], m[key]
        lines.append(
            f"{label:18}{cc['gold']:6d}{cc['pred']:6d}{cc['matched']:7d}{_pct(mm['p'])} {_pct(mm['r'])}"
            f"{_pct(mm['f1'])} {_pct(mm['exact_span'])}{_pct(mm['value_accuracy'])} "
            f"{_pct(mm['unit_accuracy'])}{_pct(mm['period_accuracy'])}"
        )
    mc = c["main"]
    lines += [
        "",
        "P/R/F1: span match (one-to-one, same kind, largest character overlap). exact: share of",
        "matches with the gold offsets. value/unit: accuracy on matches. period: accuracy on",
        "matches whose gold period is not null.",
        f"value accuracy (main):    {_pct(m['main']['value_accuracy']).strip()}  ({mc['value']}/{mc['matched']})",
        f"currency accuracy (money): {_pct(m['money']['unit_accuracy']).strip()}  "
        f"({c['money']['unit']}/{c['money']['matched']})",
        f"period accuracy (main):   {_pct(m['main']['period_accuracy']).strip()}  ({mc['period']}/{mc['period_gold']})"
        f"   [+{mc['period_extra']} matched with a period where gold has none]",
    ]
    return "\n".join(lines)


def _show(f: dict, text: str) -> str:
    span = text[f["start"]:f["end"]] if text else f.get("text", "")
    extra = []
    if f.get("per"):
        extra.append(f"per={f['per']}")
    if f.get("period") is not None:
        extra.append(f"period={f['period']}")
    more = (" " + " ".join(extra)) if extra else ""
    return f"[{f['start']}:{f['end']}] {span!r} {f['_kind']} {f.get('value')!r} {f.get('unit')}{more}"


def format_errors(result: dict, context: int = 30) -> str:
    lines = []
    for res in result["details"]:
        items = []
        for g in res.missed:
            if g["_kind"] in MAIN_KINDS:
                items.append(f"  MISS      {_show(g, res.text)}")
        for p in res.spurious:
            if p["_kind"] in MAIN_KINDS:
                ctx = res.text[max(0, p["start"] - context):p["end"] + context].replace("\n", " ")
                items.append(f"  FALSE     {_show(p, res.text)}   ...{ctx}...")
        for g, p in res.pairs:
            if g["_kind"] not in MAIN_KINDS:
                continue
            problems = []
            if not value_correct(g, p):
                problems.append("value")
            if g["_kind"] == "money" and not unit_correct(g, p):
                problems.append("currency")
            if canonical_period(g.get("period")) is not None and not period_correct(g, p):
                problems.append("period")
            if problems:
                items.append(f"  WRONG {'/'.join(problems)}\n    gold  {_show(g, res.text)}\n"
                             f"    pred  {_show(p, res.text)}")
        if items:
            lines.append(f"# {res.doc_id}")
            lines.extend(items)
    return "\n".join(lines) if lines else "(no errors)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSONL (e.g. shared/dev/figures_dev.jsonl)")
    ap.add_argument("pred", help="predictions JSONL (python -m pipeline extract output)")
    ap.add_argument("--errors", action="store_true",
                    help="list misses, false alarms and wrong values/currencies/periods")
    ap.add_argument("--people-only", action="store_true",
                    help="drop predicted counts whose unit is not a person noun")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args(argv)

    result = score(read_jsonl(args.gold), read_jsonl(args.pred), people_only=args.people_only)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "details"}, indent=2))
    else:
        print(format_summary(result))
    if args.errors:
        print()
        print(format_errors(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
