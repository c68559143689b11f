"""Build ``own_dev.jsonl`` from the anchored annotations below (offsets are computed, never typed).

Each event names its trigger and actors by quoted text (``phrase`` or ``(phrase, after)``: the first
occurrence of phrase after the first occurrence of ``after``); the script finds the offsets, the
sentence (guideline splitter) and checks that every span slices its text. Run from the repo root:

    python tests/data/events/annotate_own_dev.py /path/to/reuters21578.jsonl.gz

The articles are Reuters-21578 (research use only), drawn from the events_dev sampling pool
(not held out, not in events_dev.jsonl) with ``random.Random(2024)``, bodies of 400-1100 characters.
Annotated by tests/data/events/GUIDELINES.md before any system output on them was looked at.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ABBREV = {"u.s.", "u.k.", "u.n.", "co.", "corp.", "inc.", "ltd.", "mr.", "mrs.", "ms.", "dr.",
          "st.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
          "nov.", "dec.", "no.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "ave.", "bros.",
          "vs.", "e.g.", "i.e.", "messrs.", "fla.", "n.j.", "calif.", "mass.", "jr.", "sr."}
BOUNDARY = re.compile(r'[.!?]["\')\]]*(?=\s+["\'(\[A-Z0-9])')


def _is_abbrev(text, dot):
    i = dot
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in '("\'':
        i -= 1
    word = text[i:dot + 1].lower()
    return word in ABBREV or re.fullmatch(r"(?:[a-z]\.)+", word) is not None


def sentences(text):
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        if text[m.start()] == "." and _is_abbrev(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def find(text, anchor):
    if anchor is None:
        return None
    phrase, after = (anchor, None) if isinstance(anchor, str) else anchor
    base = _search(text, after, 0)[0] if after else 0
    return _search(text, phrase, base)


def _search(text, phrase, base):
    # Wire text breaks lines anywhere: a space in an anchor matches any run of white space.
    pattern = r"\s+".join(re.escape(w) for w in phrase.split())
    m = re.compile(pattern).search(text, base)
    if m is None:
        raise ValueError(f"anchor {phrase!r} not found after {base}")
    return m.start(), m.end()


def entity(text, anchor, etype, country):
    """A gold entity mention: every named PERSON/ORG/GPE/LOC/NORP mention, with its country."""
    s, e = find(text, anchor)
    assert etype in {"PERSON", "ORG", "GPE", "LOC", "NORP"}, (anchor, etype)
    return {"text": text[s:e], "start": s, "end": e, "type": etype, "country": country}


def actor(text, anchor, country, kind):
    if anchor is None:
        return {"text": None, "start": None, "end": None, "country": country, "kind": kind}
    s, e = find(text, anchor)
    return {"text": text[s:e], "start": s, "end": e, "country": country, "kind": kind}


# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-10444": {
        "events": [
            ("STATEMENT", ("said", "Agriculture Department"), ("the U.S. Agriculture Department", "USA", "GOV"), None,
             ("WASHINGTON", "USA"), "1987-03-27", "day", None, "asserted", None,
             "announcement of an untyped action (bids accepted for export bonuses): reporting clause"),
            ("STATEMENT", ("said", "The department"), ("The department", "USA", "GOV"), None, ("WASHINGTON", "USA"),
             "1987-03-27", "day", None, "asserted", None, "report of bonus amounts"),
            ("STATEMENT", ("said", "Cam USA"), ("the department", "USA", "GOV"), None, ("WASHINGTON", "USA"),
             "1987-03-27", "day", None, "asserted", None, "report of the bonus recipient"),
            ("STATEMENT", "announced", (None, "USA", "GOV"), None, None, "1987-03-16", "day", "March 16",
             "asserted", None, "the Export Enhancement initiative announced on March 16 (implied U.S. announcer)"),
        ],
        "skip": [
            ("accepted", "export-subsidy administration; counterparts are exporters, borderline: no type"),
            ("awarded", "content of the department's report"),
            ("made", "content of the department's report"),
        ],
    },
    "reuters21578-3533": {
        "events": [
            ("STATEMENT", "said", ("The Bank of England", "GBR", "GOV"), None, ("LONDON", "GBR"), "1987-03-11", "day",
             None, "asserted", None, "report that it did not operate (the operation itself is monetary: skipped)"),
            ("STATEMENT", "forecast", ("the bank", "GBR", "GOV"), None, ("LONDON", "GBR"), "1987-03-11", "day", None,
             "asserted", None, "forecast of a liquidity shortage ('today' is the shortage's day; same value)"),
        ],
        "skip": [
            ("operate", "monetary operation (negated)"),
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            ("eased", "market-price movement"),
        ],
    },
    "reuters21578-16126": {
        "events": [
            ("STATEMENT", "said", ("Ahmad Sarji Abdul Hamind", "MYS", "GOV"), None, ("KUALA LUMPUR", "MYS"),
             "1987-04-13", "day", None, "asserted", None,
             "statistics release by the Export Promotion Council chairman"),
            ("STATEMENT", "told", ("he", "MYS", "GOV"), None, ("KUALA LUMPUR", "MYS"), "1987-04-13", "day", None,
             "asserted", None, "statistics at a news conference"),
            ("STATEMENT", ("said", "1985"), ("he", "MYS", "GOV"), None, ("KUALA LUMPUR", "MYS"), "1987-04-13", "day",
             None, "asserted", None, "statistics: gross exports declined"),
        ],
        "skip": [
            ("rose", "statistics, no acting actor"),
            ("declined", "statistics, no acting actor"),
        ],
    },
    "reuters21578-12470": {
        "events": [],
        "skip": [
            ("intervened", "currency intervention (monetary operation)"),
            ("buying", "currency intervention (monetary operation)"),
            (("said", "dealers"), "anonymous-source talk (dealers)"),
            (("said", "They were unsure"), "anonymous-source talk (dealers)"),
        ],
    },
    "reuters21578-6386": {
        "events": [
            ("COOPERATE", "awarded", ("The joint committee of Taiwan's maize\nimporters", "TWN", "ORG"),
             ("five U.S. Companies", "USA", "BUS"), None, None, "unknown", None, "asserted", None,
             "supply contracts awarded by Taiwan's importers to U.S. firms; delivery dates are not the award's"),
            ("COOPERATE", "won", ("Cigra Inc", "USA", "BUS"), (None, "TWN", "ORG"), None, None, "unknown", None,
             "asserted", None, "contract won from the Taiwan committee (one of the five U.S. companies)"),
            ("COOPERATE", ("received", "Continental"), ("Continental Grain Co of New York", "USA", "BUS"),
             (None, "TWN", "ORG"), None, None, "unknown", None, "asserted", None, "shipments awarded"),
            ("COOPERATE", "took", ("Cargill Inc of Minnesota", "USA", "BUS"), (None, "TWN", "ORG"), None, None,
             "unknown", None, "asserted", None, "shipments awarded"),
            ("COOPERATE", ("won", "United Grain"), ("United Grain Corp of Oregon", "USA", "BUS"),
             (None, "TWN", "ORG"), None, None, "unknown", None, "asserted", None, "contracts won"),
            ("COOPERATE", ("received", "Garnac"), ("Garnac Grain Co Inc of New Jersey", "USA", "BUS"),
             (None, "TWN", "ORG"), None, None, "unknown", None, "asserted", None, "shipments awarded"),
        ],
        "skip": [
            (("said", "spokesman"), "rule-3 attribution verb"),
            (("supply", "Companies"), "content of the award"),
        ],
    },
    "reuters21578-4013": {
        "events": [],
        "skip": [
            (("said", "investigators"), "anonymous-source talk (investigators)"),
            ("testifying", "hypothetical content of anonymous talk"),
            ("voted", "internal vote of a single body"),
            ("grant", "immunity grant: no clear type, borderline"),
            ("probing", "investigation of a scandal, no target actor"),
            ("trade arms", "background nominal"),
            (("said", "Hakim, 51"), "anonymous ('was said')"),
        ],
    },
    "reuters21578-19049": {
        "events": [
            ("AID", "lend", ("Japan", "JPN", "GOV"), ("Indonesia", "IDN", "GOV"), None, None, "unknown", None,
             "planned", None, "loan to Indonesia; no time expression"),
            ("AID", "loan", (("Japan", None), "JPN", "GOV"), ("Bolivia", "BOL", "GOV"), None, None, "unknown", None,
             "planned", None, "Japan's share of a loan to Bolivia co-financed with the World Bank"),
            ("AID", "contribute", ("Japan's", "JPN", "GOV"), ("developing countries", None, "IGO"), None, None,
             "unknown", None, "planned", None, "Japan's plan to contribute to developing countries"),
            ("STATEMENT", "told", ("the spokesman", "JPN", "GOV"), None, ("TOKYO", "JPN"), "1987-06-19", "day", None,
             "asserted", None, "loans will be used for development"),
            ("STATEMENT", "name", ("He", "JPN", "GOV"), None, ("TOKYO", "JPN"), "1987-06-19", "day", None,
             "negated", None, "withheld statement: declined to name terms"),
        ],
        "skip": [
            (("said", "spokesman"), "rule-3 attribution verb"),
            ("help", "purpose clause"),
            ("lending", "anaphoric nominal"),
            ("used", "content of the spokesman's statement"),
        ],
    },
    "reuters21578-16079": {
        "events": [
            ("STATEMENT", "said", ("the Commerce Ministry", "THA", "GOV"), None, ("BANGKOK", "THA"),
             "1987-04-09", "day", None, "asserted", None,
             "statistics release (DCT from published_at, not the dateline's April 10)"),
            ("STATEMENT", ("said", "It said"), ("It", "THA", "GOV"), None, ("BANGKOK", "THA"), "1987-04-09",
             "day", None, "asserted", None, "statistics release"),
        ],
        "skip": [
            ("exported", "statistics"),
            ("shipped", "statistics"),
            ("concluded", "market activity by unnamed exporters"),
            ("commitments", "stative description"),
        ],
    },
    "reuters21578-16766": {
        "events": [
            ("STATEMENT", "said", ("The Washington Post", "USA", "ORG"), None, ("WASHINGTON", "USA"), "1987-04-17",
             "day", None, "asserted", None, "newspaper report"),
            ("STATEMENT", "issued", ("the U.S. Commerce Department", "USA", "GOV"), None, None, "1987-04-16", "day",
             "yesterday", "asserted", None, "statistics release dated yesterday"),
            ("STATEMENT", "reported", ("the department", "USA", "GOV"), None, None, "1987-04-14", "day",
             "only two days earlier", "asserted", None, "the earlier figure, two days before yesterday's report"),
            ("STATEMENT", ("said", "The newspaper"), ("The newspaper", "USA", "ORG"), None, ("WASHINGTON", "USA"),
             "1987-04-17", "day", None, "asserted", None, "newspaper quote"),
            ("STATEMENT", ("said", "The Washington Post said:"), ("The Washington Post", "USA", "ORG"), None,
             ("WASHINGTON", "USA"), "1987-04-17", "day", None, "asserted", None, "newspaper quote"),
            ("STATEMENT", ("comment", "No one"), (("the Commerce Department", "No one"), "USA", "GOV"), None,
             ("WASHINGTON", "USA"), "1987-04-17", "day", None, "negated", None,
             "withheld statement: no one available for comment"),
        ],
        "skip": [
            ("agreed", "agreeing with an assessment, no counterpart"),
            ("publish", "content of the newspaper's quote"),
            ("helped", "content of the quote"),
        ],
    },
    "reuters21578-16895": {
        "events": [
            ("SANCTION", "tariffs", ("The White House", "USA", "GOV"), ("Japanese", "JPN", "GOV"), None, "1987-04-17",
             "day", "Friday", "asserted", None, "tariffs on Japanese goods, effective Friday (= publication day)"),
            ("SANCTION", "imposed", (None, "USA", "GOV"), (("Japanese", "imposed"), "JPN", "GOV"), None,
             "1987-04-17", "day", "Friday", "asserted", 0, "later mention of the tariffs"),
            ("STATEMENT", ("said", "President Reagan"), ("President Reagan", "USA", "GOV"), None,
             ("SANTA BARBARA", "USA"), "1987-04-17", "day", None, "asserted", None,
             "regret that actions were necessary"),
            ("AGREE", ("said", "Reagan said the"), (("Reagan", "Reagan said the"), "USA", "GOV"),
             (("Japanese", "Reagan said the"), "JPN", "GOV"),
             ("SANTA BARBARA", "USA"), "1987-04-17", "day", None, "asserted", None,
             "conditional promise to lift the tariffs once Japan complies (a promise is asserted)"),
            ("SUPPORT", ("said", "He said"), (("He", "He said"), "USA", "GOV"), ("Tokyo", "JPN", "GOV"),
             ("SANTA BARBARA", "USA"), "1987-04-17", "day", None, "asserted", None,
             "encouraged by Tokyo's recent actions: verbal support"),
        ],
        "skip": [
            ("announced", "rule-3 attribution verb (the tariffs are the event)"),
            ("alleged", "background nominal in a causal clause"),
            (("agreement", "honor an"), "background nominal"),
            ("statement", "part of the reporting clause"),
            ("eliminated", "content of another event (the promise)"),
            ("actions by Tokyo", "background nominal (content of the support)"),
        ],
    },
}


def build(corpus: str, annotations: dict) -> list[dict]:
    """Gold records (the events_dev format) for ``annotations``, with offsets found in ``corpus``."""
    wanted = set(annotations)
    articles = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            if a["id"] in wanted:
                articles[a["id"]] = a
    out = []
    for aid, spec in annotations.items():
        a = articles[aid]
        text = a["text"]
        sents = sentences(text)
        events = []
        for n, (etype, trig, a1, a2, loc, date, precision, date_text, modality, same, note) in enumerate(
            spec["events"], start=1
        ):
            s, e = find(text, trig)
            sent = next(x for x in sents if x[0] <= s < x[1])
            assert date_text is None or date_text in text, (aid, date_text)
            events.append({
                "event_id": f"{aid}:e{n}",
                "same_as": f"{aid}:e{same + 1}" if same is not None else None,
                "trigger": {"text": text[s:e], "start": s, "end": e},
                "type": etype,
                "note": note,
                "actor1": actor(text, *a1),
                "actor2": actor(text, *a2) if a2 else None,
                "location": {"text": loc[0], "country": loc[1]} if loc else None,
                "date": date,
                "precision": precision,
                "date_text": date_text,
                "modality": modality,
                "sentence": {"start": sent[0], "end": sent[1]},
            })
        skips = []
        for anchor, reason in spec["skip"]:
            s, e = find(text, anchor)
            assert not any(s < ev["trigger"]["end"] and ev["trigger"]["start"] < e for ev in events), (aid, anchor)
            skips.append({"text": text[s:e], "start": s, "end": e, "reason": reason})
        record = {
            "id": aid,
            "published_at": a["published_at"],
            "title": a["title"],
            "dateline": a["dateline"],
            "text": text,
            "events": events,
            "not_annotated": skips,
        }
        if "entities" in spec:
            record["entities"] = [entity(text, *mention) for mention in spec["entities"]]
        out.append(record)
    return out


def main(annotations: dict, file_name: str) -> None:
    """Build the gold for ``annotations`` from the corpus given on the command line; write it beside
    this file, re-read it (no gold trigger may overlap a ``not_annotated`` span) and, with
    ``--show`` after the corpus, print every span in context for the annotator's check."""
    records = build(sys.argv[1], annotations)
    target = Path(__file__).with_name(file_name)
    with open(target, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{target}: {len(records)} articles, {sum(len(r['events']) for r in records)} events")
    check_output(target)
    if "--show" in sys.argv[2:]:
        show(target)


def check_output(path: Path) -> None:
    """Re-read the written file: every span slices its own text, each trigger lies in its sentence,
    a date's text is in the article, and no gold trigger overlaps a ``not_annotated`` span."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art["text"]
            actors = [a for ev in art["events"] for a in (ev["actor1"], ev["actor2"]) if a and a["start"] is not None]
            spans = [ev["trigger"] for ev in art["events"]] + actors + art["not_annotated"] + art.get("entities", [])
            for span in spans:
                assert text[span["start"]:span["end"]] == span["text"], (art["id"], span)
            for ev in art["events"]:
                t, sent = ev["trigger"], ev["sentence"]
                assert sent["start"] <= t["start"] and t["end"] <= sent["end"], (art["id"], ev["event_id"])
                assert ev["date_text"] is None or ev["date_text"] in text, (art["id"], ev["event_id"])
                for sk in art["not_annotated"]:
                    assert not (t["start"] < sk["end"] and sk["start"] < t["end"]), (
                        art["id"], ev["event_id"], t, sk)


def _context(text: str, start: int, end: int, width: int = 30) -> str:
    left = " ".join(text[max(0, start - width):start].split())
    right = " ".join(text[end:end + width].split())
    return f"...{left} [{' '.join(text[start:end].split())}] {right}..."


def show(path: Path) -> None:
    """Print every trigger, actor, skip and entity span in context (for the annotator's check)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            text = art["text"]
            print("=" * 100)
            print(art["id"], art["published_at"], art["dateline"], "|", art["title"])
            for ev in art["events"]:
                t = ev["trigger"]
                print(f"  {ev['event_id']} {ev['type']} {ev['modality']} {ev['date']} ({ev['precision']}, "
                      f"{ev['date_text']!r}) same_as={ev['same_as']} loc={ev['location']}")
                print("     trigger:", _context(text, t["start"], t["end"]))
                for key in ("actor1", "actor2"):
                    a = ev[key]
                    if a is None:
                        print(f"     {key}: None")
                    elif a["start"] is None:
                        print(f"     {key}: (implied) {a['country']} {a['kind']}")
                    else:
                        print(f"     {key}: {a['country']} {a['kind']}", _context(text, a["start"], a["end"]))
                s = ev["sentence"]
                print("     sentence:", " ".join(text[s["start"]:s["end"]].split()))
            for sk in art["not_annotated"]:
                print("  SKIP", _context(text, sk["start"], sk["end"]), "--", sk["reason"])
            for en in art.get("entities", []):
                print("  ENT ", en["type"], en["country"], _context(text, en["start"], en["end"], 25))


if __name__ == "__main__":
    main(ANNOTATIONS, "own_dev.jsonl")
