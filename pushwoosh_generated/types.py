# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
"""The names the generated models use for a field that is not sent: the client's ABSENT."""

from typing import TypeAlias

from ._operation import ABSENT, _Absent

UNSET = ABSENT
"""The models' name for ABSENT: a field left out of the JSON."""
Unset: TypeAlias = _Absent
"""The class of ABSENT (the models test `isinstance(value, Unset)`)."""

__all__ = ["UNSET", "Unset"]
