"""Build own_dev.jsonl and own_test.jsonl: hand-written TIMEX3 gold for Reuters-21578 / BBC articles.

The annotations below were written by hand from the article text (TimeML/TimeBank conventions,
see README.md) before the tagger was run on these articles. Each entry is
(surface text, occurrence index of that surface in the article, type, value[, mod]); offsets are
computed here. Spaces in a surface match any whitespace (Reuters lines are wrapped).

    .venv/bin/python tests/data/timeml_own/annotate_own_dev.py
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

CORPORA = Path("/work/shared/corpora")
HERE = Path(__file__).resolve().parent

# doc_id -> (DCT, annotations). Reuters DCT = published_at date; BBC DCT chosen from the text
# (see README.md).
GOLD: dict[str, tuple[str | None, list[tuple]]] = {
    "reuters21578-17682": (None, [
        ("the fourth quarter", 0, "DATE", "1987-Q4"),
        ("June 30", 0, "DATE", "1987-06-30"),
        ("the year", 0, "DATE", "1987"),
        ("fiscal 1986", 0, "DATE", "1986"),
        ("the first nine months", 0, "DURATION", "P9M"),
        ("fiscal 1987", 0, "DATE", "1987"),
        ("fiscal 1986", 1, "DATE", "1986"),
    ]),
    "reuters21578-11230": (None, [
        ("February", 0, "DATE", "1987-02"),
        ("January", 0, "DATE", "1987-01"),
        ("February 1986", 0, "DATE", "1986-02"),
        ("the beginning of last month", 0, "DATE", "1987-02", "START"),
        ("the start of February last year", 0, "DATE", "1986-02", "START"),
        ("the end of February", 0, "DATE", "1987-02", "END"),
        ("end-February 1986", 0, "DATE", "1986-02", "END"),
        ("1986", 2, "DATE", "1986"),
        ("last month", 1, "DATE", "1987-02"),
    ]),
    "reuters21578-13488": (None, [
        ("1950", 0, "DATE", "1950"),
        ("1958", 0, "DATE", "1958"),
        ("1959", 0, "DATE", "1959"),
        ("the next few days", 0, "DURATION", "PXD"),
        ("1941-1960", 0, "DATE", "1941/1960"),
        ("1942-1952", 0, "DATE", "1942/1952"),
        ("1942-1955", 0, "DATE", "1942/1955"),
        ("1945-1954", 0, "DATE", "1945/1954"),
        ("1933-1960", 0, "DATE", "1933/1960"),
    ]),
    "reuters21578-8873": (None, [
        ("yesterday", 0, "DATE", "1987-03-23"),
        ("May 1", 0, "DATE", "1987-05-01"),
        ("less than a week", 0, "DURATION", "P1W", "LESS_THAN"),
        ("February", 0, "DATE", "1987-02"),
        ("March", 0, "DATE", "1987-03"),
        ("the latter month", 0, "DATE", "1987-03"),
        ("current", 0, "DATE", "PRESENT_REF"),
    ]),
    "reuters21578-1377": (None, [
        ("1986/87", 0, "DATE", "1986/1987"),
        ("recent", 0, "DATE", "PAST_REF"),
        ("the current year", 0, "DATE", "1987"),
        ("the previous three years", 0, "DURATION", "P3Y"),
        ("1986/87", 1, "DATE", "1986/1987"),
        ("1989/90", 0, "DATE", "1989/1990"),
    ]),
    "reuters21578-1423": (None, [
        ("February", 0, "DATE", "1987-02"),
        ("a year ago", 0, "DATE", "1986-02"),
        ("February", 1, "DATE", "1987-02"),
        ("February", 2, "DATE", "1987-02"),
        ("the two months", 0, "DURATION", "P2M"),
        ("the two months", 1, "DURATION", "P2M"),
        ("the year-ago period", 0, "DATE", "1986"),
    ]),
    "reuters21578-2832": (None, [
        ("February", 0, "DATE", "1987-02"),
        ("the same month last year", 0, "DATE", "1986-02"),
        ("a year ago", 0, "DATE", "1986"),
        ("February", 1, "DATE", "1987-02"),
        ("the month", 0, "DATE", "1987-02"),
        ("the two-month period", 0, "DURATION", "P2M"),
        ("1986", 0, "DATE", "1986"),
    ]),
    "reuters21578-1776": (None, [
        ("next year", 0, "DATE", "1988"),
        ("today", 0, "DATE", "1987-03-04"),
        ("1985", 0, "DATE", "1985"),
        ("current", 0, "DATE", "PRESENT_REF"),
        ("1988", 0, "DATE", "1988"),
        ("fiscal 1987", 0, "DATE", "1987"),
        ("1987", 1, "DATE", "1987"),
    ]),
    "reuters21578-17071": (None, [
        ("soon", 0, "DATE", "FUTURE_REF"),
        ("April 29", 0, "DATE", "1987-04-29"),
        ("April 27", 0, "DATE", "1987-04-27"),
        ("28", 0, "DATE", "1987-04-28"),
        ("early next week", 0, "DATE", "1987-W18", "START"),
        ("April 29", 1, "DATE", "1987-04-29"),
    ]),
    "reuters21578-7801": (None, [
        ("November 15", 0, "DATE", "1987-11-15"),
        ("34-1/2 month", 0, "DURATION", "P34.5M"),
        ("two-year", 0, "DURATION", "P2Y"),
        ("the full ten-year period", 0, "DURATION", "P10Y"),  # corrected, see README
        ("currently", 0, "DATE", "PRESENT_REF"),
        ("annually", 0, "SET", "P1Y"),
    ]),
    "reuters21578-13721": (None, [
        ("the first quarter", 0, "DATE", "1987-Q1"),
        ("the same year-ago period", 0, "DATE", "1986-Q1"),
        ("1987", 0, "DATE", "1987"),
        ("1986", 0, "DATE", "1986"),
        ("1987", 1, "DATE", "1987"),
    ]),
    "reuters21578-16555": (None, [
        ("Last week", 0, "DATE", "1987-W15"),
        ("1986", 0, "DATE", "1986"),
        ("April 24", 0, "DATE", "1987-04-24"),
        ("1971", 0, "DATE", "1971"),
    ]),
    "bbc-business-462": ("2005-01-10", [
        ("this year", 0, "DATE", "2005"),
        ("2004", 0, "DATE", "2004"),
        ("2005", 0, "DATE", "2005"),
        ("2004", 1, "DATE", "2004"),
        ("2004", 2, "DATE", "2004"),
        ("19 January", 0, "DATE", "2005-01-19"),
        ("this year", 1, "DATE", "2005"),
        ("next year", 0, "DATE", "2006"),
        ("2005", 1, "DATE", "2005"),
        ("2004", 3, "DATE", "2004"),
        ("2004", 4, "DATE", "2004"),
        ("this year", 2, "DATE", "2005"),
        ("2007", 0, "DATE", "2007"),
    ]),
    "bbc-entertainment-219": ("2004-12-10", [
        ("1956-87", 0, "DATE", "1956/1987"),
        ("the New Year", 0, "DATE", "2005"),
        ("33 years", 0, "DURATION", "P33Y"),
        ("last year", 0, "DATE", "2003"),
        ("1952", 0, "DATE", "1952"),
        ("1957", 0, "DATE", "1957"),
        ("weekly", 0, "SET", "P1W"),
        ("1989", 0, "DATE", "1989"),
        ("1993", 0, "DATE", "1993"),
        ("16 January", 0, "DATE", "2005-01-16"),
    ]),
    "bbc-entertainment-222": ("2005-01-31", [
        ("Sunday", 0, "DATE", "2005-01-30"),
        ("30 years", 0, "DURATION", "P30Y"),
        ("23 January", 0, "DATE", "2005-01-23"),
        ("the 1980s", 0, "DATE", "198"),
    ]),
    "bbc-politics-308": ("2004-12-27", [
        ("1989", 0, "DATE", "1989"),
        ("many months", 0, "DURATION", "PXM"),
        ("more than 20 years", 0, "DURATION", "P20Y", "MORE_THAN"),
        ("27 October, 1920", 0, "DATE", "1920-10-27"),
        ("1941", 0, "DATE", "1941"),
        ("1945", 0, "DATE", "1945"),
        ("1964", 0, "DATE", "1964"),
        ("two years later", 0, "DATE", "1966"),
        ("1970", 0, "DATE", "1970"),
    ]),
    "bbc-sport-457": ("2005-01-10", [
        ("Sunday", 0, "DATE", "2005-01-09"),
        ("17 January", 0, "DATE", "2005-01-17"),
        ("Sunday", 1, "DATE", "2005-01-09"),
        ("Tuesday", 0, "DATE", "2005-01-11"),
        ("Tuesday", 1, "DATE", "2005-01-11"),
    ]),
    "bbc-politics-026": ("2005-02-01", [
        ("11 March", 0, "DATE", "2005-03-11"),
        ("Comic Relief day", 0, "DATE", "2005-03-11"),
        ("July", 0, "DATE", "2005-07"),
    ]),
}


# A second set, annotated the same way after the first round of tuning on GOLD and scored only
# once, at the end of that round: the untouched check of generalisation (see README.md).
TEST_GOLD: dict[str, tuple[str | None, list[tuple]]] = {
    "reuters21578-15703": (None, [
        ("1987", 0, "DATE", "1987"),
        ("1987", 1, "DATE", "1987"),
        ("1986", 0, "DATE", "1986"),
        ("first quarter", 0, "DATE", "1987-Q1"),
        ("the year ago quarter", 0, "DATE", "1986-Q1"),
        ("1986", 1, "DATE", "1986"),
        ("the mid-1990s", 0, "DATE", "199", "MID"),
        ("this year", 0, "DATE", "1987"),
    ]),
    "reuters21578-9889": (None, [
        ("April 30, 2002", 0, "DATE", "2002-04-30"),
        ("April 30, 1992", 0, "DATE", "1992-04-30"),
        ("April 30, 1997", 0, "DATE", "1997-04-30"),
    ]),
    "reuters21578-5231": (None, [
        ("February", 0, "DATE", "1987-02"),
        ("January", 0, "DATE", "1987-01"),
        ("February 1986", 0, "DATE", "1986-02"),
        ("the 12 months", 0, "DURATION", "P12M"),
        ("February", 2, "DATE", "1987-02"),
        ("February", 3, "DATE", "1987-02"),
        ("August 1985", 0, "DATE", "1985-08"),
        ("recent", 0, "DATE", "PAST_REF"),
    ]),
    "reuters21578-933": (None, [
        ("today", 0, "DATE", "1987-03-03"),
        ("September, 1990", 0, "DATE", "1990-09"),
        ("November, 1991", 0, "DATE", "1991-11"),
        ("February 22", 0, "DATE", "1987-02-22"),
        ("March next year", 0, "DATE", "1988-03"),
    ]),
    "reuters21578-2557": (None, [
        ("last year", 0, "DATE", "1986"),
        ("1972", 0, "DATE", "1972"),
        ("1985", 0, "DATE", "1985"),
        ("1985", 1, "DATE", "1985"),
        ("1986", 0, "DATE", "1986"),
        ("1985", 2, "DATE", "1985"),
        ("December", 0, "DATE", "1986-12"),
        ("the same 1985 month", 0, "DATE", "1985-12"),
        ("a year earlier", 0, "DATE", "1985-12"),
    ]),
    "reuters21578-19405": (None, [
        ("this week", 0, "DATE", "1987-W25"),
        ("five years ago", 0, "DATE", "1982"),
        ("this week", 1, "DATE", "1987-W25"),
        ("1982", 0, "DATE", "1982"),
        ("Later that year", 0, "DATE", "1982"),
    ]),
    "reuters21578-6854": (None, [
        ("34 month", 0, "DURATION", "P34M"),
        ("January 1990", 0, "DATE", "1990-01"),
        ("the end of the current fiscal year", 0, "DATE", "1987", "END"),
    ]),
    "reuters21578-2860": (None, [
        ("1994", 0, "DATE", "1994"),
        ("February 20", 0, "DATE", "1987-02-20"),
        ("seven-year", 0, "DURATION", "P7Y"),
        ("late yesterday", 0, "DATE", "1987-03-05", "END"),
        ("yesterday", 1, "DATE", "1987-03-05"),
        ("1999", 0, "DATE", "1999"),
    ]),
    "reuters21578-20613": (None, [
        ("373-day", 0, "DURATION", "P373D"),
        ("October 28 1988", 0, "DATE", "1988-10-28"),
        ("October 26 1988", 0, "DATE", "1988-10-26"),
    ]),
    "reuters21578-16442": (None, [
        ("February", 0, "DATE", "1987-02"),
        ("monthly", 0, "SET", "P1M"),
        ("Tuesday", 0, "DATE", "1987-04-14"),
        ("recent", 0, "DATE", "PAST_REF"),
        ("future", 0, "DATE", "FUTURE_REF"),
        ("monthly", 1, "SET", "P1M"),
        ("January", 0, "DATE", "1987-01"),
        ("February", 1, "DATE", "1987-02"),
        ("Previously", 0, "DATE", "PAST_REF"),
        ("monthly", 2, "SET", "P1M"),
        ("subsequent months", 0, "DURATION", "PXM"),
        ("February", 2, "DATE", "1987-02"),
        ("several weeks", 0, "DURATION", "PXW"),
        ("monthly", 3, "SET", "P1M"),
    ]),
}


# A third set (Reuters and BBC, more weekdays and relative dates), annotated at the end of round 2
# after own_test had been scored and before any tagger output was seen on it; scored once for
# round 1 and round 2 and never tuned on (see README.md).
TEST_B_GOLD: dict[str, tuple[str | None, list[tuple]]] = {
    "reuters21578-16772": (None, [
        ("fiscal 1986/87", 0, "DATE", "1986/1987"),
        ("March", 0, "DATE", "1987-03"),
        ("1985/86", 0, "DATE", "1985/1986"),
        ("1984/85", 0, "DATE", "1984/1985"),
        ("March this year", 0, "DATE", "1987-03"),
        ("a year ago", 0, "DATE", "1986-03"),
        ("1986/87", 1, "DATE", "1986/1987"),
        ("the previous year", 0, "DATE", "1985/1986"),
        ("1986/87", 2, "DATE", "1986/1987"),
    ]),
    "reuters21578-16359": (None, [
        ("Current", 0, "DATE", "PRESENT_REF"),
        ("this year", 0, "DATE", "1987"),
        ("1986", 0, "DATE", "1986"),
        ("March 30", 0, "DATE", "1987-03-30"),
        ("April 4", 0, "DATE", "1987-04-04"),
        ("last fall", 0, "DATE", "1986-FA"),
        ("this spring", 0, "DATE", "1987-SP"),
        ("at least three weeks", 0, "DURATION", "P3W", "EQUAL_OR_MORE"),
        ("this spring", 1, "DATE", "1987-SP"),
        ("last fall", 1, "DATE", "1986-FA"),
        ("last fall", 2, "DATE", "1986-FA"),
    ]),
    "reuters21578-9660": (None, [
        ("today", 0, "DATE", "1987-03-25"),
        ("fiscal year 1988", 0, "DATE", "1988"),
        ("last year", 0, "DATE", "1986"),
    ]),
    "reuters21578-5635": (None, [
        ("fiscal year 1987", 0, "DATE", "1987"),
        ("fiscal 1987", 0, "DATE", "1987"),
        ("September 30", 0, "DATE", "1987-09-30"),
        ("December 31, 1987", 0, "DATE", "1987-12-31"),
    ]),
    "reuters21578-10766": (None, [
        ("soon", 0, "DATE", "FUTURE_REF"),
        ("today", 0, "DATE", "1987-03-30"),
        ("the 1986/87 fiscal year", 0, "DATE", "1986/1987"),
        ("March 31", 0, "DATE", "1987-03-31"),
    ]),
    "bbc-business-144": ("2005-02-22", [
        ("four-month", 0, "DURATION", "P4M"),
        ("Tuesday", 0, "DATE", "2005-02-22"),
        ("now", 0, "DATE", "PRESENT_REF"),
        ("the second quarter", 0, "DATE", "2005-Q2"),
        ("16 March", 0, "DATE", "2005-03-16"),
        ("Monday", 0, "DATE", "2005-02-21"),
        ("four-month", 1, "DURATION", "P4M"),
        ("this week", 0, "DATE", "2005-W08"),
        ("currently", 0, "DATE", "PRESENT_REF"),
        ("a year ago", 0, "DATE", "2004"),
    ]),
    "bbc-entertainment-092": ("2004-12-14", [
        ("Monday", 0, "DATE", "2004-12-13"),
        ("Last year", 0, "DATE", "2003"),
        ("16 January", 0, "DATE", "2005-01-16"),
        ("27 February", 0, "DATE", "2005-02-27"),
    ]),
    "bbc-entertainment-011": ("2004-11-26", [
        ("hours", 0, "DURATION", "PTXH"),
        ("8am", 0, "TIME", "2004-11-26T08:00"),
        ("Friday", 0, "DATE", "2004-11-26"),
        ("6pm", 0, "TIME", "2004-11-27T18:00"),
        ("Saturday", 0, "DATE", "2004-11-27"),
        ("now", 0, "DATE", "PRESENT_REF"),
        ("19 November", 0, "DATE", "2004-11-19"),
        ("now", 1, "DATE", "PRESENT_REF"),
    ]),
    "bbc-politics-401": ("2005-03-24", [
        ("5 May", 0, "DATE", "2005-05-05"),
        ("4", 0, "DATE", "2005-04-04"),
        ("5 April", 0, "DATE", "2005-04-05"),
        ("the end of that week", 0, "DATE", "2005-W14", "END"),
        ("recently", 0, "DATE", "PAST_REF"),
        ("7 April", 0, "DATE", "2005-04-07"),
        ("Wednesday", 0, "DATE", "2005-03-23"),
        ("4", 1, "DATE", "2005-04-04"),
        ("5 April", 1, "DATE", "2005-04-05"),
        ("June 2006", 0, "DATE", "2006-06"),
        ("recent years", 0, "DATE", "PAST_REF"),
        ("four-year", 0, "DURATION", "P4Y"),
    ]),
}


def _find(text: str, surface: str, nth: int) -> tuple[int, int]:
    """Offsets of the nth whole-word occurrence of ``surface`` (spaces match any whitespace)."""
    pattern = r"(?<![\w-])" + r"\s+".join(re.escape(part) for part in surface.split(" ")) + r"(?![\w])"
    matches = list(re.finditer(pattern, text))
    if nth >= len(matches):
        raise SystemExit(f"{surface!r} #{nth} not found ({len(matches)} occurrences)")
    return matches[nth].start(), matches[nth].end()


def build(gold: dict[str, tuple[str | None, list[tuple]]], articles: dict[str, dict], out_path: Path) -> None:
    """Write one gold file from its annotation table."""
    with open(out_path, "w", encoding="utf-8") as out:
        for doc_id, (dct, annotations) in gold.items():
            article = articles[doc_id]
            text = article["text"]
            dct = dct or article["published_at"][:10]
            timexes = []
            for surface, nth, kind, value, *mod in annotations:
                start, end = _find(text, surface, nth)
                timex = {"start": start, "end": end, "text": text[start:end], "type": kind, "value": value}
                if mod:
                    timex["mod"] = mod[0]
                timexes.append(timex)
            timexes.sort(key=lambda t: t["start"])
            spans = [(t["start"], t["end"]) for t in timexes]
            ordered = zip(spans, spans[1:], strict=False)
            assert all(a[1] <= b[0] for a, b in ordered), f"{doc_id}: overlapping gold"
            out.write(json.dumps({"doc_id": doc_id, "dct": dct, "source": "bbc" if doc_id.startswith("bbc") else
                                  "reuters21578", "title": article["title"], "text": text,
                                  "timex": timexes}, ensure_ascii=False) + "\n")
    print(f"wrote {out_path} ({len(gold)} docs, {sum(len(a) for _, a in gold.values())} timexes)")


def main() -> None:
    wanted = set(GOLD) | set(TEST_GOLD) | set(TEST_B_GOLD)
    articles = {}
    for name in ("reuters21578.jsonl.gz", "bbc.jsonl.gz"):
        with gzip.open(CORPORA / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record["id"] in wanted:
                    articles[record["id"]] = record
    build(GOLD, articles, HERE / "own_dev.jsonl")
    build(TEST_GOLD, articles, HERE / "own_test.jsonl")
    build(TEST_B_GOLD, articles, HERE / "own_test_b.jsonl")


if __name__ == "__main__":
    main()
