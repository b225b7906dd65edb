"""The published JSON Schema of an analysed article, and validation against it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema

SCHEMA_VERSION = "1.0"


@cache
def analysis_schema() -> dict[str, Any]:
    text = resources.files("kroniek.schema").joinpath("analysis.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(analysis: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` when ``analysis`` breaks the contract."""
    jsonschema.validate(analysis, analysis_schema())
