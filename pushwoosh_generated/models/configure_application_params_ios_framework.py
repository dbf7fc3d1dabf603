# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from enum import StrEnum


class ConfigureApplicationParamsIosFramework(StrEnum):
    ADOBEAIR = "adobeAir"
    CORDOVA = "cordova"
    CORONA = "corona"
    MARMALADE = "marmalade"
    NATIVE = "native"
    PHONEGAPBUILD = "phoneGapBuild"
    TITANIUM = "titanium"
    TRIGGERIO = "triggerIO"
    UNITY = "unity"
    XAMARIN = "xamarin"

    def __str__(self) -> str:
        return str(self.value)
