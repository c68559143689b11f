"""The strict loader every extractor's language data goes through."""

import pytest

from pipeline.datafiles import load_mapping
from pipeline.errors import ConfigurationError


def test_a_mapping_loads(tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("months:\n  jan: 1\n  feb: 2\n")
    assert load_mapping(path) == {"months": {"jan": 1, "feb": 2}}


@pytest.mark.parametrize(
    ("content", "message"),
    [("a: 1\na: 2\n", "duplicate key 'a'"), ("outer:\n  x: 1\n  x: 1\n", "duplicate key 'x'"),
     ("- a\n- b\n", "not a mapping"), ("a: [1,\n", "cannot read")],
)
def test_bad_files_are_configuration_errors_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(ConfigurationError, match=message) as caught:
        load_mapping(path)
    assert "bad.yaml" in str(caught.value)


def test_a_missing_file_is_a_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError, match="cannot read"):
        load_mapping(tmp_path / "nope.yaml")
