"""Trigger detection over the dependency parse, driven by the dictionaries in ``data/``."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.events.lexicon import Lexicon

VERB_POS = {"VERB"}
NOUN_POS = {"NOUN", "PROPN"}
# Dependents whose presence makes an event noun eventive (it has its own participants).
_NAME_ENTITY_TYPES = {"ORG", "LAW", "EVENT", "PRODUCT", "WORK_OF_ART", "FAC"}
_EVENTIVE_PREPS = {"with", "to", "against", "between", "from", "by", "of", "on", "over", "in", "for", "among"}


@dataclass(frozen=True)
class Trigger:
    """A candidate event: its head token, type, form, last token.

    form: verb | noun | adj | speech | passive (named in the passive, actor2 = agent) |
    withheld (a refused statement: STATEMENT, negated).
    """

    token: object  # spaCy Token
    type: str
    form: str
    last: object  # spaCy Token ending the trigger span (the particle of a phrasal verb)

    @property
    def start(self) -> int:
        """Character offset where the trigger span starts."""
        return self.token.idx

    @property
    def end(self) -> int:
        """Character offset where the trigger span ends (exclusive), particle included."""
        return self.last.idx + len(self.last.text) if self.last.i >= self.token.i else self.token.idx + len(self.token)


def lemma(tok) -> str:
    """Lower-case lemma (spaCy keeps proper-noun capitals)."""
    return tok.lemma_.lower()


def find(doc, lex: Lexicon) -> list[Trigger]:
    """Every trigger candidate in ``doc``, in text order, before speech-act resolution."""
    out: list[Trigger] = []
    for tok in doc:
        trig = (
            _withheld(tok, lex) or _clause_trigger(tok, lex) or _attribution(tok, lex) or _verb_trigger(tok, lex)
            or _adjective_trigger(tok, lex) or _noun_trigger(tok, lex)
        )
        if trig is not None:
            out.append(trig)
    nouns = {(t.token.i, t.type) for t in out if t.form == "noun"}
    # "the sanctions imposed against Japan": the event noun is the record, its participle only says so.
    return [t for t in out if t.form != "verb" or not any((n.i, t.type) in nouns for n in _modified_object(t.token))]


def _clause_trigger(tok, lex: Lexicon) -> Trigger | None:
    """A word that is an event only with a clause of what it charges (``clause_triggers``): the verb
    with a clause ("charged that Japan is discriminating", "charged the agreement gave U.S. producers
    access") or an object charged with an act ("charged the United States with breaking rules"); the
    noun with a clause of its own ("charges that the vessels were spying", "U.S. charges Japan has
    violated a pact"). Bare, they are prices ("charged interest", "a service charge")."""
    etype = lex.clause_triggers.get(lemma(tok))
    if etype is None or tok.tag_.startswith("NNP"):
        return None
    if tok.pos_ in VERB_POS:
        with_act = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                        for g in c.children) for c in tok.children)
        if any(c.dep_ == "ccomp" for c in tok.children) or (with_act and any(c.dep_ == "dobj" for c in tok.children)):
            return Trigger(tok, etype, "verb", tok)
        return None
    if tok.pos_ in NOUN_POS and tok.dep_ not in {"compound", "amod", "nmod"} and charged_clause(tok) is not None:
        return Trigger(tok, etype, "noun", tok)
    return None


def attribution_source(tok, lex: Lexicon):
    """The source an attribution phrase names ("officials" in "according to Ecuadorean officials"),
    or None when ``tok`` opens no such phrase."""
    preposition = lex.attribution_phrases.get(tok.lower_)
    if preposition is None or tok.dep_ != "prep":
        return None
    link = next((c for c in tok.children if c.lower_ == preposition), None)
    return next((g for g in link.children if g.dep_ == "pobj"), None) if link is not None else None


def _attribution(tok, lex: Lexicon) -> Trigger | None:
    """"..., according to Ecuadorean officials": a report by the source of the clause it attributes
    (not "according to the contract": an event's terms are no one's words)."""
    source = attribution_source(tok, lex)
    if source is None or lemma(source) in lex.nouns:
        return None
    return Trigger(tok, "STATEMENT", "speech", source.head)


