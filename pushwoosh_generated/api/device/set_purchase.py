# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setPurchase: Record an in-app purchase."""

from typing import Any, TypeAlias

from pushwoosh_spec.facts import Placement, Repeat, Token

from ..._operation import Operation

Result: TypeAlias = None
"""What the client's `set_purchase()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setPurchase",
    python_name="set_purchase",
    path="/json/1.3/setPurchase",
    repeat=Repeat.UNSAFE,
    arguments={
        "application": "application",
        "hwid": "hwid",
        "productIdentifier": "product_identifier",
        "quantity": "quantity",
        "price": "price",
        "currency": "currency",
        "userId": "user_id",
        "device_type": "device_type",
        "transactionDate": "transaction_date",
    },
    body_schema="SetPurchaseBody",
    token=Token.DEVICE,
    placement=Placement.HEADER,
    parse_result=parse_result,
)
