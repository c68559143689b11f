"""Events on short hand-written sentences: each type, each modality, dates from Timex records,
speech-act rules, actors with coreference, demonyms and capitals as metonyms."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipeline.extract import build_context, nlp
from pipeline.extract.entities import extract_entities
from pipeline.extract.events import extract_events, lexicon, speech, triggers
from pipeline.records import Article, Timex

DCT = datetime(2024, 2, 20, 9, 0, tzinfo=UTC)


def _timex(text: str, phrase: str, value: str, occurrence: int = 0) -> Timex:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Timex(start=start, end=start + len(phrase), text=phrase, type="DATE", value=value)


def _events(text: str, timexes=(), dct: datetime = DCT, dateline: str | None = None):
    article = Article(article_id="t", text=text, published_at=dct, dateline=dateline)
    ctx = build_context(article, nlp.load()(text))
    tx = tuple(_timex(text, *t) for t in timexes)
    return extract_events(ctx, tx, extract_entities(ctx))


def _codes(event):
    return (
        event.type,
        event.actor1.country if event.actor1 else None,
        event.actor2.country if event.actor2 else None,
    )


def _find(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} among {[(_codes(e), e.trigger.text) for e in events]}"
    return found[0]


# --- one sentence per type -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,dateline,expected",
    [
        ("Japan and Britain signed a securities agreement.", None, ("AGREE", "JPN", "GBR")),
        ("Russian Foreign Minister Sergei Lavrov met his Cuban counterpart Bruno Rodriguez.", None,
         ("CONSULT", "RUS", "CUB")),
        ("French President Emmanuel Macron praised Germany for its budget discipline.", None,
         ("SUPPORT", "FRA", "DEU")),
        ("Chrysler Corp sold its tank unit to Renault.", "DETROIT, March 9", ("COOPERATE", "USA", "FRA")),
        ("The World Bank loaned Uganda 13 mln dlrs.", None, ("AID", None, "UGA")),
        ("The United States lifted its sanctions against Cuba.", None, ("RETREAT", "USA", "CUB")),
        ("Treasury Secretary James Baker urged Japan to open its markets.", None, ("REQUEST", "USA", "JPN")),
        ("Brazil accused the United States of dumping wheat.", None, ("ACCUSE", "BRA", "USA")),
        ("Israel rejected the Egyptian proposal.", None, ("REJECT", "ISR", "EGY")),
        ("Iran threatened Kuwait with retaliation.", None, ("THREATEN", "IRN", "KWT")),
        ("Spanish dockers protested against the new labour law.", None, ("PROTEST", "ESP", None)),
        ("The European Community imposed sanctions on South Africa.", None, ("SANCTION", None, "ZAF")),
        ("Turkey deployed troops to the Syrian border.", None, ("MOBILIZE", "TUR", "SYR")),
        ("Cuban authorities arrested 17 people.", None, ("COERCE", "CUB", None)),
        ("Iraqi forces attacked Iranian oil platforms.", None, ("ASSAULT", "IRQ", "IRN")),
        ("Energy Secretary Donald Hodel said oil prices would rise.", "WASHINGTON, June 2",
         ("STATEMENT", "USA", None)),
    ],
)
def test_each_type(text, dateline, expected):
    events = _events(text, dateline=dateline)
    assert expected in [_codes(e) for e in events], [(_codes(e), e.trigger.text) for e in events]


# --- modality ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text,etype,modality",
    [
        ("Russian Foreign Minister Sergei Lavrov will visit Venezuela.", "CONSULT", "planned"),
        ("Russian Foreign Minister Sergei Lavrov is expected to meet Cuban President Miguel Diaz-Canel.",
         "CONSULT", "planned"),
        ("Turkish Foreign Minister Ali Bozer is to visit Brussels.", "CONSULT", "planned"),
        ("Cuba has never condemned the Russian invasion.", "ACCUSE", "negated"),
        ("Japan did not sign the agreement with Britain.", "AGREE", "negated"),
        ("Japan would impose sanctions on the United States if the talks failed.", "SANCTION", "hypothetical"),
        ("Japan could boycott American goods.", "SANCTION", "hypothetical"),
        ("Japan and Britain signed a securities agreement.", "AGREE", "asserted"),
    ],
)
def test_modality(text, etype, modality):
    assert _find(_events(text), etype).modality == modality


def test_withheld_statement_is_negated_and_dated_by_publication():
    ev = _find(_events("The Bundesbank did not comment.", dateline="FRANKFURT, March 27"), "STATEMENT")
    assert ev.modality == "negated"
    assert ev.actor1.country == "DEU"
    assert ev.date == "2024-02-20" and ev.date_text is None


# --- dates -------------------------------------------------------------------------------------

def test_governing_timex_gives_the_date():
    text = "Russian Foreign Minister Sergei Lavrov yesterday Monday in Havana railed against the US."
    ev = _find(_events(text, [("yesterday Monday", "2024-02-19")]), "ACCUSE")
    assert (ev.date, ev.precision, ev.date_text) == ("2024-02-19", "day", "yesterday Monday")
    assert ev.location is not None and ev.location.country == "CUB"
    assert _codes(ev) == ("ACCUSE", "RUS", "USA")


def test_a_calendar_name_modifying_another_noun_does_not_date_the_event():
    text = "The ministry will publish its 1988 budget on June 30."
    ev = _find(_events(text, [("1988", "1988"), ("June 30", "1987-06-30")], dct=datetime(1987, 6, 2, tzinfo=UTC)),
               "STATEMENT")
    assert (ev.date, ev.precision) == ("1987-06-30", "day")


def test_month_precision_and_metonym_capital():
    text = "Authorities in Havana announced in September the arrest of 17 people."
    ev = _find(_events(text, [("September", "2023-09")]), "COERCE")
    assert ev.actor1.country == "CUB"
    assert (ev.date, ev.precision) == ("2023-09", "month")


def test_planned_weekday_is_the_next_one():
    # The tagger resolved "Saturday" to the past one; a planned arrival is the coming Saturday.
    text = "Turkish Foreign Minister Ali Bozer will arrive in Brussels on Saturday."
    ev = _find(_events(text, [("Saturday", "2024-02-17")]), "CONSULT")
    assert ev.modality == "planned"
    assert ev.date == "2024-02-24"


def test_wire_speech_act_takes_the_publication_date_and_dateline():
    ev = _find(_events("Energy Secretary Donald Hodel said oil prices would rise.", dateline="WASHINGTON, June 2"),
               "STATEMENT")
    assert (ev.date, ev.precision, ev.date_text) == ("2024-02-20", "day", None)
    assert ev.location is not None and ev.location.text == "WASHINGTON"


def test_undated_action_is_unknown_never_the_publication_date():
    ev = _find(_events("Japan and Britain signed a securities agreement."), "AGREE")
    assert (ev.date, ev.precision, ev.date_text) == (None, "unknown", None)


def test_event_inside_a_dated_event_takes_its_date():
    text = "Cuban President Miguel Diaz-Canel visited Moscow in late 2022, where he met Vladimir Putin."
    events = _events(text, [("late 2022", "2022")])
    met = [e for e in events if e.trigger.text == "met"]
    assert met and _codes(met[0]) == ("CONSULT", "CUB", "RUS")
    assert (met[0].date, met[0].precision) == ("2022", "year")


# --- speech acts -------------------------------------------------------------------------------

def test_a_reported_deed_is_its_own_record_and_the_report_a_statement():
    # The deed is the record; the saying is a statement beside it (gold marks it attribution where
    # the deed is right, and it stands where the deed read into the content is not). "The ministry"
    # is the dateline country's on a tie of countries named.
    events = _events("Mexico signed the accord with Brazil, the ministry said.", dateline="MEXICO CITY, May 4")
    assert [_codes(e) for e in events] == [("AGREE", "MEX", "BRA"), ("STATEMENT", "MEX", None)]


def test_prescriptive_content_is_a_request_to_its_subject():
    events = _events("Treasury Secretary James Baker said Brazil should adopt a new economic plan.",
                     dateline="WASHINGTON, March 17")
    ev = _find(events, "REQUEST")
    assert _codes(ev) == ("REQUEST", "USA", "BRA")
    assert ev.date == "2024-02-20"
    assert not [e for e in events if e.type == "STATEMENT"]


def test_anonymous_sources_are_no_event():
    assert _events("The dollar slipped against the yen, dealers said.", dateline="TOKYO, April 1") == ()


def test_an_analyst_of_a_named_firm_speaks_for_its_side():
    text = "The mark will firm further, a senior economist at Deutsche Bank said. He said exports were weak."
    events = _events(text, dateline="LONDON, April 1")
    assert [_codes(e) for e in events] == [("STATEMENT", "DEU", None), ("STATEMENT", "DEU", None)]
    unplaced = "The mark will firm further, a senior economist in Frankfurt said."
    assert _events(unplaced, dateline="LONDON, April 1") == ()


# --- actors: coreference, demonyms, metonyms ----------------------------------------------------

def test_pronoun_takes_the_last_person_subject():
    text = ("Sergey Lavrov was also expected to meet Cuban President Miguel Diaz-Canel. "
            "He will then go to Venezuela.")
    ev = [e for e in _events(text) if e.trigger.text == "go"][0]
    assert _codes(ev) == ("CONSULT", "RUS", "VEN")


def test_possessive_visit_and_accent_insensitive_coreference():
    text = ("Cuban President Miguel Diaz-Canel spoke. "
            "Relations improved after President Díaz-Canel's visit to Moscow.")
    ev = _find(_events(text), "CONSULT")
    assert _codes(ev) == ("CONSULT", "CUB", "RUS")
    assert ev.location is not None and ev.location.text == "Moscow"


def test_capital_as_actor_and_soviet_era_code():
    events = _events("Moscow accused Washington of interference.", dct=datetime(1987, 4, 1, tzinfo=UTC))
    assert _codes(_find(events, "ACCUSE")) == ("ACCUSE", "SUN", "USA")


def test_compound_actors_of_different_countries_are_split():
    events = _events("The United States and Britain vetoed the resolution.")
    assert {_codes(e) for e in events if e.type == "REJECT"} == {("REJECT", "USA", None), ("REJECT", "GBR", None)}


def test_sentence_offsets_hold_the_trigger():
    text = "Japan and Britain signed a securities agreement. Brazil accused the United States of dumping."
    for ev in _events(text):
        assert ev.sentence.start <= ev.trigger.start < ev.sentence.end


# --- rules learnt on the dev sets ----------------------------------------------------------------

def test_they_after_anonymous_sources_is_no_event():
    text = "Several economists said the Fed would not act. They said rates would stay put."
    assert _events(text, dateline="NEW YORK, March 12") == ()


def test_declined_to_comment_is_a_withheld_statement_not_a_rejection():
    events = _events("Japan's Finance Ministry declined to comment.", dateline="TOKYO, April 8")
    assert [(_codes(e), e.modality) for e in events] == [(("STATEMENT", "JPN", None), "negated")]
    assert _events("Exports declined sharply, the ministry said.", dateline="TOKYO, April 8")[0].type == "STATEMENT"


def test_currency_purchases_are_market_operations():
    events = _events("The Bundesbank bought dollars against yen in concert with the Bank of France.")
    assert not [e for e in events if e.type == "COOPERATE"]


def test_dateline_region_places_unnamed_companies():
    events = _events("BMC Industries Inc said profits rose.", dateline="ST. PAUL, Minn., March 6")
    assert _codes(events[0]) == ("STATEMENT", "USA", None)


def test_reported_would_is_planned():
    text = "House Speaker Jim Wright said he would question President Reagan tomorrow."
    ev = _find(_events(text, [("tomorrow", "2024-02-21")], dateline="WASHINGTON, June 29"), "CONSULT")
    assert ev.modality == "planned" and ev.date == "2024-02-21"


def test_a_later_dated_report_does_not_date_the_saying():
    text = "The company said after April 3 the price of its warrants will return to two dlrs."
    ev = _find(_events(text, [("April 3", "2024-04-03")], dateline="NEW YORK, March 20"), "STATEMENT")
    assert ev.date == "2024-02-20" and ev.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Chrysler Corp sold the unit. Terms were not disclosed.",
        "Chrysler Corp sold the unit. Company officials were unavailable for comment.",
        "Chrysler Corp sold the unit. Company officials could not be reached for comment.",
        "Chrysler Corp sold the unit. Further terms were not immediately available.",
        "Chrysler Corp sold the unit. There was no immediate comment from Chrysler executives.",
        "Chrysler Corp sold the unit. Chrysler did not elaborate.",
    ],
)
def test_wire_withheld_statements(text):
    events = _events(text, dateline="DETROIT, March 9")
    withheld = [e for e in events if e.type == "STATEMENT"]
    assert [(e.actor1.country, e.modality, e.date) for e in withheld] == [("USA", "negated", "2024-02-20")]


def test_requested_act_is_content_not_an_event():
    events = _events("The Seoul government wants Tokyo to ease import restrictions.", dateline="SEOUL, March 17")
    assert [_codes(e) for e in events] == [("REQUEST", "KOR", "JPN")]


def test_dated_lede_act_dates_later_reports_but_a_dated_lede_report_does_not():
    text = ("Russian Foreign Minister Sergei Lavrov yesterday railed against the US. "
            "He said the West wanted hegemony.")
    said = _find(_events(text, [("yesterday", "2024-02-19")]), "STATEMENT")
    assert said.date == "2024-02-19" and said.date_text == "yesterday"
    text = "Energy Secretary Donald Hodel said on Friday that oil prices would rise. He said demand was strong."
    events = _events(text, [("Friday", "2024-02-16")], dateline="WASHINGTON, Feb 20")
    assert [e.date for e in events if e.type == "STATEMENT"] == ["2024-02-16", "2024-02-20"]


def test_passive_agent_acts_and_asked_participle_is_no_request():
    text = "Thousands died when the German liner was torpedoed by a Soviet submarine."
    ev = _find(_events(text, dct=datetime(1987, 3, 7, tzinfo=UTC)), "ASSAULT")
    assert _codes(ev) == ("ASSAULT", "SUN", "DEU")
    text = "Asked to comment on the dollar, Finance Minister Kiichi Miyazawa said rates were stable."
    events = _events(text, dateline="TOKYO, March 13")
    assert [_codes(e) for e in events] == [("STATEMENT", "JPN", None)]


# --- round 2: implied counterparts, conditional promises, conditions ----------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        # the party of another country inside what is agreed / pledged
        ("Japan has pledged to try to increase its purchase of U.S. car parts, the ministry said.",
         ("AGREE", "JPN", "USA")),
        ("Washington agreed to forego antidumping duties on Japanese semiconductors.", ("AGREE", "USA", "JPN")),
        # an aid noun's recipient in the purpose clause of its verb
        ("The International Monetary Fund said it approved a 48 mln dlr loan to assist Ecuador.",
         ("AID", None, "ECU")),
        # the indirect object of a giving verb whose object is the aid noun; a modal "will" before a
        # light verb's object is the act planned, not a forecast of what another must do
        ("The Asian Development Bank said it will provide Nepal a 30 mln dlr loan for irrigation.",
         ("AID", None, "NPL")),
    ],
)
def test_implied_counterpart_inside_the_complement(text, expected):
    events = _events(text)
    assert expected in [_codes(e) for e in events], [(_codes(e), e.trigger.text) for e in events]


def test_no_counterpart_when_the_complement_names_only_the_actor_itself():
    events = _events("Japan agreed to try to devise a way to monitor Japanese orders.")
    agree = _find(events, "AGREE")
    assert agree.actor2 is None


def test_conditional_promise_is_agree_toward_the_awaited_party_and_its_condition_no_event():
    text = ("A British High Commission spokesman said Britain would put eight mln stg into the auction "
            "as soon as Zambia reached a full agreement with the IMF.")
    events = _events(text, dateline="LUSAKA, April 13")
    assert [_codes(e) for e in events] == [("AGREE", "GBR", "ZMB")]
    assert events[0].trigger.text == "said" and events[0].modality == "asserted"


def test_a_sanction_to_be_undone_on_a_condition_is_a_promise():
    text = ("Commerce Department officials said the tariffs would be ended as soon as Brazil started "
            "honoring the accord.")
    events = _events(text, dateline="WASHINGTON, April 13")
    assert [_codes(e) for e in events if e.trigger.text == "said"] == [("AGREE", "USA", "BRA")]


def test_a_conditional_forecast_is_no_promise():
    text = "The bank said that if interest is not paid on its Brazilian loans, its profits will be cut."
    events = _events(text, dateline="MINNEAPOLIS, April 9")
    assert [_codes(e) for e in events] == [("STATEMENT", "USA", None)]


def test_must_asks_a_named_party_to_act_but_not_a_passive_or_a_pronoun():
    text = "Dutch Finance Minister Onno Ruding said Belgium must cut its budget deficit faster."
    assert _codes(_find(_events(text, dateline="THE HAGUE, May 4"), "REQUEST")) == ("REQUEST", "NLD", "BEL")
    for text in ("Ruding said the accord must be approved by parliament.",
                 "Ruding said there must be more coordination.",
                 "Ruding said they must cut the deficit."):
        assert [e.type for e in _events(text, dateline="THE HAGUE, May 4")] == ["STATEMENT"], text


def test_a_report_whose_object_carries_the_clause_is_a_statement():
    for text in ("Finance Minister Michael Wilson repeated earlier assurances that the budget would be balanced.",
                 "Bank of Canada officials have expressed doubts that the rate cut would last."):
        assert [_codes(e) for e in _events(text, dateline="OTTAWA, May 4")] == [("STATEMENT", "CAN", None)], text
    # a plain object is no report
    assert _events("Wilson repeated the figures.", dateline="OTTAWA, May 4") == ()


def test_relying_on_a_party_to_act_asks_it_to():
    text = "Canadian officials said Ottawa was counting on Washington to withdraw the lumber duty."
    assert _codes(_find(_events(text, dateline="OTTAWA, May 4"), "REQUEST")) == ("REQUEST", "CAN", "USA")
    text = "Wilson said Canada would not be able to look to Washington to cut the duty."
    assert not [e for e in _events(text, dateline="OTTAWA, May 4") if e.type == "REQUEST"]


def test_hoping_another_party_will_act_is_a_statement():
    text = "Australian Trade Minister John Dawkins said he hoped Japan would ease its beef quotas."
    codes = [_codes(e) for e in _events(text, dateline="CANBERRA, May 4")]
    assert ("STATEMENT", "AUS", None) in codes and not [c for c in codes if c[0] == "REQUEST"], codes


def test_we_should_is_no_request():
    events = _events('"We should pay attention to the lack of conditionality," Baker said.')
    assert [_codes(e)[0] for e in events] == ["STATEMENT"]


def test_the_spokesman_is_the_earlier_spokesman():
    text = ("A British High Commission spokesman said Britain would give aid. "
            "The money could be spent only on British goods, the spokesman added.")
    events = _events(text, dateline="LUSAKA, April 13")
    added = next(e for e in events if e.trigger.text == "added")
    assert added.actor1.country == "GBR"


def test_a_warning_about_what_another_party_may_do_is_a_statement():
    text = "The USX chairman warned that European trading partners may resist the turn in the U.S. trade deficit."
    events = _events(text, dateline="HOUSTON, March 26")
    assert [_codes(e) for e in events] == [("STATEMENT", "USA", None)]


def test_a_warning_of_the_speakers_own_act_stays_a_threat():
    events = _events("Japan warned that it would retaliate against the United States.")
    assert _find(events, "THREATEN").actor1.country == "JPN"


def test_a_dated_report_dates_every_report_of_its_author():
    dct = datetime(1987, 3, 3, 9, 0, tzinfo=UTC)
    text = ("There was no winterkill in Yugoslavian wheat, the U.S. Agriculture Department's counselor "
            "in Belgrade said in a field report. The report, dated February 26, said there is evidence "
            "of delayed germination. Warm weather will help the crop, it said. "
            "The report said all farmers were optimistic.")
    events = _events(text, timexes=[("February 26", "1987-02-26")], dct=dct, dateline="WASHINGTON, March 3")
    said = [e for e in events if e.type == "STATEMENT"]
    assert [(e.actor1.country, e.date) for e in said] == [("USA", "1987-02-26")] * 4


def test_an_undated_report_is_no_speaker():
    events = _events("The report said all farmers were optimistic.", dateline="WASHINGTON, March 3")
    assert events == ()


def test_tender_winners_take_the_awarder_as_counterpart_and_the_awardees_country():
    dct = datetime(1987, 3, 10, 9, 0, tzinfo=UTC)
    text = ("The joint committee of Taiwan's maize importers awarded contracts to five U.S. Companies to supply "
            "462,000 tonnes of maize, a committee spokesman said. Cigra Inc won a contract for a cargo of "
            "56,000 tonnes for delivery on July 5. Continental Grain Co of New York received three shipments. "
            "United Grain Corp of Oregon won three contracts to supply 93,000 tonnes.")
    events = _events(text, timexes=[("July 5", "1987-07-05")], dct=dct, dateline="TAIPEI, March 10")
    coop = [(e.trigger.text, *_codes(e)[1:], e.date) for e in events if e.type == "COOPERATE"]
    assert coop == [
        ("awarded", "TWN", "USA", None),
        ("won", "USA", "TWN", None),  # the delivery date is not the award's
        ("received", "USA", "TWN", None),
        ("won", "USA", "TWN", None),  # "to supply" is what the contracts are for
    ]


def test_a_win_with_no_award_in_the_article_has_no_counterpart():
    events = _events("Cigra Inc won a contract for a cargo of 56,000 tonnes.", dateline="TAIPEI, March 10")
    assert not [e for e in events if e.type == "COOPERATE"]


@pytest.mark.parametrize(
    "text",
    [
        '"Steps must be taken to reverse the downturn in our energy industry," Herrington said.',
        '"He hasn\'t bought any more stock or sold any," Roderick said.',
        "USX chairman David Roderick said USX also did not plan to sell any of its interest in the field.",
        "The department said the guarantees increase the program for sales of U.S. products to Algeria.",
    ],
)
def test_no_typed_event_only_the_report(text):
    events = _events(text, dateline="HOUSTON, March 26")
    assert [e.type for e in events] == ["STATEMENT"], [(_codes(e), e.trigger.text) for e in events]


def test_a_subject_noun_is_not_made_by_what_acts_on_it():
    text = ("The domestic call for participation was reinforced by the launch of a session by the "
            "Chicago Board of Trade.")
    events = _events(text, dateline="TOKYO, April 17")
    assert not [e for e in events if e.type == "REQUEST"]


def test_a_reversed_measure_is_a_retreat():
    events = _events("The United States reversed its decision on Japanese microchips.")
    assert _find(events, "RETREAT").actor1.country == "USA"


def test_what_a_vetoed_resolution_would_do_is_its_content():
    text = ("The United States and Britain vetoed a Security Council resolution to impose mandatory sanctions "
            "against South Africa.")
    events = _events(text)
    assert sorted(_codes(e) for e in events) == [("REJECT", "GBR", None), ("REJECT", "USA", None)]


def test_giving_a_breakdown_is_a_statement():
    events = _events("The U.S. Agriculture Department gave the 1986/87 breakdown of supply and distribution for wheat.")
    assert [_codes(e) for e in events] == [("STATEMENT", "USA", None)]


def test_no_one_available_at_a_body_for_comment_is_its_withheld_statement():
    text = "No one was immediately available at the Commerce Department for comment on the Washington Post report."
    events = _events(text, dateline="WASHINGTON, April 17")
    assert [(_codes(e), e.modality) for e in events] == [(("STATEMENT", "USA", None), "negated")]


def test_agreement_between_companies_of_one_country_takes_the_other_company():
    text = ("McLean Industries Inc's United States Lines Inc subsidiary said it has agreed in principle to transfer "
            "its South American service by arranging for the transfer of certain assets to American Transport "
            "Lines Inc.")
    events = _events(text, dateline="CRANFORD, N.J., March 2")
    assert ("AGREE", "USA", "USA") in [_codes(e) for e in events], [(_codes(e), e.trigger.text) for e in events]


def test_blind2_rules():
    # a statistic on an event noun is no event
    events = _events("Loans and advances from the Dutch Central Bank to the commercial banks fell 1.01 billion "
                     "guilders in the week.", dateline="AMSTERDAM, March 31")
    assert events == ()
    # withheld details: the company implied; a planned agreement; a buyer placed by its possessor
    text = ("French state-owned aluminium and special metals group Pechiney <PUKG.PA> is planning to sell 25 pct "
            "of a Canadian aluminium plant at Becancour to the U.S.'s Reynolds Metals Co <RLM.N> over the coming "
            "weeks, the company said. Pechiney currently holds a majority 50.1 pct stake in the plant. The company "
            "also said it planned an agreement soon with Italy's <La Metalli Industriale>, a 57 pct owned "
            "subsidiary of <Societa Metallurgica Italiana> related to cupreous products. "
            "No further details were available.")
    events = _events(text, dateline="PARIS, April 29")
    got = [(_codes(e), e.modality) for e in events]
    assert (("COOPERATE", "FRA", "USA"), "planned") in got, got
    assert (("AGREE", "FRA", "ITA"), "planned") in got, got
    assert (("STATEMENT", "FRA", None), "negated") in got, got


# --- round 3 (prompted by own_blind3's first run) --------------------------------------------

def test_unable_to_say_is_a_withheld_statement():
    events = _events("A Karlsruhe water authority spokesman said the cranes could not start. "
                     "He was unable to say when the operation might begin.", dateline="BONN, June 19")
    assert _find(events, "STATEMENT").modality == "asserted"
    assert any(e.trigger.text == "say" and e.modality == "negated" for e in events)


def test_a_vote_to_strike_is_planned_and_its_month_day_is_the_next_one():
    text = "About 5,000 bank workers voted to strike on March 24."
    dct = datetime(1987, 3, 16, 9, 0, tzinfo=UTC)
    ev = _find(_events(text, timexes=[("March 24", "1986-03-24")], dct=dct, dateline="CAMPINAS, Brazil, March 16"),
               "PROTEST")
    assert ev.modality == "planned"
    assert ev.date == "1987-03-24"


def test_a_season_is_kept_at_its_year():
    text = "Canadian seafarers are almost certain to go on strike this spring, a union official said."
    dct = datetime(1987, 3, 2, 9, 0, tzinfo=UTC)
    ev = _find(_events(text, timexes=[("this spring", "1987-SP")], dct=dct, dateline="MONTREAL, March 2"), "PROTEST")
    assert ev.modality == "planned"
    assert ev.date == "1987" and ev.precision == "year"


def test_meeting_a_demand_or_releasing_details_is_no_event():
    events = _events("The union refused to meet rollbacks in wages. The department refused to release details "
                     "of his travel itinerary.", dateline="MONTREAL, March 2")
    assert not any(e.type in {"CONSULT", "RETREAT"} for e in events)
    # releasing guidelines or forecasts is publishing them: the saying is the record
    events = _events("The ministry will soon release its import guidelines for the third quarter, Miyazawa said.",
                     dateline="TOKYO, March 2")
    assert [e.type for e in events] == ["STATEMENT"]


def test_reaffirm_and_describe_report():
    events = _events("The Treasury described the meeting as very positive. The Bundesbank reaffirmed that "
                     "rates reflect fundamentals.", dateline="WASHINGTON, Oct 19")
    assert {e.trigger.text for e in events if e.type == "STATEMENT"} >= {"described", "reaffirmed"}


def test_a_promise_if_necessary_is_no_conditional_promise():
    events = _events("Sumita said the Bank of Japan will take adequate measures, if necessary.",
                     dateline="TOKYO, March 24")
    assert not any(e.type == "AGREE" for e in events)


def test_a_place_of_agreement_is_not_its_counterpart():
    events = _events("The six Japanese banks agreed in Paris to cut rates.", dateline="TOKYO, March 24")
    assert not any(e.type == "AGREE" and e.actor2 is not None and e.actor2.country == "FRA" for e in events)


def test_coordinated_verbs_share_the_later_object():
    ev = _find(_events("Washington said four American frigates shelled and destroyed two Iranian platforms.",
                       dateline="NICOSIA, Oct 19"), "ASSAULT")
    assert _codes(ev) == ("ASSAULT", "USA", "IRN")


def test_an_object_pronoun_is_not_its_own_clause_subject():
    ev = _find(_events("Iran said its platforms were damaged. U.S. warships bombarded them on Monday.",
                       dateline="NICOSIA, Oct 19"), "ASSAULT")
    assert ev.actor1.country == "USA" and ev.actor2 is not None and ev.actor2.country != "USA"


def test_an_agreement_conjoined_to_a_meeting_is_with_the_party_met():
    events = _events("U.S. Treasury Secretary James Baker met West German Finance Minister Gerhard Stoltenberg "
                     "today and agreed to support the Louvre pact, the Treasury said.", dateline="WASHINGTON, Oct 19")
    assert _codes(_find(events, "AGREE")) == ("AGREE", "USA", "DEU")


def test_a_denial_answers_the_latest_other_party():
    events = _events("The U.S. said Iranians used the platforms for military purposes. Iranian President Ali "
                     "Khamenei denied that the platforms had military gear.", dateline="NICOSIA, Oct 19")
    assert _codes(_find(events, "REJECT")) == ("REJECT", "IRN", "USA")


def test_a_time_of_a_meeting_ahead_does_not_date_the_saying():
    text = "Subroto said at Opec's next meeting in Vienna in June members will face a choice."
    dct = datetime(1987, 4, 6, 9, 0, tzinfo=UTC)
    ev = _find(_events(text, timexes=[("June", "1986-06")], dct=dct, dateline="JAKARTA, April 6"), "STATEMENT")
    assert ev.date == "1987-04-06"


def test_three_or_more_countries_acting_together_are_a_group():
    events = _events("Canada, Britain, France, Japan, the U.S. and West Germany agreed to cooperate in "
                     "stabilising exchange rates.", dateline="TOKYO, March 24")
    agree = [e for e in events if e.type == "AGREE"]
    assert len(agree) == 1 and agree[0].actor1.country is None


def test_a_list_of_governments_with_an_unplaced_body_among_them_is_a_group():
    events = _events("The leaders of the G-5, the United States, Britain, Canada and France, are expected to "
                     "discuss ways of improving policy coordination in Venice.")
    consult = [_codes(e) for e in events if e.type == "CONSULT"]
    assert len(consult) == 1 and consult[0][1] is None, consult


# --- not events: natural forces, sectors told what must happen, targets one "meets" ----------

def test_weather_is_no_actor():
    events = _events("Floods and strong winds in southern Chile killed 12 people, the government said.")
    assert not [e for e in events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Canadian farmers will have to cut their acreage this year, the Wheat Board chairman said.",
        "Steelmakers should close more plants, the German steel federation said.",
    ],
)
def test_necessity_for_a_sector_is_an_assessment(text):
    events = _events(text)
    assert [e.type for e in events] == ["STATEMENT"]


def test_prescription_for_a_country_stays_a_request():
    events = _events("Treasury Secretary James Baker said Japan should open its markets.")
    assert _codes(_find(events, "REQUEST")) == ("REQUEST", "USA", "JPN")


def test_meeting_a_target_is_no_meeting():
    events = _events("Thailand did not meet a planned increase in rice output, the ministry said.")
    assert not [e for e in events if e.type == "CONSULT"]


# --- accusatory content, trade cut-offs, telling an audience ----------------------------------

@pytest.mark.parametrize(
    "text,expected",
    [
        ("The spokesman said Brazil had failed to honour the coffee agreement.", ("ACCUSE", None, "BRA")),
        ("Trade Representative Clayton Yeutter said Japan has not opened its market to U.S. rice.",
         ("ACCUSE", "USA", "JPN")),
        ("The Canadian minister said Ottawa was forced to act because France had violated the fishing accord.",
         ("ACCUSE", "CAN", "FRA")),
    ],
)
def test_accusatory_content_is_an_accusation(text, expected):
    event = _find(_events(text), "ACCUSE")
    assert _codes(event)[0] == "ACCUSE" and _codes(event)[2] == expected[2]
    if expected[1] is not None:
        assert _codes(event) == expected


def test_own_failure_is_no_accusation():
    events = _events("Finance Minister Kiichi Miyazawa said Japan had failed to meet its growth target.")
    assert not [e for e in events if e.type == "ACCUSE"]


def test_stopping_exports_to_a_country_is_a_sanction():
    event = _find(_events("Three Japanese carmakers will stop exports to Iran, the companies said."), "SANCTION")
    assert _codes(event) == ("SANCTION", "JPN", "IRN") and event.modality == "planned"


def test_engaging_a_firm_is_cooperation_but_appointing_a_person_is_no_event():
    text = "Qantas Airways said it had hired Morgan Stanley Inc to advise on the sale of its hotel unit."
    assert _codes(_find(_events(text, dateline="SYDNEY, May 4"), "COOPERATE")) == ("COOPERATE", "AUS", "USA")
    person = "Qantas Airways said it had appointed a new finance director."
    assert [e.type for e in _events(person, dateline="SYDNEY, May 4")] == ["STATEMENT"]


def test_cancelling_a_deal_with_a_country_is_a_sanction():
    text = "The Indian state trading corporation cancelled a wheat order from Australia after quality complaints."
    assert _codes(_find(_events(text, dateline="NEW DELHI, May 4"), "SANCTION")) == ("SANCTION", "IND", "AUS")


def test_stopping_exports_with_no_target_is_no_sanction():
    events = _events("Saudi Arabia will halt exports of light crude for two weeks, the ministry said.")
    assert not [e for e in events if e.type == "SANCTION"]


def test_telling_a_meeting_is_a_statement():
    events = _events("Canadian Finance Minister Michael Wilson told the annual meeting of the IMF that Canada would "
                     "cut spending.")
    assert _codes(_find(events, "STATEMENT"))[:2] == ("STATEMENT", "CAN")


# --- round 4: sanctions named by their target, relayed telling, demanded acts, glosses ---------

def test_sanctions_named_by_their_target_take_the_party_asked_to_lift_them():
    text = ("Canadian Trade Minister Pat Carney urged U.S. Commerce Secretary Malcolm Baldrige to remove the "
            "duties imposed against Canada.")
    assert _codes(_find(_events(text), "SANCTION")) == ("SANCTION", "USA", "CAN")


def test_tariffs_imposed_last_friday_are_dated_by_their_participle():
    text = "The United States will lift the tariffs imposed against Brazil last Friday once the accord is signed."
    event = _find(_events(text, timexes=[("last Friday", "2024-02-16")]), "SANCTION")
    assert _codes(event) == ("SANCTION", "USA", "BRA") and event.date == "2024-02-16"
    assert event.modality == "asserted"


def test_quoted_as_telling_is_an_undated_statement():
    events = _events("Progress will be slow, U.S. Commerce Secretary Malcolm Baldrige was quoted as telling Nakasone.")
    event = _find(events, "STATEMENT")
    assert _codes(event)[:2] == ("STATEMENT", "USA") and event.date is None


def test_needing_action_from_a_party_is_a_request_to_it():
    text = "U.S. Trade Representative Clayton Yeutter said the United States needed action from Japan to boost imports."
    assert _codes(_find(_events(text), "REQUEST")) == ("REQUEST", "USA", "JPN")


def test_needing_money_is_no_request():
    text = "Ecuador needs 120 mln dlrs to repair its pipeline, Energy Minister Javier Espinosa said."
    assert not [e for e in _events(text) if e.type == "REQUEST"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Iraq said its troops repelled an Iranian attack east of Basra.", "ASSAULT"),
        ("Foreign Minister Rafael Garcia Velasco summoned the Peruvian ambassador.", "CONSULT"),
    ],
)
def test_repelling_and_summoning(text, expected):
    _find(_events(text), expected)


def test_a_gloss_after_a_dash_is_not_the_target():
    text = ('Iraqi warplanes attacked a large "naval target" -- Baghdad\'s term for a tanker -- in the Gulf, '
            "an Iraqi military spokesman said.")
    event = _find(_events(text), "ASSAULT")
    assert _codes(event)[:2] == ("ASSAULT", "IRQ") and _codes(event)[2] != "IRQ"


def test_a_possessive_time_is_not_the_owner_of_an_attack():
    events = _events("Iran said several people were injured in Monday's U.S. attack on an Iranian oil platform.",
                     timexes=[("Monday", "2024-02-19")])
    assert ("ASSAULT", "USA", "IRN") in [_codes(e) for e in events]


def test_a_relative_clause_that_reports_a_clause_is_a_statement():
    text = ("Canadian shipowners want fewer crew, a move which the Canadian seamen's union said would cost "
            "400 jobs.")
    assert ("STATEMENT", "CAN", None) in [_codes(e) for e in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Satoshi Sumita told parliament that credit conditions had been eased by the rate cuts.",
        "Toyota Motor Corp said it lifted output by five pct in March.",
    ],
)
def test_easing_money_or_lifting_output_is_no_retreat(text):
    assert not [e for e in _events(text) if e.type == "RETREAT"]


def test_defending_a_measure_is_a_statement_beside_the_measure():
    text = "White House spokesman Marlin Fitzwater defended the new tariffs against Japan."
    codes = [_codes(e) for e in _events(text)]
    assert ("STATEMENT", "USA", None) in codes and ("SANCTION", "USA", "JPN") in codes


def test_the_company_is_the_subject_company_not_the_last_one_named():
    text = ("Swedish engineering group Atlas Copco plans to sell its Brazilian foundry to the U.S.'s Ingersoll "
            "Rand Co, the company said. No further details were available.")
    events = _events(text, dateline="STOCKHOLM, April 29")
    withheld = next(e for e in events if e.modality == "negated")
    assert _codes(withheld) == ("STATEMENT", "SWE", None)


def test_the_company_in_a_later_sentence_is_the_story_company():
    text = ("Borg-Warner Corp said it agreed to sell its Ferro Chemicals unit to Akzo NV of the Netherlands. "
            "The Ferro unit, based in Rotterdam, the Netherlands, had sales of 90 mln dlrs, the company said.")
    events = _events(text, dateline="CHICAGO, March 25")
    last = [e for e in events if e.type == "STATEMENT"][-1]
    assert _codes(last) == ("STATEMENT", "USA", None)


def test_talks_held_in_the_hosts_capital_put_the_visitor_first():
    text = "The Japanese Finance Ministry said it plans to hold formal financial talks with France in Tokyo."
    assert ("CONSULT", "FRA", "JPN") in [_codes(e) for e in _events(text)]


def test_calling_a_claim_false_is_a_denial():
    text = ("Traders said Malaysia had stopped palm oil sales. A Malaysian Ministry of Trade official said this "
            "was incorrect.")
    assert [e.type for e in _events(text)][-1] == "REJECT"


def test_confirming_a_commitment_is_a_promise():
    text = "West German banks confirmed their pledge to provide fresh credit to Mexico."
    assert ("AGREE", "DEU", "MEX") in [_codes(e) for e in _events(text)]


def test_saying_another_party_hampered_you_is_an_accusation():
    text = ("Canadian Trade Minister Pat Carney said U.S. protectionist policies have severely hampered "
            "Canadian lumber exports.")
    assert ("ACCUSE", "CAN", "USA") in [_codes(e) for e in _events(text)]


def test_a_surname_ner_missed_is_the_person_named_in_full_before():
    text = ("Jorge Fernandez Castillo, head of an Organization of American States panel, said the quotas "
            "would hurt the region. Fernandez said the region needs markets.")
    events = _events(text, dateline="WASHINGTON, June 19")
    assert [_codes(e) for e in events if e.type == "STATEMENT"][-1] == ("STATEMENT", None, None)


def test_both_sides_are_the_two_countries_named_before():
    text = ("The United States and Canada have been holding talks on a free trade pact. Both sides have said an "
            "agreement is likely.")
    codes = [_codes(e) for e in _events(text)]
    assert ("STATEMENT", "USA", None) in codes and ("STATEMENT", "CAN", None) in codes


@pytest.mark.parametrize(
    "text",
    [
        "West Germany's trade surpluses should narrow sharply this year, the Bundesbank said.",
        "Chancellor of the Exchequer Nigel Lawson said some countries might have to cut interest rates.",
        "European countries did not want the yen to weaken against their currencies, Italian officials said.",
    ],
)
def test_forecasts_of_figures_and_possible_necessity_are_no_requests(text):
    assert not [e for e in _events(text) if e.type == "REQUEST"]


def test_reporting_ones_own_side_firing_is_no_accusation():
    text = ("U.S. Defense Secretary Caspar Weinberger told a news conference that four U.S. destroyers fired "
            "1,000 rounds at an Iranian oil rig.")
    assert not [e for e in _events(text) if e.type == "ACCUSE"]


def test_saying_the_other_side_fired_is_an_accusation():
    text = "The U.S. Defense Department said Iranian gunboats had fired on an American helicopter."
    assert ("ACCUSE", "USA", "IRN") in [_codes(e) for e in _events(text)]


def test_what_is_sold_is_not_the_counterpart():
    text = "Borg-Warner Corp announced in December that it planned to sell its Acme Chemicals unit."
    events = _events(text, timexes=[("in December", "2023-12")], dateline="CHICAGO, March 25")
    assert [(_codes(e), e.date) for e in events] == [(("STATEMENT", "USA", None), "2023-12")]


def test_selling_to_a_named_buyer_stays_an_exchange():
    text = "Allied-Signal Inc said it will sell its Linotype unit to Commerzbank AG of West Germany."
    events = _events(text, dateline="MORRIS TOWNSHIP, N.J., March 25")
    assert ("COOPERATE", "USA", "DEU") in [_codes(e) for e in events]


def test_a_currency_named_by_a_country_is_no_party():
    text = "Hyundai Engineering Co of South Korea has signed a 48 mln U.S. Dlr financing package."
    assert ("AGREE", "KOR", None) in [_codes(e) for e in _events(text)]


def test_defending_a_currency_is_no_statement():
    text = ("Asked whether central banks would intervene to defend currencies, West German Finance Minister "
            "Gerhard Stoltenberg said he could not rule it out.")
    assert [e.trigger.text for e in _events(text)] == ["said"]


def test_a_loan_received_from_a_lender_is_the_lenders_aid():
    text = ("Thailand has received a 150 mln dlr credit from the Japanese Export-Import Bank, Thai Finance "
            "Minister Suthee Singhasaneh said.")
    assert ("AID", "JPN", "THA") in [_codes(e) for e in _events(text, dateline="BANGKOK, April 27")]


def test_a_programme_named_in_the_phrase_does_not_place_a_group():
    text = ("U.S. exporters may sell 90,000 tonnes of barley to Gulf countries under the Export Enhancement "
            "Program, the Agriculture Department said.")
    assert ("COOPERATE", "USA", "USA") not in [_codes(e) for e in _events(text, dateline="WASHINGTON, April 2")]


def test_complaining_to_a_party_about_a_passive_victim_accuses_the_party():
    text = "U.S. officials have complained to Japan that American firms are being squeezed out of the project."
    assert ("ACCUSE", "USA", "JPN") in [_codes(e) for e in _events(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("U.S. officials threatened to restrict Japanese construction firms.", ("THREATEN", "USA", "JPN")),
        ("The Saudis refused to accept credit guarantees from the Bank of Brazil.", ("REJECT", "SAU", "BRA")),
    ],
)
def test_a_threatened_or_refused_act_names_the_party(text, expected):
    assert expected in [_codes(e) for e in _events(text)]


def test_a_group_meeting_in_a_capital_has_no_host_and_a_city_summit_no_owner():
    text = "This week's Group of Seven meeting in Washington will verify an accord reached at the Tokyo summit."
    codes = [_codes(e) for e in _events(text)]
    assert ("CONSULT", None, "USA") not in codes and ("CONSULT", "JPN", "USA") not in codes


def test_informing_creditors_of_a_missed_repayment_is_a_statement():
    text = "Peru notified its creditor banks in May that it could not meet its remaining interest repayments."
    events = _events(text, timexes=[("in May", "2023-05")])
    assert [(_codes(e), e.date) for e in events] == [(("STATEMENT", "PER", None), "2023-05")]


def test_a_statement_released_after_a_meeting_is_no_release():
    text = "Stoltenberg referred to a statement released after Monday's meeting with U.S. Treasury Secretary Baker."
    assert not [e for e in _events(text) if e.type == "RETREAT"]


def test_an_agreement_secured_is_an_agreement():
    text = "Iraq has secured agreement from Japan to defer payments on a 500 mln dlr loan."
    assert [_codes(e) for e in _events(text) if e.type == "AGREE"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("U.S. Treasury Secretary James Baker said the West German rate rise was not in keeping with the accords.",
         ("ACCUSE", "USA", "DEU")),
        ("Canadian Trade Minister Pat Carney said the U.S. duty on lumber was unjustified.", ("ACCUSE", "CAN", "USA")),
    ],
)
def test_judging_another_partys_act_blameworthy_is_an_accusation(text, expected):
    assert expected in [_codes(e) for e in _events(text)]


def test_boycotting_a_meeting_is_a_refusal_and_its_city_no_party():
    codes = [_codes(e) for e in _events("Italy boycotted the Paris meeting of its Group of Seven partners.")]
    assert ("REJECT", "ITA", "FRA") not in codes and codes and codes[0][:2] == ("REJECT", "ITA")


def test_saying_ones_side_will_not_change_its_stance_is_a_refusal():
    text = "Finance Minister Tomas Mendoza said Chile would not alter its copper policy despite the pressure."
    assert [_codes(e) for e in _events(text, dateline="SANTIAGO, May 4")] == [("REJECT", "CHL", None)]
    # a figure that will not change is no refusal
    text = "Finance Minister Tomas Mendoza said the copper price would not change."
    assert [_codes(e) for e in _events(text, dateline="SANTIAGO, May 4")] == [("STATEMENT", "CHL", None)]


def test_refusing_comment_is_a_withheld_statement():
    events = _events("A U.S. Treasury Department spokesman refused comment on the remarks.")
    assert [(e.type, e.modality) for e in events] == [("STATEMENT", "negated")]


def test_not_out_of_line_is_no_accusation():
    text = "Zimbabwe's Grain Marketing Board said the USDA forecast was not out of line with local estimates."
    assert not [e for e in _events(text) if e.type == "ACCUSE"]


def test_a_governments_protest_is_a_complaint():
    text = "Spain today protested over Morocco's decision to seize two Spanish trawlers."
    assert ("ACCUSE", "ESP", "MAR") in [_codes(e) for e in _events(text)]


def test_the_minister_is_the_minister_named_before():
    text = ("French Finance Minister Edouard Balladur spoke in Milan. U.S. Treasury Secretary James Baker was "
            "not there. In an earlier speech, the minister said interest rates would fall.")
    assert [_codes(e) for e in _events(text, dateline="MILAN, April 27")][-1] == ("STATEMENT", "FRA", None)


def test_asking_each_country_is_a_request_to_a_group():
    text = "French Finance Minister Edouard Balladur said each country has to fulfil its commitments."
    assert ("REQUEST", "FRA", None) in [_codes(e) for e in _events(text)]


def test_seven_countries_reaffirming_a_city_accord_is_a_group_agreement():
    text = ("Finance ministers of the U.S., Japan, West Germany, France, Italy, Britain and Canada reaffirmed an "
            "earlier Paris accord.")
    assert ("AGREE", None, None) in [_codes(e) for e in _events(text)]


def test_describing_anothers_act_as_unjustified_is_an_accusation_and_on_is_the_verbs():
    text = ('A Spanish foreign ministry statement described the move by Morocco as "unjustified," and called '
            "on Moroccan authorities to release the trawlers.")
    codes = [_codes(e) for e in _events(text, dateline="MADRID, March 18")]
    assert ("ACCUSE", "ESP", "MAR") in codes and ("REQUEST", "ESP", "MAR") in codes


def test_resisting_foreign_firms_is_blamed_but_figures_are_not():
    codes = [_codes(e) for e in _events(
        "U.S. Commerce Secretary Malcolm Baldrige said that the Japanese were resisting U.S. companies.")]
    assert ("ACCUSE", "USA", "JPN") in codes
    assert not [e for e in _events("Japan's exports exceeded forecasts, the ministry said.") if e.type == "ACCUSE"]


def test_every_phrase_of_a_repeated_preposition_is_a_candidate():
    text = "The European Community imposed duties on 50 mln dlrs worth of Korean video recorders on March 3."
    assert ("SANCTION", None, "KOR") in [_codes(e) for e in _events(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Six Gulf oil producing states will gather in Riyadh next week for a two-day conference.",
         ("CONSULT", None, None)),
        ("Oman will also attend the conference as an observer.", ("CONSULT", "OMN", None)),
        ("Norwegian Oil Minister Arne Oeien was invited to Lagos for talks with Nigerian Oil Minister Rilwanu "
         "Lukman.", ("CONSULT", "NOR", "NGA")),
    ],
)
def test_gatherings_attendance_and_invited_talks(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="CARACAS, March 25")]


def test_gathering_information_is_no_meeting():
    assert not _events("Japanese officials gathered information on U.S. chip makers.")


def test_a_group_gathering_has_no_counterpart():
    text = "Six Gulf oil producing states will gather in Riyadh next week to discuss a proposed Japanese oil tax."
    assert [_codes(e) for e in _events(text, dateline="RIYADH, March 25")] == [("CONSULT", None, None)]


def test_a_denials_clause_is_what_is_denied_not_who_claimed_it():
    events = _events("But U.S. Agriculture Department official Thomas Sindt denied USDA is planning any such changes.")
    assert [_codes(e) for e in events if e.type == "REJECT"] == [("REJECT", "USA", None)]


def test_detailing_data_is_a_statement():
    text = "The U.S. Agriculture Department detailed world supply and demand data for cotton."
    assert [_codes(e) for e in _events(text)] == [("STATEMENT", "USA", None)]


def test_talks_one_was_invited_for_are_dated_by_the_invitation():
    text = "In January, Norwegian Oil Minister Arne Oeien was invited to Lagos for talks with Nigeria."
    event = _find(_events(text, timexes=[("In January", "2024-01")], dateline="LAGOS, March 25"), "CONSULT")
    assert event.date == "2024-01"


def test_it_said_does_not_take_a_place_named_as_where_something_happened():
    events = _events(
        "Volvo said its truck sales fell last month. Strikes may have delayed deliveries in Portugal, it said. "
        "Floods hit dealers in coastal areas of northern Spain, it added. "
        "Norway bought 300 trucks last week, it said.",
        dateline="STOCKHOLM, March 3",
    )
    said = [e for e in events if e.trigger.text in {"said", "added"}]
    assert [_codes(e) for e in said] == [("STATEMENT", "SWE", None)] * 4


def test_an_attack_on_a_bill_or_policy_is_an_accusation_of_its_owner():
    events = _events("Chile attacked Canada's new lumber policy.", dateline="GENEVA, May 4")
    assert [_codes(e) for e in events] == [("ACCUSE", "CHL", "CAN")]
    events = _events("Brazil attacked the shoe quotas adopted by the U.S. Congress.", dateline="GENEVA, May 4")
    assert [_codes(e) for e in events] == [("ACCUSE", "BRA", "USA")]
    events = _events("Chilean gunboats attacked a Peruvian trawler.", dateline="LIMA, May 4")
    assert [_codes(e) for e in events] == [("ASSAULT", "CHL", "PER")]


@pytest.mark.parametrize(
    "text,dateline,expected",
    [
        ("Two Australian ministers said they would seek a ban on imports of Fiat cars.", "CANBERRA, May 4",
         ("THREATEN", "AUS", "ITA")),
        ("Norway said that any Soviet trawlers found inside the zone would be seized.", "OSLO, May 4",
         ("THREATEN", "NOR", "SUN")),
        ("Peruvian officials said they could suspend interest payments unless the banks lent more.", "LIMA, May 4",
         ("THREATEN", "PER", None)),
        ('A Belgian minister said that if the bill passed, "we will impose taxes on American goods."',
         "WASHINGTON, May 4", ("THREATEN", "BEL", "USA")),
        # retaliation faced on a condition threatens the party of the condition
        ("French officials told Canadian negotiators that unless Ottawa reopened the fishing zone it would "
         "face reprisals.", "PARIS, May 4", ("THREATEN", "FRA", "CAN")),
        # not threats: a cut that names no one, someone else's act, a negated act
        ("The company said it would cut its prices next month.", "DETROIT, May 4", ("STATEMENT", "USA", None)),
        ("Kenya said Uganda would ban Kenyan tea imports.", "NAIROBI, May 4", None),
        ("Japan said it would not impose tariffs on Chilean copper.", "TOKYO, May 4", None),
    ],
)
def test_reported_threats(text, dateline, expected):
    events = _events(text, dateline=dateline)
    threats = [_codes(e) for e in events if e.type == "THREATEN"]
    if expected is None:
        assert threats == []
    elif expected[0] == "THREATEN":
        assert threats == [expected]
    else:
        assert [_codes(e) for e in events] == [expected]


def test_a_takeover_phrasal_verb_and_an_object_it_that_is_not_its_own_subject():
    events = _events("Brauerei Moser AG said Heineken NV of the Netherlands was taking it over.",
                     dateline="VIENNA, May 4")
    assert [_codes(e) for e in events if e.type == "COOPERATE"] == [("COOPERATE", "NLD", "AUT")]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Boeing wanted Fokker of the Netherlands to help design its new jet.", ("REQUEST", "USA", "NLD")),
        ("Ottawa insisted Washington drop the lumber duty.", ("REQUEST", "CAN", "USA")),
        ("The Dutch minister suggested that Belgium open its ports to the barges.", ("REQUEST", "NLD", "BEL")),
    ],
)
def test_wanting_and_mandative_subjunctive_reports_are_requests(text, expected):
    events = _events(text, dateline="BRUSSELS, May 4")
    assert expected in [_codes(e) for e in events]


def test_a_mandative_verb_with_an_ordinary_clause_is_a_statement():
    events = _events("The Dutch minister insisted that prices would rise.", dateline="BRUSSELS, May 4")
    assert [_codes(e) for e in events] == [("STATEMENT", "NLD", None)]


def test_parties_named_between_are_one_exchange():
    events = _events("Negotiations between Poland and Austria on the coal contract ended.", dateline="VIENNA, May 4")
    assert [_codes(e) for e in events] == [("CONSULT", "POL", "AUT")]


def test_an_event_noun_with_its_own_dated_participle_takes_its_date_and_modality():
    text = "The loan would be paid out under an accord signed here yesterday between Ghana and Canada."
    events = _events(text, [("yesterday", "2024-02-19")], dateline="ACCRA, Feb 20")
    accord = _find(events, "AGREE")
    assert (_codes(accord), accord.date, accord.modality) == (("AGREE", "GHA", "CAN"), "2024-02-19", "asserted")


def test_a_definite_policy_noun_takes_its_owner_from_an_earlier_mention_and_denials_answer_the_charge():
    text = ("Australia objected to a wool levy imposed by the Japanese government. Australia told the council "
            "that the levy is illegal. Japanese envoy Taro Sato said the levy does not violate GATT rules.")
    events = _events(text, dateline="GENEVA, May 4")
    assert ("ACCUSE", "AUS", "JPN") in [_codes(e) for e in events]
    assert ("REJECT", "JPN", "AUS") in [_codes(e) for e in events]
    # an assessment of a named third party clears it; it is no denial
    events = _events("Japanese envoy Taro Sato said Korea had not violated the accord.", dateline="GENEVA, May 4")
    assert [_codes(e) for e in events] == [("STATEMENT", "JPN", None)]


def test_an_accusation_about_a_quota_is_not_a_report_of_the_quota():
    events = _events("Norway is claiming the Danes have exceeded their herring quota.", dateline="OSLO, May 4")
    assert [_codes(e) for e in events] == [("ACCUSE", "NOR", "DNK")]


def test_talks_held_between_two_capitals():
    events = _events("It would hurt the fishing negotiations currently held between Oslo and Copenhagen.",
                     dateline="OSLO, May 4")
    assert ("CONSULT", "NOR", "DNK") in [_codes(e) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ('"We are not in a position to repay the banks now," Peruvian Finance Minister Luis Alva said.',
         ("REJECT", "PER", None)),
        ("Peru has repeated it has no plans to bow to pressure from the creditor banks.", ("REJECT", "PER", None)),
        ("Peruvian officials said they would no longer accept payment from the Bank of Japan.",
         ("REJECT", "PER", "JPN")),
        ("Peruvian Finance Minister Luis Alva said prices were not likely to fall.", ("STATEMENT", "PER", None)),
    ],
)
def test_reported_refusals(text, expected):
    assert [_codes(e) for e in _events(text, dateline="LIMA, May 4")] == [expected]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Swedish Prime Minister Ingvar Carlsson said it was encouraging that the Finns had cut tariffs.",
         ("SUPPORT", "SWE", "FIN")),
        ('"Norway is fully justified in protecting its fishing grounds," Swedish Prime Minister Ingvar Carlsson said.',
         ("SUPPORT", "SWE", "NOR")),
        # praise of one's own side is an assessment
        ("Swedish Prime Minister Ingvar Carlsson said Sweden was pleased with the export figures.",
         ("STATEMENT", "SWE", None)),
    ],
)
def test_reported_praise_is_support(text, expected):
    reports = [_codes(e) for e in _events(text, dateline="STOCKHOLM, May 4") if e.trigger.text == "said"]
    assert reports == [expected]  # (the praised act, "had cut tariffs", is a record of its own)


def test_a_visit_to_several_countries_is_one_visit_each_and_an_arrival_is_where_the_story_is_filed():
    text = "Spanish Foreign Minister Francisco Fernandez Ordonez will visit Peru, Chile, Bolivia and Ecuador."
    events = _events(text, dateline="MADRID, May 4")
    assert sorted(_codes(e) for e in events) == [("CONSULT", "ESP", c) for c in ("BOL", "CHL", "ECU", "PER")]
    events = _events("Spanish Foreign Minister Francisco Fernandez Ordonez arrived for a three-day visit.",
                     dateline="LIMA, May 4")
    assert [_codes(e) for e in events] == [("CONSULT", "ESP", "PER")]


def test_another_partys_act_as_object_is_its_own_record_and_the_judged_party():
    events = _events("Canadian Foreign Minister Joe Clark backed Britain's raid on an Argentine airfield.",
                     dateline="OTTAWA, May 4")
    codes = [_codes(e) for e in events]
    assert ("SUPPORT", "CAN", "GBR") in codes and ("ASSAULT", "GBR", "ARG") in codes


def test_a_definite_target_is_placed_by_its_earlier_mention():
    text = "Gunmen seized a Lebanese ferry on Monday. Israeli gunboats later destroyed the ferry."
    events = _events(text, dateline="BEIRUT, May 4")
    assert ("ASSAULT", "ISR", "LBN") in [_codes(e) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kuwaiti Oil Minister Ali al-Khalifa told Bahrain that he was ready to supply its refinery with crude.",
         ("AGREE", "KWT", "BHR")),
        ("Kuwaiti Oil Minister Ali al-Khalifa informed Bahrain that it could lend the refinery 50 mln dlrs.",
         ("AGREE", "KWT", "BHR")),
        # told to reporters, an intention is a statement
        ("Kuwaiti Oil Minister Ali al-Khalifa told reporters it would sell more crude.", ("STATEMENT", "KWT", None)),
    ],
)
def test_an_offer_told_to_a_party_is_a_promise(text, expected):
    events = [_codes(e) for e in _events(text, dateline="KUWAIT, May 4") if e.trigger.text in {"told", "informed"}]
    assert events == [expected]


def test_sales_to_a_list_of_countries_are_one_record_each():
    events = _events("Canada's wheat board has made sales to Egypt, Algeria, Brazil and Iraq this year.",
                     dateline="WINNIPEG, May 4")
    assert sorted(_codes(e) for e in events if e.type == "COOPERATE") == [
        ("COOPERATE", "CAN", c) for c in ("BRA", "DZA", "EGY", "IRQ")]


def test_a_purchase_is_from_the_origin_of_its_goods():
    events = _events("Demand was met by the recent Egyptian purchases of Australian wheat, the official said. "
                     "Brazil plans to increase its purchase of Canadian potash.")
    cooperations = [_codes(e) for e in events if e.type == "COOPERATE"]
    assert cooperations == [("COOPERATE", "EGY", "AUS")], cooperations  # (more of a volume is no deal)


def test_talks_with_one_side_named_are_that_sides():
    events = _events("No statement was issued because meetings with the Argentine negotiators were still going on.")
    assert ("CONSULT", "ARG", None) in [_codes(e) for e in events], [_codes(e) for e in events]


def test_a_relative_pronoun_subject_is_its_antecedent():
    events = _events("Japanese Trade Minister Hajime Tamura, who leaves for Washington on Tuesday, said exports "
                     "would fall.")
    assert ("CONSULT", "JPN", "USA") in [_codes(e) for e in events], [_codes(e) for e in events]


def test_a_government_asking_a_sector_of_no_country_asks_its_own():
    events = _events("The French Finance Ministry has asked commercial banks to moderate their dollar sales.")
    assert ("REQUEST", "FRA", "FRA") in [_codes(e) for e in events], [_codes(e) for e in events]


def test_a_speaker_for_the_country_speaks_for_the_country_named_before():
    events = _events("Ecuador will tender May 5 for 30,000 tonnes of rice, an agent for the country said.")
    assert ("STATEMENT", "ECU", None) in [_codes(e) for e in events], [_codes(e) for e in events]


def test_the_country_is_the_one_that_was_a_subject_first():
    events = _events("Syria will import U.S. wheat and U.S. corn this year. The country said it would pay cash.")
    assert [_codes(e) for e in events if e.trigger.text == "said"] == [("STATEMENT", "SYR", None)]


def test_a_warning_aimed_at_no_one_is_a_statement():
    events = _events("Prime Minister Ingvar Carlsson of Sweden warned in March that wages were too high given "
                     "the country's productivity.")
    assert [_codes(e) for e in events] == [("STATEMENT", "SWE", None)], [_codes(e) for e in events]


def test_making_a_document_public_is_a_statement():
    events = _events("South Korea unveiled a shopping list of U.S. goods. Oil output fell, according to figures "
                     "released today by Egypt's oil ministry.")
    assert [_codes(e) for e in events if e.trigger.text in {"unveiled", "released"}] == [
        ("STATEMENT", "KOR", None), ("STATEMENT", "EGY", None)]


def test_a_creditor_banks_committee_is_of_no_one_country():
    events = _events("The Philippines and its commercial bank advisory committee will resume talks tomorrow.",
                     dateline="NEW YORK, April 2")
    assert ("CONSULT", "PHL", None) in [_codes(e) for e in events], [_codes(e) for e in events]


def test_a_definite_repeat_of_an_international_group_is_of_no_one_country():
    events = _events("European Community farm ministers met in Brussels yesterday. The ministers said they "
                     "would cut cereal prices.", dateline="BRUSSELS, April 20")
    assert _find(events, "STATEMENT").actor1.country is None


def test_keeping_to_an_accord_is_a_commitment():
    events = _events("Nigeria is sticking to OPEC decisions. Oil Minister Rilwanu Lukman reiterated Nigeria's "
                     "commitment to the December accord.", dateline="LAGOS, March 2")
    kept = {e.trigger.text: _codes(e)[:2] for e in events if e.type == "AGREE"}
    assert kept.get("sticking") == kept.get("reiterated") == ("AGREE", "NGA"), kept


def test_telling_a_party_to_act_asks_it_to():
    events = _events("Treasury Secretary James Baker told Japan to stimulate its economy. Baker told reporters "
                     "not to expect any dramatic developments.")
    assert [_codes(e) for e in events if e.type == "REQUEST"] == [("REQUEST", "USA", "JPN")]


def test_telling_a_party_ones_side_will_help_promises_it():
    events = _events("World Bank president Barber Conable told Argentina the bank will continue to help it.")
    assert [(e.type, e.actor2.country if e.actor2 else None) for e in events if e.trigger.text == "told"] == [
        ("AGREE", "ARG")]


def test_an_official_named_by_a_bodys_head_word_is_that_bodys():
    events = _events("The Asian Development Bank will hold its 1989 meeting in Peking, a senior bank official "
                     "told Reuters.", dateline="OSAKA, April 27")
    told = _find(events, "STATEMENT")
    assert told.actor1 is not None and told.actor1.country is None, _codes(told)


def test_rejected_charges_answer_their_maker():
    text = "Kuwait today rejected charges that fishing boats seized by Iran were on a spying mission."
    assert ("REJECT", "KWT", "IRN") in [_codes(e) for e in _events(text, dateline="KUWAIT, June 2")]


def test_a_promise_to_lift_tariffs_is_no_threat():
    text = ("Chilean President Augusto Pinochet said he would lift tariffs on Peruvian textiles as soon as Peru "
            "paid its debts.")
    codes = [_codes(e) for e in _events(text, dateline="SANTIAGO, May 4")]
    assert ("AGREE", "CHL", "PER") in codes and not [c for c in codes if c[0] == "THREATEN"]


# --- round 6 ----------------------------------------------------------------------------------

def test_a_relative_clause_names_the_object_of_an_object_verb_and_the_event_noun_is_not_doubled():
    tariffs = _events("He said Ottawa would not drop the tariffs it imposed on American books in May.",
                      dateline="OTTAWA, May 4")
    assert ("SANCTION", "CAN", "USA") in [_codes(e) for e in tariffs]
    # "the sanctions imposed against Iraq": the noun is the event; its participle makes no second record
    sanctions = _events("The embargo will stay until the sanctions imposed against Iraq are reviewed by the council.",
                        dateline="PARIS, May 4")
    assert len([e for e in sanctions if e.type == "SANCTION"]) == 1


def test_a_party_phrase_takes_the_members_it_names():
    text = "Peru has asked several creditors, including Japan, Spain and Canada, for new loans."
    assert sorted(_codes(e) for e in _events(text, dateline="LIMA, May 4") if e.type == "REQUEST") == [
        ("REQUEST", "PER", c) for c in ("CAN", "ESP", "JPN")]


def test_an_agreement_reached_to_buy_takes_the_party_of_the_purchase():
    text = ("Rolls-Royce Plc said it reached an agreement to buy a 30 pct stake in Motoren Werke AG, a West German "
            "engine maker.")
    assert ("AGREE", "GBR", "DEU") in [_codes(e) for e in _events(text, dateline="LONDON, May 4")]


def test_refusing_to_discuss_is_a_withheld_statement_and_discussing_with_a_party_is_consult():
    withheld = _events("Toyota president Shoichiro Toyoda would not discuss the price.", dateline="TOKYO, May 4")
    assert [(e.type, e.modality) for e in withheld] == [("STATEMENT", "negated")]
    talks = _events("Japan will not discuss the issue with Australia.", dateline="TOKYO, May 4")
    assert ("CONSULT", "JPN", "AUS") in [_codes(e) for e in talks]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Officials said the discussions with Norway on fishing quotas ended.", "CONSULT"),
        ("Iranian forces captured two Iraqi border posts.", "ASSAULT"),
        ("Norway's coast guard intercepted a Soviet trawler.", "COERCE"),
        ("Hanson Trust said it will bid for Imperial Group's shares.", "COOPERATE"),
    ],
)
def test_trigger_words_learned_from_the_gold_sets(text, expected):
    assert expected in [e.type for e in _events(text, dateline="LONDON, May 4")]


def test_a_verbal_act_in_the_perfect_is_not_dated_like_the_report():
    perfect = "Canadian officials have accused Washington of dumping wheat."
    assert [(e.type, e.date) for e in _events(perfect, dateline="OTTAWA, May 4")] == [("ACCUSE", None)]
    simple = "Canadian officials accused Washington of dumping wheat."
    assert [(e.type, e.date) for e in _events(simple, dateline="OTTAWA, May 4")] == [("ACCUSE", "2024-02-20")]


def test_have_said_is_the_days_speech_but_relayed_perfect_speech_is_undated():
    # guidelines rule 16: wire-style speech with no time expression takes the publication date,
    # "have said" included; a perfect relayed by another report is second-hand
    said = "Canadian officials have said that wheat exports will fall."
    assert [(e.type, e.date) for e in _events(said, dateline="OTTAWA, May 4")] == [("STATEMENT", "2024-02-20")]
    relayed = "The ministry has told Ottawa that wheat exports will fall, the Agriculture Department said."
    told = [e.date for e in _events(relayed, dateline="OTTAWA, May 4") if e.trigger.text == "told"]
    assert told == [None]


@pytest.mark.parametrize(
    "text,expected",
    [
        # two nationalities conjoined before one head noun name two sides
        ("Swedish and Norwegian fisheries officials will hold urgent meetings next month.", ("CONSULT", "SWE", "NOR")),
        ("Indian and Pakistani delegates signed a border accord on Friday.", ("AGREE", "IND", "PAK")),
        # the parser hangs the first leader on the second's name ("Nakasone" as a modifier of "Kohl")
        ("Italian Premier Bettino Craxi and Spanish Prime Minister Felipe Gonzalez held talks in Madrid.",
         ("CONSULT", "ITA", "ESP")),
    ],
)
def test_conjoined_modifiers_name_both_parties(text, expected):
    events = _events(text)
    assert [_codes(e) for e in events] == [expected]


def test_an_object_naming_one_of_two_subject_parties_adds_no_party():
    events = _events("Chile and Bolivia are discussing the possibility of Chilean investment in a railway.")
    assert [_codes(e) for e in events] == [("CONSULT", "CHL", "BOL")]


def test_a_noun_inside_or_under_its_light_verb_is_one_record():
    events = _events("Kenya held talks with Tanzania in Arusha on Monday.")
    assert [_codes(e) for e in events] == [("CONSULT", "KEN", "TZA")]


def test_a_definite_noun_that_is_a_word_of_an_organisation_named_before_is_that_organisation():
    # (a Chicago story: the dateline would make "the board" American)
    text = ("The Ontario Grain Board said prices would rise. Output will recover in the north, the board "
            "said.")
    events = _events(text, dateline="CHICAGO, March 4")
    said = [e for e in events if e.trigger.text == "said"]
    assert [_codes(e) for e in said] == [("STATEMENT", "CAN", None), ("STATEMENT", "CAN", None)]
    assert said[1].actor1.text == "the board"


def test_a_countrys_warplanes_are_its_military():
    events = _events("Iraq said its warplanes attacked two large naval targets in the Gulf.",
                     dateline="BAGHDAD, April 8")
    assert [_codes(e) for e in events if e.type == "ASSAULT"] == [("ASSAULT", "IRQ", None)]


def test_a_gathering_a_speaker_addressed_is_the_venue_not_talks():
    told = _events("Minister Subroto told a meeting of oil industry executives that prices had stabilised.",
                   dateline="JAKARTA, April 8")
    assert [e.type for e in told] == ["STATEMENT"]
    at = _events("Labrecque said at a news conference at the American Bankers Association that rates would rise.",
                 dateline="NEW YORK, April 8")
    assert [e.type for e in at] == ["STATEMENT"]
    talks = _events("Baker said at a meeting with Japanese officials that the dollar had fallen enough.",
                    dateline="WASHINGTON, April 8")
    assert sorted(e.type for e in talks) == ["CONSULT", "STATEMENT"]


def test_a_credit_line_is_aid_as_a_credit_is():
    events = _events("The bank approved a 200 mln dlr credit line to the Soviet Union, Bank of Italy officials said.",
                     dateline="ROME, March 2")
    assert [(_codes(e), e.trigger.text) for e in events if e.type == "AID"] == [(("AID", "ITA", "SUN"), "line")]


@pytest.mark.parametrize(
    "text",
    [
        '"I did approve it; I just can\'t specifically say when,"\nReagan said.',
        '"If there is a bias I expect it would be a little bit the\nother way," he said.',
    ],
)
def test_a_first_person_report_inside_a_quotation_is_part_of_the_quote(text):
    lex = lexicon.load()
    resolved = speech.resolve(triggers.find(nlp.load()(text), lex), lex)
    assert [(r.trigger.token.text, r.type) for r in resolved] == [("said", "STATEMENT")]


@pytest.mark.parametrize(
    "text,country",
    [
        ("U.S. farmers who reorganize their operations could add 2.3 billion dlrs to the cost of the\n"
         "government's agricultural programs by 1989, the General Accounting Office, GAO, said.", "USA"),
        ("At a meeting of the Northeast-Midwest Coalition, an organization of U.S. legislators, David Cooke,\n"
         "chairman of the Ontario Parliament's Select Committee on Economic Affairs, said the exemption would\n"
         "help trade relations.", "CAN"),
        # the name right before the verb, parsed into the phrase before it
        ("In a televised address to the American people Reagan said\nhe is still upset that no-one kept "
         "proper records.", "USA"),
    ],
)
def test_a_speaker_the_parser_hung_elsewhere_still_speaks(text, country):
    events = _events(text, dateline="WASHINGTON, March 4")
    assert [(_codes(e), e.trigger.text) for e in events if e.type == "STATEMENT"] == [
        (("STATEMENT", country, None), "said")]


def test_a_sum_approved_or_transferred_for_a_recipient_is_aid():
    text = ("The African Development Bank said it approved 40 mln dlrs to assist farming in Mali. "
            "Britain said it was transferring 20 mln stg in aid to Kenya. The council approved 3 mln dlrs.")
    events = _events(text, dateline="LONDON, March 2")
    assert [_codes(e) for e in events if e.type == "AID"] == [("AID", None, "MLI"), ("AID", "GBR", "KEN")]


def test_shares_of_a_named_company_bought_by_the_teller_are_an_exchange_not_a_market_operation():
    # "it" is the company telling the commission, not the commission told
    text = ("Toray Industries Inc, a Japanese company, told the Securities and Exchange Commission it has acquired "
            "500,000 shares of Dayton Hudson Corp, or 8.2 pct of the total outstanding common stock.")
    events = _events(text, dateline="WASHINGTON, March 4")
    assert [(_codes(e), e.trigger.text) for e in events] == [
        (("STATEMENT", "JPN", None), "told"), (("COOPERATE", "JPN", "USA"), "acquired")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the act asked for is the ultimatum's content, no record of its own
        ("Boeing had given Air France until June 30 to agree to final terms for the order.",
         [("REQUEST", "USA", "FRA")]),
        ("Norway gave its shipping companies a July deadline to cut their links with South Africa.",
         [("REQUEST", "NOR", "NOR")]),
    ],
)
def test_a_time_limit_given_to_act_is_an_ultimatum(text, expected):
    events = _events(text, dateline="OSLO, March 4")
    assert [_codes(e) for e in events] == expected


def test_a_group_meeting_in_a_city_is_not_that_citys_country():
    text = ("The dollar dipped after an agreement by six major industrialised nations in Paris on February 22 "
            "to stabilise their currencies.")
    assert [_codes(e) for e in _events(text, dateline="LONDON, March 4")] == [("AGREE", None, None)]


def test_a_companys_unit_named_by_a_place_is_of_that_place():
    text = "Bombardier Inc's U.S. unit said it will cut 300 jobs at its plant."
    assert [_codes(e) for e in _events(text, dateline="TORONTO, March 4")] == [("STATEMENT", "USA", None)]


def test_a_bare_statement_or_report_is_the_latest_speakers():
    text = ("Brazil's state oil company Petrobras said it would accept the credit guarantees. "
            "The shipment will be made by the Saudis on March 24 as scheduled, the statement said.")
    events = _events(text, dateline="RIO DE JANEIRO, March 4")
    assert [(_codes(e), e.trigger.text) for e in events] == [(("STATEMENT", "BRA", None), "said")] * 2


def test_the_officer_said_is_the_officer_named_before():
    text = ("Winter wheat was damaged in the south, the U.S. agricultural officer in Bonn said in a field report. "
            "The officer said repairs will call for special measures.")
    events = _events(text, dateline="WASHINGTON, March 4")
    assert [_codes(e) for e in events] == [("STATEMENT", "USA", None)] * 2


def test_loans_outstanding_after_of_or_for_are_no_lending():
    text = ("Bankers said most of their loans to Peru were written off. Reserves were set aside for loans to "
            "Chile. The World Bank approved two loans to Bolivia.")
    events = _events(text, dateline="NEW YORK, March 2")
    assert [_codes(e) for e in events if e.type == "AID"] == [("AID", None, "BOL")]


def test_an_indefinite_body_named_as_the_other_party_is_not_the_datelines():
    events = _events("Brazil's central bank governor said after a meeting with a 14-bank advisory committee that "
                     "Brazil cannot pay.", dateline="MIAMI, March 2")
    assert [_codes(e) for e in events if e.type == "CONSULT"] == [("CONSULT", "BRA", None)]


def test_an_international_body_keeps_no_country_inside_a_placed_phrase():
    events = _events("The Commission said it would ask Geneva-based GATT to rule on the section.",
                     dateline="BRUSSELS, March 2")
    assert [e.actor2.country for e in events if e.type == "REQUEST"] == [None]


def test_a_date_after_an_event_noun_is_when_not_the_other_party():
    events = _events("The aid package, originally scheduled for Japan's 1986/87 fiscal year, was delayed by the change "
                     "of government.", dateline="MANILA, April 8")
    assert [_codes(e) for e in events if e.type == "AID"] == []


def test_a_pronoun_glossed_in_brackets_is_the_party_named():
    events = _events('"They (the Kuwaitis) have also asked Britain to lease tankers," one of the officials told '
                     'Reuters.', dateline="WASHINGTON, April 2")
    asked = [e for e in events if e.type == "REQUEST"]
    assert [(_codes(e), e.actor1.text) for e in asked] == [(("REQUEST", "KWT", "GBR"), "They (the Kuwaitis)")]


def test_a_participle_after_a_reporting_clause_keeps_its_speaker():
    text = ("A visiting U.S. Treasury official told reporters that sales rose. Japan has bought 140,000 ounces of the "
            "coins since November, the official said, adding that the Treasury sees Japan as a major market.")
    events = _events(text, dateline="TOKYO, April 27")
    assert [(e.trigger.text, _codes(e)) for e in events] == [
        ("told", ("STATEMENT", "USA", None)), ("said", ("STATEMENT", "USA", None)),
        ("adding", ("STATEMENT", "USA", None)),
    ]


def test_a_person_inside_what_he_said_reports_is_not_the_speaker():
    text = ("Cato chairman William Niskanen said the talks would go on. A free trade pact, backed by Prime Minister "
            "Brian Mulroney, would open new markets for Canada, he said.")
    events = _events(text, dateline="WASHINGTON, June 18")
    assert [(e.actor1.text, e.actor1.country) for e in events if e.type == "STATEMENT"][-1] == ("he", "USA")


def test_a_gerund_after_a_preposition_takes_the_clauses_subject():
    events = _events("Indonesian Energy Minister Subroto told reporters after meeting with President Suharto that oil "
                     "prices had stabilised.", dateline="JAKARTA, March 2")
    assert [_codes(e) for e in events if e.type == "CONSULT"] == [("CONSULT", "IDN", "IDN")]


def test_pronoun_in_reported_content_is_the_speaker():
    # The content is typed and the report is a statement beside it; its speaker tells who "it" is,
    # which no earlier sentence names.
    events = _events("A state-owned Brazilian mining firm said it agreed to sell iron ore to Egypt.",
                     dateline="NEW YORK, June 2")
    assert [_codes(e) for e in events] == [("STATEMENT", "BRA", None), ("AGREE", "BRA", "EGY")]
    assert events[1].actor1.text == "it"


def test_content_whose_subject_the_parser_hung_on_the_auxiliary_still_accuses():
    # The parser makes "decisions" the subject of "have"; the repair after the parser gives it back
    # to "hurt", so the content blames the ministry whose decisions they are.
    text = ('"Trade decisions of the Japanese Finance Ministry have in the past badly hurt our exports," '
            "the Canadian minister said.")
    assert [_codes(e) for e in _events(text, dateline="OTTAWA, May 5")] == [("ACCUSE", "CAN", "JPN")]


def test_the_president_of_an_association_is_not_a_government_speaker():
    # Blaming one's own government is a self-assessment only for a government speaker.
    text = "NCC President John Smith said the U.S. Commerce Department had hurt American exporters."
    (ev,) = _events(text, dateline="WASHINGTON, March 18")
    assert _codes(ev) == ("ACCUSE", "USA", "USA")
    assert ev.actor1.kind == "ORG"


@pytest.mark.parametrize("content", [
    "Sudden shifts in temperature in Poland damaged the wheat crop",
    "A change in the weather in Poland hurt the wheat crop",
    "Heavy frost in Poland damaged the wheat crop",
])
def test_damage_done_by_weather_blames_no_one(content):
    events = _events(f"{content}, the U.S. agricultural attache in Warsaw said.", dateline="WASHINGTON, March 31")
    assert [_codes(e) for e in events] == [("STATEMENT", "USA", None)]


def test_he_after_a_titled_officer_is_that_officer():
    text = ("Frost hit the crop, the U.S. agricultural officer in East Berlin said. "
            "He said the damage was limited.")
    events = _events(text, dateline="WASHINGTON, March 31")
    assert [(_codes(e), e.actor1.text) for e in events][-1] == (("STATEMENT", "USA", None), "He")


def test_a_term_said_to_be_undisclosed_is_a_withheld_statement():
    text = "Domtar Inc said it would build a new paper mill in Quebec. Completion date of the new mill was undisclosed."
    withheld = [e for e in _events(text, dateline="MONTREAL, April 13") if e.trigger.text == "undisclosed"]
    assert [(_codes(e), e.modality) for e in withheld] == [(("STATEMENT", "CAN", None), "negated")]
    assert _events("Domtar Inc bought an undisclosed stake in the mill.", dateline="MONTREAL, April 13") == ()


def test_a_forecast_of_what_another_must_do_is_a_statement():
    said = "Dutch Finance Minister Onno Ruding said Belgium would eventually have to lift its import quotas."
    assert [_codes(e) for e in _events(said, dateline="THE HAGUE, May 4")] == [("STATEMENT", "NLD", None)]
    done = "Dutch Finance Minister Onno Ruding said Belgium lifted its import quotas."
    assert [_codes(e) for e in _events(done, dateline="THE HAGUE, May 4")] == [
        ("STATEMENT", "NLD", None), ("RETREAT", "BEL", None)]


def test_a_closing_he_said_repeats_the_attribution_of_the_report_it_closes():
    text = ("Treasury Assistant Secretary David Mulford testified before a Senate panel. "
            "He said rigid exchange rate targets would hurt official attempts to react to market pressures, he said.")
    said = [e for e in _events(text, dateline="WASHINGTON, April 7") if e.trigger.text == "said"]
    assert [(_codes(e), e.trigger.start) for e in said] == [(("STATEMENT", "USA", None), text.index("He said") + 3)]


@pytest.mark.parametrize("sentence", [
    "He cited several factors which will slow the fall of the deficit.",
    "He referred to a February agreement by six industrial nations to cooperate on monetary matters.",
    "He also doubted the popularity of the new credit card.",
])
def test_citing_referring_and_doubting_are_statements(sentence):
    text = "U.S. Budget Director James Miller spoke to reporters on Tuesday. " + sentence
    events = _events(text, dateline="WASHINGTON, March 11")
    assert ("STATEMENT", "USA", None) in [_codes(e) for e in events if e.trigger.start > text.index(".")]


@pytest.mark.parametrize("partner", ["Apollo", "Tyrecraft"])
def test_a_reporting_it_continues_the_latest_named_speaker_not_the_subject_it_reports_on(partner):
    text = (f"Acme Holdings Inc said its unit has entered into an agreement with {partner} Private Ltd of India to "
            f"sell Acme tyres in India.\n    {partner} will produce car tyres, truck tyres and tubes, it said.")
    said = [_codes(e) for e in _events(text, dateline="MIAMI, May 4") if e.trigger.text == "said"]
    assert said == [("STATEMENT", "USA", None)] * 2


def test_an_exchange_noun_placing_a_clause_takes_the_clauses_joint_subject_as_its_parties():
    text = ("Swedish Prime Minister Ingvar Carlsson said he and Norwegian Premier Gro Brundtland had set new "
            "fishing quotas during talks today.")
    talks = [_codes(e) for e in _events(text, dateline="OSLO, May 4") if e.trigger.text == "talks"]
    assert talks == [("CONSULT", "SWE", "NOR")]
    # the topic of talks is no exchange of the clause's subject
    text = "Sweden and Norway have been holding talks since June on a pact to end trade barriers."
    assert [e.trigger.text for e in _events(text, dateline="OSLO, May 4") if e.type == "AGREE"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Chile closed its ports to fishing boats from Peru.", ("SANCTION", "CHL", "PER")),
        ("Britain imposed taxes on Argentine beef.", ("SANCTION", "GBR", "ARG")),
    ],
)
def test_closing_a_border_or_port_and_imposing_taxes_are_sanctions(text, expected):
    assert [_codes(e) for e in _events(text, dateline="LONDON, May 4")] == [expected]


def test_goods_carried_to_a_country_are_no_visit():
    for text in ("Izvestia said the grain was flown to Cuba by Soviet aircraft.",
                 "Izvestia said the grain was shipped and then flown to Cuba by Soviet aircraft."):
        assert [e.type for e in _events(text, dateline="MOSCOW, May 4")] == ["STATEMENT"]
    events = _events("Soviet Foreign Minister Eduard Shevardnadze flew to Cuba.", dateline="MOSCOW, May 4")
    assert [_codes(e) for e in events] == [("CONSULT", "SUN", "CUB")]


def test_a_possessive_day_dates_its_event_noun_even_after_for():
    text = "Iranian leaders vowed retaliation for Monday's attack by U.S. warships on two Iranian oil platforms."
    events = _events(text, [("Monday", "2024-02-19")], dateline="WASHINGTON, May 4")
    assert [(e.type, e.date) for e in events if e.trigger.text == "attack"] == [("ASSAULT", "2024-02-19")]


def test_next_or_last_weekday_keeps_the_direction_the_text_gives():
    text = "A Dutch trade team is arriving in Jakarta next Monday."
    events = _events(text, [("next Monday", "2024-02-26")], dateline="JAKARTA, May 4")
    assert [(e.type, e.date) for e in events] == [("CONSULT", "2024-02-26")]


def test_a_hyphen_joined_modifier_names_both_sides_of_an_exchange():
    events = _events("Indian-Pakistani talks on water rights made progress, officials said.", dateline="DELHI, May 4")
    assert ("CONSULT", "IND", "PAK") in [_codes(e) for e in events]
    # a reference to an accord inside another phrase is not an event of its own
    events = _events("Officials urged compliance with the Indian-Pakistani water treaty.", dateline="DELHI, May 4")
    assert "AGREE" not in [e.type for e in events]


def test_an_accord_signed_without_its_parties_takes_those_of_its_earlier_mention():
    text = ("Kenya and Tanzania have a border treaty on grazing. The treaty, signed last July, "
            "opened the frontier to herders.")
    events = _events(text, [("last July", "2023-07")], dateline="NAIROBI, May 4")
    signed = [e for e in events if e.trigger.text == "signed"]
    assert [(_codes(e), e.date, e.actor1.text) for e in signed] == [(("AGREE", "KEN", "TZA"), "2023-07", None)]
    # no earlier accord naming two parties: no record, and never the main clause's subject
    events = _events("Under the treaty signed last July, Kenyan herders may cross the frontier.",
                     [("last July", "2023-07")], dateline="NAIROBI, May 4")
    assert [e for e in events if e.trigger.text == "signed"] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # the passive verb's "between" names both sides of its subject
        ("The ministry said an accord was reached between Kenyan Trade Minister John Mwangi and a visiting "
         "Ugandan delegation.", ("AGREE", "KEN", "UGA")),
        ("He said a supply agreement will be made between the Chilean government and Peru.", ("AGREE", "CHL", "PER")),
    ],
)
def test_a_passive_exchange_names_its_sides_in_the_verbs_between_phrase(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # sending a mission or delegation to a country is a visit to it
        ("Kenya will send a trade delegation to Brazil next month.", ("send", "KEN", "BRA")),
        ("Chile will send two buying missions to Canada in June.", ("send", "CHL", "CAN")),
        # setting out names the place after "for"
        ("Kenyan Trade Minister John Mwangi leaves for Ottawa today.", ("leaves", "KEN", "CAN")),
        ("The Chilean foreign minister will depart for Brazil on Monday.", ("depart", "CHL", "BRA")),
    ],
)
def test_a_mission_sent_or_a_departure_for_a_country_is_a_visit(text, expected):
    events = _events(text, dateline="NAIROBI, May 4")
    assert expected in [(e.trigger.text, *_codes(e)[1:]) for e in events if e.type == "CONSULT"]


def test_a_departure_in_the_present_is_planned():
    events = _events("Kenyan Trade Minister John Mwangi leaves for Ottawa today.", dateline="NAIROBI, May 4")
    assert [e.modality for e in events if e.type == "CONSULT"] == ["planned"]


def test_a_departure_for_talks_leaves_the_record_to_the_talks():
    events = _events("Mwangi, Kenya's trade minister, leaves today for Ottawa for trade talks with Canadian officials.",
                     dateline="NAIROBI, May 4")
    assert [e.trigger.text for e in events if e.type == "CONSULT"] == ["talks"]
    # a departure names no place without "for": "left for good"
    events = _events("The Kenyan envoy left for good.", dateline="NAIROBI, May 4")
    assert [e for e in events if e.type == "CONSULT"] == []


def test_joined_nationalities_of_one_subject_are_the_sides_of_its_talks():
    events = _events("Kenyan and Ugandan coffee negotiators settled the quota dispute during talks last week.",
                     dateline="NAIROBI, May 4")
    assert ("talks", "KEN", "UGA") in [(e.trigger.text, *_codes(e)[1:]) for e in events if e.type == "CONSULT"]


def test_an_accord_parsed_as_the_subject_of_agreed_is_what_was_agreed():
    # the parser reads the reduced relative "The treaty, agreed to last July," as the main verb
    text = ("Kenya and Tanzania have a border treaty on grazing. The treaty, agreed to last July, "
            "called for herders to cross the frontier freely.")
    events = _events(text, [("last July", "2023-07")], dateline="NAIROBI, May 4")
    agreed = [e for e in events if e.trigger.text == "agreed"]
    assert [(_codes(e), e.actor1.text) for e in agreed] == [(("AGREE", "KEN", "TZA"), None)]


@pytest.mark.parametrize(
    "text,dateline,expected",
    [
        ("Moody's Investors Service Inc said it downgraded Chile's Banco del Estado.", "NEW YORK, May 4",
         ("SANCTION", "USA", "CHL")),
        ("U.S. bank regulators have lowered their rating of Peru's debt.", "NEW YORK, May 4",
         ("SANCTION", "USA", "PER")),
    ],
)
def test_a_rating_cut_is_a_sanction_on_the_rated_party(text, dateline, expected):
    assert expected in [_codes(e) for e in _events(text, dateline=dateline)]


def test_a_courts_ruling_is_a_sanction_against_the_party_it_rules_on():
    text = ("A court in Lyon ruled the French government had broken the law. The court overturned a claim "
            "by Renault that the case was closed. Judge Claude Dubois threw out Renault's appeal.")
    events = _events(text, dateline="PARIS, May 4")
    assert [(e.trigger.text, _codes(e)) for e in events if e.type == "SANCTION"] == [
        ("ruled", ("SANCTION", "FRA", "FRA")), ("overturned", ("SANCTION", "FRA", "FRA")),
        ("threw out", ("SANCTION", "FRA", "FRA")),
    ]
    # the same verbs without a court are what the dictionary says
    events = _events("The French minister ruled out a merger and dismissed the report as nonsense.",
                     dateline="PARIS, May 4")
    assert "SANCTION" not in [e.type for e in events]


def test_verbs_of_fighting_are_assaults_only_between_armed_parties():
    events = _events("Ethiopian troops surrounded the Somalis near the border, the ministry said.",
                     dateline="ADDIS ABABA, May 4")
    assert ("ASSAULT", "ETH", "SOM") in [_codes(e) for e in events]
    for text in ("The Japanese occupy a large share of the Somali market.",
                 "Ethiopian troops stormed a second building."):  # no armed party / no party attacked
        assert "ASSAULT" not in [e.type for e in _events(text, dateline="ADDIS ABABA, May 4")]


def test_a_labour_action_with_its_own_course_is_an_event_of_the_datelines_workers():
    text = "Union leaders said the stoppage, which began on Monday, has spread to Bilbao."
    events = _events(text, [("Monday", "2024-02-19")], dateline="MADRID, May 4")
    assert [(_codes(e), e.date, e.actor1.text) for e in events if e.type == "PROTEST"] == [
        (("PROTEST", "ESP", None), "2024-02-19", None)
    ]
    # a reference back to the action is not another record
    events = _events("Economists said the stoppage was of serious concern to the government.", dateline="MADRID, May 4")
    assert "PROTEST" not in [e.type for e in events]


def test_a_party_coordinated_with_a_name_after_its_title_is_the_other_side():
    text = ("Venezuela's state oil company\nPdvsa and the U.S. Citgo-Southland <SLC.N> group signed\n"
            "a 20-year accord for the delivery of crude oil.")
    events = _events(text, dateline="CARACAS, May 4")
    assert ("AGREE", "VEN", "USA") in [_codes(e) for e in events]


def test_governments_and_a_multinational_body_acting_together_are_one_group():
    for text in ("Envoys of Brazil, Argentina, the European Community and Canada agreed to draft grain rules.",
                 "The U.S., the European Community and Canada agreed to draft new grain rules."):
        events = _events(text, dateline="GENEVA, May 4")
        assert [_codes(e) for e in events if e.type == "AGREE"] == [("AGREE", None, None)], text


def test_a_joint_venture_is_cooperation_between_its_partners():
    events = _events("Siemens AG said it and Fiat SpA will form a joint venture to make railway signals.",
                     dateline="MUNICH, May 4")
    assert ("COOPERATE", "DEU", "ITA") in [_codes(e) for e in events]
    # a venture alone is no exchange; a joint venture agreed on is the agreement's content
    assert "COOPERATE" not in [e.type for e in _events("The venture will make railway signals.")]
    events = _events("Kenya and Norway have reached agreement in Oslo on a joint venture for a fish plant.",
                     dateline="OSLO, May 4")
    assert [e.type for e in events if e.trigger.text == "venture"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya, which received its first loans from the African Development Bank in 2019, plans more borrowing.",
        "Kenya has also received loans worth 80 mln dlrs from the African Development Bank.",
    ],
)
def test_aid_received_is_given_by_the_lender_to_the_subject(text):
    events = _events(text, dateline="NAIROBI, May 4")
    assert ("AID", None, "KEN") in [_codes(e) for e in events]


def test_importing_from_a_named_party_is_cooperation_and_import_statistics_are_no_event():
    events = _events("Kenya will import 40,000 tonnes of maize from Zambia next month, the trade minister said.",
                     dateline="NAIROBI, May 4")
    assert ("COOPERATE", "KEN", "ZMB") in [_codes(e) for e in events]
    assert "COOPERATE" not in [e.type for e in _events("Kenya imported 40,000 tonnes of maize in March.")]


def test_a_request_noun_comes_from_the_party_of_its_from_phrase():
    text = "The fishing plan was delayed by calls from Italy, Spain and Greece for larger quotas."
    events = _events(text, dateline="BRUSSELS, May 4")
    assert sorted(_codes(e) for e in events if e.type == "REQUEST") == [
        ("REQUEST", "ESP", None), ("REQUEST", "GRC", None), ("REQUEST", "ITA", None),
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Dutch minister called for faster reform of farm policy by Italy, Spain, Greece and Portugal.",
         [("REQUEST", "NLD", "ESP"), ("REQUEST", "NLD", "GRC"), ("REQUEST", "NLD", "ITA"), ("REQUEST", "NLD", "PRT")]),
        ("The Dutch minister urged an end to the dumping of steel by mills in South Korea.",
         [("REQUEST", "NLD", "KOR")]),
        # a line break inside the phrase: the parser hangs the act's "by" phrase on the verb
        ("The Dutch minister called for closer cooperation in economic policy by the\nUnited States.",
         [("REQUEST", "NLD", "USA")]),
    ],
)
def test_a_request_is_aimed_at_whoever_is_to_perform_the_act_asked_for(text, expected):
    events = _events(text, dateline="THE HAGUE, May 4")
    assert sorted(_codes(e) for e in events if e.type == "REQUEST") == expected


@pytest.mark.parametrize(
    "text,dateline,expected",
    [
        ("The Australian Wheat Board has advised the federal government to sharply cut initial prices.",
         "CANBERRA, May 4", [("REQUEST", "AUS", "AUS")]),
        ("Premier Ali Khan ordered finance officials to speed up the reform.", "ISLAMABAD, May 4",
         [("REQUEST", "PAK", "PAK")]),
        # no party told to act: no request
        ("Lazard advised the Belgian company on the sale.", "LONDON, May 4", []),
        ("Air India ordered ten aircraft from Airbus.", "LONDON, May 4", []),
    ],
)
def test_a_directive_verb_with_a_party_told_to_act_is_a_request(text, dateline, expected):
    events = _events(text, dateline=dateline)
    assert [_codes(e) for e in events if e.type == "REQUEST"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the "by" phrase after "for" names who is to act, the caller is the light verb's subject
        ("Dutch minister Jan Smit issued a firm call for faithful application of the accords by all member "
         "states.", [("REQUEST", "NLD", None)]),
        # a "by" phrase before "for" is the caller
        ("The talks followed a call by Belgian Premier Wilfried Martens for calm.", [("REQUEST", "BEL", None)]),
    ],
)
def test_a_by_phrase_after_what_a_request_noun_calls_for_is_not_its_maker(text, expected):
    events = _events(text, dateline="BRUSSELS, May 4")
    assert [_codes(e) for e in events if e.trigger.text == "call"] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The Chilean government charged that Peru was dumping copper.", ("ACCUSE", "CHL", "PER")),
        ("Chile has charged Peru with breaking the fishing accord.", ("ACCUSE", "CHL", "PER")),
        ("Lima rejected Chilean charges Peru has broken the fishing accord.", ("ACCUSE", "CHL", "PER")),
    ],
)
def test_a_charge_with_a_clause_is_an_accusation(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="SANTIAGO, May 4")]


def test_a_charge_without_a_clause_is_a_price():
    events = _events("Chile's state bank charged Peru interest, and the charges the bank levied were high.",
                     dateline="SANTIAGO, May 4")
    assert "ACCUSE" not in [e.type for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a let-down by another's act, or a praising predicate negated, accuses whose act it is
        ("The Kenyan minister said he was deeply disappointed by Uganda's decision to close the border.",
         ("ACCUSE", "KEN", "UGA")),
        ("The Kenyan minister said Nairobi was not happy with Uganda's decision to close the border.",
         ("ACCUSE", "KEN", "UGA")),
        # ignoring is blamed like failing
        ("The Kenyan minister said Uganda had ignored the border agreement.", ("ACCUSE", "KEN", "UGA")),
        # a coordinated verb without its own subject blames the first verb's subject
        ("Kenya said Ugandan troops entered the country and had fired on a police post.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_reported_disappointment_ignoring_and_coordinated_hostile_acts_accuse(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


def test_disappointment_with_no_party_named_is_a_statement():
    events = _events("The Kenyan minister said he was disappointed with the harvest.", dateline="NAIROBI, May 4")
    assert [e.type for e in events] == ["STATEMENT"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a proposal called unacceptable is turned down, not an accusation
        ("The Kenyan minister said the latest proposals were unacceptable.", ("REJECT", "KEN", None)),
        # voting against something refuses it
        ("The minister said the Kenyan government would vote against the plan.", ("REJECT", "KEN", None)),
        # an offer declined is refused, from whoever made it
        ("Kenya declined an offer of Ugandan troops.", ("REJECT", "KEN", "UGA")),
    ],
)
def test_a_proposal_called_unacceptable_voted_against_or_declined_is_rejected(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


def test_declining_with_no_proposal_declined_is_no_event():
    assert not _events("Kenyan coffee exports declined sharply in March.", dateline="NAIROBI, May 4")


def test_a_denied_claim_answers_whoever_made_it():
    events = _events("Kenya denied a Ugandan report that Kenyan troops had crossed the border.",
                     dateline="NAIROBI, May 4")
    assert ("REJECT", "KEN", "UGA") in [_codes(e) for e in events]


def test_opposing_a_bill_rejects_whose_bill_it_is():
    events = _events("Kenya opposed the trade bill pending in the Ugandan parliament.", dateline="NAIROBI, May 4")
    assert ("REJECT", "KEN", "UGA") in [_codes(e) for e in events]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya was unwilling to give Uganda a seat on the commission.", ("REJECT", "KEN", "UGA")),
        ("Asked about a devaluation, Kenyan Finance Minister Amos Kiprono discounted the idea.",
         ("REJECT", "KEN", None)),
    ],
)
def test_unwillingness_and_discounting_an_idea_are_refusals(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


def test_discounting_news_is_no_refusal():
    assert "REJECT" not in [e.type for e in _events("Kenyan traders discounted the news.", dateline="NAIROBI, May 4")]


def test_a_complaint_about_the_accord_accuses_whose_accord_it_was():
    text = "Norway's fishing agreement with Iceland was signed in May. The E.C. complained the accord broke GATT rules."
    events = _events(text, dateline="GENEVA, May 4")
    assert ("ACCUSE", None, "NOR") in [_codes(e) for e in events]


def test_the_dotted_e_c_is_the_community():
    events = _events("The E.C. complained that Japanese chips were being dumped.", dateline="GENEVA, May 4")
    accuse = _find(events, "ACCUSE")
    assert (accuse.actor1.country, accuse.actor1.kind) == (None, "IGO")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Kenya said Uganda's new border tax was a violation of the trade treaty.", ("ACCUSE", "KEN", "UGA")),
        ("Kenya said Ugandan export subsidies on maize represented an unfair advantage.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_content_calling_an_act_a_violation_or_unfair_accuses_its_owner(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the clause's subject is a measure: whose measure it is
        ("Kenya alleged that the ban, imposed by the Ugandan trade ministry, was discriminatory.",
         ("ACCUSE", "KEN", "UGA")),
        # a relative pronoun object stands for the noun it modifies
        ("Kenya cut its ties with Uganda, which Nairobi blames for the border clashes.", ("ACCUSE", "KEN", "UGA")),
    ],
)
def test_an_accusation_reaches_the_owner_of_a_measure_and_the_antecedent_of_which(text, expected):
    assert expected in [_codes(e) for e in _events(text, dateline="NAIROBI, May 4")]


def test_a_company_short_name_is_the_company_not_its_foreign_unit():
    # "Pharmacor" is the first word of "Pharmacor Co Inc" (placed by the dateline), not the inner
    # word of the unit "Mexican Pharmacor SA" named in between.
    text = ("Pharmacor Co Inc at its annual meeting announced the formation of a Mexican subsidiary, "
            "Mexican Pharmacor SA. Pharmacor said it expects sales to rise.")
    said = [e for e in _events(text, dateline="DALLAS, May 4") if e.type == "STATEMENT"]
    assert [e.actor1.country for e in said] == ["USA", "USA"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a nationality before the body: the country's minister for the body's affairs
        ("Spanish EC affairs minister Pedro Morales told reporters the plan was too costly. "
         "\"The Dutch position is unclear,\" he said.", ["ESP", "ESP"]),
        # a possessive country before the body, past the title participle "acting": its delegate
        ("Kenya's acting U.N. representative Joseph Mwangi said the talks were useful. "
         "Mwangi, who did not ask for a vote, said the report was late.", ["KEN", "KEN"]),
        # the body's own office stays the body's
        ("Danish EC Commissioner Lars Holm said the plan was sound.", [None]),
    ],
)
def test_a_country_before_an_international_body_in_a_title_is_the_speakers(text, expected):
    said = [e for e in _events(text, dateline="GENEVA, May 4") if e.trigger.text in {"said", "told"}]
    assert [e.actor1.country for e in said] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Norvik Holdings Ltd said sales rose. Norvik is a Luxembourg-based investment company. "
         "Norvik said it would buy a plant.", ["LUX", "LUX"]),
        ("Tarsis Marine Inc said the share purchase broke the laws of Liberia, its country of "
         "incorporation. The company said profits rose.", ["LBR", "LBR"]),
    ],
)
def test_a_home_the_text_states_places_the_company(text, expected):
    said = [e for e in _events(text, dateline="HOUSTON, May 4") if e.trigger.text == "said"]
    assert [e.actor1.country for e in said] == expected


def test_an_unnamed_official_conjoined_to_a_placed_body_is_its_official():
    text = ("The Italian Foreign Ministry said it could not confirm the visit, but an official said "
            "\"it is very likely.\"")
    said = [e for e in _events(text, dateline="LONDON, May 4") if e.trigger.text == "said"]
    assert [e.actor1.country for e in said] == ["ITA", "ITA"]


def test_a_company_speaking_as_its_unit_in_a_country_is_that_countrys_actor():
    text = ("Barclays Bank Plc in Kenya said it will raise its lending rate. "
            "Barclays said the increase reflects high funding costs.")
    said = [e for e in _events(text, dateline="NAIROBI, May 4") if e.trigger.text == "said"]
    assert [e.actor1.country for e in said] == ["KEN", "KEN"]


def test_a_definite_description_repeats_the_placed_phrase_with_its_head():
    # "the secretariat" is the "Argentine agriculture secretariat" named before, though a bare
    # "the secretariat" came between; not the dateline's country.
    text = ("Argentina's agriculture secretariat raised the support price of maize. The secretariat also "
            "cut the price of wheat. The secretariat said the price of sorghum was unchanged.")
    events = _events(text, dateline="LONDON, May 4")
    assert [_codes(e) for e in events if e.type == "STATEMENT"] == [("STATEMENT", "ARG", None)]


def test_the_one_quoted_as_saying_speaks_not_the_medium_relaying_it():
    text = "Kuwait's news agency KUNA quoted Iraqi Oil Minister Issam al-Chalabi as saying output would rise."
    events = _events(text, dateline="LONDON, May 4")
    assert [_codes(e) for e in events] == [("STATEMENT", "IRQ", None)]


def test_a_quoted_speech_act_is_triggered_by_the_quoting_verb_not_as_saying():
    # guidelines: in "X quoted Y as saying", "as saying" only carries the quote
    for text in ("The radio station quoted Finance Minister Hernan Buchi as saying the debt talks would resume.",
                 "Buchi was quoted by the radio station as saying the debt talks would resume."):
        statement = _find(_events(text, dateline="SANTIAGO, May 4"), "STATEMENT")
        assert statement.trigger.text == "quoted"


def test_one_of_a_group_that_just_spoke_speaks_for_its_side():
    text = ("Brazilian central bank officials said the reserves were adequate. "
            "\"We see no reason for alarm,\" one said.")
    statements = [_codes(e) for e in _events(text, dateline="BRASILIA, May 4") if e.type == "STATEMENT"]
    assert statements == [("STATEMENT", "BRA", None), ("STATEMENT", "BRA", None)]
    anonymous = "Dealers said the market was quiet. \"We see no reason for alarm,\" one said."
    assert [e for e in _events(anonymous, dateline="LONDON, May 4") if e.type == "STATEMENT"] == []


def test_two_companies_of_one_country_agreeing_are_two_sides():
    text = "Boeing Co and the Machinists union agreed to extend the current labor contract by a month."
    assert _codes(_find(_events(text, dateline="SEATTLE, May 4"), "AGREE")) == ("AGREE", "USA", "USA")


def test_officials_of_a_company_several_countries_own_are_no_ones_in_its_home_city():
    text = ("Airbus Industrie officials said the consortium would deliver 20 more jets next year. "
            "Airbus Industrie also said on Monday it would open an office in Peking. It said orders would rise.")
    statements = [_codes(e) for e in _events(text, dateline="TOULOUSE, May 4") if e.type == "STATEMENT"]
    assert statements == [("STATEMENT", None, None)] * 3


def test_according_to_a_source_is_its_statement_but_not_to_a_contract():
    text = "Floods cut the railway line to the port, according to Bolivian transport officials."
    assert [_codes(e) for e in _events(text, dateline="LA PAZ, May 4")] == [("STATEMENT", "BOL", None)]
    terms = "According to the contract, the ships will be delivered in May."
    assert [e for e in _events(terms, dateline="LA PAZ, May 4") if e.type == "STATEMENT"] == []


def test_admitting_is_reporting():
    text = "Japanese officials admitted there is little more they can do to stem the fall of the dollar."
    assert [_codes(e) for e in _events(text, dateline="TOKYO, May 4")] == [("STATEMENT", "JPN", None)]


def test_a_document_speaks_for_the_author_its_name_gives_but_a_bare_one_for_no_one():
    named = "Tariffs will do little to cut the trade deficit, a Federal Trade Commission study said."
    assert [_codes(e) for e in _events(named, dateline="WASHINGTON, May 4")] == [("STATEMENT", "USA", None)]
    bare = "Tariffs will do little to cut the trade deficit, a study said."
    assert _events(bare, dateline="WASHINGTON, May 4") == ()


def test_a_two_party_act_missing_its_other_party_takes_the_one_the_headline_names():
    text = ("Pertamina, the state oil company, signed a 20-year supply contract for liquefied natural gas, "
            "an official said.")

    def agreements(title):
        article = Article(article_id="t", text=text, published_at=DCT, dateline="JAKARTA, May 4", title=title)
        ctx = build_context(article, nlp.load()(text))
        return [_codes(e) for e in extract_events(ctx, (), extract_entities(ctx)) if e.type == "AGREE"]

    assert agreements("INDONESIA SIGNS GAS SUPPLY PACT WITH SOUTH KOREA") == [("AGREE", "IDN", "KOR")]
    # two other countries in the headline: which one is the party is not said
    assert agreements("INDONESIA SIGNS GAS PACTS WITH JAPAN, SOUTH KOREA") == [("AGREE", "IDN", None)]


def test_talks_with_one_party_named_take_the_other_side_from_the_headline():
    text = "Negotiations with Japan on a new textile agreement are due to begin in May, a trade official said."
    article = Article(article_id="t", text=text, published_at=DCT, dateline="GENEVA, May 4",
                      title="U.S., JAPAN TO OPEN TEXTILE TALKS")
    ctx = build_context(article, nlp.load()(text))
    talks = [_codes(e) for e in extract_events(ctx, (), extract_entities(ctx)) if e.type == "CONSULT"]
    assert talks == [("CONSULT", "USA", "JPN")]


def test_a_demand_with_no_party_named_takes_the_headlines_other_country():
    text = "Commerce Secretary Malcolm Baldrige called for faster action to open markets to American goods."
    article = Article(article_id="t", text=text, published_at=DCT, dateline="WASHINGTON, May 4",
                      title="U.S. PRESSES JAPAN TO OPEN MARKETS")
    ctx = build_context(article, nlp.load()(text))
    assert [_codes(e) for e in extract_events(ctx, (), extract_entities(ctx))] == [("REQUEST", "USA", "JPN")]


def test_a_meeting_of_a_group_of_countries_is_their_consultation():
    text = ("Officials said the next meeting of OPEC oil ministers is set for June in Vienna. "
            "A meeting of the Group of Ten in Basle ended without a statement.")
    codes = [_codes(e) for e in _events(text) if e.type == "CONSULT"]
    assert codes == [("CONSULT", None, None), ("CONSULT", None, None)]
    # a meeting "of" a party of one country is not a group's ("a meeting of Brazilian bankers")
    text = "A meeting of Brazilian bankers in Sao Paulo ended without a statement."
    assert ("CONSULT", None, None) not in [_codes(e) for e in _events(text)]


def test_saying_a_named_party_should_act_asks_it_and_the_act_is_content():
    for text in ("U.S. Trade Representative Clayton Yeutter said Japan should buy more American computer chips.",
                 "U.S. Trade Representative Clayton Yeutter said Japan must stop dumping chips and buy more "
                 "American computer chips."):
        assert [_codes(e) for e in _events(text)] == [("REQUEST", "USA", "JPN")]


def test_an_agreement_among_parties_the_text_does_not_place_is_logged_with_null_countries():
    text = ("The participants agreed to cooperate closely to foster stability of exchange rates. "
            "Languetin said no recommendations were agreed.")
    agreements = [_codes(e) for e in _events(text) if e.type == "AGREE"]
    assert agreements == [("AGREE", None, None), ("AGREE", None, None)]
    # an adjective agrees nothing; a party to be placed elsewhere is not left as an unknown group
    text = "He said Opec output remained under its agreed ceiling. Rha said a team he led agreed to buy U.S. products."
    assert [e for e in _events(text) if e.type == "AGREE" and e.actor1 and e.actor1.country is None] == []


def test_officials_from_several_countries_are_a_group_not_the_datelines_country():
    text = "Deputy oil ministers from six Gulf Arab states will meet in Bahrain today to discuss oil marketing."
    meetings = [_codes(e) for e in _events(text, dateline="LONDON, March 3") if e.type == "CONSULT"]
    assert meetings == [("CONSULT", None, None)]


def test_striking_is_an_attack_when_armed_forces_strike_and_striking_an_accord_agrees():
    text = "Iraqi warplanes also struck Iran's offshore oilfields at Nowruz, today's communique said."
    assert ("ASSAULT", "IRQ", "IRN") in [_codes(e) for e in _events(text)]
    text = "Portuguese dockers struck for higher pay at Lisbon."
    assert [e.type for e in _events(text) if e.trigger.text == "struck"] == ["PROTEST"]
    text = "Portuguese seamen struck individual accords with Spanish companies."
    assert ("AGREE", "PRT", "ESP") in [_codes(e) for e in _events(text)]


def test_a_resignation_has_no_second_party():
    text = "Former national security adviser John Poindexter resigned from his NSC post in Washington last November."
    assert [_codes(e) for e in _events(text) if e.type == "RETREAT"] == [("RETREAT", "USA", None)]


def test_talks_with_one_party_reported_by_the_other_sides_speaker_are_the_speakers_sides():
    text = ("Volkswagen director Carl Hahn said the group hopes to build a plant in Asia. However, the West "
            "German executive added that discussions with China about the plant were still at an early stage.")
    assert ("CONSULT", "DEU", "CHN") in [_codes(e) for e in _events(text, dateline="WOLFSBURG, March 3")]


def test_a_call_is_a_request_only_with_what_it_asks_for():
    text = "Sprinkel repeated his call for further cuts in the U.S. budget deficit."
    assert [e.type for e in _events(text)] == ["REQUEST"]
    text = "The company said calls by two of its container ships to Busan, South Korea, had been cancelled."
    assert "REQUEST" not in [e.type for e in _events(text)]


def test_applying_requests_only_with_what_is_applied_for():
    text = "Burma has applied to the United Nations to be reclassified as a least developed country."
    assert [e.type for e in _events(text)] == ["REQUEST"]
    text = "White House spokesman Marlin Fitzwater said Japan is applying the full-court press on trade."
    assert "REQUEST" not in [e.type for e in _events(text)]


def test_not_wanting_a_party_to_act_asks_nothing():
    text = ('"They (the bank) do not want their traditional borrowers from smaller countries in the region to get '
            'overwhelmed by (India and China)," he said.')
    assert "REQUEST" not in [e.type for e in _events(text, dateline="NEW DELHI, March 3")]
    text = "Britain wants Japan to agree a timetable for joint rules on capital adequacy."
    assert ("REQUEST", "GBR", "JPN") in [_codes(e) for e in _events(text)]
