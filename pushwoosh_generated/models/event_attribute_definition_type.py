# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import IntEnum


class EventAttributeDefinitionType(IntEnum):
    INTEGER = 1
    STRING = 2
    LIST = 3
    DATE = 4
    BOOLEAN = 5
    PRICE = 6

    def __str__(self) -> str:
        return str(self.value)
