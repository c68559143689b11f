"""Build ``pipeline/extract/entities/data/derived_names.yaml``: countries of people and organisations
that a news corpus names with an explicit country cue somewhere.

A wire story often names a company or an official with no country ("Ferruzzi said", "Sumita told
reporters") because another story of the same wire already said it ("Italy's Ferruzzi SpA",
"Bank of Japan Governor Satoshi Sumita"). This script reads a corpus offline and collects, for each
name, the countries its explicit cues give:

* ``<Country>'s <Name>``                      "Italy's Gruppo Ferruzzi", "Brazil's Petrobras"
* ``<Name>, of <Country or city>``            "Raision Tehtaat, of Finland",
                                              "<Ssangyong Construction Co Ltd> of South Korea"
* ``<Place>-based <Name>``                    "Bahrain-based Arab Banking Corp"
* ``<Demonym> ... <role noun> <Name>``        "Mexican state oil firm Petroleos Mexicanos",
                                              "Japanese Finance Minister Kiichi Miyazawa"

A name is kept when its cues agree (one country for at least ``SHARE`` of them) and it is not a
place, a demonym or a generic body ("Finance Ministry": every country has one, so its cues
disagree). Articles listed in the holdout file and in any gold set (``tests/data/**/*.jsonl``,
``../shared/dev``) are left out, so no evaluation story lends its own answers. Run from the repo
root (a few seconds; no network):

    .venv/bin/python scripts/build_name_countries.py ../shared/corpora/reuters21578.jsonl.gz \
        ../shared/corpora/HOLDOUT_IDS.txt
"""

from __future__ import annotations

import collections
import glob
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.extract.entities.gazetteer import fold, load  # noqa: E402

TARGET = ROOT / "pipeline" / "extract" / "entities" / "data" / "derived_names.yaml"
SHARE = 0.8

# A capitalised word (no full stop or possessive: "Plc. The", "Stoltenberg's" end a name).
_WORD = r"[A-Z](?:[\w&-]|'(?!s\b)(?=[a-z]))*"
_JOIN = r"(?:de|di|du|der|del|da|des|la|le|van|von|y|&|of|for)"
# A capitalised name, optionally in the wire's <angle brackets>; connectors only between capitals.
_NAME = rf"<?((?:{_WORD})(?:\s+(?:{_JOIN}\s+)?{_WORD}){{0,6}})>?"
_ROLE = (r"(?:company|firm|group|bank|concern|carrier|airline|maker|producer|agency|newspaper|daily|utility|"
         r"conglomerate|house|corporation|trader|manufacturer|subsidiary|unit|body|authority|institute|"
         r"minister|president|governor|chairman|secretary|director|official|spokesman|ambassador|premier|"
         r"chancellor|commissioner|leader|negotiator|delegate|envoy|representative|economist|head|chief|"
         r"Minister|President|Governor|Chairman|Secretary|Director|Ambassador|Premier|Chancellor|"
         r"Commissioner|Representative)")
_TITLE_WORDS = {"minister", "president", "governor", "chairman", "secretary", "director", "ambassador", "premier",
                "chancellor", "commissioner", "representative", "general", "deputy", "vice", "prime", "finance",
                "foreign", "trade", "economics", "economy", "energy", "oil", "agriculture", "state", "chief",
                "executive", "managing", "senior", "acting", "treasury", "industry", "commerce", "affairs",
                "international", "planning", "mines", "petroleum", "first", "his", "her", "its", "the"}
_LEGAL = re.compile(r"\s+(?:Inc|Corp|Co|Ltd|Plc|PLC|SA|AG|NV|BV|SpA|GmbH|AB|KK|BSC|Oy|A/S|Pty|Bhd|Berhad|Cos)\.?$")


_LEADING_WORDS = {"but", "and", "the", "in", "a", "an", "as", "at", "on", "for", "with", "by", "from", "to", "of",
                  "if", "while", "when", "after", "before", "since", "under", "also", "other", "its", "his", "her",
                  "their", "this", "that", "these", "those", "new", "former", "both", "all", "some"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
               "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
               "today", "yesterday", "tomorrow"}


def _clean(name: str) -> str | None:
    """The name without leading title words and trailing connectors, or None when nothing is left."""
    words = name.replace("\n", " ").split()
    while words and (words[-1].lower() in {"and", "of", "for", "&", "de", "di"} | _TIME_WORDS or len(words[-1]) == 1):
        words.pop()  # "... Ferruzzi and", "James Baker Monday", "Alfred C"
    while words and words[0].lower() in _LEADING_WORDS:
        words.pop(0)  # "But Alastair France": a sentence's first word
    # "Finance Minister Kiichi Miyazawa" -> "Kiichi Miyazawa"
    last_title = max((i for i, w in enumerate(words) if w.lower().strip(".,") in _TITLE_WORDS), default=-1)
    if 0 <= last_title < len(words) - 1 and words[last_title].lower() not in {"of", "for"}:
        words = words[last_title + 1:]
    name = " ".join(words).strip(" ,.'")
    return name or None


