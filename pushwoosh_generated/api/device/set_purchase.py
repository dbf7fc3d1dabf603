# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.


"""setPurchase: Record an in-app purchase."""

from typing import Any, TypeAlias

from ..._operation import Operation
from ..._retries import Repeat

Result: TypeAlias = None
"""What the client's `set_purchase()` returns."""


def parse_result(data: Any) -> Result:
    """Turn the envelope's `response` member into the result."""
    return None


OPERATION: Operation[Result] = Operation(
    name="setPurchase",
    python_name="set_purchase",
    path="/json/1.3/setPurchase",
    repeat=Repeat("unsafe"),
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
    parse_result=parse_result,
)
