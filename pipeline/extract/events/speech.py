"""Speech acts (guidelines): typed content wins, attribution-only reporting verbs are dropped.

1. A reporting clause by an identifiable actor is an event.
2. What is said takes its type when it is an act toward someone: prescriptive content ("Brazil
   should come up with a plan") makes the reporting clause a REQUEST aimed at the content's subject,
   accusatory content ("Tokyo had failed to fulfill an agreement") an ACCUSE of the one blamed, and
   content calling a claim false ("this was incorrect") a REJECT.
3. When the main proposition is itself a typed event ("Mexico signed the accord, the ministry said"),
   that event is the record and the reporting verb is only attribution.
4. Otherwise the reporting clause is a STATEMENT.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.events.lexicon import Lexicon
from pipeline.extract.events.triggers import Trigger, lemma

# Types that are themselves speech acts: said in a report, they are dated like the report.
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "STATEMENT"})


@dataclass(frozen=True)
class Resolved:
    """A trigger after speech-act resolution.

    ``target`` is the token naming actor2 when the content gives it (the subject of a prescriptive
    clause); ``speech`` the reporting verb the event is said in (for dating and speaker), if any.
    """

    trigger: Trigger
    type: str
    target: object | None = None
    speech: object | None = None
    condition: object | None = None  # a promise's condition clause ("as soon as Zambia reached ...")


def contents(tok) -> list:
    """The clause heads a reporting verb reports: its ccomp, or the clause it is a parenthetical of."""
    heads = [c for c in tok.children if c.dep_ == "ccomp"]
    # "made it clear that he backed ...": the clause hangs from "clear".
    heads += [
        g
        for c in tok.children
        if c.dep_ in {"oprd", "acomp", "ccomp"}
        for g in c.children
        if g.dep_ == "ccomp" or (g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children))
    ]
    if tok.dep_ == "parataxis" or (tok.dep_ == "ccomp" and tok.i > tok.head.i and _is_inverted_report(tok)):
        heads.append(tok.head)
    if tok.dep_ == "prep" and tok.head.pos_ in {"VERB", "AUX"}:
        heads.append(tok.head)  # "The quake struck ..., according to officials": the clause attributed
    if not heads and tok.dep_ == "ROOT":
        heads.extend(_split_off_content(tok))
    out = []
    for h in heads:
        out.append(h)
        out.extend(c for c in h.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX", "ADJ"})
    return out


def _split_off_content(tok) -> list:
    """'France has sold flour to China, the Director General ... said': the parser may make the
    report a sentence of its own; the clause before it, up to the last full stop, is its content."""
    doc = tok.doc
    roots = []
    i = tok.left_edge.i - 1
    while i >= 0 and doc[i].text not in {".", "!", "?"}:
        if doc[i].dep_ == "ROOT":
            roots.append(doc[i])
        i -= 1
    end_of_clause = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text in {",", "\u201d", '"'}
    return roots[-1:] if roots and end_of_clause else []


def _is_inverted_report(tok) -> bool:
    # "Japan will act, he said": spaCy sometimes hangs "said" as ccomp of the content verb.
    return any(c.dep_ in {"nsubj"} and c.i < tok.i for c in tok.children) and tok.i == max(
        (t.i for t in tok.head.subtree), default=tok.i
    ) - 1


_SELF_PRONOUNS = frozenset({"we", "i"})
_AUDIENCE_VERBS = frozenset({"tell", "address", "brief", "inform", "assure"})
# Verbs that judge the act they take as object ("defended the new sanctions"): a statement of their own.
_EVALUATIVE_VERBS = frozenset({"defend", "describe", "justify"})
# Subordinators of a condition a promise waits for ("would put money in as soon as Zambia reached").
_CONDITION_MARKS = frozenset({"if", "once", "when", "unless", "provided", "providing"})
_PROMISE_AUX = frozenset({"would", "will", "'ll", "wo"})
_POSSIBILITY_AUX = frozenset({"may", "might", "could"})


def condition_clause(head):
    """The condition clause hanging on a content verb ("as soon as X ...", "if X ..."), or None."""
    for c in head.children:
        clauses = [c] if c.dep_ == "advcl" else []
        if c.dep_ == "advmod" and c.lower_ == "soon":
            clauses = [g for g in c.children if g.dep_ == "advcl"]  # "as soon as X reached"
            if clauses and any(m.dep_ == "mark" and m.lower_ == "as" for m in clauses[0].children):
                return clauses[0]
        for cl in clauses:
            if any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in cl.children):
                return cl
    return None


def conditional_promise(head):
    """The condition of a reported conditional promise ("X would be eliminated as soon as ..."):
    content in the future ("would/will") that waits on a condition. A promise is AGREE toward the
    party whose compliance is awaited (own-dev convention); the promised act is its content."""
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISE_AUX for c in head.children):
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    cond = condition_clause(head)
    if cond is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cond.children):
        return None  # "will intervene ... if necessary": no party whose compliance is awaited
    return cond


def mandated_party(tok, lex: Lexicon):
    """Who a mandative report tells to act: "insisted McDonnell drop the MD-11", "suggested that
    Japan open its market", "suggested that a working party be set up" (a subjunctive clause; the
    last asks no named party); None otherwise ("insisted that prices would rise" is a claim)."""
    if lemma(tok) not in lex.mandative_verbs:
        return None
    for c in tok.children:
        passive = c.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VB" for a in c.children)
        if c.dep_ not in {"ccomp", "xcomp"} or not (c.tag_ in {"VB", "VBP"} or passive):
            continue
        if any(a.dep_ == "aux" for a in c.children):
            continue  # "to drop", "would drop": an infinitive or a modal, not a subjunctive
        party = next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}), None)
        if party is None:
            party = next((o for o in tok.children if o.dep_ == "dobj" and o.i < c.i), None)
        if c.tag_ == "VBP" and (party is None or party.tag_ not in {"NN", "NNP"}):
            continue  # a plain present ("insisted that banks lend more"); after a singular name it is
            # the subjunctive the tagger took for one ("insisted Washington drop the duty")
        if party is not None and party.lower_ not in _SELF_PRONOUNS | {"it", "they"}:
            return party
    return None


def offered_to(tok, lex: Lexicon):
    """The audience an offer is made to: a telling verb's addressee when the content says the speaker's
    side can, will or is prepared to give ("the IMF had informed the Ecuadorean government that it was
    prepared to provide 50 mln dlrs", "they have told us they can lend us two billion dlrs"); else None."""
    if lemma(tok) not in _AUDIENCE_VERBS:
        return None
    audience = next((c for c in tok.children if c.dep_ in {"dobj", "dative"}), None)
    if audience is None:
        return None
    for head in contents(tok):
        subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        # (the speaker's side: "they can lend us", "the bank will continue to cooperate with it")
        own_side = subj is not None and (subj.pos_ == "PRON" or (
            subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)))
        if not own_side or subj.i == audience.i or any(c.dep_ == "neg" for c in head.children):
            continue
        able = any(c.dep_ == "aux" and c.lower_ in _PROMISE_AUX | _POSSIBILITY_AUX | {"can"} for c in head.children)
        given = lemma(head) in lex.giving_verbs or any(
            c.dep_ == "xcomp" and lemma(c) in lex.giving_verbs for c in head.children)
        if able and given:
            return audience
        # "it was prepared (, under its emergency system,) to provide": the parser may hang the
        # infinitive on the predicate, the clause or the telling verb.
        ready = head if head.lower_ in lex.offer_readiness else next(
            (c for c in head.children if c.dep_ == "acomp" and c.lower_ in lex.offer_readiness), None)
        if ready is not None and any(c.dep_ == "xcomp" and lemma(c) in lex.giving_verbs
                                     for c in (*ready.children, *head.children, *tok.children)):
            return audience
    return None


