"""Modality of an event from its auxiliaries and governors: negated > hypothetical > planned > asserted."""

from __future__ import annotations

from pipeline.extract.events.lexicon import Lexicon
from pipeline.extract.events.triggers import lemma, own_participle, to_infinitive


def _clause_chain(tok):
    """The trigger and the verbs it is an xcomp/complement of ("expected to meet" -> expected)."""
    chain = [tok]
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"xcomp", "acomp"} or (cur.dep_ == "pobj" and cur.head.dep_ == "prep"):
            cur = cur.head if cur.dep_ != "pobj" else cur.head.head
            chain.append(cur)
        else:
            break
    return chain


def modality(tok, form: str, lex: Lexicon) -> str:
    """asserted | planned | negated | hypothetical for the trigger ``tok`` (``form`` verb/noun/...)."""
    if form == "noun":
        return _noun_modality(tok, lex)
    if form == "passive":
        form = "verb"
    chain = _clause_chain(tok)
    aux = [c for t in chain for c in t.children if c.dep_ in {"aux", "auxpass", "neg", "advmod", "mark"}]
    words = {c.lower_ for c in aux}
    if words & lex.negation or any(c.dep_ == "neg" for c in aux):
        return "negated"
    if any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children) for c in tok.children):
        return "negated"  # "gave no date"
    if any(lemma(t) in lex.negating_governors or t.lower_ in lex.negating_governors for t in chain[1:]):
        return "negated"  # "He was unable to say when ...", "failed to reach agreement"
    if _conditional(tok, lex):
        return "hypothetical"
    if words & lex.hypothetical_aux:
        # "Wright said he would question Reagan tomorrow": reported "would" is a backshifted "will".
        if words & lex.hypothetical_aux == {"would"} and _reported(chain[-1], lex):
            return "planned"
        return "hypothetical"
    if words & lex.planned_aux:
        return "planned"
    if tok.dep_ == "acl" and lemma(tok.head) in lex.planned_governors | lex.planned_nouns:
        return "planned"  # "a plan to protect Kuwaiti tankers"
    if tok.dep_ in {"advcl", "conj", "pcomp"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        # "will meet X ... before visiting Y", "will visit A and meet B": the head's modality.
        gov = tok.head.head if tok.dep_ == "pcomp" else tok.head
        head = modality(gov, "verb", lex) if gov.pos_ in {"VERB", "AUX"} else "asserted"
        if head in {"planned", "hypothetical"}:
            return head
    governors = [lemma(t) for t in chain[1:]] + [t.lower_ for t in chain[1:]]
    if any(g in lex.hypothetical_governors for g in governors) and not _is_to(chain):
        return "hypothetical"
    if any(g in lex.planned_governors for g in governors):
        return "planned"
    # "X is to visit": be + to-infinitive.
    if _is_to(chain):
        return "planned"
    if lemma(tok) in lex.departure_verbs and tok.tag_ in {"VBZ", "VBP"}:
        return "planned"  # "Kuroda leaves for Washington today": the present of a timetable, still ahead
    return "asserted"


def _reported(tok, lex: Lexicon) -> bool:
    return tok.dep_ == "ccomp" and lemma(tok.head) in lex.speech_verbs


def _is_to(chain) -> bool:
    tok = chain[0]
    return (
        tok.dep_ == "xcomp"
        and lemma(tok.head) == "be"
        and to_infinitive(tok)
    )


def _conditional(tok, lex: Lexicon) -> bool:
    cur = tok
    for _ in range(4):
        if cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in cur.children):
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return False


def _noun_modality(noun, lex: Lexicon) -> str:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return "negated"
    if any(c.dep_ == "amod" and c.lower_ in lex.planned_modifiers for c in noun.children):
        return "planned"
    own = own_participle(noun)
    if own is not None:
        return modality(own, "verb", lex)  # "will lift the tariffs imposed on Brazil": the tariffs were imposed
    gov = noun.head
    if noun.dep_ == "dobj" and lemma(gov) in lex.planned_governors:
        return "planned"  # "it planned an agreement soon with ..."
    for _ in range(3):
        if gov.pos_ in {"VERB", "AUX"}:
            return modality(gov, "verb", lex)
        if gov.head.i == gov.i:
            break
        gov = gov.head
    return "asserted"
