"""Recognition cascade: numerals -> scale -> unit/currency -> hedge/range -> kind.

Works on the raw text with regexes from the lexicon; no parse is needed.  Each stage is a small
function over ``Candidate`` records; binding to periods and parties happens later (``binding``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from pipeline.extract.figures.lexicon import lexicon, norm
from pipeline.extract.figures.patterns import patterns

_MONTHS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Numeral:
    """A number as written: digits ("1,250.5", "7-1/2") or words ("seventy")."""

    start: int
    end: int
    value: Decimal
    is_word: bool


@dataclass(frozen=True)
class Candidate:
    """A numeral on its way to becoming a figure; fields fill in stage by stage."""

    start: int  # span start (a currency prefix is inside the span)
    end: int  # span end
    num_start: int
    num_end: int
    number: Decimal
    is_word: bool
    scale: Decimal | None = None
    kind: str | None = None  # money | percent | count | quantity | multiplier | None (bare)
    unit: str | None = None
    factor: Decimal = Decimal(1)
    per: str | None = None
    approximate: bool = False
    bound: str | None = None
    low: float | None = None
    high: float | None = None
    inherited: bool = False  # unit (and maybe scale) taken from a neighbouring figure
    unit_end: int | None = None  # where the written unit ends (for the rate denominator)

    @property
    def value(self) -> float:
        """The value in base units."""
        return float(self.number * (self.scale or 1) * self.factor)


# --- 1. numerals -------------------------------------------------------------------------------


def parse_digits(match: re.Match[str]) -> Decimal:
    """The value of a digits match, fractions included ("7-1/2" -> 7.5)."""
    value = Decimal(match.group(1).replace(",", ""))
    if match.group(2):
        value += Decimal(match.group(2)) / Decimal(match.group(3))
    return value


def parse_number_words(words: str) -> Decimal:
    """The value of a spelled-out number ("two hundred and fifty" -> 250)."""
    lex = lexicon()
    total = 0
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "and":
            continue
        if token == "hundred":
            total = max(total, 1) * lex.hundred
        elif token in lex.tens:
            total += lex.tens[token]
        elif token in lex.units:
            total += lex.units[token]
        else:
            raise ValueError(f"not a number word: {token!r} in {words!r}")
    return Decimal(total)


def find_numerals(text: str) -> list[Numeral]:
    """Every numeral in ``text``, in order, except numbers that are part of a name ("Group of Seven")."""
    pats = patterns()
    found = [Numeral(m.start(), m.end(), parse_digits(m), False) for m in pats.digits.finditer(text)]
    found += [
        Numeral(m.start(), m.end(), parse_number_words(m.group(0)), True) for m in pats.words.finditer(text)
    ]
    found = [n for n in found if not pats.name_before.search(text, max(0, n.start - 20), n.start)]
    return sorted(found, key=lambda n: n.start)


# --- 2. scale ----------------------------------------------------------------------------------


def attach_scale(text: str, num: Numeral) -> tuple[Decimal | None, int]:
    """The scale word after ``num`` ("mln", "billion", glued "bn") and where it ends."""
    pats, lex = patterns(), lexicon()
    if not num.is_word and (m := pats.glued_scale_at.match(text, num.end)):
        return Decimal(str(lex.glued_scales[m.group(1).lower()])), m.end()
    if m := pats.scale_at.match(text, num.end):
        return Decimal(str(lex.scales[norm(m.group(1))])), m.end()
    return None, num.end


# --- 3. unit / currency ------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """What stage 3 found after a number: kind, unit, where it ends, sub-unit factor, denominator."""

    kind: str
    unit: str | None
    end: int
    factor: Decimal = Decimal(1)
    per: str | None = None
    approximate: bool = False
    bound: str | None = None
    include_in_span: bool = True


def currency_prefix(text: str, start: int) -> tuple[str, int] | None:
    """A currency symbol or code written just before the number ("$", "US$", "£", "USD ")."""
    pats, lex = patterns(), lexicon()
    window_start = max(0, start - 8)
    before = text[window_start:start]
    if m := pats.prefix_before.search(before):
        return lex.prefixes[m.group(1)], window_start + m.start(1)
    if m := pats.code_before.search(before):
        return m.group(1), window_start + m.start(1)
    return None


def _percent(text: str, pos: int) -> Unit | None:
    """"12.5 pct", "14.9 per cent", "99 plus pct", "0.25 percentage points"."""
    m = patterns().percent_at.match(text, pos)
    if not m:
        return None
    unit = lexicon().percent_words[norm(m.group(2))]
    plus = bool(m.group(1))
    return Unit("percent", unit, m.end(), approximate=plus, bound="more_than" if plus else None)


def _money(text: str, pos: int) -> Unit | None:
    """A currency written after the amount: qualified cents, (qualified) dollars, words, ISO codes."""
    pats, lex = patterns(), lexicon()
    if m := pats.qualified_cent_at.match(text, pos):
        return Unit("money", lex.dollar_qualifiers[norm(m.group(1))], m.end(), factor=Decimal("0.01"))
    if m := pats.dollar_at.match(text, pos):
        qualifier = m.group(1)
        code = lex.dollar_qualifiers[norm(qualifier)] if qualifier else "USD"
        return Unit("money", code, m.end())
    if m := pats.currency_word_at.match(text, pos):
        code, factor = lex.currency_words[norm(m.group(1))]
        return Unit("money", code, m.end(), factor=Decimal(str(factor)))
    if m := pats.code_at.match(text, pos):
        return Unit("money", m.group(1), m.end())
    return None


def _quantity(text: str, pos: int) -> Unit | None:
    """A unit of goods ("tonnes", "mln barrels", fused "b/d"), with its factor into the base unit."""
    m = patterns().quantity_at.match(text, pos)
    if not m:
        return None
    unit, factor, per = lexicon().quantity_units[norm(m.group(1))]
    return Unit("quantity", unit, m.end(), factor=Decimal(str(factor)), per=per)


def _people(text: str, pos: int) -> Unit | None:
    """A person noun after the number, with at most a couple of modifiers in between."""
    lex = lexicon()
    m = patterns().people_at.match(text, pos)
    if not m:
        return None
    modifiers = m.group(1).split()
    if any(w.lower() in lex.count_modifier_stop or w.lower() in lex.units or w.lower() in lex.tens
           or w.lower() in lex.scales for w in modifiers):
        return None
    lemma = lex.people_nouns[norm(m.group(2))]
    # The counted noun is the count's unit; it is inside the span only when written right after.
    return Unit("count", lemma, m.end(), include_in_span=not modifiers)


def _multiplier_times(text: str, pos: int) -> Unit | None:
    """"three times higher": the number is a multiplier."""
    m = patterns().times_at.match(text, pos)
    if not m:
        return None
    return Unit("multiplier", None, m.end(1))


def _glued_currency(text: str, num: Numeral) -> Unit | None:
    """A currency sub-unit glued to the digits ("53p")."""
    if num.is_word:
        return None
    m = patterns().glued_currency_at.match(text, num.end)
    if not m:
        return None
    code, factor = lexicon().glued_suffixes[m.group(1)]
    return Unit("money", code, m.end(), factor=Decimal(str(factor)))


def attach_unit(text: str, pos: int) -> Unit | None:
    """The unit written after the number (and scale) ending at ``pos``, first match wins."""
    for finder in (_percent, _money, _quantity, _people, _multiplier_times):
        if unit := finder(text, pos):
            return unit
    return None


def attach_per(text: str, pos: int) -> str | None:
    """A rate denominator right after the unit ("a barrel", "/bbl", "per day")."""
    m = patterns().per_at.match(text, pos)
    if not m:
        return None
    lex = lexicon()
    if m.group(1):
        return lex.per_words[norm(m.group(1))]
    return lex.per_glued[m.group(2).lower()]


def build_candidate(text: str, num: Numeral) -> Candidate:
    """Numeral + scale + unit (+ currency prefix, + rate denominator) as one candidate."""
    scale, scale_end = attach_scale(text, num)
    prefix = None if num.is_word else currency_prefix(text, num.start)
    unit = (_glued_currency(text, num) if scale is None else None) or attach_unit(text, scale_end)
    if prefix and (unit is None or unit.kind != "money"):
        code, prefix_start = prefix
        glued_unit = unit if unit and unit.kind == "money" else None
        end = glued_unit.end if glued_unit else scale_end
        cand = Candidate(prefix_start, end, num.start, num.end, num.value, num.is_word, scale, "money", code,
                         unit_end=end)
    elif unit is None:
        cand = Candidate(num.start, scale_end, num.start, num.end, num.value, num.is_word, scale)
    else:
        start = prefix[1] if prefix and unit.kind == "money" else num.start
        end = unit.end if unit.include_in_span else scale_end
        cand = Candidate(start, end, num.start, num.end, num.value, num.is_word, scale, unit.kind,
                         unit.unit, unit.factor, unit.per, unit.approximate, unit.bound, unit_end=unit.end)
    if cand.kind in ("money", "quantity") and cand.per is None:
        cand = replace(cand, per=attach_per(text, cand.unit_end or cand.end))
    return cand


def multiplier_candidates(text: str) -> list[Candidate]:
    """"ninefold", "9-fold", "doubled", "tripled" (``N times`` is found with the numerals)."""
    pats, lex = patterns(), lexicon()
    out = []
    for m in pats.fold.finditer(text):
        number = m.group(1)
        value = parse_digits(pats.digits.match(number)) if number[0].isdigit() else parse_number_words(number)
        out.append(Candidate(m.start(), m.end(), m.start(), m.end(), value, not number[0].isdigit(),
                             kind="multiplier"))
    for m in pats.multiplier_word.finditer(text):
        value = Decimal(str(lex.multiplier_words[norm(m.group(1))]))
        out.append(Candidate(m.start(), m.end(), m.start(), m.end(), value, True, kind="multiplier"))
    return out


# --- 4. hedges and ranges ----------------------------------------------------------------------


def attach_hedge(text: str, cand: Candidate) -> Candidate:
    """Mark a hedge written just before the figure ("about", "more than", "up to")."""
    m = patterns().hedge_before.search(text, max(0, cand.start - 30), cand.start)
    if not m:
        return cand
    bound = lexicon().hedges[norm(m.group(1))]
    if bound is None:  # "an estimated" is not a hedge (guidelines)
        return cand
    return replace(cand, approximate=True, bound=bound)


def _joined(text: str, left: Candidate, right: Candidate) -> bool:
    """Whether only a range/coordination word ("to", "and", "-") stands between two candidates."""
    return bool(patterns().joiner_between.match(text[left.end:right.start]))


def is_year_or_day(text: str, cand: Candidate) -> bool:
    """A bare number that is a year (1900-2099) or a day of the month (after a month name)."""
    if cand.scale is not None:
        return False
    n = cand.number
    if n == n.to_integral_value() and 1900 <= n <= 2099 and "," not in text[cand.num_start:cand.num_end]:
        return True
    return bool(_MONTHS.search(text, max(0, cand.start - 12), cand.start))


def _thousands_elided(left: Candidate, right: Candidate) -> bool:
    """The low end of "100-150,000" is written in thousands."""
    return (right.scale is None and left.number < 1000 and right.number >= 10000
            and right.number / 10 <= left.number * 1000 <= right.number)


def _shares_scale(left: Candidate, right: Candidate) -> bool:
    """A symbol-only low end ("$2") of a range whose high end carries the scale ("$3.8 trillion")."""
    return (left.kind == right.kind == "money" and left.unit == right.unit and left.scale is None
            and right.scale is not None and left.end == left.num_end and left.number < right.number
            and left.number < 1000)


def inherit_from_partner(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Range and coordination ends take the unit of their partner.

    "between two and 7.5 mln barrels" -> "two" is 2 mln barrels; "six and nine persons"; a hedge
    in front of the first end covers the second ("about one to four mln barrels").
    """
    out = list(cands)
    for i in range(len(out) - 2, -1, -1):
        left, right = out[i], out[i + 1]
        if not _joined(text, left, right):
            continue
        if left.kind is None and right.kind is not None and right.kind != "multiplier":
            if is_year_or_day(text, left):
                continue
            scale = left.scale
            if scale is None and right.scale is not None and left.number < 1000:
                scale = right.scale
            elif scale is None and _thousands_elided(left, right):
                scale = Decimal(1000)  # "between 100-150,000 metric tons"
            left = replace(left, kind=right.kind, unit=right.unit, factor=right.factor, per=right.per,
                           scale=scale, inherited=True)
            out[i] = left
        if (right.kind is None and left.kind == "percent" and left.inherited and left.scale is None
                and right.scale is None and not is_year_or_day(text, right)):
            # "from 4-1/2 to four": the second end of an elided-pct pair is a percentage too.
            out[i + 1] = right = replace(right, kind="percent", unit=left.unit, inherited=True)
        if _shares_scale(left, right):
            # "$2-$3.8 trillion", "$5 to $10 million": the scale is written once, on the high end.
            out[i] = left = replace(left, scale=right.scale)
        if left.kind == right.kind and left.kind is not None:
            if left.approximate and not right.approximate:
                out[i + 1] = right = replace(right, approximate=True, bound=left.bound)
            joiner = text[left.end:right.start].strip().lower()
            if joiner in ("to", "-", "–") or patterns().between_before.search(text, 0, left.start):
                low, high = sorted((left.value, right.value))
                out[i] = replace(left, low=low, high=high)
                out[i + 1] = replace(right, low=low, high=high)
    return out


