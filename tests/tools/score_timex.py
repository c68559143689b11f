#!/usr/bin/env python3
# Copied verbatim from the team's shared scorer (shared/tools/score_timex.py) so the regression
# tests and benchmarks run from a clone without ../shared. TempEval-3 Task A style scoring
# (UzZaman et al. 2013). Keep in sync with the shared copy; do not edit the metrics here.
# Kept verbatim (Python 3.8-compatible typing), so the linter is told to leave it alone:
# ruff: noqa
"""Score temporal-expression (TIMEX3) predictions against gold, TempEval-3 Task A style.

Pure standard library; Python 3.8+.

Inputs (JSON Lines, one object per line):

  gold         {"doc_id", "dct", "text", "timex": [{"start", "end", "text", "type", "value"}, ...]}
  predictions  {"doc_id", "timex": [{"start", "end", "text", "type", "value"}, ...]}

Offsets are character offsets into the gold "text", end exclusive. A gold document
with no prediction line is scored as "nothing predicted"; prediction lines for
unknown doc_ids are ignored (with a warning).

Metrics (micro-averaged over all documents, as the official TE3 scorer does):

  strict    span P/R/F1: a prediction counts only if (start, end) equals a gold span.
  relaxed   span P/R/F1: predictions and gold timexes are aligned one-to-one by
            character overlap (exact matches first, then largest overlap); an
            aligned pair is a relaxed match.
  value     TE3 attribute F1 = relaxed F1 * value accuracy, where value accuracy =
            (relaxed matches whose value string equals the gold value) / (relaxed
            matches). Also reported as P and R (accuracy * relaxed P/R). If a gold
            timex carries "value_alternatives" (Recognizers-Text spec), any listed
            value counts as correct.
  type      the same, for the TIMEX3 type (compared case-insensitively).
  strict_value  extra, not in TE3: F1 over predictions whose span is exact *and*
            whose value is correct - the stricter end-to-end number.

Usage:

  python tools/score_timex.py GOLD.jsonl PRED.jsonl            # summary table
  python tools/score_timex.py GOLD.jsonl PRED.jsonl --per-doc  # plus one row per document
  python tools/score_timex.py GOLD.jsonl PRED.jsonl --errors   # list misses / false alarms / wrong values
  python tools/score_timex.py GOLD.jsonl PRED.jsonl --json     # machine-readable result

Library use: ``score(gold_records, pred_records)`` returns the same dict as --json.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Tuple

# ---------------------------------------------------------------------------
# Loading
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


# ---------------------------------------------------------------------------
# Alignment and counting
# ---------------------------------------------------------------------------


@dataclass
class Counts:
    """Raw counts; all metrics derive from these."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0  # relaxed matches with correct value
    type: int = 0  # relaxed matches with correct type
    strict_value: int = 0  # exact span and correct value

    def add(self, other: "Counts") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class DocResult:
    doc_id: str
    counts: Counts
    text: str = ""
    pairs: List[Tuple[dict, dict]] = field(default_factory=list)  # (gold, system) aligned
    missed: List[dict] = field(default_factory=list)  # gold with no partner
    spurious: List[dict] = field(default_factory=list)  # system with no partner


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def align(gold: List[dict], system: List[dict]) -> Tuple[List[Tuple[int, int]], List[int], List[int]]:
    """One-to-one alignment of gold and system timexes.

    Exact span matches are paired first, then remaining overlapping pairs in
    order of decreasing overlap (ties: earlier gold, then earlier system).
    Returns (pairs of indices, unmatched gold indices, unmatched system indices).
    """
    used_g, used_s, pairs = set(), set(), []

    exact = {}
    for gi, g in enumerate(gold):
        exact.setdefault((g["start"], g["end"]), []).append(gi)
    for si, s in enumerate(system):
        for gi in exact.get((s["start"], s["end"]), []):
            if gi not in used_g:
                pairs.append((gi, si))
                used_g.add(gi)
                used_s.add(si)
                break

    candidates = []
    for gi, g in enumerate(gold):
        if gi in used_g:
            continue
        for si, s in enumerate(system):
            if si in used_s:
                continue
            ov = _overlap(g, s)
            if ov > 0:
                candidates.append((-ov, gi, si))
    for _, gi, si in sorted(candidates):
        if gi not in used_g and si not in used_s:
            pairs.append((gi, si))
            used_g.add(gi)
            used_s.add(si)

    pairs.sort()
    missed = [i for i in range(len(gold)) if i not in used_g]
    spurious = [i for i in range(len(system)) if i not in used_s]
    return pairs, missed, spurious


