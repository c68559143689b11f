"""Temporal tagger: TIMEX3 type/value/mod and intervals, each category anchored to a known DCT."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pipeline.extract.context import ArticleContext, split_sentences
from pipeline.extract.temporal import tag_text, tag_timexes

DCT_1989 = date(1989, 10, 26)  # a Thursday, earnings season
DCT_1998 = date(1998, 2, 20)  # a Friday
DCT_2024 = date(2024, 2, 20)  # a Tuesday


def one(text: str, phrase: str, anchor: date):
    """The single timex whose text is ``phrase`` in ``text`` (fails with what was found)."""
    found = [t for t in tag_text(text, anchor) if t.text == phrase]
    assert len(found) == 1, f"{phrase!r} not tagged once in {[(t.text, t.value) for t in tag_text(text, anchor)]}"
    return found[0]


def values(text: str, anchor: date) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, anchor)]


# --- absolute dates -------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("The war began on February 24, 2022.", "February 24, 2022", "2022-02-24"),
    ("Payment is due Sept. 27, 1989, the firm said.", "Sept. 27, 1989", "1989-09-27"),
    ("It was signed on 24 February 2022 in Minsk.", "24 February 2022", "2022-02-24"),
    ("The filing is dated 2021-03-15.", "2021-03-15", "2021-03-15"),
    ("The invasion in February 2022 changed it.", "February 2022", "2022-02"),
    ("The accord of Saturday, April 25, 1998 held.", "Saturday, April 25, 1998", "1998-04-25"),
])
def test_absolute_dates(text, phrase, value):
    timex = one(text, phrase, DCT_2024)
    assert (timex.type, timex.value) == ("DATE", value)


def test_full_date_interval_is_that_day():
    timex = one("The war began on February 24, 2022.", "February 24, 2022", DCT_2024)
    assert (timex.range_start, timex.range_end, timex.granularity) == (date(2022, 2, 24), date(2022, 2, 24), "day")


# --- partial dates and tense ------------------------------------------------------------------

def test_bare_month_in_past_clause_is_the_latest_before_publication():
    timex = one("The ambassador said on television in December that trade grew.", "December", DCT_2024)
    assert timex.value == "2023-12"
    assert (timex.range_start, timex.range_end, timex.granularity) == (date(2023, 12, 1), date(2023, 12, 31), "month")


def test_bare_month_in_future_clause_is_the_next_one():
    assert one("The minister will visit Cuba in April.", "April", DCT_2024).value == "2024-04"
    assert one("The minister visited Cuba in April.", "April", DCT_2024).value == "2023-04"


def test_month_day_without_year_follows_deadline_words():
    # 'payable Dec. 15' is a scheduled date even though the sentence is in the past tense.
    assert one("The board declared a dividend payable Dec. 15.", "Dec. 15", DCT_1989).value == "1989-12-15"
    assert one("The thrift announced the plan Aug. 21.", "Aug. 21", DCT_1989).value == "1989-08-21"
    # A deadline can also lie behind: 'had purchased shares through Sept. 29' (not 1990).
    assert one("Nashua had purchased 481,000 shares through Sept. 29.", "Sept. 29", DCT_1989).value == "1989-09-29"


def test_attribution_does_not_date_the_event_but_said_tuesday_does():
    text = "The offer expires at 5 p.m. EST, Nov. 9, the company said."
    assert one(text, "5 p.m. EST, Nov. 9", DCT_1989).value == "1989-11-09T17:00"
    text = "Paribas said Monday that it intends to bid."
    assert one(text, "Monday", DCT_1989).value == "1989-10-23"


def test_weekdays_resolve_by_tense_and_shift():
    assert one("Police arrested him Tuesday.", "Tuesday", DCT_1998).value == "1998-02-17"
    assert one("The talks will resume Tuesday.", "Tuesday", DCT_1998).value == "1998-02-24"
    assert one("He spoke last Friday.", "last Friday", DCT_1998).value == "1998-02-13"
    # The future cue is in the same clause; the reporting verb after the comma is not.
    text = "The minister will host his counterparts in Rio de Janeiro on Wednesday, the ministry said."
    assert one(text, "Wednesday", DCT_1998).value == "1998-02-25"
    assert one("The bombs exploded Friday.", "Friday", DCT_1998).value == "1998-02-20"


@pytest.mark.parametrize("text, phrase, value", [
    ("He arrived yesterday.", "yesterday", "1998-02-19"),
    ("Prices rose today.", "today", "1998-02-20"),
    ("The vote is tomorrow.", "tomorrow", "1998-02-21"),
    ("Sales fell last year.", "last year", "1997"),
    ("Sales will rise next year.", "next year", "1999"),
    ("Sales rose this year.", "this year", "1998"),
    ("Prices fell last month.", "last month", "1998-01"),
    ("Talks resume next week.", "next week", "1998-W09"),
    ("It rained last week.", "last week", "1998-W07"),
    ("He left three years ago.", "three years ago", "1995"),
    ("It happened last fall.", "last fall", "1997-FA"),
    ("They will meet this summer.", "this summer", "1998-SU"),
    ("Crops failed this past fall.", "this past fall", "1997-FA"),
    ("Voters go to the polls this coming Sunday, March 8.", "this coming Sunday, March 8", "1998-03-08"),
])
def test_relative_dates(text, phrase, value):
    timex = one(text, phrase, DCT_1998)
    assert (timex.type, timex.value) == ("DATE", value)


def test_week_interval_is_monday_to_sunday():
    timex = one("Talks resume next week.", "next week", DCT_1998)
    assert (timex.range_start, timex.range_end, timex.granularity) == (date(1998, 2, 23), date(1998, 3, 1), "week")


# --- years, decades, centuries, quarters, halves, seasons ------------------------------------

@pytest.mark.parametrize("text, phrase, value, granularity", [
    ("In 2023, trade grew.", "2023", "2023", "year"),
    ("An embargo in place since the 1960s.", "the 1960s", "196", "decade"),
    ("Inflation in the '80s was high.", "the '80s", "198", "decade"),
    ("A relic of the 20th century.", "the 20th century", "19", "century"),
    ("Profit rose in the third quarter.", "the third quarter", "1989-Q3", "quarter"),
    ("Profit fell in the fourth quarter of 1987.", "the fourth quarter of 1987", "1987-Q4", "quarter"),
    ("Output rose in the first half of 1987.", "the first half of 1987", "1987-H1", "half"),
    ("The deal should close in the second half of the year.", "the second half of the year", "1989-H2", "half"),
    ("Fiscal 1987 results were weak.", "Fiscal 1987", "1987", "year"),
    ("Revenue rose in Q3 1988.", "Q3 1988", "1988-Q3", "quarter"),
    ("H1 1988 was weak.", "H1 1988", "1988-H1", "half"),
    ("Railways spread in the 1800s.", "the 1800s", "18", "century"),
    ("Crops failed in the summer of 1988.", "the summer of 1988", "1988-SU", "season"),
])
def test_calendar_units(text, phrase, value, granularity):
    timex = one(text, phrase, DCT_1989)
    assert (timex.type, timex.value, timex.granularity) == ("DATE", value, granularity)


def test_quarter_and_half_intervals():
    q4 = one("Profit fell in the fourth quarter of 1987.", "the fourth quarter of 1987", DCT_1989)
    assert (q4.range_start, q4.range_end) == (date(1987, 10, 1), date(1987, 12, 31))
    h1 = one("Output rose in the first half of 1987.", "the first half of 1987", DCT_1989)
    assert (h1.range_start, h1.range_end) == (date(1987, 1, 1), date(1987, 6, 30))
    decade = one("An embargo in place since the 1960s.", "the 1960s", DCT_2024)
    assert (decade.range_start, decade.range_end) == (date(1960, 1, 1), date(1969, 12, 31))


def test_winter_interval_crosses_the_new_year():
    timex = one("Snow fell in the winter of 1998.", "the winter of 1998", DCT_1998)
    assert (timex.value, timex.range_start, timex.range_end) == ("1998-WI", date(1998, 12, 1), date(1999, 2, 28))


@pytest.mark.parametrize("text, phrase, value", [
    ("Shops close on Christmas Day.", "Christmas Day", "1998-12-25"),
    ("Voters will go to the polls on Election Day.", "Election Day", "1998-11-03"),
    ("Turkey prices rose before Thanksgiving last year.", "Thanksgiving", "1997-11-27"),
])
def test_holidays(text, phrase, value):
    assert one(text, phrase, date(1998, 10, 20)).value == value


# --- modifiers and ranges ---------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, mod", [
    ("He visited Moscow in late 2022.", "late 2022", "2022", "END"),
    ("The plant opens in early March.", "early March", "1990-03", "START"),
    ("Prices peaked in the mid-1990s.", "the mid-1990s", "199", "MID"),
    ("Mergers boomed in the last half of the '80s.", "the last half of the '80s", "198", "END"),
    ("Shares fell earlier this year.", "earlier this year", "1989", "START"),
    ("Debt is due at the end of 1990.", "the end of 1990", "1990", "END"),
])
def test_position_modifiers(text, phrase, value, mod):
    timex = one(text, phrase, DCT_1989)
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)


def test_year_range_is_one_interval():
    timex = one("Former President Donald Trump (2017-2021) tightened it.", "2017-2021", DCT_2024)
    assert (timex.type, timex.value) == ("DATE", "2017/2021")
    assert (timex.range_start, timex.range_end) == (date(2017, 1, 1), date(2021, 12, 31))


def test_month_range_gives_both_ends():
    found = values("Rationing will last from March to May.", DCT_1998)
    assert ("March", "DATE", "1998-03") in found
    assert ("May", "DATE", "1998-05") in found


# --- durations --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value, mod", [
    ("The worst crisis in three decades.", "three decades", "P30Y", None),
    ("His second visit in less than a year.", "less than a year", "P1Y", "LESS_THAN"),
    ("Stocks plunged in the past three months.", "the past three months", "P3M", None),
    ("Earnings for the first nine months rose.", "the first nine months", "P9M", None),
    ("A five-year plan.", "five-year", "P5Y", None),
    ("Talks lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN"),
    ("He served 2 1/2 years.", "2 1/2 years", "P2Y6M", None),
    ("The speech took half an hour.", "half an hour", "PT30M", None),
    ("It took several years.", "several years", "PXY", None),
    ("The feud has simmered for years.", "years", "PXY", None),
    ("The last twenty four hours were calm.", "The last twenty four hours", "PT24H", None),
])
def test_durations(text, phrase, value, mod):
    timex = one(text, phrase, DCT_1998)
    assert (timex.type, timex.value, timex.mod) == ("DURATION", value, mod)
    assert timex.range_start is None and timex.granularity is None


def test_weekday_with_part_of_day_is_that_day():
    timex = one("Shots were heard Friday night.", "Friday night", DCT_1998)
    assert (timex.type, timex.value, timex.granularity) == ("DATE", "1998-02-20", "day")


def test_bare_plural_units_need_a_temporal_preposition():
    assert values("Years of war left scars.", DCT_1998) == []


def test_ages_are_not_durations():
    assert values("The 6-year-old boy stayed in Miami.", DCT_1998) == []


# --- sets, times, vague references ------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, value", [
    ("Inspectors come every week.", "every week", "P1W"),
    ("Trucks come every other week.", "every other week", "P2W"),
    ("The paper is published daily.", "daily", "P1D"),
    ("The club meets each Thursday.", "each Thursday", "XXXX-WXX-4"),
    ("Dividends are paid every quarter.", "every quarter", "P1Q"),
    ("Rents rise 5 pct a year.", "a year", "P1Y"),
])
def test_sets(text, phrase, value):
    timex = one(text, phrase, DCT_1998)
    assert (timex.type, timex.value) == ("SET", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("The blast occurred at around 10:35 a.m. in Nairobi.", "around 10:35 a.m.", "1998-02-20T10:35"),
    ("The blast occurred at about 10:35 a.m. in Nairobi.", "10:35 a.m.", "1998-02-20T10:35"),
    ("The polls close at 10 p.m. Wednesday, officials said.", "10 p.m. Wednesday", "1998-02-18T22:00"),
    ("Trading was halted at 2:30 p.m. ET.", "2:30 p.m. ET", "1998-02-20T14:30"),
    ("He was seen this morning.", "this morning", "1998-02-20TMO"),
    ("Fighting broke out last night.", "last night", "1998-02-19TNI"),
    ("The bell rang at seven o'clock in the evening.", "seven o'clock in the evening", "1998-02-20T19:00"),
])
def test_times_of_day(text, phrase, value):
    timex = one(text, phrase, DCT_1998)
    assert (timex.type, timex.value) == ("TIME", value)


@pytest.mark.parametrize("text, phrase, value", [
    ("Prices are now higher.", "now", "PRESENT_REF"),
    ("He is currently abroad.", "currently", "PRESENT_REF"),
    ("Prices fell recently.", "recently", "PAST_REF"),
    ("Rates may rise in the future.", "the future", "FUTURE_REF"),
])
def test_vague_references(text, phrase, value):
    timex = one(text, phrase, DCT_1998)
    assert (timex.type, timex.value, timex.range_start) == ("DATE", value, None)


def test_current_account_is_not_a_time():
    assert values("The current account deficit widened.", DCT_1998) == []


# --- financial news -----------------------------------------------------------------------------

def test_year_ago_in_earnings_means_the_year_ago_quarter():
    text = "Third-quarter net income rose to $5 million from $4 million a year earlier."
    assert one(text, "Third-quarter", DCT_1989).value == "1989-Q3"
    assert one(text, "a year earlier", DCT_1989).value == "1988-Q3"
    assert one("Sales rose from the year-ago quarter.", "the year-ago quarter", DCT_1989).value == "1988-Q3"


def test_year_ago_outside_earnings_is_the_year():
    assert one("He left the party a year ago.", "a year ago", DCT_1998).value == "1997"


def test_latest_quarter_is_the_last_completed_one():
    assert one("Net fell in the latest quarter.", "the latest quarter", DCT_1989).value == "1989-Q3"


# --- anaphora: expressions relative to the previous date in the text ------------------------------

def test_previous_and_following_year_follow_the_last_mentioned_date():
    text = "Releases rose to 310 in 2004 from 287 the previous year. In 1995 he moved; the following year he left."
    assert one(text, "the previous year", DCT_1998).value == "2003"
    assert one(text, "the following year", DCT_1998).value == "1996"


def test_later_counts_from_the_last_mentioned_date():
    text = "Last April, Holmes spoke to the press. Four months later, she won two golds."
    assert one(text, "Last April", DCT_1998).value == "1997-04"
    assert one(text, "Four months later", DCT_1998).value == "1997-08"


def test_next_day_counts_from_the_day_just_mentioned():
    text = "He was arrested on February 3 and charged the next day."
    assert one(text, "the next day", DCT_1998).value == "1998-02-04"


def test_military_times_are_not_years():
    assert values("The blast came at 2000 GMT.", DCT_1998) == []


def test_that_year_without_an_earlier_date_falls_back_to_publication():
    assert one("That year the harvest failed.", "That year", DCT_1998).value == "1998"


# --- anchoring ----------------------------------------------------------------------------------

def test_anchor_is_publication_date_not_the_clock():
    assert one("Sales fell last year.", "last year", date(1987, 3, 1)).value == "1986"
    assert one("Sales fell last year.", "last year", datetime(2031, 6, 1, 12, tzinfo=UTC)).value == "2030"


def test_tag_timexes_uses_context_publication_time():
    text = "Officials met yesterday."
    ctx = ArticleContext("a1", text, datetime(2024, 2, 20, 9, tzinfo=UTC), split_sentences(text))
    (timex,) = tag_timexes(ctx)
    assert (timex.start, timex.end, timex.text, timex.value) == (14, 23, "yesterday", "2024-02-19")
    assert text[timex.start : timex.end] == timex.text


def test_offsets_beyond_the_calendar_are_dropped_not_raised():
    found = values("Light from the star left 900,000 weeks ago.", DCT_1998)
    assert found == [("900,000 weeks", "DURATION", "P900000W")]


def test_spans_do_not_start_inside_words():
    assert values("Mark Marchetti sold his Mayfair flat.", DCT_1998) == []


def test_modal_may_is_not_a_month():
    assert values("Prices may rise. The army may march on.", DCT_1998) == []


# --- the seed article (AFP, 2024-02-20): acceptance must/should -----------------------------------

SEED = """The head of Russian diplomacy, Sergei Lavrov, yesterday Monday in Havana railed against the \
"authoritarianism" and "hegemony" of the US and other Western countries in the international order, \
during the first day of a tour that began in Latin America, in the framework of which he will visit also \
Venezuela and Brazil.

