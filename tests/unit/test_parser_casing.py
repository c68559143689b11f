"""The parser's copy of wire text: common words capitalised after an initialism are lower-cased,
same length, and every doc still carries the article's own text."""

from __future__ import annotations

from pipeline.extract import nlp
from pipeline.extract.nlp import for_parser


def test_common_word_after_an_initialism_is_lower_cased():
    text = "The U.S. Said Iranians fired first. U.S. And Soviet negotiators met."
    assert for_parser(text) == "The U.S. said Iranians fired first. U.S. and Soviet negotiators met."


def test_name_words_and_sentence_starts_are_kept():
    text = "U.S. Trade Representative Clayton Yeutter spoke. Said differently, the U.K. Treasury agreed."
    assert for_parser(text) == text


def test_parser_copy_keeps_length_and_docs_keep_the_original():
    texts = ["Monday's U.S. Attack on the platform was condemned.", "No initialism here."]
    docs = list(nlp.parse_many(texts))
    assert [nlp.text_of(d) for d in docs] == texts
    assert all(len(for_parser(t)) == len(t) for t in texts)
    attack = next(t for t in docs[0] if t.idx == texts[0].index("Attack"))
    assert attack.pos_ == "NOUN"


def test_casing_data_is_lower_case_words():
    from pipeline.datafiles import load_mapping

    data = load_mapping(nlp.Path(nlp.__file__).parent / "data" / "casing.yaml")
    for word in [*data["common_words"], *data["keep"]]:
        assert isinstance(word, str) and word.isalpha() and word == word.lower(), word


def test_a_subject_hung_on_an_auxiliary_moves_to_its_verb():
    from spacy.tokens import Doc

    # "decisions have hampered efforts", parsed with the subject on "have" (as the small model does
    # when words stand between the auxiliary and the verb).
    words = ["decisions", "have", "hampered", "efforts"]
    doc = Doc(nlp.load().vocab, words=words, heads=[1, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"])
    nlp.subject_on_main_verb(doc)
    assert [(t.text, t.dep_, t.head.text) for t in doc] == [
        ("decisions", "nsubj", "hampered"), ("have", "aux", "hampered"), ("hampered", "ROOT", "hampered"),
        ("efforts", "dobj", "hampered")]


def test_the_loaded_pipeline_runs_the_repair_after_the_parser():
    names = nlp.load().pipe_names
    assert names.index("subject_on_main_verb") == names.index("parser") + 1


def test_lemmas_the_model_gets_wrong_are_repaired():
    # the small model lemmatises "hopes", "hoped" and "hoping" as "hop"
    docs = list(nlp.parse_many(["The minister hopes for a deal.", "Farmers hoped for rain and kept hoping."]))
    assert [t.lemma_ for d in docs for t in d if t.lower_.startswith("hop")] == ["hope", "hope", "hope"]


def test_lemma_repair_data_maps_lower_case_word_forms_to_lemmas():
    repairs = nlp.lemma_repairs()
    assert repairs
    assert all(form.isalpha() and form == form.lower() and lemma.isalpha() for form, lemma in repairs.items())
