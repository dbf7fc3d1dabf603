"""The ``mock`` extra: what the mock needs beyond the client, and the one message for its absence.

The wheel installs the pytest plugin (entry point ``pytest11``) and the ``pushwoosh-mock`` script
with the client, extra or not: the plugin and the package load without the extra, and whatever
needs the mock says what to install instead of a missing module's traceback.
"""

import importlib.util

EXTRA_MODULES = ("starlette", "uvicorn", "orjson", "yaml", "lark")
"""The modules the mock imports that only the ``mock`` extra installs."""
INSTALL_HINT = 'pip install "pushwoosh-generated[mock]"'
"""The command that installs the mock."""


class MissingExtraError(ImportError):
    """The mock was asked for, and the ``mock`` extra is not installed."""


def missing_module() -> str | None:
    """The first module of the extra that is not installed, or None when it all is."""
    for name in EXTRA_MODULES:
        if importlib.util.find_spec(name) is None:
            return name
    return None


def message(module: str) -> str:
    """What to tell a user who needs the mock and lacks ``module``."""
    return f"the Pushwoosh mock needs the 'mock' extra ({module} is not installed): {INSTALL_HINT}"


def require() -> None:
    """Raise MissingExtraError, saying what to install, unless the extra is installed."""
    module = missing_module()
    if module is not None:
        raise MissingExtraError(message(module), name=module)
