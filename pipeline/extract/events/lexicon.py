"""The event dictionaries (``data/triggers.yaml``, ``data/cues.yaml``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.datafiles import load_mapping

DATA_DIR = Path(__file__).parent / "data"

EVENT_TYPES = frozenset(
    "AGREE CONSULT SUPPORT COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT STATEMENT".split()
)


def _with_published(t: dict) -> dict[str, dict[str, str]]:
    """verb -> {object: type}, the publishing verbs taking every published object as a statement."""
    out = {str(v).lower(): {str(o).lower(): str(ty) for o, ty in objs.items()} for v, objs in t["verb_objects"].items()}
    for verb in t["publishing"]["verbs"]:
        out[str(verb)] = {**out.get(str(verb), {}), **{str(o): "STATEMENT" for o in t["publishing"]["objects"]}}
    return out


def load_yaml(name: str) -> dict:
    """One data file of ``data/`` as a dict (the project's strict loader: duplicate keys, missing or
    malformed files are configuration errors)."""
    return load_mapping(DATA_DIR / name)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Trigger and cue tables; every word is lower case."""

    verbs: dict[str, str]
    phrasal_verbs: dict[tuple[str, ...], str]  # (verb lemma, particle/preposition words...) -> type
    verb_objects: dict[str, dict[str, str]]
    adjectives: dict[str, str]
    passive_verbs: dict[str, str]
    refusal_verbs: frozenset[str]
    comment_nouns: frozenset[str]
    withheld_nouns: frozenset[str]
    unavailability_words: frozenset[str]
    withheld_passives: frozenset[str]
    withheld_speech: frozenset[str]
    nouns: dict[str, str]
    speech_verbs: frozenset[str]
    speech_needs_content: frozenset[str]
    light_verbs: frozenset[str]
    container_prepositions: frozenset[str]
    frame_nouns: frozenset[str]  # heads typed by their compound ("credit line")
    negation: frozenset[str]
    planned_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    planned_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    conditional_marks: frozenset[str]
    planned_modifiers: frozenset[str]
    future_time_words: frozenset[str]
    request_modals: frozenset[str]
    party_modals: frozenset[str]
    request_governors: frozenset[str]
    request_predicates: frozenset[str]
    sector_heads: frozenset[str]
    demanded_acts: frozenset[str]
    accusing_verbs: frozenset[str]
    negated_obligations: frozenset[str]
    denial_predicates: frozenset[str]
    hostile_acts: frozenset[str]
    verbal_targets: frozenset[str]
    charges: frozenset[str]
    praising_predicates: frozenset[str]
    dispraising_predicates: frozenset[str]
    refusal_readiness: frozenset[str]
    mandative_verbs: frozenset[str]
    offer_readiness: frozenset[str]
    giving_verbs: frozenset[str]
    rejected_claims: frozenset[str]
    legislation_words: frozenset[str]
    agreement_words: frozenset[str]
    arrival_verbs: frozenset[str]
    refusal_acts: frozenset[str]
    stance_changes: frozenset[str]
    stances: frozenset[str]
    rejecting_predicates: frozenset[str]
    proposal_words: frozenset[str]
    opposing_votes: frozenset[str]
    threat_acts: frozenset[str]
    threat_acts_always: frozenset[str]
    accusing_predicates: frozenset[str]
    accusing_nouns: frozenset[str]
    conformity_predicates: frozenset[str]
    epistemic_subjects: frozenset[str]
    non_agents: frozenset[str]
    anonymous_speakers: frozenset[str]
    employed_speakers: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    first_person_pronouns: frozenset[str]
    anaphoric_heads: dict[str, str]  # head noun -> kind of the antecedent it takes
    travel_verbs: frozenset[str]
    award_verbs: frozenset[str]
    winning_verbs: frozenset[str]
    country_groups: frozenset[str]
    creditor_committee_heads: frozenset[str]
    creditor_committee_words: frozenset[str]
    target_required: frozenset[str]
    complement_nouns: frozenset[str]
    complement_verbs: frozenset[str]
    partyless_acts: frozenset[str]
    prepositional_target_first: dict[str, tuple[str, ...]]  # type -> prepositions tried first
    market_objects: frozenset[str]
    speech_act_verbs: frozenset[str]
    wanting_verbs: frozenset[str]
    directive_verbs: frozenset[str]  # REQUEST with an object told to act ("advised Ottawa to cut")
    raising_senses: frozenset[str]
    non_event_objects: dict[str, frozenset[str]]
    raising_complements: frozenset[str]
    refusal_with_object: frozenset[str]
    clause_triggers: dict[str, str]  # lemma -> type, an event only with a clause of its content
    destination_triggers: frozenset[str]
    departure_verbs: frozenset[str]  # a visit with a place after "for" ("leaves for Washington")
    judicial_subjects: frozenset[str]
    judicial_verbs: frozenset[str]
    military_verbs: frozenset[str]
    armed_senses: frozenset[str]
    military_words: frozenset[str]
    course_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    attribution_phrases: dict[str, str]  # "according" -> "to"
    planned_nouns: frozenset[str]
    content_nouns: frozenset[str]
    report_documents: frozenset[str]
    issued_documents: frozenset[str]
    movement_verbs: frozenset[str]
    reporting_idioms: dict[str, str]
    target_prepositions: dict[str, tuple[str, ...]]  # type (or "default") -> prepositions
    goods_object_verbs: frozenset[str]
    buying_nouns: frozenset[str]
    publishing_verbs: frozenset[str]
    telling_directives: frozenset[str]
    press_audience: frozenset[str]
    stake_nouns: frozenset[str]
    ultimatum_verbs: frozenset[str]
    engaging_verbs: frozenset[str]
    relying_verbs: dict[str, str]
    time_limits: frozenset[str]
    modified_nouns: dict[str, dict[str, str]]  # noun lemma -> {modifier: type} ("joint venture")

    def target_preps(self, etype: str) -> tuple[str, ...]:
        """Prepositions whose object may be actor2 of an event of type ``etype``."""
        return self.target_prepositions.get(etype, self.target_prepositions["default"])


