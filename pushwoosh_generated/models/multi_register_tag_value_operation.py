# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import IntEnum


class MultiRegisterTagValueOperation(IntEnum):
    SET = 0
    APPEND = 1
    REMOVE = 2
    INCREMENT = 3

    def __str__(self) -> str:
        return str(self.value)
