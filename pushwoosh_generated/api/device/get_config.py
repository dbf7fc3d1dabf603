# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""getConfig: Read the web features configured for the application."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation
from ...models.get_config_features import GetConfigFeatures
from ...models.get_config_result import GetConfigResult

Result: TypeAlias = GetConfigFeatures
"""What the client's `get_config()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return GetConfigResult.from_dict(data).features


OPERATION: Operation[Result] = Operation(
    name="getConfig",
    python_name="get_config",
    path="/json/1.3/getConfig",
    repeat=Repeat.SAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "features": "features",
        "userId": "user_id",
        "device_type": "device_type",
    },
    body_schema="GetConfigBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)
