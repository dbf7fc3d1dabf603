# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import IntEnum


class DeviceType(IntEnum):
    IOS = 1
    ANDROID = 3
    MAC_OS_X = 7
    WINDOWS = 8
    AMAZON = 9
    SAFARI = 10
    CHROME = 11
    FIREFOX = 12
    EMAIL = 14
    HUAWEI = 17
    SMS = 18
    WHATSAPP = 21

    def __str__(self) -> str:
        return str(self.value)
