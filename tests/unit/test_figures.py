"""Hand-written cases for the figures extractor: kinds, hedges, ranges, number words, currencies,
rate denominators, and binding to hand-built timexes and entities."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pipeline.extract.context import ArticleContext, split_sentences
from pipeline.extract.figures import extract_figures
from pipeline.records import Entity, Figure, Timex


def _ctx(text: str, published: str = "1987-03-26") -> ArticleContext:
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return ArticleContext("t", text, when, split_sentences(text))


def figures(text: str, timexes=(), entities=(), published: str = "1987-03-26") -> list[Figure]:
    return list(extract_figures(_ctx(text, published), tuple(timexes), tuple(entities)))


def one(text: str, **kw) -> Figure:
    found = figures(text, **kw)
    assert len(found) == 1, found
    return found[0]


def timex(text: str, phrase: str, value: str, occurrence: int = 0, type_: str = "DATE") -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Timex(start, start + len(phrase), phrase, type_, value)


def entity(text: str, phrase: str, country: str, type_: str = "GPE", occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Entity(start, start + len(phrase), phrase, type_, phrase, country)


# --- money -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Hong Kong recorded a 3.51 billion\nH.K. Dlr deficit.", "3.51 billion\nH.K. Dlr", 3.51e9, "HKD"),
        ("Imports rose to 24.12 billion dlrs last month.", "24.12 billion dlrs", 24.12e9, "USD"),
        ("It bought 53 billion U.S.\nDlrs of bonds.", "53 billion U.S.\nDlrs", 53e9, "USD"),
        ("The surplus was 1.2 billion Canadian dlrs.", "1.2 billion Canadian dlrs", 1.2e9, "CAD"),
        ("Reserves fell to 723 million roubles.", "723 million roubles", 723e6, "SUR"),
        ("The deficit was 1.8 billion stg.", "1.8 billion stg", 1.8e9, "GBP"),
        ("Sales reached 500 mln yen.", "500 mln yen", 500e6, "JPY"),
        ("It paid 4.00 billion guilders.", "4.00 billion guilders", 4e9, "NLG"),
        ("The trade gap hit 30 billion baht.", "30 billion baht", 30e9, "THB"),
        ("The firm lost £3.5bn last year.", "£3.5bn", 3.5e9, "GBP"),
        ("It raised $45m from investors.", "$45m", 45e6, "USD"),
        ("Deals worth €2 billion were signed.", "€2 billion", 2e9, "EUR"),
        ("The fund holds US$ 12 million.", "US$ 12 million", 12e6, "USD"),
        ("It will cost four billion dollars.", "four billion dollars", 4e9, "USD"),
        ("A bill of seventy million dollars passed.", "seventy million dollars", 70e6, "USD"),
        ("The EC saved two\nbillion European Currency Units.", "two\nbillion European Currency Units", 2e9, "XEU"),
        ("It rose 1.47 cts to a record.", "1.47 cts", 0.0147, "USD"),
        ("The bill totals 2.2. Billion dlrs.", "2.2. Billion dlrs", 2.2e9, "USD"),
        ("Costs were 1,250,000 dlrs in all.", "1,250,000 dlrs", 1250000, "USD"),
    ],
)
def test_money(text, span, value, unit):
    f = one(text)
    assert (f.kind, f.text, f.unit) == ("money", span, unit)
    assert f.value == pytest.approx(value)


def test_rupees_follow_the_country_named_in_the_story():
    text = "Pakistan's deficit widened to 9.5 billion rupees, Pakistani officials said."
    assert one(text).unit == "PKR"
    assert one("India's deficit widened to 9.5 billion rupees.").unit == "INR"


def test_roubles_are_rub_after_the_soviet_union():
    assert one("Trade reached 723 million roubles.", published="2005-06-01").unit == "RUB"


def test_bare_dollars_are_usd_even_in_a_local_story():
    assert one("Canada posted a surplus of 1.25\nbillion dlrs in February.").unit == "USD"


def test_scale_and_currency_inherited_from_a_neighbour():
    text = "Exports fell 20.9 pct to 20.61 billion dlrs from 26.06 billion in January."
    inherited = [f for f in figures(text) if f.text == "26.06 billion"][0]
    assert (inherited.kind, inherited.unit, inherited.value) == ("money", "USD", 26.06e9)


def test_unscaled_number_without_unit_is_not_a_figure():
    assert figures("The 1986 accord was signed by 12 nations on March 4.") == []


# --- percent, per cent, points -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Imports rose 2.6 pct from January.", "2.6 pct", 2.6, "percent"),
        ("Wine sales rose 14.9\nper cent last year.", "14.9\nper cent", 14.9, "percent"),
        ("Output grew 0.8 percent.", "0.8 percent", 0.8, "percent"),
        ("Inflation hit 12.5% in May.", "12.5%", 12.5, "percent"),
        ("It imposed a 100-pct tariff.", "100-pct", 100, "percent"),
        ("The rate rose by half a percentage point to 3.5 pct.", "3.5 pct", 3.5, "percent"),
        ("Rates rose 0.25 percentage points.", "0.25 percentage points", 0.25, "percentage point"),
        ("Prices fell ten pct.", "ten pct", 10, "percent"),
        ("Yields are 7-1/2 pct.", "7-1/2 pct", 7.5, "percent"),
    ],
)
def test_percent(text, span, value, unit):
    f = one(text)
    assert (f.kind, f.text, f.value, f.unit) == ("percent", span, value, unit)


# --- hedges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("It was about 450 million dollars.", "about"),
        ("It was nearly two billion dlrs.", "less_than"),
        ("It was more than 17 pct.", "more_than"),
        ("They slapped up to 300 mln dlrs in tariffs.", "at_most"),
        ("They saved some 2 billion dlrs.", "about"),
        ("It reached over four billion dlrs.", "more_than"),
        ("Releases will be at least 100,000 tonnes.", "at_least"),
        ("It could be as much as three mln barrels.", "at_most"),
        ("It is almost 90 pct.", "less_than"),
        ("It hovered around 639 mln dlrs.", "about"),
        ("I'd say it's 99 plus pct sure.", "more_than"),
    ],
)
def test_hedges_are_approximate_and_outside_the_span(text, bound):
    f = one(text)
    assert f.approximate is True
    assert f.bound == bound
    assert not f.text.lower().startswith(("about", "nearly", "more", "up", "some", "over", "at", "as", "almost"))


def test_an_estimated_is_not_a_hedge():
    f = one("Oil income fell an estimated 20 billion dlrs.")
    assert f.approximate is False and f.bound is None


def test_hedge_covers_both_ends_of_a_coordination():
    found = figures("Saving about 875 mln and 435 mln dlrs last year.")
    assert [f.text for f in found] == ["875 mln", "435 mln dlrs"]
    assert all(f.approximate for f in found)
    assert [f.unit for f in found] == ["USD", "USD"]


# --- ranges ------------------------------------------------------------------------------------


def test_range_ends_are_two_figures_with_low_high():
    found = figures("A drawdown of between two and 7.5 mln barrels is expected.")
    assert [(f.text, f.kind, f.value, f.unit) for f in found] == [
        ("two", "quantity", 2e6, "barrel"),
        ("7.5 mln barrels", "quantity", 7.5e6, "barrel"),
    ]
    assert all((f.low, f.high) == (2e6, 7.5e6) for f in found)


def test_range_with_to_and_hedge():
    found = figures("Stocks fell by about one to four mln barrels.")
    assert [(f.value, f.approximate) for f in found] == [(1e6, True), (4e6, True)]
    assert found[0].low == 1e6 and found[0].high == 4e6


def test_range_between_scaled_bare_numbers():
    found = figures("The deficit will be between 700 mln and one billion dlrs.")
    assert [(f.text, f.value, f.unit) for f in found] == [("700 mln", 7e8, "USD"), ("one billion dlrs", 1e9, "USD")]


def test_percent_range_with_hyphen():
    found = figures("Growth of 10-12 pct is forecast.")
    assert [(f.value, f.kind) for f in found] == [(10, "percent"), (12, "percent")]


# --- counts ------------------------------------------------------------------------------------


def test_count_of_people():
    f = one("Police arrested 17 people on Monday.")
    assert (f.kind, f.text, f.value, f.unit) == ("count", "17 people", 17, "people")


def test_count_with_modifier_leaves_noun_out_of_span():
    f = one("The strike by 337,000 striking workers ended.")
    assert (f.kind, f.text, f.value, f.unit) == ("count", "337,000", 337000, "worker")


def test_count_range_of_persons():
    found = figures("It would establish trade teams of between six and nine persons.")
    assert [(f.text, f.value, f.kind) for f in found] == [("six", 6, "count"), ("nine persons", 9, "count")]


def test_counts_of_things_are_not_figures():
    # Only people are counted (guidelines): "15 countries" or "10 banks" would be false alarms.
    assert figures("Delegates from 15 countries and 10 banks met.") == []


def test_group_of_seven_is_a_name():
    assert figures("The Group of Seven finance ministers met.") == []


def test_one_as_an_article_is_not_a_count():
    assert figures("One U.S. bank trader said it was quiet.") == []


# --- quantities --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "per"),
    [
        ("Ecuador sold 16.1 mln barrels of crude.", "16.1 mln barrels", 16.1e6, "barrel", None),
        ("It released 200,000 tonnes of wheat.", "200,000 tonnes", 200000, "tonne", None),
        ("Imports totalled 7.2 million gallons.", "7.2 million gallons", 7.2e6, "gallon", None),
        ("Reserves were 52.9 mln MCF of gas.", "52.9 mln MCF", 52.9e9, "cubic foot", None),
        ("Runs rose 154,000 b/d last week.", "154,000 b/d", 154000, "barrel", "day"),
        ("Output was 14.7 mln bpd.", "14.7 mln bpd", 14.7e6, "barrel", "day"),
        ("The quota is 15.8 mln barrels per day.", "15.8 mln barrels", 15.8e6, "barrel", "day"),
        ("Farmers sold 3.5 mln bushels.", "3.5 mln bushels", 3.5e6, "bushel", None),
    ],
)
def test_quantities(text, span, value, unit, per):
    f = one(text)
    assert (f.kind, f.text, f.unit, f.per) == ("quantity", span, unit, per)
    assert f.value == pytest.approx(value)


# --- rates and unit prices (per) ---------------------------------------------------------------


def test_unit_price_per_barrel_excludes_the_denominator():
    f = one("WTI was raised to 17.50 dlrs a barrel.")
    assert (f.text, f.value, f.per) == ("17.50 dlrs", 17.5, "barrel")


def test_glued_denominator():
    f = one("Light Louisiana Sweet rose to 17.85\ndlrs/bbl.")
    assert (f.text, f.per) == ("17.85\ndlrs", "barrel")


def test_cents_a_gallon():
    f = one("Heating oil rose to 47.91 cts a gallon.")
    assert (f.value, f.unit, f.per) == (pytest.approx(0.4791), "USD", "gallon")


def test_yen_against_the_dollar_is_a_rate():
    f = one("The drop to a low of 148.65 yen held the dollar steady.")
    assert (f.unit, f.per) == ("JPY", "USD")


def test_bare_rate_to_the_dollar_takes_the_currency_discussed():
    text = "The Taiwan dollar has risen. It opened at 34.38 to the U.S. Dollar today."
    f = one(text)
    assert (f.text, f.value, f.unit, f.per) == ("34.38", 34.38, "TWD", "USD")


def test_other_dollar_priced_in_us_dollars():
    f = one("The Australian dollar touched a high of 0.6900 U.S. Dlrs.")
    assert (f.unit, f.per) == ("USD", "AUD")


# --- multipliers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Trade will increase ninefold.", "ninefold", 9),
        ("Trade rose 9-fold.", "9-fold", 9),
        ("Sales tripled.", "tripled", 3),
        ("Prices doubled last year.", "doubled", 2),
        ("Imports are three times higher.", "three times", 3),
    ],
)
def test_multipliers(text, span, value):
    f = one(text)
    assert (f.kind, f.text, f.value, f.unit) == ("multiplier", span, value, None)


# --- binding: period ---------------------------------------------------------------------------


def test_period_from_trailing_time_per_clause():
    text = "Hong Kong recorded a 3.51 billion H.K. Dlr deficit in February after a 2.54 billion dlr surplus in January."
    tx = [timex(text, "February", "1987-02"), timex(text, "January", "1987-01")]
    found = figures(text, timexes=tx)
    assert [(f.period, f.period_text) for f in found] == [("1987-02", "February"), ("1987-01", "January")]


def test_period_from_leading_time():
    text = "According to official Russian data, in 2022 the trade exchanges had a value of about 450 million dollars."
    f = one(text, timexes=[timex(text, "2022", "2022")])
    assert (f.period, f.period_text) == ("2022", "2022")


def test_possessive_time_binds_to_the_next_figure():
    text = "Imports rose to 24.12 billion dlrs, up 2.6 pct from January's 23.52 billion dlrs."
    found = figures(text, timexes=[timex(text, "January", "1987-01")])
    assert [f.period for f in found] == [None, None, "1987-01"]


def test_baseline_period_and_forecast():
    text = "In 2023, our bilateral trade will increase ninefold compared to 2022, the ambassador said."
    tx = [timex(text, "2023", "2023"), timex(text, "2022", "2022")]
    f = one(text, timexes=tx)
    assert (f.period, f.baseline_period, f.modality, f.subject) == ("2023", "2022", "forecast", "bilateral trade")


def test_parallel_clause_period_carries_over():
    text = ("Coffee earnings rose to 220 mln dlrs in March from 110 mln dlrs in February while oil "
            "derivatives were down to 54 mln dlrs from 58 mln dlrs in February.")
    tx = [timex(text, "March", "1987-03"), timex(text, "February", "1987-02"),
          timex(text, "February", "1987-02", occurrence=1)]
    found = figures(text, timexes=tx)
    assert [f.period for f in found] == ["1987-03", "1987-02", "1987-03", "1987-02"]


def test_coordinated_figures_share_the_trailing_time():
    text = "Indonesia and Pakistan respectively saved about 875 mln and 435 mln dlrs last year."
    found = figures(text, timexes=[timex(text, "last year", "1986")])
    assert [f.period for f in found] == ["1986", "1986"]


def test_durations_are_not_periods():
    text = "The deficit will be cut by 300 mln dlrs within five years."
    f = one(text, timexes=[timex(text, "five years", "P5Y", type_="DURATION")])
    assert f.period is None


def test_time_in_an_earlier_sentence_is_not_used():
    text = "Exports rose in February. They totalled 3.1 billion dlrs."
    f = one(text, timexes=[timex(text, "February", "1987-02")])
    assert f.period is None


def test_anaphoric_year_takes_the_shape_of_the_compared_period():
    text = "The surplus rose to 2.73 billion dlrs in the first two months of 1987 from 2.02 billion a year earlier."
    tx = [timex(text, "the first two months of 1987", "1987-01/1987-02"), timex(text, "a year earlier", "1986")]
    found = figures(text, timexes=tx)
    assert [f.period for f in found] == ["1987-01/1987-02", "1986-01/1986-02"]


def test_time_of_day_is_reduced_to_its_date():
    text = "The dollar fell to a low of 148.65 yen in the late morning."
    f = one(text, timexes=[timex(text, "late morning", "1987-03-25TMO")])
    assert f.period == "1987-03-25"


def test_report_date_after_said_is_not_the_period():
    text = "Exports rose 5 pct, the ministry said on Tuesday."
    f = one(text, timexes=[timex(text, "Tuesday", "1987-03-24")])
    assert f.period is None


# --- binding: parties, subject, modality -------------------------------------------------------


def test_parties_from_the_sentence():
    text = "Japan's surplus with the United States rose to 5.4 billion dlrs."
    ents = [entity(text, "Japan", "JPN"), entity(text, "United States", "USA")]
    f = one(text, entities=ents)
    assert f.parties == ("JPN", "USA")
    assert f.subject == "surplus"


def test_two_countries_resolve_to_the_articles_main_countries():
    text = ("Russia and Cuba signed deals. Cuba thanked Russia. The US objected. "
            "Trade between the two countries was about 450 million dollars.")
    ents = [entity(text, "Russia", "RUS"), entity(text, "Cuba", "CUB"), entity(text, "Cuba", "CUB", occurrence=1),
            entity(text, "Russia", "RUS", occurrence=1), entity(text, "US", "USA")]
    f = one(text, entities=ents)
    assert f.parties == ("RUS", "CUB")
    assert f.subject == "trade"


def test_people_nouns_and_persons_are_not_parties():
    text = "Lavrov said exports fell 3 pct."
    ents = [Entity(0, 6, "Lavrov", "PERSON", "Sergei Lavrov", "RUS")]
    assert one(text, entities=ents).parties == ()


def test_reported_figure_has_no_modality_and_forecast_has_one():
    assert one("Exports rose 5 pct in March.").modality is None
    assert one("Exports are expected to rise 5 pct.").modality == "forecast"
    assert one("The government has a target of 5 pct growth.").modality == "target"


def test_seed_like_arrest_count():
    text = "Authorities in Havana announced in September the arrest of 17 people with ties to a ring."
    f = one(text, timexes=[timex(text, "September", "2023-09")], entities=[entity(text, "Havana", "CUB")])
    assert (f.kind, f.value, f.unit, f.period, f.subject) == ("count", 17, "people", "2023-09", "arrests")


def test_offsets_index_the_text():
    text = "Hong Kong recorded a 3.51 billion\nH.K. Dlr deficit and 2.6 pct growth, about 17 people said."
    for f in figures(text):
        assert text[f.start:f.end] == f.text


# --- added with the own dev set ----------------------------------------------------------------


def test_adjacent_unit_words_are_two_numbers():
    found = figures("In band three 66 mln and in band four seven mln stg at 9 pct.")
    assert [(f.text, f.value) for f in found] == [("66 mln", 66e6), ("seven mln stg", 7e6), ("9 pct", 9)]


def test_compound_number_words():
    assert one("Prices rose twenty-five pct.").value == 25
    assert one("It cost two hundred and fifty million dollars.").value == 250e6


def test_glued_pence():
    f = one("Shares closed at 873p on Tuesday.")
    assert (f.text, f.value, f.unit) == ("873p", 8.73, "GBP")


def test_qualified_cents_take_the_qualifier_currency():
    f = one("Texaco lowered its price 64 Canadian cts a barrel.")
    assert (f.value, f.unit, f.per) == (0.64, "CAD", "barrel")


def test_scaled_number_counting_a_noun_does_not_inherit_a_currency():
    found = figures("It has annual sales of 39m cases and revenues of A$2.6bn.")
    assert [(f.text, f.unit) for f in found] == [("A$2.6bn", "AUD")]


def test_change_from_a_date_is_a_baseline_not_the_period():
    text = "China's grain exports in January fell 22.1 pct from January 1986."
    tx = [timex(text, "January", "1987-01"), timex(text, "January 1986", "1986-01")]
    f = one(text, timexes=tx)
    assert (f.period, f.baseline_period) == ("1987-01", "1986-01")


def test_amount_from_a_date_keeps_it_as_period():
    text = "It will release another 30,000 tonnes from April 23."
    f = one(text, timexes=[timex(text, "April 23", "1987-04-23")])
    assert f.period == "1987-04-23"


def test_coordinated_dates_make_a_range_period():
    text = "Creditors will freeze 20-30bn rupiah in payments due in 2005 and 2006."
    tx = [timex(text, "2005", "2005"), timex(text, "2006", "2006")]
    found = figures(text, timexes=tx)
    assert [(f.value, f.unit, f.period) for f in found] == [
        (20e9, "IDR", "2005-01/2006-12"), (30e9, "IDR", "2005-01/2006-12")]
    assert found[0].period_text == "2005 and 2006"


def test_months_joined_by_to_make_a_range_period():
    text = "Production from January to March grew by 2.5 per cent."
    tx = [timex(text, "January", "1987-01"), timex(text, "March", "1987-03")]
    assert one(text, timexes=tx).period == "1987-01/1987-03"


def test_symbol_range_shares_the_scale_of_its_high_end():
    found = figures("It ignores the potential $2-$3.8 trillion costs of the plan.")
    assert [(f.text, f.value) for f in found] == [("$2", 2e12), ("$3.8 trillion", 3.8e12)]


def test_scaled_amount_next_to_a_price_in_cents_is_in_dollars():
    found = figures("Shr loss 1.24 dlrs vs profit 19 cts\n    Revs 10.5 mln vs 11.6 mln")
    assert [(f.text, f.value) for f in found][-2:] == [("10.5 mln", 10.5e6), ("11.6 mln", 11.6e6)]


def test_share_counts_do_not_inherit_a_currency():
    assert [f.text for f in figures("Net 146.4 mln dlrs vs 110.3 mln\n    Avg shrs 71.08 mln vs 69.26 mln")] == [
        "146.4 mln dlrs", "110.3 mln"]


def test_flow_noun_after_a_scaled_number_keeps_the_unit():
    text = "Exports were 3.7 mln tonnes, which when added to the 1.2 mln imports leave a gap."
    assert [(f.text, f.unit) for f in figures(text)] == [("3.7 mln tonnes", "tonne"), ("1.2 mln", "tonne")]


def test_anaphoric_people_count():
    f = one("The total number of jobless stood at 495,208 at the end of March.")
    assert (f.kind, f.value, f.text) == ("count", 495208, "495,208")


def test_rate_in_local_dollars_is_not_priced_per_usd_by_another_figure():
    text = "It will redeem its 2.1875 Canadian dlr preferred shares at 26.50 Canadian dlrs a share."
    assert [f.per for f in figures(text)] == [None, "share"]


def test_hyphenated_number_word_scale_and_unit():
    f = one("The government's target of an eight-billion-dlr surplus for 1987.")
    assert (f.text, f.value, f.unit) == ("eight-billion-dlr", 8e9, "USD")


def test_a_week_ago_is_not_a_rate_denominator():
    found = figures("Exports of 20.3 mln bushels a week ago and 25.5 mln bushels a year ago.")
    assert [f.per for f in found] == [None, None]


def test_low_end_written_in_thousands():
    found = figures("It would measure between 100-150,000 metric tons.")
    assert [f.value for f in found] == [100000, 150000]


def test_hyphenated_durations_are_not_figures():
    assert figures("An eight-day strike and one-time costs of a 40-year low.") == []


def test_bracketed_previous_value_takes_the_unit():
    found = figures("Average CD rates all banks 4.27 pct (4.32)\n    Money market rates 3.52 pct (3.57)")
    assert [(f.text, f.kind, f.value) for f in found] == [
        ("4.27 pct", "percent", 4.27), ("4.32", "percent", 4.32), ("3.52 pct", "percent", 3.52),
        ("3.57", "percent", 3.57)]


def test_bracketed_year_is_not_a_value():
    assert [f.text for f in figures("Output rose 5 pct (1986) in the survey.")] == ["5 pct"]


# --- the seed article's "must" figures, with the timexes/entities the other engines produce -----

SEED = Path(__file__).resolve().parents[2] / "seeds" / "lavrov-havana-2024-02-20.txt"


def _seed_text() -> str:
    return SEED.read_text(encoding="utf-8").split("---", 2)[2]


def _all(text: str, phrase: str, country: str, type_: str) -> list[Entity]:
    return [Entity(m.start(), m.end(), phrase, type_, phrase, country)
            for m in re.finditer(rf"\b{re.escape(phrase)}\b", text)]


def test_seed_must_figures():
    text = _seed_text()
    tx = [timex(text, "2023", "2023"), timex(text, "2022", "2022", occurrence=2),
          timex(text, "2022", "2022", occurrence=3), timex(text, "December", "2023-12"),
          timex(text, "September", "2023-09")]
    ents = [e for phrase, country, type_ in [
        ("Russian", "RUS", "NORP"), ("Russia", "RUS", "GPE"), ("Moscow", "RUS", "GPE"), ("Cuba", "CUB", "GPE"),
        ("Cuban", "CUB", "NORP"), ("Havana", "CUB", "GPE"), ("US", "USA", "GPE"), ("Ukraine", "UKR", "GPE"),
    ] for e in _all(text, phrase, country, type_)]
    found = {f.text: f for f in figures(text, timexes=tx, entities=ents, published="2024-02-20")}
    money = found["450 million dollars"]
    assert (money.kind, money.value, money.unit, money.approximate, money.period) == (
        "money", 450e6, "USD", True, "2022")
    assert money.parties == ("RUS", "CUB") and "trade" in money.subject
    nine = found["ninefold"]
    assert (nine.kind, nine.value, nine.period, nine.baseline_period, nine.subject, nine.modality) == (
        "multiplier", 9, "2023", "2022", "bilateral trade", "forecast")
    assert nine.parties == ("RUS", "CUB")
    people = found["17 people"]
    assert (people.kind, people.value, people.unit, people.period) == ("count", 17, "people", "2023-09")
    assert people.parties == ()  # a count of arrested people is about persons, not countries


def test_people_count_gets_parties_only_in_a_bilateral_sentence():
    text = "Cuba arrested 17 people with ties to a ring operating out of Russia."
    ents = [entity(text, "Cuba", "CUB"), entity(text, "Russia", "RUS")]
    assert one(text, entities=ents).parties == ()
    text = "Russia and Cuba exchanged 500 students between the two countries."
    ents = [entity(text, "Russia", "RUS"), entity(text, "Cuba", "CUB")]
    assert one(text, entities=ents).parties == ("RUS", "CUB")


# --- reporting periods composed from the temporal engine's pieces (periods.py) -----------------


def test_first_months_of_a_year_duration_plus_year():
    text = "Exports were 10.6 mln dlrs in the first four months of 1987."
    tx = [timex(text, "the first four months", "P4M", type_="DURATION"), timex(text, "1987", "1987")]
    assert one(text, timexes=tx).period == "1987-01/1987-04"


def test_last_months_of_the_year():
    text = "The surplus would amount one billion dlrs in each of the last six months of the year."
    tx = [timex(text, "the last six months", "P6M", type_="DURATION")]
    assert one(text, timexes=tx).period == "1987-07/1987-12"


def test_first_months_alone_is_not_a_period_without_year_words():
    text = "Sales rose 5 pct within the last six months, the firm said."
    tx = [timex(text, "the last six months", "P6M", type_="DURATION")]
    assert one(text, timexes=tx).period is None


def test_fiscal_year_tail():
    text = "The deficit was 87.47 billion rupees in 1985/86."
    assert one(text, timexes=[timex(text, "1985", "1985")]).period == "1985/86"


def test_month_slash_month_and_between_months():
    text = "January/March imports grew 19.2 pct."
    assert one(text, timexes=[timex(text, "January", "1987-01")]).period == "1987-01/1987-03"
    text = "Between January and May Ecuador sold 16.1 mln barrels."
    assert one(text, timexes=[timex(text, "January", "1987-01")]).period == "1987-01/1987-05"


def test_day_ranges():
    text = "It bought nearly two billion U.S. Dlrs between March 5 and 23, he said."
    assert one(text, timexes=[timex(text, "March 5", "1987-03-05")]).period == "1987-03-05/1987-03-23"


def test_week_ended():
    text = "Crude stocks were down 4.4 mln barrels for the week ended March 13."
    assert one(text, timexes=[timex(text, "March 13", "1987-03-13")]).period == "1987-03-07/1987-03-13"


def test_since_runs_to_the_publication_month():
    text = "The Taiwan dollar has risen about 15 pct against the U.S. Dollar since September 1985."
    assert one(text, timexes=[timex(text, "September 1985", "1985-09")]).period == "1985-09/1987-03"


def test_so_far_this_year_and_a_year_earlier():
    text = "Issues so far this year reached 180.16 billion dlrs against 40 billion issued a year earlier."
    tx = [timex(text, "this year", "1987"), timex(text, "a year earlier", "1986")]
    found = figures(text, timexes=tx, published="1987-04-29")
    assert [f.period for f in found] == ["1987-01/1987-04", "1986-01/1986-04"]


def test_yearend():
    text = "This compares with yearend 1985 proved reserves of 26.4 mln barrels."
    assert one(text, timexes=[timex(text, "1985", "1985")]).period == "1985-12"


def test_time_of_day_gives_its_date():
    text = "The bank bought back bills totalling 347 mln stg this afternoon."
    tx = [Timex(text.index("this afternoon"), text.index("this afternoon") + 14, "this afternoon", "TIME",
                "1987-04-03TAF")]
    assert one(text, timexes=tx).period == "1987-04-03"


def test_same_period_of_an_explicit_year():
    text = ("Inflation over the first five months of this year was 2.0 pct compared with 0.7 pct for the "
            "same period of 1986.")
    tx = [timex(text, "the first five months", "P5M", type_="DURATION"), timex(text, "this year", "1987"),
          timex(text, "1986", "1986")]
    found = figures(text, timexes=tx)
    assert [f.period for f in found] == ["1987-01/1987-05", "1986-01/1986-05"]


def test_change_up_on_the_same_period_is_a_baseline():
    text = ("Industrial production in January and February was only 1.3 pct up on the same 1986 period, "
            "MTI said, while exports fell six pct.")
    tx = [timex(text, "January", "1987-01"), timex(text, "February", "1987-02"), timex(text, "1986", "1986")]
    found = figures(text, timexes=tx)
    assert [f.period for f in found] == ["1987-01/1987-02", "1987-01/1987-02"]
    assert found[0].baseline_period == "1986"


def test_possessive_event_time_is_not_a_period():
    text = "Last week's committee agreed to release 70,000 tonnes of wheat through weekly tenders."
    assert one(text, timexes=[timex(text, "Last week", "1987-W11")]).period is None


def test_effective_date_after_a_comma():
    text = "It raised crude postings 50 cts a barrel, effective today."
    assert one(text, timexes=[timex(text, "today", "1987-03-12")]).period == "1987-03-12"


def test_elided_pct_in_the_comparison_slot():
    text = "Citibank raised its prime to 7-3/4 pct from 7-1/2 yesterday."
    assert [(f.text, f.kind, f.value) for f in figures(text)] == [
        ("7-3/4 pct", "percent", 7.75), ("7-1/2", "percent", 7.5)]


def test_elided_pct_range_after_against():
    text = "Three months ended at 5-1/16 to 4-7/8 pct against yesterday's five to 4-13/16 close."
    found = figures(text, timexes=[timex(text, "yesterday", "1987-03-31")])
    assert [(f.text, f.kind) for f in found] == [
        ("5-1/16", "percent"), ("4-7/8 pct", "percent"), ("five", "percent"), ("4-13/16", "percent")]
    assert [f.period for f in found][2:] == ["1987-03-31", "1987-03-31"]


def test_elided_pct_does_not_take_index_levels():
    assert [f.text for f in figures("The index rose 2 pct from 150.3 points.")] == ["2 pct"]


def test_scaled_number_takes_the_unit_of_the_previous_sentence():
    text = "Surpluses were 1.17 billion dlrs in 1985. The last trade deficit was a 428 mln shortfall in 1982."
    assert [(f.text, f.unit) for f in figures(text)] == [("1.17 billion dlrs", "USD"), ("428 mln", "USD")]


def test_singular_nouns_in_s_do_not_block_inheritance():
    text = "The deficit was 3,211 billion lire, which compares with April's 2,040 billion surplus."
    assert [f.unit for f in figures(text)] == ["ITL", "ITL"]


def test_crowns_follow_the_country():
    assert one("Norwegian imports fell to 160 mln crowns.").unit == "NOK"
    assert one("Swedish exports rose to 160 mln crowns.").unit == "SEK"


def test_first_sentence_has_no_previous_sentence():
    assert figures("Output hit a 5 mln deficit. Exports were 2 mln dlrs.")[0].text == "2 mln dlrs"


def test_previous_sentence_unit_needs_an_amount_noun():
    text = "Sales rose to 47.2bn euros in 2004. It swelled its subscriber base to 5.4 million."
    assert [f.text for f in figures(text)] == ["47.2bn euros"]


def test_possessive_time_of_a_measured_noun_is_a_period():
    text = "However, 1986's surplus on oil trade was 4.0 billion stg lower than in 1985."
    f = one(text, timexes=[timex(text, "1986", "1986"), timex(text, "1985", "1985")])
    assert (f.period, f.baseline_period) == ("1986", "1985")


def test_bare_number_continuing_an_exchange_rate():
    text = ("The Taiwan dollar opened at 34.38 to the U.S. Dollar today and is expected to rise further "
            "to 33 in June and to 32 by end-year, dealers said. Some 20 banks took part.")
    found = figures(text)
    assert [(f.text, f.unit, f.per) for f in found] == [("34.38", "TWD", "USD"), ("33", "TWD", "USD"),
                                                        ("32", "TWD", "USD")]


def test_rate_continuation_needs_a_close_value():
    text = "The dollar fell to a low of 148.65 yen. Volume was 1,461 contracts on 12 exchanges."
    assert [f.text for f in figures(text)] == ["148.65 yen"]


def test_now_dates_a_rate_to_the_publication_day():
    text = "The Australian dollar is now around the 0.6800 U.S. Dlrs level."
    tx = [Timex(text.index("now"), text.index("now") + 3, "now", "DATE", "PRESENT_REF")]
    assert one(text, timexes=tx, published="1987-03-16").period == "1987-03-16"


def test_current_is_not_a_day():
    text = "The deficit will widen to four billion dlrs in the current financial year."
    tx = [Timex(text.index("current"), text.index("current") + 7, "current", "DATE", "PRESENT_REF")]
    assert one(text, timexes=tx).period is None


def test_dateline_day_anchors_now():
    from pipeline.extract.figures.periods import dateline_day

    assert dateline_day("SYDNEY, March 16", date(1987, 3, 15)) == date(1987, 3, 16)
    assert dateline_day("TOKYO, Dec 31", date(1988, 1, 1)) == date(1987, 12, 31)
    assert dateline_day(None, date(1987, 3, 15)) == date(1987, 3, 15)
    assert dateline_day("****WASHINGTON, March 18", date(1987, 3, 18)) == date(1987, 3, 18)


def test_rate_continuation_picks_the_rate_of_the_same_magnitude():
    text = "It pushed the dollar above 145 yen and 1.80 marks after falling as low as 144.50 and 1.7860."
    assert [(f.text, f.unit) for f in figures(text)] == [
        ("145 yen", "JPY"), ("1.80 marks", "DEM"), ("144.50", "JPY"), ("1.7860", "DEM")]


def test_bid_ask_quotes_are_not_cut_into_a_number():
    assert [f.text for f in figures("The dollar ended at 147.15/25 yen after 148.65 yen.")] == ["148.65 yen"]


def test_shared_currency_word_follows_the_most_named_country():
    text = "Italy's exports to Turkey rose to 300 billion lire, Italian officials said in Rome, Italy."
    assert one(text).unit == "ITL"
    assert one("Turkish exports rose to 3 billion lira, Turkey said.").unit == "TRL"


def test_singular_currency_words_before_a_noun():
    f = one("It launched a 200 mln Swiss franc bond issue.")
    assert (f.text, f.unit) == ("200 mln Swiss franc", "CHF")


def test_clock_time_is_not_pence():
    assert [f.text for f in figures("Trading closed at 3p.m. with shares at 53p.")] == ["53p"]


def test_fiscal_year_ended():
    text = "In the fiscal year ended March 31 the surplus totalled 93.76 billion dlrs."
    assert one(text, timexes=[timex(text, "March 31", "1987-03-31")]).period == "1986/87"
    text = "Growth will be under two pct in the financial year ending June this year."
    assert one(text, timexes=[timex(text, "June this year", "1987-06")]).period == "1986/87"


def test_plan_period_over_several_years():
    text = "It intends to increase trade by 220 pct in the period 1987/93."
    assert one(text, timexes=[timex(text, "1987", "1987")]).period == "1987-01/1993-12"


def test_since_a_quarter():
    text = "Terms of trade had fallen by 19.9 pct since the fourth quarter of 1983."
    f = one(text, timexes=[timex(text, "the fourth quarter of 1983", "1983-Q4")])
    assert f.period == "1983-10/1987-03"


def test_past_figure_in_a_forecast_sentence_is_reported():
    text = "Thailand's GDP will expand five pct this calendar year, up from 3.8 pct in 1986."
    tx = [timex(text, "this calendar year", "1987"), timex(text, "1986", "1986")]
    found = figures(text, timexes=tx)
    assert [(f.period, f.modality) for f in found] == [("1987", "forecast"), ("1986", None)]


def test_reported_forecast_of_a_past_period_stays_a_forecast():
    text = "In 2023, our bilateral trade will increase ninefold compared to 2022, the ambassador said in December."
    tx = [timex(text, "2023", "2023"), timex(text, "2022", "2022"), timex(text, "December", "2023-12")]
    assert one(text, timexes=tx, published="2024-02-20").modality == "forecast"



# --- round 2: period binding ---------------------------------------------------------------------


def test_for_the_month_is_the_month_under_discussion():
    text = ("Hong Kong recorded a 3.51 billion dlr deficit in February. "
            "Total exports for the month fell 20.9 pct to 20.61 billion dlrs from 26.06 billion in January.")
    tx = [timex(text, "February", "1987-02"), timex(text, "January", "1987-01")]
    found = figures(text, timexes=tx)
    assert [f.period for f in found] == ["1987-02", "1987-02", "1987-02", "1987-01"]


def test_same_period_with_a_year_is_not_the_period_under_discussion():
    text = "Exports were 10.6 mln dlrs in January, compared with 271.7 mln dlrs in the same period in 1986."
    tx = [timex(text, "January", "1987-01"), timex(text, "1986", "1986")]
    assert [f.period for f in figures(text, timexes=tx)] == ["1987-01", "1986-01"]


def test_a_year_earlier_is_compared_with_the_head_of_its_clause():
    text = ("Exports rose to 4.64 billion francs in January after 2.54 billion in December "
            "and a year earlier 3.64 billion.")
    tx = [timex(text, "January", "1987-01"), timex(text, "December", "1986-12"),
          timex(text, "a year earlier", "1986")]
    assert [f.period for f in figures(text, timexes=tx)] == ["1987-01", "1986-12", "1986-01"]


def test_change_under_a_year_ago_figure_keeps_the_clause_period():
    text = "Fuel oil rose in February by 3.8 pct, putting it 14.9 pct under the year-ago figure."
    tx = [timex(text, "February", "1987-02"), timex(text, "year-ago", "1986")]
    assert [f.period for f in figures(text, timexes=tx)] == ["1987-02", "1987-02"]
    text = "Gas was unchanged last month, but down 3.5 pct from the February 1986 figure."
    tx = [timex(text, "last month", "1987-02"), timex(text, "February 1986", "1986-02")]
    f = one(text, timexes=tx)
    assert (f.period, f.baseline_period) == ("1987-02", "1986-02")


def test_time_of_an_event_after_the_figure_is_not_its_period():
    text = "Rates could fall as early as today by one percentage point after the announcement yesterday."
    tx = [timex(text, "today", "1987-03-18"), timex(text, "yesterday", "1987-03-17")]
    assert one(text, timexes=tx).period == "1987-03-18"


def test_first_months_of_a_fiscal_year_ending_in_a_named_month():
    text = "The deficit was 58.34 billion rupees in the first 10 months of fiscal 1986/87 ending March."
    tx = [timex(text, "the first 10 months", "P10M", type_="DURATION"), timex(text, "fiscal 1986", "1986")]
    assert one(text, timexes=tx).period == "1986-04/1987-01"


def test_level_setting_verb_dates_the_new_level():
    text = "Duties on chocolate were cut to 20 pct from 31.9 pct in April 1983."
    tx = [timex(text, "April 1983", "1983-04")]
    assert [f.period for f in figures(text, timexes=tx)] == ["1983-04", "1983-04"]
    text = "Exports fell to 20.61 billion dlrs from 26.06 billion in January."
    tx = [timex(text, "January", "1987-01")]
    assert [f.period for f in figures(text, timexes=tx)] == [None, "1987-01"]


def test_while_clause_takes_the_head_figure_period():
    text = ("Imports of 436 mln dlrs in January were up from 371 mln in January 1986, "
            "while exports of 368 mln were up on the 314 mln in January 1986.")
    tx = [timex(text, "January", "1987-01"), timex(text, "January 1986", "1986-01"),
          timex(text, "January 1986", "1986-01", occurrence=1)]
    assert [f.period for f in figures(text, timexes=tx)] == ["1987-01", "1986-01", "1987-01", "1986-01"]


def test_month_with_a_relative_year_a_few_words_later():
    text = "The February surplus last year was 189 mln dlrs."
    tx = [timex(text, "February", "1987-02"), timex(text, "last year", "1986")]
    assert one(text, timexes=tx).period == "1986-02"
    text = "Prices were 0.1 pct lower in May than a year earlier."
    tx = [timex(text, "May", "1987-05"), timex(text, "a year earlier", "1986")]
    assert one(text, timexes=tx).period == "1987-05"


def test_month_before_an_event_noun_dates_the_event():
    text = "The 1986/87 deficit will be lower than the 14.7 billion dlrs forecast in the August budget."
    tx = [timex(text, "1986", "1986"), timex(text, "August", "1987-08")]
    assert one(text, timexes=tx).period == "1986/87"


def test_end_of_a_year_tagged_whole_is_its_last_month():
    text = "External debt stood at 51 billion ringgit at the end of 1986."
    assert one(text, timexes=[timex(text, "the end of 1986", "1986")]).period == "1986-12"
    text = "Money growth might rise to around 12 pct by the year-end."
    assert one(text, timexes=[timex(text, "the year-end", "1987")]).period == "1987-12"


def test_between_two_dated_months_of_different_years():
    text = "Between February 1985 and December 1986 the dollar fell by more than 40 pct."
    tx = [timex(text, "February 1985", "1985-02"), timex(text, "December 1986", "1986-12")]
    assert one(text, timexes=tx).period == "1985-02/1986-12"


def test_fiscal_year_ended_last_march():
    text = "For the fiscal year ended last March 31, gnp rose 2.6 pct."
    assert one(text, timexes=[timex(text, "March 31", "1987-03-31")]).period == "1986/87"


def test_time_of_a_comparison_base_is_not_inherited_across_but():
    text = "Coffee exports rose to 753 mln dlrs from 580 mln in 1985, but rubber shipments fell to 625 mln."
    found = figures(text, timexes=[timex(text, "1985", "1985")])
    assert [f.period for f in found] == [None, "1985", None]
    text = "M-2 rose to 33,992 billion won from 33,858 billion in January, when it fell 0.04 pct."
    found = figures(text, timexes=[timex(text, "January", "1987-01")])
    assert found[-1].period == "1987-01"


def test_previous_n_months_are_the_months_before_the_partner_period():
    text = "GNP rose 1.2 pct in the January/March quarter after a 0.7 pct increase in the previous three months."
    tx = [timex(text, "January", "1987-01"), timex(text, "the previous three months", "P3M", type_="DURATION")]
    assert [f.period for f in figures(text, timexes=tx)] == ["1987-01/1987-03", "1986-10/1986-12"]


def test_month_range_takes_the_year_of_its_last_month():
    text = "Yonhap said the January-September surplus was 7.03 billion dlrs."
    tx = [timex(text, "January", "1988-01"), timex(text, "September", "1987-09")]
    assert one(text, timexes=tx, published="1987-10-19").period == "1987-01/1987-09"