def threat(head, lex: Lexicon) -> tuple[object, object | None] | None:
    """(act, threatened party or None) when reported content is a threat: the speaker's side will or
    would do a hostile act ("they will propose a ban on imports of Toshiba products", "fishermen caught
    there would be arrested", "they might halt debt payments if the banks did not agree") to a named
    party, on a condition, or by its nature (a veto, retaliation). None otherwise."""
    if any(c.dep_ == "neg" for c in head.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _PROMISE_AUX | _POSSIBILITY_AUX for c in head.children):
        return None
    clause = head
    while clause.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        clause = clause.head  # "a fee would disrupt markets and could prompt retaliation": the fee's
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.pos_ != "PRON":
        return None  # "Iraq would attack", said by another: a forecast or report, not the speaker's threat
    act = next((t for t in _clause_acts(head, lex.light_verbs, lex.threat_acts_always)
                if lemma(t) in lex.threat_acts or t.lower_ in lex.threat_acts), None)
    if act is None:
        return None
    threatened = _threatened(act, head)
    condition = condition_clause(head)
    if threatened is None and condition is None and lemma(act) not in lex.threat_acts_always:
        return None
    if threatened is None and condition is not None:
        # "unless Taiwan allowed its dollar to rise faster it would face retaliation": the party
        # whose conduct is the condition is the one threatened.
        threatened = next((c for c in condition.children if c.dep_ == "nsubj" and c.ent_type_ in _NAMED), None)
    return act, threatened


