# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""configureApplication: Configure an application's platform (iOS, Android, …)."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.configure_application_result import ConfigureApplicationResult

Result: TypeAlias = ConfigureApplicationResult | None
"""What the client's `configure_application()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None if data is None else ConfigureApplicationResult.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="configureApplication",
    python_name="configure_application",
    path="/json/1.3/configureApplication",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "device_type": "device_type",
        "ios_key_management_type": "ios_key_management_type",
        "ios_key_file": "ios_key_file",
        "ios_key_password": "ios_key_password",
        "ios_gateway": "ios_gateway",
        "ios_framework": "ios_framework",
        "step": "step",
        "ios_apple_id": "ios_apple_id",
        "ios_apple_password": "ios_apple_password",
        "android_fcm_service_account": "android_fcm_service_account",
    },
    body_schema="ConfigureApplicationBody",
    token=Token.SERVER,
    placement=Placement.REQUEST_AUTH,
    header_prefix=None,
    parse_result=parse_result,
)