# A plural noun right after a scaled number is what it counts ("39m cases", "2 mln households"),
# so the number is not an amount whose unit was left out.
# Plurals end in -s but not in -ss/-us/-is ("surplus", "loss", "basis" are singular).
_COUNTED_NOUN = re.compile(r"\s+([a-z][a-z-]{1,}s)\b(?<!ss)(?<!us)(?<!is)")
_NOT_NOUNS = frozenset("was has is as this its plus less across thus whereas perhaps".split())
# A label, then possibly other numbers of the same row ("Avg shrs 71.08 mln vs 69.26 mln").
_LABEL_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+(?:[\d.,]+\s*(?:mln|bln|billion|million)?\s*(?:vs\.?|and|to|-)\s*)*$")


def counts_a_noun(text: str, cand: Candidate) -> bool:
    """Whether the figure counts things: a plural noun follows ("39m cases"; flows such as
    "imports" excepted) or a count label precedes ("Avg shrs 71.08 mln")."""
    lex = lexicon()
    m = _COUNTED_NOUN.match(text, cand.end)
    if m and m.group(1) not in _NOT_NOUNS and m.group(1) not in lex.flow_nouns:
        return True
    label = _LABEL_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    return bool(label) and label.group(1).lower() in lex.count_labels


_OPEN_PAREN = re.compile(r"^\s*\(\s*$")
_CLOSE_PAREN = re.compile(r"\s*\)")


