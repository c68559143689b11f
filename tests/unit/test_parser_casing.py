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