def charged_clause(noun):
    """The clause a charge noun states: one opened by "that" ("charges that the vessels were spying"),
    or one with its own subject and object ("charges Japan has violated a pact"; not "the charges the
    bank levied", where the noun is the clause's missing object); None otherwise."""
    for c in noun.children:
        if c.dep_ not in {"acl", "relcl", "ccomp"}:
            continue
        deps = {g.dep_ for g in c.children}
        if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return c
        if "nsubj" in deps and deps & {"dobj", "attr", "acomp", "ccomp"}:
            return c
    return None


def _verb_trigger(tok, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in VERB_POS:
        return None
    lem = lemma(tok)
    if lem in lex.judicial_verbs:
        return _ruling(tok, lex)
    if lem in lex.military_verbs:
        return Trigger(tok, "ASSAULT", "verb", tok) if _armed_parties(tok, lex) else None
    if lem in lex.armed_senses and _armed_parties(tok, lex):
        return Trigger(tok, "ASSAULT", "verb", tok)
    particles = [c for c in tok.children if c.dep_ in {"prt", "prep", "dobj"} and c.i > tok.i]
    words = {c.lower_ for c in particles}
    for key, etype in lex.phrasal_verbs.items():
        if key[0] == lem and set(key[1:]) <= words:
            last = max((c for c in particles if c.lower_ in key[1:]), key=lambda c: c.i)
            return Trigger(tok, etype, "verb", last)
    objects = lex.verb_objects.get(lem)
    if objects:
        # ("the tariffs imposed by President Reagan", "sanctions which Washington imposed": the noun
        # a participle or an object-less relative clause modifies is the verb's object)
        for obj in [*_objects(tok), *_modified_object(tok)]:
            if lemma(obj) in objects or obj.lower_ in objects:
                return Trigger(tok, objects.get(lemma(obj)) or objects[obj.lower_], "verb", tok)
    if lem in lex.relying_verbs and _relied_on(tok, lex.relying_verbs[lem]) is not None:
        return Trigger(tok, "REQUEST", "verb", tok)
    if lem in lex.engaging_verbs and _engages_a_firm(tok):
        return Trigger(tok, "COOPERATE", "verb", tok)
    if lem in lex.refusal_verbs:
        return _refusal(tok, lex)
    idiom = lex.reporting_idioms.get(lem)
    if idiom is not None and has_content(tok) and any(lemma(c) == idiom for c in tok.children):
        return Trigger(tok, "STATEMENT", "speech", tok)  # "made it clear that ...": a reporting verb
    if lem in lex.ultimatum_verbs and _deadline_given(tok, lex):
        # "had given the two states until April 3 to withdraw their opposition", "gave firms an
        # October deadline to cut trading links": an ultimatum asks the party given it to act.
        return Trigger(tok, "REQUEST", "verb", tok)
    told = wanted_party(tok, lex) if lem in lex.telling_directives and _told_to_act(tok) else None
    if told is not None and lemma(told) not in lex.press_audience:
        # "Nakasone told Tamura to redouble his efforts": telling a party to act asks it to (telling
        # it that something is so stays a report).
        return Trigger(tok, "REQUEST", "verb", tok)
    if lem in lex.wanting_verbs or lem in lex.directive_verbs:
        # "wants Tokyo to ease restrictions", "advised the government to cut prices": a request to
        # the party told to act (not "wants to buy", "advised on the sale"; not "we do not wish
        # those problems to divert attention": not wanting asks nothing).
        asks = wanted_party(tok, lex) is not None and not (
            lem in lex.wanting_verbs and any(c.dep_ == "neg" for c in tok.children))
        return Trigger(tok, "REQUEST", "verb", tok) if asks else None
    if lem in lex.passive_verbs:
        passive = any(c.dep_ == "auxpass" for c in tok.children) or tok.dep_ == "acomp"
        return Trigger(tok, lex.passive_verbs[lem], "passive", tok) if passive else None
    if lem in lex.raising_senses and any(
        c.dep_ == "xcomp" and lemma(c) in lex.raising_complements for c in tok.children
    ):
        return None  # "promises to be hard hit"
    # ("a statement released after the meeting": the noun a participle or relative clause modifies is its object)
    if any(lemma(o) in lex.non_event_objects.get(lem, ()) for o in [*_objects(tok), *_modified_object(tok)]):
        return None  # "meet the needs of its clients"
    if lem in lex.verbs and lem in lex.withheld_speech and any(c.dep_ == "neg" for c in tok.children) and not any(
        c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
    ):
        return Trigger(tok, "STATEMENT", "speech", tok)  # "would not discuss the price": a withheld statement
    if lem in lex.complement_verbs and not _asks_for_something(tok):
        return None  # "they apply on both sides of the Atlantic"
    if lem in lex.verbs:
        objects = list(_objects(tok))
        if not objects and tok.dep_ == "conj":
            objects = list(_objects(tok.head))  # "hasn't bought any more stock or sold any"
        if lex.verbs[lem] == "COOPERATE" and any(
            lemma(t) in lex.market_objects for o in objects if not _stake_in_a_company(o, lex) for t in o.subtree
        ):
            return None  # "buy dollars against yen", "bought 31 mln stg of treasury bills": market operations
        return Trigger(tok, lex.verbs[lem], "verb", tok)
    # ("Kuroda leaves for Washington": setting out names the place after "for")
    going = (lem in lex.travel_verbs and _goes_to_place(tok)) or (
        lem in lex.departure_verbs and _goes_to_place(tok, "for") and not _leaves_for_event(tok, lex))
    if going and not _passive_voice(tok):
        # ("the equipment was flown to Pakistan": goods carried, not a visit)
        return Trigger(tok, "CONSULT", "verb", tok)
    if lem in lex.speech_verbs:
        if lem in lex.speech_needs_content and not has_content(tok):
            return None
        return Trigger(tok, "STATEMENT", "speech", tok)
    return None


def _relied_on(tok, prep: str):
    """The party a verb of relying relies on to act ("looking to West Germany to bolster"): the
    object of ``prep`` when an infinitive of what it is to do follows; else None."""
    party = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == prep
                  for g in c.children if g.dep_ == "pobj"), None)
    acts = [c for c in tok.children if c.dep_ in {"advcl", "xcomp"} and to_infinitive(c)]
    if party is None or not acts or not any(t.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for t in party.subtree):
        return None
    governors = [tok]
    while governors[-1].dep_ in {"xcomp", "acomp"} and len(governors) < 4:
        governors.append(governors[-1].head)  # "will not be able to look to ..."
    if any(c.dep_ == "neg" for g in governors for c in g.children):
        return None  # "will not be able to look to the U.S. to take major increases"
    return party


