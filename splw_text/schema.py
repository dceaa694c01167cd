"""Reading YAML into pydantic models with one-line errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from splw_text.errors import InputError

ModelT = TypeVar("ModelT", bound=BaseModel)


class StrictModel(BaseModel):
    """Base for configuration models: unknown keys are errors, models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with the same key twice (plain YAML keeps the last one silently, so a
    second ``patterns:`` in a rule would drop the first without a word)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
                seen.add(key)
            except TypeError:  # an unhashable key: the base class reports it
                break
            if duplicate:
                raise yaml.constructor.ConstructorError(
                    "while reading a mapping", node.start_mark, f"duplicate key {key!r}", key_node.start_mark
                )
        return super().construct_mapping(node, deep=deep)


def read_yaml(path: Path | str, loader: type[yaml.SafeLoader] = UniqueKeyLoader) -> Any:
    """Parse a YAML file with ``loader`` (a safe loader that refuses duplicate keys); a missing file, a YAML
    syntax error or a duplicate key becomes an InputError naming the file and line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: file not found")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise InputError(f"{path}{where}: not valid YAML: {getattr(error, 'problem', error)}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a UTF-8 text file") from None


def validate(model: type[ModelT], data: Any, source: Path | str) -> ModelT:
    """Validate ``data`` against ``model``; the first problem becomes an InputError naming its key path."""
    if not isinstance(data, dict):
        raise InputError(f"{source}: expected a mapping of keys at the top level")
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"]) or "(top level)"
        kind = first["type"]
        if kind == "extra_forbidden":
            message = "unknown key"
        elif kind == "missing":
            message = "missing required key"
        else:
            message = first["msg"]
        more = f" (and {error.error_count() - 1} more problems)" if error.error_count() > 1 else ""
        raise InputError(f"{source}: {location}: {message}{more}") from None
