"""The sentence splitter follows the annotation guidelines' rule."""

from pipeline.extract.context import split_sentences


def _texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_splits_at_terminal_punctuation_before_capitals_digits_and_quotes():
    text = 'He left. 17 stayed! "Why?" she asked. (Later) it rained.'
    assert _texts(text) == ["He left.", "17 stayed!", '"Why?" she asked.', "(Later) it rained."]


def test_no_split_after_abbreviations_and_initials():
    text = "The U.S. Treasury and Mr. Baker met J. P. Morgan Co. officials. They agreed."
    assert _texts(text) == ["The U.S. Treasury and Mr. Baker met J. P. Morgan Co. officials.", "They agreed."]


def test_offsets_index_the_original_text_and_trim_space():
    text = "  First one.\n    Second one.  "
    spans = split_sentences(text)
    assert [(s.start, s.end) for s in spans] == [(2, 12), (17, 28)]


def test_text_without_terminal_punctuation_is_one_sentence():
    assert _texts("no full stop here") == ["no full stop here"]