def _engages_a_firm(tok) -> bool:
    """Whether a verb's object, or its passive agent, is an organisation's name ("retained Shearson
    Lehman Brothers Inc", "was selected by <Chinese Petroleum Corp>")."""
    engaged = [c for c in tok.children if c.dep_ == "dobj"]
    engaged += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.ent_type_ == "ORG" for e in engaged for t in e.subtree)


def _ruling(tok, lex: Lexicon) -> Trigger | None:
    """A court's ruling ("the court ruled the employers had erred", "the judge threw out the suit"):
    SANCTION; the same verbs with another subject are what the dictionary says ("dismissed the idea")."""
    out = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ == "out"), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # ("Judge Barrington Parker threw out the suit": the title is a compound of the name)
    heads = [subj, *(c for c in subj.children if c.dep_ == "compound")] if subj is not None else []
    judicial = any(lemma(h) in lex.judicial_subjects for h in heads)
    # ("ruled out a merger" is no ruling; "threw out" is one only with its particle)
    if judicial and (out is None) == (lemma(tok) != "throw"):
        return Trigger(tok, "SANCTION", "verb", out or tok)
    verb = lex.verbs.get(lemma(tok))
    return Trigger(tok, verb, "verb", tok) if verb is not None else None


def _armed_parties(tok, lex: Lexicon) -> bool:
    """Whether a verb of fighting has an armed subject or object ("naval units sank", "stormed a
    platform") or a people named by nationality as its object ("dislodging the Iranians"); not "the
    Japanese occupy a large share of the market"."""
    # ("warplanes hit the jetty and struck a supertanker": a conjoined verb shares the subject)
    shared = [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "conj" else []
    for c in [*tok.children, *shared]:
        if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and lemma(c) in lex.military_words:
            return True
        if c.dep_ == "dobj" and c.ent_type_ == "NORP" and c.tag_ in {"NNS", "NNPS"}:
            return True
    return False


def _modified_object(tok) -> list:
    """The noun ``tok`` modifies as its object: a participle's noun, or a relative clause's when the
    clause has no object of its own."""
    if is_participle_of(tok):
        return [tok.head]
    if tok.dep_ == "relcl" and not any(c.dep_ in {"dobj", "attr"} for c in tok.children):
        return [tok.head]
    return []


def to_infinitive(verb) -> bool:
    """Whether a verb is a to-infinitive ("to stimulate")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _told_to_act(tok) -> bool:
    """Whether a telling verb's complement is an infinitive ("told Japan to stimulate"), not a clause."""
    return any(c.dep_ == "xcomp" and to_infinitive(c) for c in tok.children)


def wanted_party(tok, lex: Lexicon):
    """Who a verb of wanting wants to act: "wants Tokyo to ease", "wanted Airbus to help build"
    (the parser hangs the party on either verb); None for "wants to buy" or "did not want the yen
    to weaken" (a currency is not asked to act)."""
    # (the parser sometimes hangs "to help" as an adverbial clause: "wanted Fokker of ... to help")
    wanted = next((c for c in tok.children if c.dep_ in {"ccomp", "xcomp"} or (
        c.dep_ == "advcl" and to_infinitive(c))), None)
    if wanted is None:
        return None
    return next((c for c in (*wanted.children, *tok.children)
                 if c.dep_ in {"nsubj", "dobj"} and tok.i < c.i < wanted.i and lemma(c) not in lex.epistemic_subjects),
                None)


def _withheld(tok, lex: Lexicon) -> Trigger | None:
    """Wire phrasings of a withheld statement (guidelines: STATEMENT, negated).

    "officials were unavailable for comment", "could not be reached for comment", "Terms were not
    disclosed".
    """
    negated = any(c.dep_ == "neg" for c in tok.children)
    lem = lemma(tok)
    copula = tok.head if tok.dep_ == "acomp" else None
    if copula is not None and any(_nobody(c) for c in copula.children if c.dep_ == "nsubj"):
        negated = True  # "No one was available at the department for comment"
    if lem in lex.unavailability_words and (negated or lem.startswith("un")):
        # "for comment" may hang on the copula ("No one was immediately available ... for comment").
        for c in [*tok.children, *(copula.children if copula is not None else ())]:
            if c.dep_ == "prep" and c.lower_ == "for" and any(lemma(g) in lex.comment_nouns for g in c.children):
                return Trigger(tok, "STATEMENT", "withheld", tok)
    if lem in lex.withheld_passives and negated and any(c.dep_ == "auxpass" for c in tok.children):
        return Trigger(tok, "STATEMENT", "withheld_passive", tok)
    rest = tok.lower_[2:] if tok.lower_.startswith("un") and tok.lower_.endswith("ed") else ""
    if rest and {rest[:-1], rest[:-2]} & lex.withheld_passives and copula is not None and lemma(copula) == "be":
        return Trigger(tok, "STATEMENT", "withheld_passive", tok)  # "The price was undisclosed"
    copula_negated = copula is not None and any(c.dep_ == "neg" for c in copula.children)
    if lem in lex.unavailability_words and copula is not None and any(
        c.dep_ == "nsubj" and lemma(c) in lex.withheld_nouns
        and (copula_negated or negated or any(g.lower_ == "no" for g in c.children))
        for c in copula.children
    ):
        # "No further details were available", "Further details were not immediately available"
        return Trigger(tok, "STATEMENT", "withheld_passive", tok)
    if lem in lex.comment_nouns and tok.dep_ == "attr" and any(g.lower_ == "no" for g in tok.children) \
            and any(c.dep_ == "expl" for c in tok.head.children):
        return Trigger(tok, "STATEMENT", "withheld", tok)  # "There was no immediate comment from PDVSA"
    return None


def _nobody(tok) -> bool:
    return tok.lower_ in {"nobody", "none"} or (tok.lower_ == "one" and any(c.lower_ == "no" for c in tok.children))


def _refusal(tok, lex: Lexicon) -> Trigger | None:
    """'declined to comment' -> withheld STATEMENT; 'refused to sign' -> REJECT; bare 'declined' -> none."""
    complement = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if complement is not None and lemma(complement) in lex.withheld_speech:
        return Trigger(tok, "STATEMENT", "withheld", complement)
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if any(lemma(o) in lex.comment_nouns for o in objects):
        return Trigger(tok, "STATEMENT", "withheld", tok)  # "refused comment": a withheld statement
    # ("declined an offer of U.S. naval escorts": a proposal turned down is refused by either verb)
    with_object = (lemma(tok) in lex.refusal_with_object and bool(objects)) or any(
        lemma(o) in lex.proposal_words for o in objects)
    if complement is not None or with_object:
        return Trigger(tok, "REJECT", "verb", tok)
    return None


def _passive_voice(tok) -> bool:
    """A passive verb, or a participle sharing a passive's auxiliary ("was shipped and then flown")."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return True
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children) \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children)


def _leaves_for_event(tok, lex: Lexicon) -> bool:
    """Whether a departure names the event it sets out for ("leaves for Ottawa for trade talks"):
    that event noun is the record (guidelines), the departure only leads to it."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and lemma(g) in lex.nouns for g in c.children) for c in tok.children)


def _goes_to_place(tok, prep: str = "to") -> bool:
    """Whether a movement verb's ``prep`` phrase (default "to") leads to a country or city."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            if any(g.dep_ == "pobj" and g.ent_type_ == "GPE" for g in c.children):
                return True
    return False


def _deadline_given(tok, lex: Lexicon) -> bool:
    """Whether ``tok`` gives a party a time limit to act: an object or "until" phrase naming the
    limit and an infinitive saying what is to be done."""
    limit = any(c.dep_ == "prep" and c.lower_ == "until" for c in tok.children) or any(
        c.dep_ in {"dobj", "dative"} and lemma(c) in lex.time_limits for c in tok.children)
    to_do = any(t.dep_ in {"xcomp", "acl", "relcl", "advcl"} and t.pos_ == "VERB"
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children) for t in tok.subtree if t != tok)
    return limit and to_do


# Prepositions after a stake noun that name the company whose stake it is ("shares of", "a stake in").
STAKE_PREPS = frozenset({"of", "in"})


def _stake_in_a_company(obj, lex: Lexicon) -> bool:
    """Whether ``obj`` is shares of or a stake in a named company ("acquired 325,000 shares of
    Sheldahl Inc"): a purchase from that company's side, not a market operation."""
    if lemma(obj) not in lex.stake_nouns:
        return False
    return any(p.dep_ == "prep" and p.lower_ in STAKE_PREPS and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ == "ORG" for g in p.children) for p in obj.children)


def _objects(tok):
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    for c in tok.children:
        if c.dep_ in {"dobj", "attr"} or (passive and c.dep_ == "nsubjpass"):
            yield c  # "the tariffs would be eliminated": the passive subject is the object
        elif c.dep_ == "prep":
            yield from (g for g in c.children if g.dep_ == "pobj")


def has_content(tok) -> bool:
    """Whether a reporting verb takes a clause or quote (``ccomp``), or is a parenthetical, or its
    object carries the clause ("repeated earlier statements that ...", "expressed fears that ...")."""
    said_object = lemma(tok) != "give" and any(  # ("gave notice that it would fight": a warning)
        c.dep_ == "dobj" and any(a.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)
                                 for a in c.children)
        for c in tok.children
    )
    return said_object or any(c.dep_ in {"ccomp"} for c in tok.children) or tok.dep_ in {"parataxis"}