def inherit_from_parenthesis(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare number in brackets right after a figure is its comparison value, in the same unit
    ("4.27 pct (4.32)", "5.6 mln dlrs (4.3)")."""
    out = list(cands)
    for i in range(1, len(out)):
        cand, prev = out[i], out[i - 1]
        if cand.kind is not None or prev.kind in (None, "multiplier", "count") or is_year_or_day(text, cand):
            continue
        if not (_OPEN_PAREN.match(text[prev.end:cand.start]) and _CLOSE_PAREN.match(text, cand.end)):
            continue
        scale = cand.scale if cand.scale is not None else (prev.scale if cand.number < 1000 else None)
        out[i] = replace(cand, kind=prev.kind, unit=prev.unit, factor=prev.factor, per=prev.per,
                         scale=scale, inherited=True)
    return out


# The comparison slot of a percentage ("to 7-3/4 pct from 7-1/2", "6 pct vs 45 a year ago",
# "against yesterday's five"): up to three words between the slot word and the number.
_COMPARISON_SLOT = re.compile(
    r"\b(?:from|vs\.?|versus|against|compared\s+with|compared\s+to)\s+(?:[A-Za-z'’]+\s+){0,3}$", re.IGNORECASE
)
_MAX_ELIDED_PERCENT = 100


def elided_percent(text: str, cands: list[Candidate], sentence_of) -> list[Candidate]:
    """A bare number in the comparison slot after a percentage in its sentence is a percentage
    whose "pct" was left out (guidelines: "two pct emerged vs 45 y/a")."""
    out = list(cands)
    for i, cand in enumerate(out):
        if cand.kind is not None or cand.scale is not None or cand.number > _MAX_ELIDED_PERCENT:
            continue
        if is_year_or_day(text, cand) or counts_a_noun(text, cand):
            continue
        sentence = sentence_of(cand.start)
        earlier = [c for c in out[:i] if c.start >= sentence.start and c.kind is not None]
        if not earlier or earlier[-1].kind != "percent":
            continue
        if _COMPARISON_SLOT.search(text, max(earlier[-1].end, cand.start - 40), cand.start):
            out[i] = replace(cand, kind="percent", unit=earlier[-1].unit, inherited=True)
    return out


def _previous_sentence(text: str, sentence, sentence_of):
    """The sentence before ``sentence`` (None for the first)."""
    k = sentence.start - 1
    while k > 0 and text[k].isspace():
        k -= 1
    if k < 0:
        return None
    previous = sentence_of(k)
    return previous if previous.end <= sentence.start and previous != sentence else None


def inherit_from_context(text: str, cands: list[Candidate], sentence_of) -> list[Candidate]:
    """A scaled number without a unit ("from 26.06 billion in January") takes the unit of the
    nearest money or quantity figure in its sentence (the one before it first); a number naming
    an amount ("The last trade deficit was a 428 mln shortfall") may take the last one of the
    previous sentence."""
    out = list(cands)
    for i, cand in enumerate(out):
        if cand.kind is not None or cand.scale is None or counts_a_noun(text, cand):
            continue
        sentence = sentence_of(cand.start)
        same = [c for c in out if c.kind in ("money", "quantity") and sentence.start <= c.start < sentence.end]
        before = [c for c in same if c.start < cand.start]
        after = [c for c in same if c.start > cand.start]
        source = before[-1] if before else (after[0] if after else None)
        previous = _previous_sentence(text, sentence, sentence_of)
        if source is None and previous is not None and patterns().amount_noun_at.match(text, cand.end):
            earlier = [c for c in out if c.kind in ("money", "quantity") and previous.start <= c.start < previous.end]
            source = earlier[-1] if earlier else None
        if source is not None:
            # A scaled amount is in the major unit even next to a price in cents ("19 cts ...
            # Revs 10.5 mln").
            factor = source.factor if source.factor >= 1 else Decimal(1)
            out[i] = replace(cand, kind=source.kind, unit=source.unit, factor=factor,
                             per=source.per, inherited=True)
    return out


def people_anaphora(text: str, cands: list[Candidate], sentence_of) -> list[Candidate]:
    """A bare number reached from a people word earlier in its clause is a people count ("the
    number of jobless stood at 495,208", "jobs gains ... from 157,000 to 133,000")."""
    lex, pats = lexicon(), patterns()
    out = list(cands)
    for i, cand in enumerate(out):
        if cand.kind is not None or is_year_or_day(text, cand) or counts_a_noun(text, cand):
            continue
        if cand.number * (cand.scale or 1) < lex.people_anaphor_min:
            continue
        sentence = sentence_of(cand.start)
        window_start = max(sentence.start, cand.start - 60)
        previous = [c for c in out[:i] if c.end > window_start and c.kind is not None]
        if previous:
            window_start = previous[-1].end
        words = list(pats.people_anaphor.finditer(text, window_start, cand.start))
        if words:
            lemma = lex.people_anaphors[norm(words[-1].group(1))]
            out[i] = replace(cand, kind="count", unit=lemma, inherited=True)
    return out


def exchange_rates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare decimal "at 149.28 to the dollar" is a rate of the currency under discussion."""
    pats = patterns()
    out = list(cands)
    for i, cand in enumerate(out):
        if cand.kind is not None or cand.scale is not None or "." not in text[cand.num_start:cand.num_end]:
            continue
        if not pats.to_the_dollar_at.match(text, cand.end):
            continue
        code = last_currency_mentioned(text, cand.start, exclude="USD")
        if code:
            out[i] = replace(cand, kind="money", unit=code, per="USD")
    return out


_RATE_RATIO = (Decimal("0.67"), Decimal("1.5"))
_RATE_REACH = 400  # characters back to the rate a bare number continues


def rate_continuation(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A bare number close in value to an exchange rate quoted shortly before it is the same rate
    again ("opened at 34.38 to the U.S. Dollar ... expected to rise further to 33 in June";
    "a low of 148.65 yen ... steady until midsession at about 148.80")."""
    out = list(cands)
    for i, cand in enumerate(out):
        if cand.kind is not None or cand.scale is not None or is_year_or_day(text, cand):
            continue
        rates = [c for c in out[:i] if c.kind == "money" and c.per and re.fullmatch(r"[A-Z]{3}", c.per)
                 and cand.start - c.end <= _RATE_REACH]
        low, high = _RATE_RATIO
        close = [c for c in rates if c.value and low <= cand.number / Decimal(str(c.value)) <= high]
        if close:
            rate = close[-1]  # the most recent rate of that magnitude ("145 yen and 1.80 marks ... 144.50")
            out[i] = replace(cand, kind="money", unit=rate.unit, factor=Decimal(1), per=rate.per, inherited=True)
    return out


def last_currency_mentioned(text: str, before: int, exclude: str | None = None) -> str | None:
    """The currency most recently named (without a figure) before offset ``before``."""
    lex = lexicon()
    found = None
    for m in patterns().currency_mention.finditer(text, 0, before):
        code = lex.dollar_qualifiers[norm(m.group(1))] if m.group(1) else lex.currency_words[norm(m.group(2))][0]
        if code != exclude:
            found = code
    return found


# --- 5. currency resolution and rates ----------------------------------------------------------


def resolve_currency(code: str, text: str, year: int) -> str:
    """Pick the country's code for a shared currency word (rupees: INR or PKR) and the historical
    code for old stories (roubles in 1987: SUR)."""
    lex = lexicon()
    if code in lex.ambiguous:
        counts: dict[str, int] = {}
        for cue, alt in lex.ambiguous[code].items():
            hits = len(re.findall(rf"\b{re.escape(cue)}\b", text))
            if hits:
                counts[alt] = counts.get(alt, 0) + hits
        if counts:
            code = max(sorted(counts), key=lambda c: counts[c])
    if code in lex.historic and year < lex.historic[code][0]:
        code = lex.historic[code][1]
    return code


def _blank_figures(text: str, start: int, end: int, others: list[Candidate]) -> str:
    """``text[start:end]`` with the other figures blanked out (their currencies are not mentions)."""
    chars = list(text[start:end])
    for other in others:
        for k in range(max(other.start, start), min(other.unit_end or other.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def rate_denominator(text: str, cand: Candidate, sentence: tuple[int, int],
                     others: list[Candidate] = ()) -> str | None:
    """``per`` for an exchange rate written as a plain amount.

    An unscaled non-dollar amount in a sentence that also names the dollar ("148.65 yen ...
    the dollar") is priced per USD; a small unscaled USD amount in a sentence naming another
    dollar ("the Australian dollar ... 0.6900 U.S. Dlrs") is that dollar's price.
    """
    if cand.kind != "money" or cand.per is not None or cand.scale is not None or cand.inherited:
        return None
    lex = lexicon()
    rest = _blank_figures(text, sentence[0], sentence[1], [*others, cand])
    mentions = list(patterns().currency_mention.finditer(rest))
    if cand.unit != "USD":
        # The US dollar named on its own (a "Canadian dlr" or another figure's "dlrs" does not count).
        for m in mentions:
            if m.group(1) and lex.dollar_qualifiers[norm(m.group(1))] != "USD":
                rest = rest[:m.start()] + " " * (m.end() - m.start()) + rest[m.end():]
        names_dollar = re.search(r"\b(?:dollars?|dlrs?)\b", rest, re.IGNORECASE)
        return "USD" if cand.factor == 1 and names_dollar else None
    if cand.number < 10 and cand.factor == 1:
        for m in mentions:
            if m.group(1) and (code := lex.dollar_qualifiers[norm(m.group(1))]) != "USD":
                return code
    return None


# --- the cascade -------------------------------------------------------------------------------


def drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the earliest, then longest, of overlapping candidates (typed ones beat bare ones)."""
    ordered = sorted(cands, key=lambda c: (c.kind is None, c.start, -(c.end - c.start)))
    kept: list[Candidate] = []
    for cand in ordered:
        if all(cand.end <= k.start or cand.start >= k.end for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


def finish_money(text: str, cands: list[Candidate], year: int, sentence_of) -> list[Candidate]:
    """Resolve shared currency words and the rate denominators of plain-amount exchange rates."""
    out = []
    typed = [c for c in cands if c.kind is not None]
    for cand in cands:
        if cand.kind == "money":
            cand = replace(cand, unit=resolve_currency(cand.unit, text, year))
            sentence = sentence_of(cand.start)
            if per := rate_denominator(text, cand, (sentence.start, sentence.end), typed):
                cand = replace(cand, per=per)
        out.append(cand)
    return out


def recognise(text: str, year: int, sentence_of) -> list[Candidate]:
    """Every figure candidate in ``text`` with kind, unit, value, hedge and range resolved."""
    cands = [build_candidate(text, n) for n in find_numerals(text)]
    cands = drop_overlaps(cands + multiplier_candidates(text))
    cands = [attach_hedge(text, c) for c in cands]
    cands = inherit_from_partner(text, cands)
    cands = inherit_from_parenthesis(text, cands)
    cands = inherit_from_context(text, cands, sentence_of)
    cands = inherit_from_partner(text, cands)
    cands = exchange_rates(text, cands)
    cands = finish_money(text, cands, year, sentence_of)
    cands = rate_continuation(text, cands)
    cands = people_anaphora(text, cands, sentence_of)
    cands = elided_percent(text, cands, sentence_of)
    cands = inherit_from_partner(text, cands)
    return [c for c in cands if c.kind is not None and not (c.kind == "count" and is_year_or_day(text, c))]