def _words(values) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The lexicon, built once per process."""
    t = load_yaml("triggers.yaml")
    c = load_yaml("cues.yaml")
    m = c["modality"]
    rc = c["request_content"]
    p = c["pronouns"]
    anaphors = {str(w).lower(): kind for kind, words in c["anaphoric_heads"].items() for w in words}
    return Lexicon(
        verbs={str(k).lower(): str(v) for k, v in t["verbs"].items()},
        phrasal_verbs={tuple(str(k).lower().split()): str(v) for k, v in t["phrasal_verbs"].items()},
        verb_objects=_with_published(t),
        adjectives={str(k).lower(): str(v) for k, v in t["adjectives"].items()},
        passive_verbs={str(k).lower(): str(v) for k, v in t["passive_verbs"].items()},
        refusal_verbs=_words(t["refusal_verbs"]),
        comment_nouns=_words(t["comment_nouns"]),
        withheld_nouns=_words(t["withheld_nouns"]),
        unavailability_words=_words(t["unavailability_words"]),
        withheld_passives=_words(t["withheld_passives"]),
        withheld_speech=_words(t["withheld_speech"]),
        nouns={str(k).lower(): str(v) for k, v in t["nouns"].items()},
        speech_verbs=_words(t["speech_verbs"]),
        speech_needs_content=_words(t["speech_needs_content"]),
        light_verbs=_words(t["light_verbs"]),
        container_prepositions=_words(t["container_prepositions"]),
        frame_nouns=_words(t["frame_nouns"]),
        negation=_words(m["negation"]),
        planned_aux=_words(m["planned_aux"]),
        hypothetical_aux=_words(m["hypothetical_aux"]),
        planned_governors=_words(m["planned_governors"]),
        hypothetical_governors=_words(m["hypothetical_governors"]),
        negating_governors=_words(m["negating_governors"]),
        conditional_marks=_words(m["conditional_marks"]),
        planned_modifiers=_words(m["planned_modifiers"]),
        future_time_words=_words(m["future_time_words"]),
        request_modals=_words(rc["modals"]),
        party_modals=_words(rc["party_modals"]),
        request_governors=_words(rc["governors"]),
        request_predicates=_words(rc["predicates"]),
        sector_heads=_words(rc["sector_heads"]),
        demanded_acts=_words(rc["demanded_acts"]),
        accusing_verbs=_words(c["accusation_content"]["verbs"]),
        negated_obligations=_words(c["accusation_content"]["negated_obligations"]),
        denial_predicates=_words(c["denial_predicates"]),
        hostile_acts=_words(c["accusation_content"]["hostile_acts"]),
        verbal_targets=_words(c["accusation_content"]["verbal_targets"]),
        charges=_words(c["accusation_content"]["charges"]),
        praising_predicates=_words(c["praising_predicates"]),
        dispraising_predicates=_words(c["dispraising_predicates"]),
        refusal_readiness=_words(c["refusal_content"]["readiness"]),
        mandative_verbs=_words(c["mandative_verbs"]),
        offer_readiness=_words(c["offer_content"]["readiness"]),
        giving_verbs=_words(c["offer_content"]["giving"]),
        rejected_claims=_words(c["rejected_claims"]),
        legislation_words=_words(c["legislation_words"]),
        agreement_words=_words(c["agreement_words"]),
        arrival_verbs=_words(c["arrival_verbs"]),
        refusal_acts=_words(c["refusal_content"]["acts"]),
        stance_changes=_words(c["refusal_content"]["stance_changes"]),
        stances=_words(c["refusal_content"]["stances"]),
        rejecting_predicates=_words(c["rejecting_predicates"]),
        proposal_words=_words(c["proposal_words"]),
        opposing_votes=_words(c["opposing_votes"]),
        threat_acts=_words(c["threat_content"]["acts"]),
        threat_acts_always=_words(c["threat_content"]["always"]),
        accusing_predicates=_words(c["accusing_predicates"]),
        accusing_nouns=_words(c["accusing_nouns"]),
        conformity_predicates=_words(c["conformity_predicates"]),
        epistemic_subjects=_words(rc["epistemic_subjects"]),
        non_agents=_words(c["non_agents"]),
        anonymous_speakers=_words(c["anonymous_speakers"]),
        employed_speakers=_words(c["employed_speakers"]),
        person_pronouns=_words(p["person"]),
        thing_pronouns=_words(p["thing"]),
        group_pronouns=_words(p["group"]),
        first_person_pronouns=_words(p["first_person"]),
        anaphoric_heads=anaphors,
        travel_verbs=_words(t["travel_verbs"]),
        award_verbs=_words(t["award_verbs"]),
        winning_verbs=_words(t["winning_verbs"]),
        country_groups=_words(c["country_groups"]),
        creditor_committee_heads=_words(c["creditor_committees"]["heads"]),
        creditor_committee_words=_words(c["creditor_committees"]["words"]),
        target_required=frozenset(str(x) for x in t["target_required"]),
        complement_nouns=_words(t["complement_nouns"]),
        complement_verbs=_words(t["complement_verbs"]),
        partyless_acts=_words(t["partyless_acts"]),
        prepositional_target_first={
            str(k): tuple(str(w).lower() for w in v) for k, v in t["prepositional_target_first"].items()
        },
        market_objects=_words(c["market_objects"]),
        speech_act_verbs=_words(t["speech_act_verbs"]),
        wanting_verbs=_words(t["wanting_verbs"]),
        directive_verbs=_words(t["directive_verbs"]),
        raising_senses=_words(t["raising_senses"]),
        non_event_objects={str(k).lower(): _words(v) for k, v in t["non_event_objects"].items()},
        raising_complements=_words(t["raising_complements"]),
        refusal_with_object=_words(t["refusal_with_object"]),
        clause_triggers={str(k).lower(): str(v) for k, v in t["clause_triggers"].items()},
        destination_triggers=_words(t["destination_triggers"]),
        departure_verbs=_words(t["departure_verbs"]),
        judicial_subjects=_words(t["judicial_subjects"]),
        judicial_verbs=_words(t["judicial_verbs"]),
        military_verbs=_words(t["military_verbs"]),
        armed_senses=_words(t["armed_senses"]),
        military_words=_words(t["military_words"]),
        course_verbs=_words(t["course_verbs"]),
        relay_verbs=_words(c["relay_verbs"]),
        attribution_phrases={str(k).lower(): str(v).lower() for k, v in c["attribution_phrases"].items()},
        planned_nouns=_words(c["planned_nouns"]),
        content_nouns=_words(c["content_nouns"]),
        report_documents=_words(c["report_documents"]),
        issued_documents=_words(c["issued_documents"]),
        movement_verbs=_words(c["movement_verbs"]),
        reporting_idioms={str(k).lower(): str(v).lower() for k, v in c["reporting_idioms"].items()},
        target_prepositions={str(k): tuple(str(w).lower() for w in v) for k, v in t["target_prepositions"].items()},
        goods_object_verbs=_words(t["goods_object_verbs"]),
        buying_nouns=_words(t["buying_nouns"]),
        publishing_verbs=_words(t["publishing"]["verbs"]),
        telling_directives=_words(t["telling_directives"]["verbs"]),
        press_audience=_words(t["telling_directives"]["not_to"]),
        stake_nouns=_words(t["stake_nouns"]),
        ultimatum_verbs=_words(t["ultimatum_verbs"]),
        engaging_verbs=_words(t["engaging_verbs"]),
        relying_verbs={str(k): str(v) for k, v in t["relying_verbs"].items()},
        time_limits=_words(t["time_limits"]),
        modified_nouns={
            str(n).lower(): {str(m).lower(): str(ty) for m, ty in mods.items()}
            for n, mods in t["modified_nouns"].items()
        },
    )