def value_correct(g: dict, s: dict) -> bool:
    sv = str(s.get("value", "")).strip()
    accepted = g.get("value_alternatives") or [g.get("value", "")]
    return sv in {str(v).strip() for v in accepted}


def type_correct(g: dict, s: dict) -> bool:
    return str(g.get("type", "")).strip().upper() == str(s.get("type", "")).strip().upper()


def _check_span(t: dict, doc_id: str, text_len: Optional[int]) -> None:
    for key in ("start", "end"):
        if not isinstance(t.get(key), int):
            raise ValueError(f"{doc_id}: timex without integer {key!r}: {t}")
    if t["end"] < t["start"] or (text_len is not None and t["end"] > text_len):
        raise ValueError(f"{doc_id}: bad span {t['start']}-{t['end']}: {t}")


def score_document(gold_doc: dict, system_timex: List[dict]) -> DocResult:
    doc_id = gold_doc["doc_id"]
    gold = list(gold_doc.get("timex", []))
    text_len = len(gold_doc["text"]) if "text" in gold_doc else None
    for t in gold:
        _check_span(t, doc_id, text_len)
    system = []
    for t in system_timex:
        _check_span(t, doc_id, text_len)
        if t["end"] > t["start"]:  # ignore empty predictions
            system.append(t)

    pairs, missed, spurious = align(gold, system)
    c = Counts(gold=len(gold), system=len(system), relaxed=len(pairs))
    result = DocResult(doc_id, c, gold_doc.get("text", ""))
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        exact = (g["start"], g["end"]) == (s["start"], s["end"])
        v_ok = value_correct(g, s)
        c.strict += exact
        c.value += v_ok
        c.type += type_correct(g, s)
        c.strict_value += exact and v_ok
        result.pairs.append((g, s))
    result.missed = [gold[i] for i in missed]
    result.spurious = [system[i] for i in spurious]
    return result


# ---------------------------------------------------------------------------
# Metrics
# ---------------------------------------------------------------------------


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return _div(2 * p * r, p + r)


def metrics(c: Counts) -> Dict[str, Dict[str, float]]:
    strict_p, strict_r = _div(c.strict, c.system), _div(c.strict, c.gold)
    relaxed_p, relaxed_r = _div(c.relaxed, c.system), _div(c.relaxed, c.gold)
    relaxed_f = _f1(relaxed_p, relaxed_r)
    out = {
        "strict": {"p": strict_p, "r": strict_r, "f1": _f1(strict_p, strict_r)},
        "relaxed": {"p": relaxed_p, "r": relaxed_r, "f1": relaxed_f},
    }
    for attr, hits in (("value", c.value), ("type", c.type)):
        acc = _div(hits, c.relaxed)
        out[attr] = {"p": acc * relaxed_p, "r": acc * relaxed_r, "f1": acc * relaxed_f, "accuracy": acc}
    sv_p, sv_r = _div(c.strict_value, c.system), _div(c.strict_value, c.gold)
    out["strict_value"] = {"p": sv_p, "r": sv_r, "f1": _f1(sv_p, sv_r)}
    return out


