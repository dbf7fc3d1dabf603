"""The schemathesis schema of the property tests: the spec, schemathesis.toml, the in-process mock."""

import os
import tomllib
from typing import Any

import schemathesis
from schemathesis.config import SchemathesisConfig

from pushwoosh_mock import MockServer, create_app

from ..utils import ROOT, SPEC_PATH
from . import checks, mutants

CONFIG_PATH = ROOT / "schemathesis.toml"
CI_EXAMPLES = int(os.environ.get("PROPERTY_EXAMPLES", "25"))
"""Examples per operation and phase in the default run; `nox -s fuzz` raises it."""
CI_STATEFUL_STEPS = int(os.environ.get("PROPERTY_STATEFUL_EXAMPLES", "150"))
NO_SHRINK = os.environ.get("PROPERTY_NO_SHRINK") == "1"
"""Report the first failure as found (the mutation proof only needs to know that a check fails)."""

assert checks.__name__  # registers the custom checks before any test runs


def _pin_local_constants() -> None:
    """Make generation independent of what else the test process imported.

    Hypothesis mixes into its draws the literals of every *local* module in ``sys.modules``
    (those not in site-packages; test files left out), re-reading them whenever a module is added.
    So the same seed generated other calls when pytest had also collected the client's tests
    (which import pushwoosh_generated): the stateful gate counted 11 calls under
    ``pytest`` against 32 under ``pytest tests/property``. The pool is pinned to the literals of
    the package under test, every module of pushwoosh_mock imported, however the suite is started.
    """
    import importlib
    import pkgutil

    from hypothesis.internal.conjecture import providers
    from hypothesis.internal.constants_ast import Constants, constants_from_module
    from hypothesis.internal.floats import float_to_int
    from sortedcontainers import SortedSet  # type: ignore[import-untyped]

    import pushwoosh_mock

    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(pushwoosh_mock.__path__, "pushwoosh_mock.")
        if info.name != "pushwoosh_mock.__main__"
    ]
    found = Constants()
    for module in [pushwoosh_mock, *modules]:
        found |= constants_from_module(module)
    pinned = Constants(  # sorted, as hypothesis keeps them: draws follow the order
        integers=SortedSet(found.integers),
        floats=SortedSet(found.floats, key=float_to_int),
        bytes=SortedSet(found.bytes),
        strings=SortedSet(found.strings),
    )
    providers._get_local_constants = lambda: pinned
    providers.CONSTANTS_CACHE.cache.clear()


_pin_local_constants()


def generated_calls(app: MockServer) -> int:
    """Count the calls schemathesis generated (the checks' probe calls left out)."""
    return sum(1 for call in app.journal.calls() if checks.PROBE_HEADER.lower() not in call.headers)


def load(app: MockServer, max_examples: int, stateful_steps: int | None = None) -> Any:
    """Load the spec with schemathesis.toml (example counts replaced), bound to an in-process app."""
    os.environ.setdefault("PUSHWOOSH_TOKEN", "dev-token")
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    data.pop("hooks")  # the checks are imported above
    server_token = os.environ.get("PUSHWOOSH_SERVER_TOKEN", checks.SERVER_TOKEN)
    for scheme in data["auth"]["openapi"].values():  # not set in os.environ: the client reads it
        scheme["api_key"] = scheme["api_key"].replace("${PUSHWOOSH_SERVER_TOKEN}", server_token)
    data["generation"]["max-examples"] = max_examples
    data["generation"]["no-shrink"] = NO_SHRINK
    if stateful_steps is not None:
        data["phases"]["stateful"]["max-steps"] = stateful_steps
    config = SchemathesisConfig.from_dict(data, base_dir=str(ROOT))
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=config)
    schema.app = mutants.wrap(app)  # the mock itself, unless the mutation proof injects a bug
    return schema


APP = create_app(debug=True, journal_size=200_000, job_delay=0)
"""The mock under test; one for the module, its debug mode checks every response."""
