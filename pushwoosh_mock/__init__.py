"""A stateful mock Pushwoosh server that validates every request against the spec.

>>> import httpx
>>> from pushwoosh_mock import create_app
>>> from pushwoosh_mock.transport import InProcessTransport
>>> from pushwoosh_generated import PushwooshClient
>>> app = create_app(debug=True)
>>> http = httpx.Client(transport=InProcessTransport(app))
>>> client = PushwooshClient("dev-token", application="XXXXX-XXXXX", http_client=http)

With pytest, the plugin's fixtures do this (``pushwoosh_client``, ``pushwoosh_mock``).

The mock needs the ``mock`` extra (``pip install "pushwoosh-generated[mock]"``). Without it the
package still imports, so that the pytest plugin loads in any environment; asking for one of its
names raises ``MissingExtraError`` (an ImportError) saying what to install.
"""

from typing import TYPE_CHECKING

from .extra import EXTRA_MODULES, MissingExtraError, message

try:
    from .app import MockServer, create_app
    from .config import DEV_SERVER_TOKEN, DEV_TOKEN, MockConfig
    from .connection import ConnectionDropped
    from .errors import ApiError
    from .faults import Fault
    from .journal import Call, Journal
except ModuleNotFoundError as missing:
    # Without the extra the package still loads, for its pytest plugin (a submodule) is loaded
    # by every pytest run of an environment that has the client; the mock's names say what to
    # install when asked for.
    module = (missing.name or "").partition(".")[0]
    if module not in EXTRA_MODULES:
        raise

    if not TYPE_CHECKING:  # for mypy, the names above are the package's only ones

        def __getattr__(name: str) -> object:
            if name in __all__:
                raise MissingExtraError(message(module), name=module)
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEV_SERVER_TOKEN",
    "DEV_TOKEN",
    "ApiError",
    "Call",
    "ConnectionDropped",
    "Fault",
    "Journal",
    "MissingExtraError",
    "MockConfig",
    "MockServer",
    "create_app",
]