def _clause_acts(head, light_verbs: frozenset[str], always_threats: frozenset[str] = frozenset()) -> list:
    """The clause's verb, its xcomp chain and a light verb's object noun ("will propose a ban"; not
    "would lift tariffs", where the tariffs are what is undone)."""
    verbs = [head]
    while (nxt := next((c for c in verbs[-1].children if c.dep_ == "xcomp"), None)) is not None and len(verbs) < 4:
        verbs.append(nxt)
    # ("would face retaliation", "could prompt reprisals": an act that is a threat by its nature)
    return verbs + [c for v in verbs for c in v.children if c.dep_ == "dobj" and (
        lemma(v) in light_verbs or lemma(c) in always_threats)]


_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _threatened(act, head):
    """The named party an act is aimed at: the passive subject ("French fishermen ... would be
    arrested"), the object, or the object of on/against/from/to; None if no name is there."""
    candidates = [c for c in head.children if c.dep_ == "nsubjpass"]
    candidates += [c for c in act.children if c.dep_ == "dobj"]
    # ("impose taxes on American goods": the parser may hang the on-phrase on the light verb)
    holders = [act, act.head] if act.dep_ == "dobj" else [act]
    candidates += [g for h in holders for c in h.children
                   if c.dep_ == "prep" and c.lower_ in {"on", "against", "from", "to"}
                   for g in c.children if g.dep_ == "pobj"]
    for c in candidates:
        if any(t.ent_type_ in _NAMED for t in c.subtree):
            return c
    return None


def _sanction_undone(head, by_token: dict[int, Trigger]) -> bool:
    """Whether a clause undoes a sanction its passive subject names ("the tariffs would be ended as
    soon as Japan started adhering"): only the imposer can, so it promises."""
    subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and subj.i in by_token and by_token[subj.i].type == "SANCTION"


def _names_a_party(head) -> bool:
    """Whether a clause's subject is a name or a personal pronoun (someone who can promise)."""
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in {"we", "i", "he", "she", "they"})


