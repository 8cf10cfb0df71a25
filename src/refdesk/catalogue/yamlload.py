"""Catalogue layer: a YAML loader that keeps line numbers and reads `NO` as Norway, not False."""

from __future__ import annotations

import re
from typing import Any

import yaml

from refdesk.core.i18n import translate


class SourceLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans, so country codes like NO and ON stay strings."""


SourceLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SourceLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
# Dates stay text: the format has no date fields, and a date object is not JSON.
for _key, _resolvers in SourceLoader.yaml_implicit_resolvers.items():
    _resolvers[:] = [(t, rx) for t, rx in _resolvers if t != "tag:yaml.org,2002:timestamp"]


def load_mapping(text: str) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse a YAML mapping; return it with the 0-based line of each top-level key.

    Raises yaml.YAMLError for invalid YAML and TypeError when the document is not a mapping.
    """
    node = yaml.compose(text, Loader=SourceLoader)
    if node is None:
        return {}, {}
    if not isinstance(node, yaml.MappingNode):
        raise TypeError(translate("SourceCheck", "expected key: value pairs"))
    lines = {}
    for key_node, _value in node.value:
        if isinstance(key_node, yaml.ScalarNode):
            lines[str(key_node.value)] = key_node.start_mark.line
    data = yaml.load(text, Loader=SourceLoader)
    return data, lines


def error_line(exc: yaml.YAMLError) -> int:
    """The 0-based line a YAML error points at (0 when it does not say)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line if mark is not None else 0
