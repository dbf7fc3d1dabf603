# Generated from openapi/pushwoosh.yaml by generator/regenerate.py.
# Do not edit: change the spec or generator/ and run `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.post_event_body import PostEventBody
from ...models.post_event_response import PostEventResponse
from ...types import Response


def _get_kwargs(
    *,
    body: PostEventBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/json/1.3/postEvent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostEventResponse | None:
    if response.status_code == 200:
        response_200 = PostEventResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostEventResponse]:
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, KeyError, TypeError, AttributeError):
        parsed = None  # not the documented shape: sync() raises MalformedResponseError
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostEventBody,
) -> Response[ErrorResponse | PostEventResponse]:
    """Post an event

     The event name must match an event created in the Control Panel. `attributes` may be
    empty but must be present. The user is identified by hwid, userId or both.

    Args:
        body (PostEventBody): The envelope of a postEvent call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APITimeoutError: If the request takes longer than the client's timeout.
        errors.APIConnectionError: If the server cannot be reached.

    Returns:
        Response[ErrorResponse | PostEventResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with errors.map_transport_errors():
        response = client.get_httpx_client().request(
            **kwargs,
        )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PostEventBody,
) -> PostEventResponse:
    """Post an event

     The event name must match an event created in the Control Panel. `attributes` may be
    empty but must be present. The user is identified by hwid, userId or both.

    Args:
        body (PostEventBody): The envelope of a postEvent call.

    Raises:
        errors.ArgumentError: If the server answers HTTP 200 with a status_code other than 200 (210).
        errors.APIStatusError: If the server answers an HTTP error; one subclass per status.
        errors.APITimeoutError: If the request takes longer than the client's timeout.
        errors.APIConnectionError: If the server cannot be reached.

    Returns:
        PostEventResponse
    """

    return errors.raise_for_response(
        sync_detailed(
            client=client,
            body=body,
        ),
        PostEventResponse,
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PostEventBody,
) -> Response[ErrorResponse | PostEventResponse]:
    """Post an event

     The event name must match an event created in the Control Panel. `attributes` may be
    empty but must be present. The user is identified by hwid, userId or both.

    Args:
        body (PostEventBody): The envelope of a postEvent call.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.APITimeoutError: If the request takes longer than the client's timeout.
        errors.APIConnectionError: If the server cannot be reached.

    Returns:
        Response[ErrorResponse | PostEventResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    with errors.map_transport_errors():
        response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PostEventBody,
) -> PostEventResponse:
    """Post an event

     The event name must match an event created in the Control Panel. `attributes` may be
    empty but must be present. The user is identified by hwid, userId or both.

    Args:
        body (PostEventBody): The envelope of a postEvent call.

    Raises:
        errors.ArgumentError: If the server answers HTTP 200 with a status_code other than 200 (210).
        errors.APIStatusError: If the server answers an HTTP error; one subclass per status.
        errors.APITimeoutError: If the request takes longer than the client's timeout.
        errors.APIConnectionError: If the server cannot be reached.

    Returns:
        PostEventResponse
    """

    return errors.raise_for_response(
        await asyncio_detailed(
            client=client,
            body=body,
        ),
        PostEventResponse,
    )