def prescriptive_target(head, lex: Lexicon):
    """The addressee of prescriptive content (the subject told to act), else None."""
    prescriptive = False
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for c in head.children:
        if c.dep_ == "aux" and c.lower_ in lex.request_modals:
            # "the surpluses should narrow": a figure cannot be asked to act (an epistemic "should")
            prescriptive = subject is None or lemma(subject) not in lex.epistemic_subjects
        if c.dep_ == "aux" and c.lower_ in lex.party_modals and _named_party_acting(head, subject, lex):
            prescriptive = True
    if lemma(head) in lex.request_governors and any(c.dep_ == "xcomp" for c in head.children):
        # "needs to", "has to" (right after the verb), not "had enough juice to meet the needs"
        doc = head.doc
        right_after = head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "to"
        if not any(c.dep_ == "neg" for c in head.children) and (lemma(head) not in {"have", "need"} or right_after):
            prescriptive = not _future_necessity(head)
    if head.lower_ in lex.request_predicates or lemma(head) in lex.request_predicates:
        prescriptive = True
    if lemma(head) == "need" and not any(c.dep_ == "neg" for c in head.children):
        # "the United States needed action from Japan": those the act is demanded from.
        for act in (c for c in head.children if c.dep_ == "dobj" and c.lower_ in lex.demanded_acts):
            for prep in act.children:
                if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
                    party = next((g for g in prep.children if g.dep_ == "pobj"), None)
                    if party is not None:
                        return party
    if lemma(head) in lex.wanting_verbs:
        # "he wanted to see stronger Japanese demand": whoever must provide what is to be seen.
        see = next((c for c in head.children if c.dep_ == "xcomp" and lemma(c) == "see"), None)
        seen = next((c for c in see.children if c.dep_ in {"dobj", "ccomp"}), None) if see is not None else None
        if seen is not None:
            return seen
    if not prescriptive:
        return None
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if subjects and subjects[0].lower_ in _SELF_PRONOUNS:
        return None  # "We should pay attention to ...": the speaker's own side, no one else asked
    if subjects and subjects[0].tag_ in {"NNS", "NN"} and lemma(subjects[0]) in lex.sector_heads:
        if subjects[0].tag_ == "NNS" or not any(c.dep_ == "det" for c in subjects[0].children):
            return None  # "refiners should operate near capacity": a sector, no party asked
    for c in head.children:
        if c.dep_ == "agent":
            subjects = [g for g in c.children if g.dep_ == "pobj"] + subjects
    for s in subjects:
        # "new efforts by the government are required": the agent inside the subject is addressed.
        for c in s.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                subjects = [g for g in c.children if g.dep_ == "pobj"] + subjects
    return subjects[0] if subjects else head


def _prescribed(head, lex: Lexicon) -> bool:
    """Whether a content clause asks its subject to act; a verb conjoined with no subject or modal
    of its own shares its first conjunct's ("Japan must stop dumping chips and buy more")."""
    if head.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in head.children):
        head = head.head
    return prescriptive_target(head, lex) is not None


def _named_party_acting(head, subject, lex: Lexicon) -> bool:
    """Whether a clause has a named or definite party as its active subject doing something other
    than being ("South Africa must drive down its inflation", "the government must take measures")."""
    if subject is None or subject.dep_ != "nsubj" or lemma(head) == "be" or subject.pos_ == "PRON":
        return False
    if subject.tag_ in {"NNS", "NNPS"} and subject.pos_ == "NOUN":
        return False  # "governments must retain flexibility": no one party asked
    definite = subject.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return definite and lemma(subject) not in lex.epistemic_subjects


def accused(head, lex: Lexicon):
    """The party blamed by accusatory content ("Tokyo had failed to fulfill an agreement", "it has
    not opened its market"), else None. The speaker's own side ("we failed") is not accused."""
    for c in head.children:
        # "was forced to act ... because Tokyo had failed to fulfill an agreement": the reason blames.
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"because", "since"} for m in c.children):
            reason = accused(c, lex)
            if reason is not None:
                return reason
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and head.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        # "said Iranians used the platforms and had fired on a helicopter": a coordinated verb
        # without a subject of its own blames the first verb's subject.
        subj = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _SELF_PRONOUNS or subj.pos_ not in {"PROPN", "NOUN", "PRON", "ADJ"}:
        return None
    if lemma(subj) in lex.epistemic_subjects or lemma(subj) in lex.non_agents:
        return None  # "exports exceeded forecasts", "frost damaged the crop": no party is blamed
    negated = any(c.dep_ == "neg" for c in head.children)
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
    if (lemma(head) in lex.accusing_verbs or lemma(head) in lex.hostile_acts) and not negated:
        return subj
    if any(lemma(v) in lex.negated_obligations for v in verbs) and (negated or lemma(head) == "fail"):
        return subj
    if lemma(head) in _COPULAS and subj.pos_ != "PRON" and _blameworthy(head, negated, lex):
        return subj  # "the West German rate rise was not in keeping with the accords"
    return None


