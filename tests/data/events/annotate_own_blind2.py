"""Build ``own_blind2.jsonl``: a second, small blind events set, annotated after round 2's changes
and before the extractor ran on it (an honest check of those changes).

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind2.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>= 2 places or a topic in trade/crude/interest/money-fx/ship/grain,
not in HOLDOUT_IDS.txt) restricted to bodies of 400-1200 characters, minus every article already in
events_dev, own_dev, own_blind, tests/data/figures/*.jsonl and tests/data/timeml_own/*.jsonl
(2,202 left); 6 drawn with ``random.Random(3001).sample``. See GUIDELINES.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

WA = ("WASHINGTON", "USA")
KL = ("KUALA LUMPUR", "MYS")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-11807": {
        "events": [
            (
                "STATEMENT",
                "said",
                ("lead manager Commerzbank AG", "DEU", "BUS"),
                None,
                ("FRANKFURT", "DEU"),
                "1987-04-01",
                "day",
                None,
                "asserted",
                None,
                "announcement of a bond issue (corporate finance: no type)",
            ),
        ],
        "skip": [
            ("raising", "corporate finance (bond issue)"),
            ("pay", "bond terms"),
            ("issued", "corporate finance"),
            ("selling", "bond fees"),
        ],
    },
    "reuters21578-17388": {
        "events": [
            (
                "COOPERATE",
                "sell",
                ("French state-owned aluminium and special\nmetals group Pechiney", "FRA", "BUS"),
                ("Reynolds\nMetals Co", "USA", "BUS"),
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "planned sale of a plant stake to Reynolds; 'over the coming weeks' gives no date; 'said' attribution",
            ),
            (
                "AGREE",
                "agreement",
                (("it", "The company also said"), "FRA", "BUS"),
                ("La Metalli Industriale", "ITA", "BUS"),
                None,
                None,
                "unknown",
                None,
                "planned",
                None,
                "planned agreement with an Italian company ('soon' gives no date); 'said' = attribution",
            ),
            (
                "STATEMENT",
                "available",
                (None, "FRA", "BUS"),
                None,
                ("PARIS", "FRA"),
                "1987-04-29",
                "day",
                None,
                "negated",
                None,
                "withheld statement (no further details), implied company",
            ),
        ],
        "skip": [
            ("said", "rule-3 attribution verb (the sale is the event)"),
            ("holds", "stative"),
            (("said", "The company also"), "rule-3 attribution verb (the agreement is the event)"),
            ("planned", "light verb of the agreement"),
        ],
    },
    "reuters21578-5363": {
        "events": [
            (
                "STATEMENT",
                "said",
                ("U.S. Agriculture Secretary Richard\nLyng", "USA", "GOV"),
                None,
                WA,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "assessment: too late for decoupling",
            ),
            (
                "STATEMENT",
                "told",
                (("Lyng", "It's too late,\""), "USA", "GOV"),
                None,
                WA,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "quote at the convention here",
            ),
            (
                "STATEMENT",
                "added",
                (("Lyng", "Lyng added"), "USA", "GOV"),
                None,
                WA,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "assessment of Congress's support",
            ),
            (
                "STATEMENT",
                "indicated",
                (("he", "But he"), "USA", "GOV"),
                None,
                WA,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "assessment",
            ),
            (
                "STATEMENT",
                "predicted",
                (("Lyng", "Overall, Lyng"), "USA", "GOV"),
                None,
                WA,
                "1987-03-16",
                "day",
                None,
                "asserted",
                None,
                "forecast",
            ),
        ],
        "skip": [
            ("implement", "content"),
            (("passed", "legislation (0/92)"), "content"),
            (("passed", "program will be"), "content"),
            ("alter", "content"),
            ("closes", "no actor"),
            ("legislated", "content of the forecast"),
        ],
    },
    "reuters21578-14412": {
        "events": [
            (
                "REQUEST",
                "asked",
                ("Lawmakers from Ontario", "CAN", "GOV"),
                ("their\nU.S. counterparts", "USA", "GOV"),
                WA,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "asked U.S. lawmakers to exempt Canada; a speech-act verb in wire style takes the DCT",
            ),
            (
                "STATEMENT",
                ("said", "Economic Affairs,"),
                ("David Cooke", "CAN", "GOV"),
                None,
                WA,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "assessment of the exemption",
            ),
            (
                "STATEMENT",
                "told",
                (("Cooke", "Cooke, a member"), "CAN", "GOV"),
                None,
                WA,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "quote on the trade bill",
            ),
            (
                "REQUEST",
                "added",
                (("he", 'from that bill,"'), "CAN", "GOV"),
                (None, "USA", "GOV"),
                WA,
                "1987-04-07",
                "day",
                None,
                "asserted",
                None,
                "'you should consider exempting our country': request to the congressmen",
            ),
        ],
        "skip": [
            (("exempt", "counterparts to"), "content of the request"),
            (("retaliation", "mandatory trade"), "content (bill provisions)"),
            (("considered", "being"), "legislative process, background"),
            ("meeting", "venue of the statement (a coalition's meeting), borderline"),
            ("require", "document content (the bill)"),
            ("retaliate", "document content (the bill)"),
            ("harm", "condition"),
            ("reject", "generic ability, no event"),
            (("sanctions", "reject trade"), "generic"),
            ("suggest", "part of the quoted request"),
            ("exempting", "content of the request"),
        ],
    },
    "reuters21578-9792": {
        "events": [
            (
                "STATEMENT",
                "said",
                ("the Central\nBank", "MYS", "GOV"),
                None,
                KL,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "statistics in its annual report",
            ),
            (
                "STATEMENT",
                ("said", "Bank Negara said although"),
                (("Bank Negara", "Bank Negara said although"), "MYS", "GOV"),
                None,
                KL,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "explanation",
            ),
            (
                "STATEMENT",
                "added",
                (("it", "Singapore dollars,"), "MYS", "GOV"),
                None,
                KL,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "basket composition",
            ),
            (
                "STATEMENT",
                ("said", "Bank Negara said growth"),
                (("Bank Negara", "Bank Negara said growth"), "MYS", "GOV"),
                None,
                KL,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "statistics",
            ),
            (
                "STATEMENT",
                "told",
                ("Bank Negara\nGovernor Jaafar Hussein", "MYS", "GOV"),
                None,
                KL,
                "1987-03-26",
                "day",
                None,
                "asserted",
                None,
                "debt service ratio",
            ),
        ],
        "skip": [
            ("pushed", "statistics, no acting actor"),
            ("report", "part of the reporting clause"),
            ("borrowing", "statistics"),
            (("dropped", "net borrowing"), "statistics"),
            (("rose", "external debt"), "statistics"),
        ],
    },
    "reuters21578-11365": {
        "events": [],
        "skip": [
            ("showed", "a document's figures (not a speech act)"),
            (("said", "Dealers"), "anonymous-source talk"),
            (("said", "Dealers said it"), "anonymous-source talk"),
            ("intervention by", "currency intervention (monetary operation)"),
            ("disclose", "standing practice, not an event"),
        ],
    },
}


if __name__ == "__main__":
    annotate_own_dev.ANNOTATIONS = ANNOTATIONS
    records = annotate_own_dev.build(sys.argv[1])
    target = Path(__file__).with_name("own_blind2.jsonl")
    with open(target, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{target}: {len(records)} articles, {sum(len(r['events']) for r in records)} events")
