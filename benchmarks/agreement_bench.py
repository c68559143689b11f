"""Inter-annotator agreement on the events gold: a second, independent annotation of a set scored
against the first with the team scorer, as if it were a system.

    .venv/bin/python benchmarks/agreement_bench.py            # every tests/data/events/iaa*.jsonl

``iaa24a.jsonl`` is a second annotator's gold for the articles of ``own_blind24a.jsonl``, made
without seeing the first. Event agreement is the scorer's F1 with the first annotation as gold
(same sentence, type, actor1 and actor2 country; the first annotation's not_annotated spans are
ignored as for a system); date and modality agreement are on the matched pairs. Entity agreement
is the share of the first annotation's entity mentions that the second annotates with an
overlapping span, and of those, the share with the same country. It bounds what a system scored
against one annotator can reach.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.events_bench import DATA, load_scorer  # noqa: E402
from pipeline.extract.events.evaluate import read_jsonl  # noqa: E402


def entity_agreement(first: list[dict], second: list[dict]) -> tuple[int, int, int]:
    """(same country, overlapping mentions, first annotation's mentions)."""
    by_id = {r["id"]: r for r in second}
    same = overlapping = total = 0
    for record in first:
        other = by_id.get(record["id"], {}).get("entities", [])
        for mention in record.get("entities", []):
            total += 1
            hits = [e for e in other if e["start"] < mention["end"] and mention["start"] < e["end"]]
            if hits:
                overlapping += 1
                same += any(e["country"] == mention["country"] for e in hits)
    return same, overlapping, total


def main() -> int:
    scorer = load_scorer()
    pooled = {"gold": 0, "pred": 0, "matched": 0, "date": 0, "modality": 0, "same": 0, "overlap": 0}
    pairs = sorted(DATA.glob("iaa*.jsonl"))
    if not pairs:
        print("no tests/data/events/iaa*.jsonl: nothing to compare")
        return 0
    for second_path in pairs:
        first_path = DATA / second_path.name.replace("iaa", "own_blind", 1)
        first, second = read_jsonl(first_path), read_jsonl(second_path)
        result = scorer.score(first, second, warn=lambda msg: None)
        counts = result["counts"]
        for key in ("gold", "pred", "matched"):
            pooled[key] += counts[key]
        pooled["date"] += counts["date_correct"]
        pooled["modality"] += counts["modality_correct"]
        same, overlapping, total = entity_agreement(first, second)
        pooled["same"] += same
        pooled["overlap"] += overlapping
        print(f"== {second_path.stem} against {first_path.stem} ({len(first)} articles)")
        print(scorer.format_summary(result))
        print(f"entity mentions: {overlapping}/{total} annotated by both, same country {same}/{overlapping}\n")
    p = pooled["matched"] / max(pooled["pred"], 1)
    r = pooled["matched"] / max(pooled["gold"], 1)
    m = max(pooled["matched"], 1)
    f1 = 200 * p * r / max(p + r, 1e-9)
    print(f"== pooled: first {pooled['gold']} events, second {pooled['pred']}, matched {pooled['matched']}: "
          f"P {100 * p:.2f} R {100 * r:.2f} F1 {f1:.2f}; date {100 * pooled['date'] / m:.2f}, "
          f"modality {100 * pooled['modality'] / m:.2f}; entity country {pooled['same']}/{pooled['overlap']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
