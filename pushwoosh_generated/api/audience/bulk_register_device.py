# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""bulkRegisterDevice: Register many devices, with their tags, at once."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import ListItems, Placement, Repeat, Token

from ..._operation import Operation
from ...models.bulk_register_device_answer import BulkRegisterDeviceAnswer

Result: TypeAlias = BulkRegisterDeviceAnswer
"""What the client's `bulk_register_device()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the answer into the result."""
    return BulkRegisterDeviceAnswer.from_dict(data)


OPERATION: Operation[Result] = Operation(
    name="bulkRegisterDevice",
    python_name="bulk_register_device",
    path="/api/v2/audience/bulkRegisterDevice",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "devices": "devices",
    },
    body_schema="BulkRegisterDeviceBody",
    envelope=False,
    plain=True,
    token=Token.SERVER,
    placement=Placement.BODY_AUTH,
    header_prefix=None,
    server="https://api.pushwoosh.com",
    list_items={
        "devices": ListItems(
            schema="BulkRegisterDeviceItem",
            fields=(
                "hwid",
                "push_token",
                "platform",
                "list_operator",
                "tags",
            ),
            targeting=(),
        ),
    },
    parse_result=parse_result,
)
