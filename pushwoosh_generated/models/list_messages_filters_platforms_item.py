# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class ListMessagesFiltersPlatformsItem(StrEnum):
    AMAZON = "AMAZON"
    ANDROID = "ANDROID"
    CHROME = "CHROME"
    EMAIL = "EMAIL"
    FIREFOX = "FIREFOX"
    HUAWEI_ANDROID = "HUAWEI_ANDROID"
    IE = "IE"
    IOS = "IOS"
    OSX = "OSX"
    SAFARI = "SAFARI"
    SMS = "SMS"
    WINDOWS = "WINDOWS"

    def __str__(self) -> str:
        return str(self.value)
