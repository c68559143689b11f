"""Build ``own_blind9a.jsonl``: part of a ninth blind events set (events + entity mentions),
annotated from the texts alone before the extractor ran on these articles.

Same anchoring as ``annotate_own_dev.py``. Run from the repo root:

    python tests/data/events/annotate_own_blind9a.py /path/to/reuters21578.jsonl.gz

Sample: the events_dev pool (>=2 places or a topic in trade/crude/interest/money-fx/ship/grain,
bodies 400-2500 chars, not in HOLDOUT_IDS.txt) minus every article already in tests/data/**/*.jsonl
and ../shared/dev/*.jsonl ; minus the 160 stories of two unlabelled reviews (2,891 left); 24 drawn
with random.Random(9101).sample, dropping any whose title equals a title already in a gold set,
first 16 kept; this file holds kept draws 0-7 (8 articles, all kept).
30 event records (28 first mentions, 2 later mentions), 85 not_annotated spans, 82 entity mentions;
two articles without events (5998 Fed, 17041 Bank of Japan: negatives).
Single annotator, one pass plus a check of every record against its sentence. See GUIDELINES.md
and ../shared/dev/EVENTS.md for the rules.

Entities: every PERSON/ORG/GPE/LOC/NORP mention in ``text`` (not title or dateline), with the
country of the entity (null for IGOs and bodies of several countries: the EC, GATT, the
International Energy Agency, the World Energy Conference; null for "the Gulf"; an IGO's official,
Helga Steeg of the IEA, is null as her actor is). Possessive 's left out; job titles and "Sir" are
not part of a PERSON span; "Reagan administration" gives a PERSON "Reagan"; "British government"
gives a NORP "British"; a government body named with its country word is one ORG span ("Indian
Finance Ministry", "U.S. Senate Finance Committee", "British Overseas Development Administration");
"R-Mo." / "R-Minn." give GPE "Mo." / "Minn."; <Davy McKee> is tagged without the brackets; common
nouns ("agriculture secretariat", "Dutch port and transport union") are not names, but "FNV" is.

Judgement calls made here:
* Rotterdam port (518): FNV "agreed to an employers' request to reconvene ... talks tonight" is
  AGREE union -> employers, undated (non-speech, no time expression on "agreed"; "tonight" dates
  the reconvening, which is content, skipped); the union spokesman's "said" is attribution. The
  employers' "invitation to restart the talks comes on the day a deadline ... expires" is the
  request with its own predication: REQUEST employers -> union, dated by De Graaf's "today" (DCT);
  the "request" inside S1 is skipped as content of the AGREE. "Talks broke down Thursday", "the
  union walked out" and "employers tabled their final offer" have no clear type (end of talks;
  walk-out as REJECT/PROTEST; an offer) and are skipped. The strikes "which started January 19"
  are PROTEST by the implied union against the employers (as own_blind8a's 5870), 1987-01-19.
  De Graaf's "if the dispute had not ended by today he would withdraw the ... subsidy" is a
  conditional threat: THREATEN NLD -> the sector (NLD), wire-style DCT. "No comment was
  immediately available from the employers' organization" is a withheld STATEMENT (negated).
* Fed (5998) and Bank of Japan (17041): no events - economists' and dealers' talk, a Fed reserve
  operation, a currency intervention and market moves only (negatives).
* British grants (5153): "India will get ... grants from Britain" is AID GBR -> IND, planned,
  undated; the 31 mln grant "would be disbursed" is a separate AID (planned, implied actors),
  the "agreement signed here yesterday" between the Indian Finance Ministry and the British ODA is
  AGREE, 1987-03-13 in New Delhi; the British coal grants that "totalled 52 mln stg in the past 10
  years" are AID, asserted, undated (a 10-year span has no single value); "the British government
  agreed to provide" is AGREE GBR -> IND (implied), undated; the "said" clauses are attribution.
  "The grant will finance" / "It will also help develop" restate the 73.65 mln grant and are
  skipped, so "it added" is a STATEMENT. Davy McKee's engineering "to be undertaken" is left out
  (no named customer or contract).
* Senate panel (6585): the Finance Committee "approved nonbinding resolutions urging the Reagan
  administration oppose ..." is REQUEST USA -> USA on "approved", undated (non-speech, no time
  expression); the resolutions' own "urges" clauses (documents), the sponsors "offered" (legislative
  procedure), the expected floor approval and the proposed EC tax (content) are skipped. "Canada
  recently imposed a permanent duty ... on U.S. corn imports" is SANCTION CAN -> USA, undated
  ("recently" has no value).
* IEA (12609): Steeg's forecasts that a U.S. oil import fee "would disrupt world markets" are
  STATEMENTs (criticism of a proposed policy, not of an actor: ACCUSE arguable); "praised President
  Reagan's opposition to a tax" is SUPPORT IEA (null) -> USA.
* Argentina (20550): setting support prices is domestic price policy (no event), so "an official
  statement said", "It said" (twice) and "The secretariat said" are STATEMENTs by the Argentine
  government, DCT.
* Howe (20991): "backed the United States' attack" is SUPPORT GBR -> USA (location London, where
  the statement was issued); his quoted "The United States is fully entitled ..., Howe said in a
  statement" is a later mention of it; "the United States' attack on an Iranian oil platform on
  Monday" is ASSAULT USA -> IRN 1987-10-19 with "its forces destroyed the platform on Monday" as a
  later mention ("The United States said" is attribution); the "Iranian missile attack on a
  U.S.-flagged Kuwaiti ship last Friday" is ASSAULT IRN -> USA (the flag state; KWT, the owner's
  country, arguable), 1987-10-16. "I trust the Iranians will fully understand that continued
  attacks ... will only enhance justification for firm action" is read as a warning with a
  consequence: THREATEN GBR -> IRN (STATEMENT arguable: the firm action would be America's).
  The senior Iranian official "who said America was now involved in a full-scale war" is an
  identifiable speaker: STATEMENT IRN, DCT, no location (not Luxembourg). "It would be profoundly
  undesirable and quite unjustified for Iran to react in that way" tells an identified actor not
  to act: REQUEST GBR -> IRN (convention 2; STATEMENT arguable). The EC ministers' meeting is an
  internal meeting of one body (skipped).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import annotate_own_dev  # noqa: E402

ROT = ("ROTTERDAM", "NLD")
ND = ("NEW DELHI", "IND")
WA = ("WASHINGTON", "USA")
BA = ("BUENOS AIRES", "ARG")
LUX = ("Luxembourg", "LUX")
LON = ("London", "GBR")
# (type, trigger, actor1 (anchor, country, kind), actor2 or None, location (text, country) or None,
#  date, precision, date_text, modality, same_as index or None, note)
ANNOTATIONS = {
    "reuters21578-518": {
        "events": [
            ("AGREE", "agreed", ("Dutch port and transport union, FNV", "NLD", "ORG"),
             ("employers'", "NLD", "BUS"), None, None, "unknown", None, "asserted", None,
             "agreement to reconvene talks; 'tonight' dates the reconvening (content), not the agreeing"),
            ("PROTEST", ("strikes", "strikes which started"), (None, "NLD", "ORG"),
             (("employers", "employers tabled"), "NLD", "BUS"), None,
             "1987-01-19", "day", "January 19", "asserted", None,
             "the strike campaign by the implied union against the employers' redundancy plans"),
            ("REQUEST", "invitation", ("The employers'", "NLD", "BUS"), (None, "NLD", "ORG"), None,
             "1987-03-02", "day", None, "asserted", None,
             "the employers' invitation to restart talks comes on the deadline day ('today' in the next sentence)"),
            ("THREATEN", ("said", "De Graaf said"), ("De Graaf", "NLD", "GOV"),
             (("the sector", "subsidy to"), "NLD", "BUS"), ROT, "1987-03-02", "day", None, "asserted", None,
             "conditional threat to withdraw the sector's labour subsidy; wire-style DCT"),
            ("STATEMENT", "No comment", ("the employers' organization", "NLD", "ORG"), None, ROT,
             "1987-03-02", "day", None, "negated", None, "withheld statement"),
        ],
        "skip": [
            ("request", "content of the AGREE (the request is recorded on 'invitation')"),
            ("reconvene", "content of the agreement"),
            ("peace talks", "content of the agreement"),
            (("strikes", "to end strikes"), "purpose of the talks; the strike campaign is recorded below"),
            ("disrupted", "effect of the strikes"),
            (("said", "spokesman said"), "attribution (rule 3)"),
            ("broke down", "end of talks: no clear type"),
            ("walked out", "walk-out from talks: borderline (REJECT/PROTEST)"),
            ("tabled", "an offer: no clear type"),
            (("end", "offer to end"), "content of the offer"),
            ("started", "phase verb of the strike campaign"),
            (("protest", "in protest"), "purpose of the strikes"),
            ("redundancies", "background"),
            (("talks", "restart the talks"), "content of the invitation"),
            ("set by", "the deadline is part of De Graaf's threat (recorded on 'said')"),
            ("expires", "deadline"),
            ("withdraw", "content of the threat"),
        ],
        "entities": [
            ("Dutch", "NORP", "NLD"),
            ("FNV", "ORG", "NLD"),
            ("Rotterdam", "GPE", "NLD"),
            ("Louw de Graaf", "PERSON", "NLD"),
            ("De Graaf", "PERSON", "NLD"),
        ],
    },
    "reuters21578-5998": {
        "events": [],
        "skip": [
            ("enter", "Fed reserve operation (monetary operation)"),
            (("said", "economists said"), "economists' talk (anonymous)"),
            (("said", "They said"), "economists' talk (anonymous)"),
            ("supply", "Fed reserve operation"),
            ("averaged", "market movement"),
            ("opened", "market movement"),
            ("moved", "market movement"),
        ],
        "entities": [
            ("Federal Reserve", "ORG", "USA"),
            ("U.S.", "GPE", "USA"),
            (("Fed", "Fed would"), "ORG", "USA"),
        ],
    },
    "reuters21578-5153": {
        "events": [
            ("AID", "get", ("Britain", "GBR", "GOV"), ("India", "IND", "GOV"), None,
             None, "unknown", None, "planned", None,
             "grants for the coal, zinc and lead industries ('will get'); 'said in a statement' is attribution"),
            ("AID", "disbursed", (None, "GBR", "GOV"), (None, "IND", "GOV"), None,
             None, "unknown", None, "planned", None,
             "the 31 mln stg grant 'would be disbursed over three to four years' (no single date)"),
            ("AGREE", ("agreement", "under an agreement"), ("the Indian Finance Ministry", "IND", "GOV"),
             ("the British Overseas Development Administration", "GBR", "GOV"), ND,
             "1987-03-13", "day", "yesterday", "asserted", None,
             "agreement 'signed here yesterday' in New Delhi"),
            ("AID", ("grants", "British grants"), (None, "GBR", "GOV"), ("the Indian coal industry", "IND", "BUS"),
             None, None, "unknown", None, "asserted", None,
             "grants that 'totalled 52 mln stg in the past 10 years' (a span with no single value)"),
            ("AGREE", ("agreed", "British government"), ("the British government", "GBR", "GOV"),
             (None, "IND", "GOV"), None, None, "unknown", None, "asserted", None,
             "'agreed to provide' a 73.65 mln stg grant (convention 8)"),
            ("STATEMENT", "added", (("it", "help develop"), "GBR", "GOV"), None, ND,
             "1987-03-14", "day", None, "asserted", None,
             "the British Information Services' statement on the grant's use (its content is skipped)"),
        ],
        "skip": [
            (("said", "Information Services said"), "attribution (rule 3)"),
            (("said", "It said"), "attribution (rule 3)"),
            ("signed", "part of the AGREE (recorded on 'agreement')"),
            (("said", "10 years, it"), "attribution (rule 3)"),
            (("agreement", "separate agreement"), "bare nominal of the AGREE on 'agreed'"),
            ("provide", "content of the AGREE"),
            (("said", "the statement said"), "attribution (rule 3)"),
            ("finance", "restates the 73.65 mln grant"),
            ("undertaken", "engineering work with no named customer or contract"),
            ("help develop", "restates the grant (content of 'added')"),
        ],
        "entities": [
            ("India", "GPE", "IND"),
            ("Britain", "GPE", "GBR"),
            ("British Information Services", "ORG", "GBR"),
            ("Indian Finance Ministry", "ORG", "IND"),
            ("British Overseas Development\nAdministration", "ORG", "GBR"),
            (("British", "British grants"), "NORP", "GBR"),
            (("Indian", "Indian coal"), "NORP", "IND"),
            (("British", "British mechanised"), "NORP", "GBR"),
            (("British", "British government"), "NORP", "GBR"),
            ("Rampura-Agucha", "GPE", "IND"),
            ("Chaneriya", "GPE", "IND"),
            (("India", "India's northern"), "GPE", "IND"),
            ("Rajasthan", "GPE", "IND"),
            (("Britain", "Britain's"), "GPE", "GBR"),
            ("Davy McKee", "ORG", "GBR"),
            ("Stockton", "GPE", "GBR"),
        ],
    },
    "reuters21578-6585": {
        "events": [
            ("REQUEST", ("approved", "Committee"), ("The U.S. Senate Finance Committee", "USA", "GOV"),
             ("the Reagan\nadministration", "USA", "GOV"), None, None, "unknown", None, "asserted", None,
             "approved resolutions urging the administration to oppose Canada's ruling and the EC oils tax; "
             "non-speech, no time expression"),
            ("SANCTION", "imposed", (("Canada", "Canada recently"), "CAN", "GOV"),
             (("U.S.", "bushel on"), "USA", "GOV"), None, None, "unknown", None, "asserted", None,
             "permanent duty on U.S. corn imports; 'recently' has no value"),
        ],
        "skip": [
            ("urging", "the resolutions' content (recorded on 'approved')"),
            ("oppose", "content of the request"),
            ("ruling", "bare nominal of Canada's duty (recorded on 'imposed')"),
            ("proposed", "proposed EC tax, content"),
            (("approved", "resolutions,"), "participial restatement of the committee vote"),
            ("sent", "legislative procedure"),
            (("approved", "expected to be"), "expected floor vote: legislative procedure"),
            ("offered", "a sponsor offering a measure: legislative procedure"),
            (("urges", "measure,"), "a document's content"),
            ("retaliatory measures", "content of the resolution"),
            (("approved", "if the tax"), "hypothetical EC Council approval inside the resolution's content"),
            (("offered", "Durenberger"), "legislative procedure"),
            (("urges", "amendment"), "a document's content"),
            ("complaint", "content of the resolution"),
            ("believes", "condition inside the content"),
            ("decision", "bare nominal of Canada's duty"),
        ],
        "entities": [
            ("U.S. Senate Finance Committee", "ORG", "USA"),
            ("Reagan", "PERSON", "USA"),
            ("Canada", "GPE", "CAN"),
            (("U.S", "U.S corn"), "GPE", "USA"),
            ("European Community", "ORG", None),
            (("Senate", "Senate floor"), "ORG", "USA"),
            (("EC", "EC oils"), "ORG", None),
            ("John Danforth", "PERSON", "USA"),
            ("Mo.", "GPE", "USA"),
            ("EC Council of Ministers", "ORG", None),
            ("David Durenberger", "PERSON", "USA"),
            ("Minn.", "GPE", "USA"),
            ("GATT", "ORG", None),
            (("U.S.", "U.S. believes"), "GPE", "USA"),
            (("Canada", "Canada was"), "GPE", "CAN"),
            (("Canada", "Canada recently"), "GPE", "CAN"),
            (("U.S.", "bushel on"), "GPE", "USA"),
        ],
    },
    "reuters21578-17041": {
        "events": [],
        "skip": [
            ("intervened", "currency intervention (monetary operation)"),
            (("said", "dealers said"), "dealers' talk (anonymous)"),
            ("bought", "currency intervention"),
            (("said", "they said"), "dealers' talk (anonymous)"),
            (("opened", "market opened"), "market opening"),
            (("opened", "dollar opened"), "market movement"),
            (("set", "140.55"), "market level"),
        ],
        "entities": [
            ("Bank of Japan", "ORG", "JPN"),
            ("Tokyo", "GPE", "JPN"),
            ("U.S.", "GPE", "USA"),
            (("Tokyo", "Tokyo low of"), "GPE", "JPN"),
            ("New York", "GPE", "USA"),
            (("Tokyo", "Tokyo low was"), "GPE", "JPN"),
        ],
    },
    "reuters21578-20550": {
        "events": [
            ("STATEMENT", "said", ("an official\nstatement", "ARG", "GOV"), None, BA,
             "1987-10-20", "day", None, "asserted", None,
             "announcement of new support prices (domestic price policy: no type)"),
            ("STATEMENT", ("said", "It said the support"), ("It", "ARG", "GOV"), None, BA,
             "1987-10-20", "day", None, "asserted", None, "the new prices"),
            ("STATEMENT", ("said", "It said the price"), (("It", "It said the price"), "ARG", "GOV"), None, BA,
             "1987-10-20", "day", None, "asserted", None, "effective date"),
            ("STATEMENT", ("said", "The secretariat said"), ("The secretariat", "ARG", "GOV"), None, BA,
             "1987-10-20", "day", None, "asserted", None, "the new prices"),
        ],
        "skip": [
            ("set", "domestic price policy"),
            ("hiked", "domestic price policy"),
            ("went into effect", "domestic price policy"),
            ("increased", "domestic price policy"),
        ],
        "entities": [
            ("Argentina", "GPE", "ARG"),
            (("Argentina", "northwestern Argentina"), "GPE", "ARG"),
        ],
    },
    "reuters21578-20991": {
        "events": [
            ("SUPPORT", "backed", ("British Foreign Secretary Sir Geoffrey\nHowe", "GBR", "GOV"),
             ("the United States'", "USA", "GOV"), LON, "1987-10-19", "day", None, "asserted", None,
             "endorsement of the U.S. attack, in a statement issued in London"),
            ("ASSAULT", "attack", ("the United States'", "USA", "MIL"), ("an Iranian oil\nplatform", "IRN", "GOV"),
             None, "1987-10-19", "day", "on Monday", "asserted", None,
             "U.S. attack on an Iranian oil platform; Monday = the DCT"),
            ("STATEMENT", ("said", "backed"), ("British Foreign Secretary Sir Geoffrey\nHowe", "GBR", "GOV"),
             None, LON, "1987-10-19", "day", None, "asserted", None, "forecast: should not worsen the Gulf crisis"),
            ("SUPPORT", ("said", "Howe said in"), (("Howe", "Howe said in"), "GBR", "GOV"),
             (("The United States", "The United States is"), "USA", "GOV"), LON, "1987-10-19", "day", None,
             "asserted", 0, "quotation of the backing (later mention)"),
            ("ASSAULT", "destroyed", ("its forces", "USA", "MIL"), ("the platform", "IRN", "GOV"), None,
             "1987-10-19", "day", "on\nMonday", "asserted", 1, "later mention of the attack"),
            ("ASSAULT", ("attack", "missile attack"), (("Iranian", "Iranian missile"), "IRN", "MIL"),
             ("a U.S.-\nflagged Kuwaiti ship", "USA", "BUS"), None, "1987-10-16", "day", "last Friday",
             "asserted", None, "the U.S.-flagged ship's flag state (KWT arguable); Friday before Mon 1987-10-19"),
            ("THREATEN", "added", (("Howe", "Howe added"), "GBR", "GOV"), ("the Iranians", "IRN", "GOV"), LUX,
             "1987-10-19", "day", None, "asserted", None,
             "warning that continued attacks will justify firm action (STATEMENT arguable)"),
            ("STATEMENT", ("said", "official who said"), ("a senior Iranian official", "IRN", "GOV"), None, None,
             "1987-10-19", "day", None, "asserted", None,
             "assessment that America is in a full-scale war; wire-style DCT; place not given"),
            ("REQUEST", ("said", "that way"), (("he", "that way"), "GBR", "GOV"), (("Iran", "Iran to react"), "IRN", "GOV"),
             LUX, "1987-10-19", "day", None, "asserted", None,
             "Iran told not to react by war (convention 2; STATEMENT arguable)"),
        ],
        "skip": [
            ("worsen", "content"),
            ("military action", "content of the quotation"),
            ("threat", "content of the quotation"),
            (("attacks", "further attacks"), "content of the quotation"),
            ("issued", "part of the reporting clause"),
            (("said", "The United States said"), "attribution (rule 3)"),
            ("retaliation", "the destroying is the retaliation"),
            ("Referring", "participle of the warning"),
            (("attacks", "continued attacks"), "content of the warning"),
            ("firm action", "content of the warning"),
            ("press conferenced", "the press conference's statement is recorded on 'he said'"),
            ("meeting", "internal meeting of one body (EC ministers)"),
            ("asked", "reporters' question"),
            ("statements", "nominal of the official's saying (recorded on 'said')"),
            (("war", "full-scale war"), "content"),
            (("react", "Iran to react"), "content of the request"),
        ],
        "entities": [
            ("British", "NORP", "GBR"),
            ("Geoffrey\nHowe", "PERSON", "GBR"),
            ("United States", "GPE", "USA"),
            ("Iranian", "NORP", "IRN"),
            ("Gulf", "LOC", None),
            (("United States", "United States is"), "GPE", "USA"),
            (("Howe", "Howe said in"), "PERSON", "GBR"),
            ("London", "GPE", "GBR"),
            (("United States", "United States said"), "GPE", "USA"),
            (("Iranian", "Iranian missile"), "NORP", "IRN"),
            (("U.S.", "U.S.-"), "GPE", "USA"),
            ("Kuwaiti", "NORP", "KWT"),
            (("Howe", "Howe added"), "PERSON", "GBR"),
            ("Iranians", "NORP", "IRN"),
            ("Luxembourg", "GPE", "LUX"),
            ("European Community", "ORG", None),
            (("EC", "EC)"), "ORG", None),
            (("Howe", "Howe was asked"), "PERSON", "GBR"),
            (("Iranian", "Iranian official"), "NORP", "IRN"),
            ("America", "GPE", "USA"),
            (("Iran", "Iran to react"), "GPE", "IRN"),
        ],
    },
    "reuters21578-12609": {
        "events": [
            ("STATEMENT", "said", ("Helga Steeg, executive director of\nthe International Energy Agency", None, "IGO"),
             None, WA, "1987-04-02", "day", None, "asserted", None,
             "forecast of the fee's effects (criticism of a proposed policy, not an actor)"),
            ("STATEMENT", "told", ("She", None, "IGO"), None, WA, "1987-04-02", "day", None, "asserted", None,
             "assessment told to the World Energy Conference's U.S. chapter"),
            ("STATEMENT", ("said", "Steeg also"), (("Steeg", "Steeg also"), None, "IGO"), None, WA,
             "1987-04-02", "day", None, "asserted", None, "assessment (GATT violation)"),
            ("SUPPORT", "praised", (("Steeg", "Steeg praised"), None, "IGO"), ("President Reagan", "USA", "GOV"), WA,
             "1987-04-02", "day", None, "asserted", None, "praise of Reagan's opposition to the tax"),
        ],
        "skip": [
            ("disrupt", "content of the forecast"),
            (("retaliation", "trade retaliation"), "content of the forecast"),
            ("believed", "part of the reporting clause"),
            ("violate", "content"),
            ("imposing", "content"),
            (("retaliation", "permitting"), "content"),
            ("opposition", "Reagan's standing opposition, content of the praise"),
            ("helping", "content"),
        ],
        "entities": [
            ("Helga Steeg", "PERSON", None),
            ("International Energy Agency", "ORG", None),
            ("U.S.", "GPE", "USA"),
            ("United States", "GPE", "USA"),
            (("U.S.", "U.S. chapter"), "GPE", "USA"),
            ("World Energy Conference", "ORG", None),
            (("Steeg", "Steeg also"), "PERSON", None),
            ("General Agreement on\nTariffs and Trade", "ORG", None),
            ("GATT", "ORG", None),
            (("Steeg", "Steeg praised"), "PERSON", None),
            ("Reagan", "PERSON", "USA"),
            (("U.S.", "U.S. oil industry"), "GPE", "USA"),
        ],
    },
}

if __name__ == "__main__":
    annotate_own_dev.main(ANNOTATIONS, "own_blind9a.jsonl")