def cues(text: str, gaz) -> list[tuple[str, str]]:
    """(name, country) pairs the explicit cues of ``text`` give."""
    flat = text.replace("\n", " ")
    out = []
    for m in re.finditer(rf"\b({_WORD}(?:\s+{_WORD}){{0,2}})['’]s\s+(?:state-owned\s+|state\s+)?{_NAME}", flat):
        code = gaz.place(m.group(1))
        if code and not flat[: m.start()].endswith(("of ", "for ")):  # not "The Bank of New York's"
            out.append((m.group(2), code))
    for m in re.finditer(rf"{_NAME},?\s+of\s+({_WORD}(?:\s+{_WORD}){{0,2}})\b", flat):
        code = gaz.place(m.group(2))
        name = m.group(1)
        if code and (m.group(0).split(" of ")[0].endswith((",", ">")) or _LEGAL.search(name)):
            out.append((name, code))
    for m in re.finditer(rf"\b({_WORD}(?:\s+{_WORD})?)-based\s+{_NAME}", flat):
        code = gaz.place(m.group(1))
        if code:
            out.append((m.group(2), code))
    for m in re.finditer(rf"\b({_WORD}(?:\s+{_WORD})?)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE}\s+{_NAME}", flat):
        code = gaz.demonym(m.group(1)) or gaz.demonym(m.group(1).split()[0])  # "Japanese Finance Minister"
        if code:
            out.append((m.group(2), code))
    # "Bank of Japan Governor Satoshi Sumita": an official of a placed institution.
    for m in re.finditer(rf"\b((?:{_WORD}\s+(?:of\s+)?){{1,4}}){_ROLE}\s+{_NAME}", flat):
        words = m.group(1).split()
        for i in range(len(words)):
            key = fold(" ".join(words[i:]))
            known = gaz.institutions.get(key)
            if known is not None and known[0] and key not in gaz.shared_institutions:  # not "Treasury director"
                out.append((m.group(2), known[0]))
                break
    return out


def _common_words() -> frozenset[str]:
    """Ordinary English words (the parser's casing list) plus the words every body's name uses."""
    from pipeline.datafiles import load_mapping

    data = load_mapping(ROOT / "pipeline" / "extract" / "data" / "casing.yaml")
    return frozenset(str(w) for w in data["common_words"]) | frozenset(str(w) for w in data["keep"]) | {
        "bank", "ministry", "commission", "council", "authority", "institute", "agency", "board", "office",
        "association", "federation", "union", "committee", "department", "corporation", "company", "group"}


def gold_ids() -> set[str]:
    ids = set()
    for path in glob.glob(str(ROOT / "tests" / "data" / "**" / "*.jsonl"), recursive=True) + glob.glob(
        str(ROOT.parent / "shared" / "dev" / "*.jsonl")
    ):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                ids.add(record.get("id") or record.get("doc_id"))
    return ids


def main(argv: list[str]) -> int:
    corpus, holdout_file = argv[1], argv[2]
    skip = {x.strip() for x in Path(holdout_file).read_text().splitlines() if x.strip() and x[0] != "#"}
    skip |= gold_ids()
    gaz = load()
    votes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    spelled: dict[str, str] = {}
    lower_words: collections.Counter = collections.Counter()
    articles = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            article = json.loads(line)
            if article["id"] in skip:
                continue
            articles += 1
            lower_words.update(re.findall(r"\b[a-z][a-z-]+\b", article["text"]))
            for raw, code in cues(article["text"], gaz):
                name = _clean(raw)
                if name is None or len(name) < 3:
                    continue
                key = fold(name)
                votes[key][code] += 1
                spelled.setdefault(key, name)
    common = _common_words()
    kept = {}
    for key, counter in votes.items():
        code, n = counter.most_common(1)[0]
        name = spelled[key]
        if n / sum(counter.values()) < SHARE:
            continue  # "Finance Ministry", "Central Bank": every country has one
        bare = _LEGAL.sub("", name).split()
        ordinary = all(w.lower() in common or lower_words[w.lower()] >= 10 for w in bare)
        if ordinary and (n < 3 or len(bare) == 1):
            continue  # "Development", "Trust Ltd": ordinary words name no one
        if len(name.split()) == 1 and n < 2:
            continue  # "Roger": one word seen once may be a first name or a fragment
        if not re.search(r"[A-Za-z]{3}", name):
            continue  # "Aa-2": a rating, not a name
        if gaz.place(name) or gaz.demonym(name) or gaz.region(name) or key in gaz.igos:
            continue
        if not any(w[:1].isupper() for w in name.split()) or name.split()[0].lower() in _TITLE_WORDS:
            continue
        kept[name] = code
    lines = [
        "# Countries of people and organisations named with an explicit country cue in the corpus",
        "# (\"Italy's Ferruzzi\", \"Raision Tehtaat, of Finland\"). Generated by",
        "# scripts/build_name_countries.py from Reuters-21578 minus holdout and gold-set articles;",
        f"# {articles} articles read, {len(kept)} names kept. Do not edit by hand: rerun the script.",
        "names:",
    ]
    lines += [f"  {json.dumps(name)}: {code}" for name, code in sorted(kept.items())]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(kept)} names from {articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
