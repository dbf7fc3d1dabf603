"""A shop's backend, as a user of this package writes it: plain functions over a client.

Each function takes the client it should use, so that the application wires the real one
(`PushwooshClient()`, tokens from the environment) and the tests the plugin's.
"""

from pushwoosh_generated import AsyncPushwooshClient, IncrementOperation, PushwooshClient, errors


def signup(client: PushwooshClient, user: str, hwid: str, push_token: str) -> None:
    """Register the user's phone and give the user three tags."""
    client.register_device(hwid=hwid, device_type=3, push_token=push_token, user_id=user)
    client.set_tags(user_id=user, tags={"Plan": "free", "Purchases": 0, "Newsletter": True})


def purchase(client: PushwooshClient, user: str, amount: float) -> str | None:
    """Count the purchase on the user's tags and post the event; None when Pushwoosh refused or
    could not be reached (the shop goes on without it: an increment is never sent twice)."""
    try:
        client.set_tags(user_id=user, tags={"Purchases": IncrementOperation(value=1)})
        return client.post_event(user_id=user, event="Purchase", attributes={"amount": amount})
    except (errors.APIError, errors.APIConnectionError):
        return None


def ship_order(client: PushwooshClient, user: str, order: int) -> bool:
    """Tell the user the order shipped; False when Pushwoosh refused the push (a 210 included)
    or could not be reached."""
    try:
        client.create_message(
            notifications=[
                {"content": f"Order {order} shipped", "users": [user], "data": {"order": order}}
            ]
        )
    except (errors.APIError, errors.APIConnectionError):
        return False
    return True


async def ship_order_async(client: AsyncPushwooshClient, user: str, order: int) -> bool:
    """As ship_order, for an asyncio backend (FastAPI)."""
    try:
        await client.create_message(
            notifications=[{"content": f"Order {order} shipped", "users": [user]}]
        )
    except (errors.APIError, errors.APIConnectionError):
        return False
    return True