def praised(head, lex: Lexicon):
    """The party content judges well, else None: "it was heartening that the Japanese had confronted
    the problem" (the clause's subject), "we are very happy about the ADB's support" (what it is about),
    "the United States is fully entitled to act" (the subject)."""
    if any(c.dep_ == "neg" for c in head.children):
        return None
    # (the parser may make the predicate the clause's head: "it was heartening that ...", "is entitled")
    judged = head if head.lower_ in lex.praising_predicates else next(
        (c for c in head.children if c.dep_ == "acomp" and c.lower_ in lex.praising_predicates and lemma(head) == "be"),
        None,
    )
    if judged is None:
        return None
    for clause in (c for t in (judged, head) for c in t.children if c.dep_ == "ccomp"):
        who = next((g for g in clause.children if g.dep_ == "nsubj"), None)
        if who is not None:
            return who
    about = next((g for c in judged.children if c.dep_ == "prep" and c.lower_ in {"about", "with", "at", "by", "over"}
                  for g in c.children if g.dep_ == "pobj"), None)
    if about is not None:
        owner = next((c for c in about.children if c.dep_ == "poss"), None)
        return owner if owner is not None else about
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def dispraised(head, lex: Lexicon):
    """The party content says the speaker's side is let down by, else None: "he is very disappointed
    by a Canadian government finding", "we are unhappy with Japan's decision", "Brazil is not happy
    with the committee" (a praising predicate negated): the owner of what it is about, or that."""
    negated = any(c.dep_ == "neg" for c in head.children)
    judged = next((t for t in (head, *(c for c in head.children if c.dep_ == "acomp" and lemma(head) == "be"))
                   if t.lower_ in lex.dispraising_predicates or (negated and t.lower_ in lex.praising_predicates)),
                  None)
    if judged is None or (judged.lower_ in lex.dispraising_predicates and negated):
        return None
    about = next((g for c in (*judged.children, *head.children)
                  if c.dep_ in {"prep", "agent"} and c.lower_ in {"about", "with", "at", "by", "over"}
                  for g in c.children if g.dep_ == "pobj"), None)
    if about is None:
        return None
    owner = next((c for c in about.children if c.dep_ == "poss"), None)
    return owner if owner is not None else about


# Verbs that equate their subject with a judgement ("the taxes represented an unfair subsidy").
_COPULAS = frozenset({"be", "represent", "constitute"})


def _blameworthy(copula, negated: bool, lex: Lexicon) -> bool:
    """Whether a copula's complement judges its subject: "unjustified", or negated conformity."""
    for c in copula.children:
        if c.dep_ == "acomp" and c.lower_ in lex.accusing_predicates and not negated:
            return True
        if c.dep_ in {"attr", "dobj"} and not negated and (
            lemma(c) in lex.accusing_nouns or any(a.dep_ == "amod" and a.lower_ in lex.accusing_predicates
                                                  for a in c.children)
        ):
            return True  # "was an apparent violation of the laws", "represented an unfair subsidy"
        words = {c.lower_} | {g.lower_ for g in c.subtree} if c.dep_ in {"acomp", "prep"} else set()
        if negated and words & lex.conformity_predicates and "out" not in words:  # ("not out of line": in line)
            return True
    return False


def _judged_object(verb, lex: Lexicon):
    """The object a verb of judging calls blameworthy ("described the decision as unjustified",
    "termed the move protectionist"), else None."""
    if lemma(verb) not in {"describe", "call", "term", "brand", "label", "characterize", "characterise", "denounce"}:
        return None
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # ("described the move by Morocco as unjustified": the as-phrase may hang on the object)
    judging = [*verb.children, *(judged.children if judged is not None else ())]
    for prep in (c for c in judging if c.dep_ in {"prep", "oprd"}):
        if (prep.dep_ == "oprd" or prep.lower_ == "as") and any(
            t.lower_ in lex.accusing_predicates for t in prep.subtree
        ):
            return judged
    return None


def denies(head, lex: Lexicon) -> bool:
    """Whether content calls a claim false ("this was incorrect", "the reports were groundless")."""
    if head.lower_ in lex.denial_predicates and head.dep_ == "acomp":
        return not any(c.dep_ == "neg" for c in head.head.children)
    if lemma(head) == "be":
        return any(
            c.dep_ in {"acomp", "attr"} and c.lower_ in lex.denial_predicates for c in head.children
        ) and not any(c.dep_ == "neg" for c in head.children)
    return False