def _adjective_trigger(tok, lex: Lexicon) -> Trigger | None:
    if tok.pos_ != "ADJ" or lemma(tok) not in lex.adjectives:
        return None
    copula = any(c.dep_ == "cop" for c in tok.children) or (tok.dep_ == "acomp" and lemma(tok.head) in {"be", "remain"})
    return Trigger(tok, lex.adjectives[lemma(tok)], "adj", tok) if copula else None


def _noun_trigger(tok, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in NOUN_POS:
        return None
    lem = lemma(tok)
    etype = lex.nouns.get(lem) or lex.nouns.get(tok.lower_)
    if etype is None and lem in lex.frame_nouns:
        # "credit line", "aid package": the compound before the head tells the type
        compounds = [lemma(c) for c in tok.children if c.dep_ == "compound"]
        etype = next((lex.nouns[c] for c in compounds if c in lex.nouns), None)
    made = False
    if etype is None:
        etype = modified_type(tok, lex)  # "a joint venture": typed by its modifier
        made = etype is not None
    if etype is None or tok.dep_ in {"compound", "amod", "nmod"}:
        return None
    if tok.ent_type_ in _NAME_ENTITY_TYPES:
        return None  # part of a name: "General Agreement on Tariffs and Trade"
    if lem in lex.complement_nouns and not _asks_for_something(tok):
        return None  # "calls by two of its container ships", "a very close call"
    if made and tok.dep_ == "dobj":
        return Trigger(tok, etype, "noun", tok)  # "will form a joint venture": made by the subject
    # (a clause's own participant, not a reference: "compliance with the U.S.-Japanese agreement")
    joined = etype in {"AGREE", "CONSULT"} and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and _joined_names(tok)
    if not joined and not (etype == "PROTEST" and _has_its_course(tok, lex)) and not is_eventive(tok, lex):
        return None
    return Trigger(tok, etype, "noun", tok)


def _asks_for_something(tok) -> bool:
    """Whether a noun or verb has what is asked for: a "for" phrase or an infinitive ("call for
    cuts", "a call by Nakasone to clear up misunderstandings", "applied to the U.N. to be reclassified")."""
    return any((c.dep_ == "prep" and c.lower_ == "for")
               or (c.dep_ in {"acl", "relcl", "xcomp", "advcl"} and to_infinitive(c)) for c in tok.children)


def _has_its_course(noun, lex: Lexicon) -> bool:
    """Whether a labour-action noun is said to begin, continue or spread ("the strike will continue",
    "the strikes, which began on January 19"): the action itself, not a reference to it."""
    if noun.dep_ == "nsubj" and lemma(noun.head) in lex.course_verbs:
        return True
    if noun.dep_ == "nsubj" and lemma(noun.head) == "be" and any(
        c.dep_ in {"acomp", "xcomp"} and any(lemma(g) in lex.course_verbs for g in c.subtree)
        for c in noun.head.children
    ):
        return True  # "The strike is due to continue tomorrow"
    return any(c.dep_ == "relcl" and lemma(c) in lex.course_verbs for c in noun.children)


def modified_type(noun, lex: Lexicon) -> str | None:
    """The type a noun takes from its modifier ("joint venture": COOPERATE), else None."""
    mods = lex.modified_nouns.get(lemma(noun))
    if not mods:
        return None
    return next((mods[c.lower_] for c in noun.children if c.dep_ in {"amod", "compound"} and c.lower_ in mods), None)


def _joined_names(noun) -> bool:
    """Whether a modifier joins two capitalised names with a hyphen ("Soviet-American talks", "a
    U.S.-Japan pact"): the exchange names both its sides."""
    for c in noun.children:
        if c.dep_ in {"compound", "amod"}:
            words = [t.text for t in c.subtree]
            joined = "".join(words).split("-")
            if len(joined) == 2 and all(part[:1].isupper() for part in joined):
                return True
    return False


def is_participle_of(tok) -> bool:
    """Whether ``tok`` is a past participle modifying its noun ("the tariffs imposed on Japan"); the
    tagger sometimes calls it a past tense ("negotiations currently held between Ottawa and Paris")."""
    if tok.dep_ != "acl":
        return False
    if tok.tag_ == "VBN":
        return True
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # (not "treaties ... expected to double": a raising verb's "to" is no party phrase)
    return tok.tag_ == "VBD" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children) and (
        after is None or after.lower_ != "to"
    )


