# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class ConditionOperator(StrEnum):
    BETWEEN = "BETWEEN"
    EQ = "EQ"
    GTE = "GTE"
    IN = "IN"
    LTE = "LTE"
    NOTEQ = "NOTEQ"
    NOTIN = "NOTIN"

    def __str__(self) -> str:
        return str(self.value)