def denied_accusation(tok, lex: Lexicon) -> bool:
    """Whether a report's content denies a charge against the speaker's own side: "Samuels said the
    fee ... does not breach GATT rules" (a denial, REJECT, answering whoever made the charge)."""
    for head in contents(tok):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        negated = any(c.dep_ == "neg" for c in head.children)
        # (a named subject is someone else, whom the speaker clears: "said Japan had not reneged")
        if negated and subj is not None and subj.pos_ != "PROPN" and lemma(head) in lex.charges:
            return True
    return False


def refuses(head, lex: Lexicon) -> bool:
    """Whether content refuses: its subject is negated as ready ("we are not in a position to pay",
    "this was not possible right now") or declines to accept or give way ("would no longer accept
    letters of credit", "it has no plans to bow to pressure")."""
    negated = any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "longer") for c in head.children)
    if lemma(head) == "have":
        # "has no plans to bow to pressure": the plan that is denied is to give way
        plans = [c for c in head.children if c.dep_ == "dobj" and lemma(c) in {"plan", "intention"}
                 and any(g.lower_ == "no" for g in c.children)]
        return any(lemma(v) in lex.refusal_acts for p in plans for v in p.subtree if v.pos_ == "VERB")
    if lemma(head) in lex.opposing_votes and not negated and any(
        c.dep_ == "prep" and c.lower_ == "against" for c in head.children
    ):
        return True  # "it would vote against the proposal"
    if not negated or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
        return False
    if lemma(head) in lex.refusal_acts:
        return True
    if _keeps_its_course(head, lex):
        return True  # "Brazil would not change its coffee policies", "did not intend to change its legislation"
    if lemma(head) == "be":
        return any(
            (c.dep_ == "acomp" and c.lower_ in lex.refusal_readiness)
            or (c.dep_ == "prep" and c.lower_ == "in" and any(lemma(g) in lex.refusal_readiness for g in c.children))
            for c in head.children
        )
    return False


def _keeps_its_course(head, lex: Lexicon) -> bool:
    """Whether negated content says the speaker's side will not change its own stance ("would not
    change its coffee policies", "did not intend to change its legislation"): a refusal."""
    verbs = [head] + [c for c in head.children if c.dep_ == "xcomp"]
    for verb in (v for v in verbs if lemma(v) in lex.stance_changes):
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in lex.stances):
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children):
                return True
    return False