Republican former President Donald Trump (2017-2021) strengthened during his term the US embargo against \
Cuba, which has been in place since the 1960s. His Democratic successor, Joe Biden, has only partially \
reversed his predecessor's measures .

For its part, Russia has been under Western sanctions that have been intensifying since its army invaded \
Ukraine on February 24, 2022.

This is Mr Lavrov's second visit to the communist-ruled island in less than a year.

The Cuban-Russian relationship strengthened after President Diaz-Canel's visit to Moscow in late 2022, \
where he met with his counterpart Vladimir Putin.

"In 2023, our bilateral trade will increase ninefold" compared to 2022, Russian Ambassador to Havana \
Viktor Koronelli said on Russian state television in December.

According to official Russian data, in 2022 the trade exchanges between the two countries had a value of \
about 450 million dollars.

The rapprochement with Moscow comes as Cuba experiences its worst economic crisis in three decades.

On a visit to the island in April, Mr Lavrov thanked Cuba for its "understanding" regarding the war in \
Ukraine. Havana, which calls for a negotiated solution to the conflict, has never condemned the Russian \
military invasion in February 2022.

Following press reports of Cubans being recruited to join the war in Ukraine, authorities in Havana \
announced in September the arrest of 17 people with alleged ties to a ring operating out of Russia."""

SEED_EXPECTED = [  # (text, type, value, mod): the acceptance file's must + should lists
    ("yesterday Monday", "DATE", "2024-02-19", None),
    ("February 24, 2022", "DATE", "2022-02-24", None),
    ("late 2022", "DATE", "2022", "END"),
    ("December", "DATE", "2023-12", None),
    ("2023", "DATE", "2023", None),
    ("April", "DATE", "2023-04", None),
    ("February 2022", "DATE", "2022-02", None),
    ("September", "DATE", "2023-09", None),
    ("2017-2021", "DATE", "2017/2021", None),
    ("the 1960s", "DATE", "196", None),
    ("three decades", "DURATION", "P30Y", None),
    ("less than a year", "DURATION", "P1Y", "LESS_THAN"),
]


@pytest.mark.parametrize("phrase, type_, value, mod", SEED_EXPECTED)
def test_seed_article_expressions(phrase, type_, value, mod):
    timex = one(SEED, phrase, DCT_2024)
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)


def test_seed_article_both_2022_mentions():
    bare = [t for t in tag_text(SEED, DCT_2024) if t.text == "2022"]
    assert [t.value for t in bare] == ["2022", "2022"]  # 'compared to 2022' and 'in 2022 the trade'


# --- round 2: tense cues, Reuters shorthand, 'the year' -------------------------------------

DCT_1987 = date(1987, 3, 4)  # a Wednesday


@pytest.mark.parametrize("text, phrase, value", [
    # a passive participle takes its tense from the auxiliary: 'will be released' is future
    ("The report will be released on 11 March, Blair has said.", "11 March", "2024-03-11"),
    ("The sale is expected to be completed on April 24.", "April 24", "2024-04-24"),
    # an -ed participle before an agent decides nothing ('chaired by'); 'will' does
    ("July's summit - chaired by the prime minister - will use the report.", "July", "2024-07"),
    # irrealis 'agreed to' / 'decided to': the event is still ahead
    ("The bank agreed to purchase the line in May.", "May", "2024-05"),
])
def test_future_clauses_with_past_looking_words(text, phrase, value):
    assert one(text, phrase, DCT_2024).value == value


def test_as_expected_and_next_to_decide_nothing():
    # 'as expected' is no future cue: the weekday stays in the past (DCT is a Tuesday)
    assert one("He withdrew from the event as expected on Sunday.", "Sunday", DCT_2024).value == "2024-02-18"
    text = "Mark Philippoussis withdrew from the Sydney International tennis tournament as expected on Sunday."
    assert one(text, "Sunday", DCT_2024).value == "2024-02-18"
    # 'next to' is a preposition, and the comma of '1,000' does not split the clause
    text = "More than 100 people have been killed and 1,000 wounded in the blasts next to the embassy on Friday."
    assert one(text, "Friday", DCT_2024).value == "2024-02-16"


def test_scheduled_present_and_as_soon_as_are_future():
    assert one("Hewitt begins his campaign on Thursday.", "Thursday", DCT_2024).value == "2024-02-22"
    assert one("The group could leave as soon as Friday, he said.", "Friday", DCT_2024).value == "2024-02-23"


def test_passive_auxiliary_decides_and_deadline_after_date():
    # 'be paid' / 'is heard': the participle is no past cue ('will', or nothing, decides)
    assert one("The dividend will be paid Dec. 14 to holders.", "Dec. 14", DCT_1989).value == "1989-12-14"
    assert one("The case is heard in May in the appeals court.", "May", DCT_2024).value == "2024-05"
    # an -ed adjective is no verb
    assert one("It will redeem the preferred shares on Oct. 31.", "Oct. 31", DCT_1989).value == "1989-10-31"
    # 'the Jan. 14 deadline' is the nearest Jan. 14, whatever the verb says
    assert one("He gave no reason for the March 1 deadline.", "March 1", DCT_2024).value == "2024-03-01"


def test_possessive_weekday_is_past():
    text = "Lawyers said they would look for ways to get around Friday's ruling."
    assert one(text, "Friday", DCT_2024).value == "2024-02-16"


@pytest.mark.parametrize("text, phrase, kind, value, mod", [
    ("Farmers are paid for their 1986/87 crop.", "1986/87", "DATE", "1986/1987", None),
    ("Stocks were 270,212 tonnes at end-February 1986.", "end-February 1986", "DATE", "1986-02", "END"),
    ("The February load factor fell to 49 pct from 51 pct during the same month last year.",
     "the same month last year", "DATE", "1986-02", None),
    ("Miles declined for the two-month period.", "the two-month period", "DURATION", "P2M", None),
    ("It is not going to change for a couple of years.", "a couple of years", "DURATION", "P2Y", None),
])
def test_reuters_shorthand(text, phrase, kind, value, mod):
    timex = one(text, phrase, DCT_1987)
    assert (timex.type, timex.value, timex.mod) == (kind, value, mod)


def test_the_year():
    assert one("Net income for the year ended Sept. 30 rose.", "the year", DCT_1989).value == "P1Y"
    assert one("It will probably have a loss for the year.", "the year", DCT_1989).value == "1989"
    assert one("Sales for the full year rose 5%.", "the full year", DCT_1989).value == "1989"
    assert [t.text for t in tag_text("Sales fell in the year-ago quarter.", DCT_1989)] == ["the year-ago quarter"]


def test_names_and_discourse_markers_are_not_times():
    assert values("Carson hosted the Tonight Show for 30 years.", DCT_2024) == [("30 years", "DURATION", "P30Y")]
    assert values("Now, he says, it looks different.", DCT_2024) == []
    assert one("Today, the plan was dropped.", "Today", DCT_2024).value == "2024-02-20"


def test_time_takes_its_day_across_a_parenthesis():
    found = values("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", DCT_2024)
    assert ("10:35 a.m.", "TIME", "2024-02-16T10:35") in found
    assert ("Friday", "DATE", "2024-02-16") in found


# --- round 3: months naming a statistic's period, coordinated months ---------------------------

DCT_1987_MAR = date(1987, 3, 16)  # a Monday


@pytest.mark.parametrize("text, phrase, value", [
    # a capitalised 'March'/'May' right before a statistic noun is the month, not the verb
    ("The figures were weak. March exports totalled 1.4 billion dlrs.", "March", "1987-03"),
    ("It gave a year-on-year March inflation rate of 9.8 pct.", "March", "1987-03"),
    # 'for' before an ambiguous month, and a month coordinated with another month
    ("The inflation rate for May was 0.6 pct.", "May", "1986-05"),
    ("Prices rose 3.8 pct in both January and May.", "May", "1986-05"),
    # the period of a statistic is the nearest such month even in a future clause
    ("The deficit for February is expected to narrow to one billion dlrs.", "February", "1987-02"),
    ("Economists said the February trade figures will show a smaller deficit.", "February", "1987-02"),
])
def test_month_naming_a_statistic(text, phrase, value):
    timex = one(text, phrase, DCT_1987_MAR)
    assert (timex.type, timex.value) == ("DATE", value)


def test_ambiguous_month_still_a_verb():
    assert values("May the best team win.", DCT_1987_MAR) == []
    assert values("Workers will march to the capital.", DCT_1987_MAR) == []


def test_future_month_without_statistic_stays_future():
    assert one("The talks will resume in February.", "February", DCT_1987_MAR).value == "1988-02"


# --- round 3: Reuters shorthand, anaphoric named months, month ranges, 'the fall in' ------------

@pytest.mark.parametrize("text, phrase, value, mod", [
    ("The rate is expected to reach 32 by end-year, dealers said.", "end-year", "1987", "END"),
    ("Deliveries resume by mid-month.", "mid-month", "1987-03", "MID"),
    ("The economy will grow five pct this calendar year.", "this calendar year", "1987", None),
    ("The deficit for the 1986/87 fiscal year was 70 billion.", "the 1986/87 fiscal year", "1986/1987", None),
    ("Rates were at 6-1/2 pct at the beginning of 1987.", "the beginning of 1987", "1987", "START"),
])
def test_round3_reuters_shorthand(text, phrase, value, mod):
    timex = one(text, phrase, DCT_1987_MAR)
    assert (timex.type, timex.value, timex.mod) == ("DATE", value, mod)


def test_year_to_month_is_a_twelve_month_period():
    # 'the year to December' is the twelve months ending then (like 'the year ended'), not this year
    found = values("It rose 18.1 pct in the year to December.", DCT_1987_MAR)
    assert found == [("the year", "DURATION", "P1Y"), ("December", "DATE", "1986-12")]


def test_previous_named_month_counts_from_the_month_just_mentioned():
    text = "Lending rose 1.0 pct in January against the previous February rise of 1.7 pct."
    assert one(text, "previous February", DCT_1987_MAR).value == "1986-02"
    # with no date before it, from the publication date: the February before this month
    assert one("The index is above the previous February level.", "previous February",
               date(1987, 2, 10)).value == "1986-02"


@pytest.mark.parametrize("text, anchor, expected", [
    # a month range takes one year, the last month's
    ("Yonhap said the January-September surplus will exceed forecasts.", date(1987, 10, 19),
     [("January", "1987-01"), ("September", "1987-09")]),
    ("Rains fell between December and February, officials said.", date(1987, 3, 16),
     [("December", "1986-12"), ("February", "1987-02")]),
    ("The January-March 1987 surplus was small.", date(1987, 6, 1),
     [("January", "1987-01"), ("March 1987", "1987-03")]),
])
def test_month_range_takes_the_last_month_year(text, anchor, expected):
    assert [(t.text, t.value) for t in tag_text(text, anchor)] == expected


def test_the_fall_in_prices_is_no_season():
    assert values("It was aided by the delay between the fall in oil prices and wages.", DCT_1987_MAR) == []
    assert one("Talks resume in the fall in Geneva.", "the fall", DCT_1987_MAR).value == "1987-FA"


def test_month_list_is_no_range_but_shares_an_explicit_year():
    anchor = date(1987, 4, 6)
    found = [(t.text, t.value) for t in tag_text("Some 173,000 were unemployed in January and December.", anchor)]
    assert found == [("January", "1987-01"), ("December", "1986-12")]
    found = [(t.text, t.value) for t in tag_text("The shares were split in January and June 1986.", anchor)]
    assert found == [("January", "1986-01"), ("June 1986", "1986-06")]


def test_parenthesised_season_definition_is_left_alone():
    # the crop-year definition is not dated as a range: each month keeps its own resolution
    anchor = date(1987, 3, 31)
    ranged = one("Output in the 1986/87 (November-October) season fell.", "November", anchor)
    alone = one("Output in the 1986/87 (November) season fell.", "November", anchor)
    assert ranged.value == alone.value