def own_participle(noun):
    """The past participle that tells a noun's own event ("the tariffs imposed on Brazil", "an
    agreement signed here yesterday"): it has a phrase or adverb of its own; None otherwise."""
    return next((c for c in noun.children if is_participle_of(c)
                 and any(g.dep_ in {"prep", "npadvmod", "advmod", "agent"} for g in c.children)), None)


def own_predication(child) -> bool:
    """Whether a noun's dependent is a participle giving the noun its own party ("imposed against Japan")."""
    return is_participle_of(child) and any(
        c.dep_ == "prep" and c.lower_ in _EVENTIVE_PREPS and any(g.dep_ == "pobj" for g in c.children)
        for c in child.children
    )


def is_eventive(tok, lex: Lexicon) -> bool:
    """Whether an event noun names an event with its own participants, time or frame.

    Bare anaphoric nominals ("the sale", "the rescheduling") are not events (guidelines, rule 11).
    """
    for c in tok.children:
        if c.dep_ == "poss":
            return True
        if c.dep_ == "prep" and c.lower_ in _EVENTIVE_PREPS and any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.dep_ == "amod" and c.lower_ in lex.planned_modifiers:
            return True
        if own_predication(c):
            return True  # "the sanctions imposed against Japan last Friday"
    head = tok.head
    if tok.dep_ in {"dobj", "nsubjpass"} and lemma(head) in lex.light_verbs:
        return True
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in lex.container_prepositions:
        return True
    return False