def score(gold_records: Iterable[dict], pred_records: Iterable[dict], warn=None) -> dict:
    """Score predictions; returns {"counts", "metrics", "documents": [...], "details"}."""
    warn = warn or (lambda msg: print(f"warning: {msg}", file=sys.stderr))
    gold_records = list(gold_records)
    preds: Dict[str, List[dict]] = {}
    for rec in pred_records:
        preds.setdefault(rec["doc_id"], []).extend(rec.get("timex", []))

    gold_ids = {g["doc_id"] for g in gold_records}
    unknown = sorted(set(preds) - gold_ids)
    if unknown:
        warn(f"{len(unknown)} prediction doc_id(s) not in gold, ignored (e.g. {unknown[0]!r})")
    absent = [g["doc_id"] for g in gold_records if g["doc_id"] not in preds]
    if absent and len(absent) < len(gold_records):
        warn(f"{len(absent)} gold document(s) have no prediction line; scored as empty")

    total = Counts()
    documents, details = [], []
    for g in gold_records:
        res = score_document(g, preds.get(g["doc_id"], []))
        total.add(res.counts)
        documents.append({"doc_id": res.doc_id, "counts": vars(res.counts), "metrics": metrics(res.counts)})
        details.append(res)
    return {"counts": vars(total), "metrics": metrics(total), "documents": documents, "details": details}


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------


def _pct(x: float) -> str:
    return f"{100 * x:6.2f}"


def format_summary(result: dict) -> str:
    c, m = result["counts"], result["metrics"]
    lines = [
        f"documents: {len(result['documents'])}   gold timexes: {c['gold']}   system timexes: {c['system']}",
        f"matches: strict {c['strict']}  relaxed {c['relaxed']}  value-correct {c['value']}  "
        f"type-correct {c['type']}",
        "",
        f"{'':14}{'F1':>7}{'P':>7}{'R':>7}",
    ]
    for name in ("strict", "relaxed", "value", "type", "strict_value"):
        row = m[name]
        extra = f"   (accuracy {_pct(row['accuracy']).strip()})" if "accuracy" in row else ""
        lines.append(f"{name:14}{_pct(row['f1'])} {_pct(row['p'])} {_pct(row['r'])}{extra}")
    return "\n".join(lines)


def format_per_doc(result: dict) -> str:
    head = f"{'doc_id':40} {'gold':>5} {'sys':>5} {'strictF1':>9} {'relaxF1':>8} {'valueF1':>8} {'typeF1':>7}"
    lines = [head, "-" * len(head)]
    for d in result["documents"]:
        c, m = d["counts"], d["metrics"]
        lines.append(
            f"{d['doc_id'][:40]:40} {c['gold']:5d} {c['system']:5d} {_pct(m['strict']['f1']):>9} "
            f"{_pct(m['relaxed']['f1']):>8} {_pct(m['value']['f1']):>8} {_pct(m['type']['f1']):>7}"
        )
    return "\n".join(lines)


def _show(t: dict, doc_text: str = "") -> str:
    span_text = t.get("text") or doc_text[t["start"]:t["end"]]
    return f"[{t['start']}:{t['end']}] {span_text!r} {t.get('type', '')} {t.get('value', '')}"


def format_errors(result: dict) -> str:
    lines = []
    for res in result["details"]:
        items = [f"  MISS   {_show(g, res.text)}" for g in res.missed]
        items += [f"  EXTRA  {_show(s, res.text)}" for s in res.spurious]
        for g, s in res.pairs:
            if not value_correct(g, s) or (g["start"], g["end"]) != (s["start"], s["end"]):
                items.append(f"  GOLD   {_show(g, res.text)}\n    SYS  {_show(s, res.text)}")
        if items:
            lines.append(f"# {res.doc_id}")
            lines.extend(items)
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", help="gold JSONL")
    ap.add_argument("pred", help="predictions JSONL")
    ap.add_argument("--per-doc", action="store_true", help="also print one row per document")
    ap.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong values/spans")
    ap.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = ap.parse_args(argv)

    result = score(read_jsonl(args.gold), read_jsonl(args.pred))
    if args.json:
        out = {k: v for k, v in result.items() if k != "details"}
        if not args.per_doc:
            out.pop("documents")
        print(json.dumps(out, indent=2))
        return 0
    print(format_summary(result))
    if args.per_doc:
        print()
        print(format_per_doc(result))
    if args.errors:
        print()
        print(format_errors(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
