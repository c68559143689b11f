"""Language data files (YAML) shared by every extractor: one strict loader.

PyYAML silently keeps the last of two equal keys, which hides a mistake in a word list; this loader
refuses duplicates, insists on a mapping at the top, and reports any problem as a
``ConfigurationError`` naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from pipeline.errors import ConfigurationError


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe YAML loader that refuses duplicate mapping keys."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def load_mapping(path: Path) -> dict[str, Any]:
    """The YAML mapping in ``path``; a missing, malformed or duplicate-keyed file is a ConfigurationError."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigurationError(f"cannot read language data {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigurationError(f"language data {path} is not a mapping at the top level")
    return data