def rejected_proposal(head, lex: Lexicon):
    """The proposal content turns down, else None: "the latest proposals are unacceptable", "a partial
    solution would be unacceptable to the United Kingdom" (a REJECT of the proposal's maker, not an
    accusation)."""
    if lemma(head) != "be" or any(c.dep_ == "neg" for c in head.children):
        return None
    if not any(c.dep_ == "acomp" and c.lower_ in lex.rejecting_predicates for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and lemma(subj) in lex.proposal_words else None


def _refused_party(head):
    """Whose offer a refusal turns down: the "from" party of what is not accepted, else None."""
    if lemma(head) != "accept":
        return None
    return next((g for t in head.subtree if t.dep_ == "prep" and t.lower_ == "from"
                 for g in t.children if g.dep_ == "pobj"), None)


def _future_necessity(head) -> bool:
    """'will have to', 'is going to have to', 'may have to': a forecast of what must happen, not a demand."""
    if any(c.dep_ == "aux" and c.lower_ in _PROMISE_AUX | _POSSIBILITY_AUX for c in head.children):
        return True
    gov = head.head
    return head.dep_ == "xcomp" and lemma(gov) == "go" and any(c.dep_ == "aux" for c in gov.children)


def resolve(triggers: list[Trigger], lex: Lexicon) -> list[Resolved]:
    """Speech triggers typed by their content or dropped as attribution; others kept as they are."""
    by_token = {t.token.i: t for t in triggers}
    dropped: set[int] = set()
    reported: dict[int, object] = {}
    promised: dict[int, object] = {}
    threats: dict[int, object] = {}
    offers: dict[int, object] = {}
    out: list[Resolved] = []
    for t in triggers:
        if t.form != "speech":
            continue
        # "declined to comment": the refusal is the record (a withheld statement).
        head = by_token.get(t.token.head.i)
        if t.token.dep_ == "xcomp" and head is not None and head.form == "withheld":
            dropped.add(t.token.i)
            continue
        # "the embargo that the US alone defends": a relative clause is background, not a report;
        # "a move which the union said would cost 400 jobs" reports (its content is a clause).
        if t.token.dep_ == "relcl" and not any(c.dep_ == "ccomp" for c in t.token.children):
            dropped.add(t.token.i)
            continue
        # "Hodel said he expects prices to rise": a report inside a report is its content; but in
        # "He said governments must retain flexibility ..., he said" the closing "he said" only
        # repeats the attribution of the report it closes.
        if (
            t.token.dep_ == "ccomp"
            and t.token.head.i in by_token
            and by_token[t.token.head.i].form == "speech"
            and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in t.token.children)
        ):
            closing = t.token.head
            if closing.i > t.token.i and lemma(closing) == lemma(t.token) and any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in closing.children
            ):
                dropped.add(closing.i)
            else:
                dropped.add(t.token.i)
                continue
        # "announced the arrest", "issued a statement": the object event is the record.
        # ("told the annual meeting": the object of a telling verb is its audience, not its news.)
        obj_events = [
            c for c in t.token.children
            if c.dep_ == "dobj" and c.i in by_token and lemma(t.token) not in _AUDIENCE_VERBS | _EVALUATIVE_VERBS
        ]
        if obj_events:
            dropped.add(t.token.i)
            for c in obj_events:
                reported[c.i] = t.token
            continue
        audience = offered_to(t.token, lex)
        if audience is not None:
            # "told us they can lend us two billion dlrs": a promise to the audience; the loan offered
            # is its content.
            offers[t.token.i] = audience
            for head in contents(t.token):
                inner = _content_event(head, by_token, lex.light_verbs)
                if inner is not None:
                    dropped.add(inner.token.i)
            continue
        threatening = next(((h, found) for h in contents(t.token) if (found := threat(h, lex)) is not None), None)
        if threatening is not None:
            # "they will propose a ban on Toshiba imports": the threat is the record; the act
            # threatened is its content.
            threats[t.token.i] = threatening[1][1]
            inner = _content_event(threatening[0], by_token, lex.light_verbs)
            if inner is not None:
                dropped.add(inner.token.i)
            continue
        promise = next(((h, conditional_promise(h)) for h in contents(t.token) if conditional_promise(h)), None)
        inner = _content_event(promise[0], by_token, lex.light_verbs) if promise is not None else None
        if promise is not None and (inner is not None or _names_a_party(promise[0])
                                    or _sanction_undone(promise[0], by_token)):
            # "the tariffs would be eliminated as soon as ...", "Britain would put money in as soon
            # as ...": a promise; "its profits will be cut if interest is not paid" is a forecast.
            promised[t.token.i] = promise[1]
            if inner is not None:
                dropped.add(inner.token.i)  # the promised act is the promise's content
            continue
        for head in contents(t.token):
            inner = _content_event(head, by_token, lex.light_verbs)
            # ("it will provide Morocco a loan": a light verb's object is the act reported, planned)
            light_object = inner is not None and inner.token.dep_ == "dobj" and inner.token.head.i == head.i
            if inner is not None and inner.token.i != head.i and not light_object and _future_necessity(head):
                # "Italy eventually would have to abandon its margin": a forecast of what another
                # must do is an assessment (rule 4), not the act reported.
                dropped.add(inner.token.i)
                break
            if inner is not None and inner.form != "speech" and _prescribed(head, lex):
                # "said Japan should buy more American chips": a request; the act asked is its content.
                dropped.add(inner.token.i)
                break
            # A report of a report ("the Post said the department issued figures") is two records.
            if inner is not None and inner.form != "speech" and inner.type != "STATEMENT":
                dropped.add(t.token.i)
                reported[inner.token.i] = t.token
                break
    for t in triggers:
        if t.token.i in dropped:
            continue
        if t.form == "speech" and t.token.i in offers:
            out.append(Resolved(t, "AGREE", target=offers[t.token.i], speech=t.token))
        elif t.form == "speech" and t.token.i in threats:
            out.append(Resolved(t, "THREATEN", target=threats[t.token.i], speech=t.token))
        elif t.form == "speech" and t.token.i in promised:
            out.append(Resolved(t, "AGREE", speech=t.token, condition=promised[t.token.i]))
        elif t.form == "speech":
            report = _typed_report(t, lex)
            if report.type != "STATEMENT" or not _quoted_aside(t.token, triggers):
                out.append(report)
        else:
            out.append(Resolved(t, t.type, speech=reported.get(t.token.i)))
    return out


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def _quoted_aside(tok, triggers: list[Trigger]) -> bool:
    """A first-person reporting or thinking verb inside a quotation that another verb of the same
    sentence reports ("'I just can't specifically say when,' Reagan said"; "'If there is a bias I
    expect it would be ...,' he said"): part of the quoted words, not a record of its own (asked of
    untyped reports only: "I urge", "we categorically deny" are acts the quote performs)."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _SELF_PRONOUNS:
        return False
    sent = tok.sent
    opened = sum(1 for w in tok.doc[sent.start : tok.i] if w.text in _QUOTES) % 2 == 1
    if not opened:
        return False
    return any(
        t.form == "speech" and t.token.i != tok.i and t.token.sent.start == sent.start
        and sum(1 for w in tok.doc[sent.start : t.token.i] if w.text in _QUOTES) % 2 == 0
        for t in triggers
    )


def _typed_report(t: Trigger, lex: Lexicon) -> Resolved:
    """A reporting clause typed by what it reports (speech-act rule 2), first match wins: a request,
    an accusation, praise, a judged act, a refusal, a denial; else a statement."""
    heads = contents(t.token)
    asked = mandated_party(t.token, lex)
    if asked is None:
        asked = _first(heads, lambda h: prescriptive_target(h, lex))
    if asked is not None:
        return Resolved(t, "REQUEST", target=asked, speech=t.token)
    turned_down = _first(heads, lambda h: rejected_proposal(h, lex))
    if turned_down is not None:
        return Resolved(t, "REJECT", target=turned_down, speech=t.token)
    blamed = _first(heads, lambda h: accused(h, lex))
    if blamed is None:
        blamed = _first(heads, lambda h: dispraised(h, lex))
    if blamed is not None:
        return Resolved(t, "ACCUSE", target=blamed, speech=t.token)
    backed = _first(heads, lambda h: praised(h, lex))
    if backed is not None:
        # "Shultz said it was heartening that the Japanese had confronted the problem"
        return Resolved(t, "SUPPORT", target=backed, speech=t.token)
    judged = _judged_object(t.token, lex)
    if judged is not None:
        # "described yesterday's decision by Canada as unjustified": the judged act's author
        return Resolved(t, "ACCUSE", target=judged, speech=t.token)
    refusal = next((h for h in heads if refuses(h, lex)), None)
    if refusal is not None:
        # "would no longer accept letters of credit from the Bank of Brazil": refused to whom
        return Resolved(t, "REJECT", target=_refused_party(refusal), speech=t.token)
    if any(denies(h, lex) for h in heads) or denied_accusation(t.token, lex):
        return Resolved(t, "REJECT", speech=t.token)  # "an official said this was incorrect"
    return Resolved(t, "STATEMENT", speech=t.token)


def _first(heads, find):
    """The first non-None result of ``find`` over ``heads``."""
    return next((found for found in map(find, heads) if found is not None), None)


def _content_event(head, by_token: dict[int, Trigger], light_verbs: frozenset[str]) -> Trigger | None:
    """The typed event that is the main proposition of a content clause, if any."""
    if head.i in by_token:
        return by_token[head.i]
    # "X is expected to sign", "X has decided to lift": the event sits in the xcomp chain.
    tok = head
    for _ in range(3):
        nxt = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            break
        if nxt.i in by_token:
            return by_token[nxt.i]
        tok = nxt
    # A light verb's object: "they signed/held an agreement/talks" (not "the French have exceeded
    # their quota": the quota is what the accusation is about, not the act reported).
    for c in head.children:
        if c.dep_ == "dobj" and c.i in by_token and by_token[c.i].form == "noun" and lemma(head) in light_verbs:
            return by_token[c.i]
    return None
