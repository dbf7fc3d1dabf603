"""Stateful property tests: sequences driven by the spec's links (registerDevice → setTags → …)."""

from typing import Any

from hypothesis import HealthCheck, Phase, settings
from hypothesis.stateful import run_state_machine_as_test

from .checks import PROBE_HEADER
from .schema import APP, CI_STATEFUL_STEPS, NO_SHRINK, generated_calls, load

schema = load(APP, max_examples=CI_STATEFUL_STEPS, stateful_steps=20)
DEVICE_OPERATIONS = ("getTags", "setTags")


class Hits:
    """Counts getTags/setTags calls by hwid that reached a registered device, and those that missed."""

    def __init__(self) -> None:
        self.hits = 0
        self.misses = 0
        self.generated = 0

    def count(self) -> None:
        """Count the calls of the scenario that just ended (from the mock's journal)."""
        self.generated += generated_calls(APP)
        for call in APP.journal.calls():
            request = (call.body or {}).get("request") if isinstance(call.body, dict) else None
            if (
                call.operation not in DEVICE_OPERATIONS
                or not isinstance(request, dict)
                or "hwid" not in request
            ):
                continue
            if PROBE_HEADER.lower() in call.headers:
                continue
            answer = call.response or {}
            if call.status != 200 or answer.get("status_code") not in (200, 210):
                continue
            message = str(answer.get("status_message", ""))
            if answer["status_code"] == 200:
                self.hits += 1
            elif message.startswith("Device not found"):
                self.misses += 1

    @property
    def ratio(self) -> float:
        """The share of calls that reached a registered device."""
        return self.hits / max(self.hits + self.misses, 1)


HITS = Hits()


class Workflow(schema.as_state_machine()):  # type: ignore[misc]
    """The spec's state machine, on a mock reset before each scenario.

    Links carry a registered hwid into later calls most of the time; schemathesis leaves a link
    out on purpose now and then (about 15%, drawn outside Hypothesis's control). When a
    getTags/setTags call then names an hwid that nothing registered, the workflow points it at a
    device this scenario did register, as a real app does. ``STEERED`` counts those calls.
    """

    def setup(self) -> None:
        APP.reset()

    def before_call(self, case: Any) -> None:
        request = case.body.get("request") if isinstance(case.body, dict) else None
        if case.operation.path.rsplit("/", 1)[-1] not in DEVICE_OPERATIONS or not isinstance(
            request, dict
        ):
            return
        registered = sorted((d["application"], d["hwid"]) for d in APP.store.snapshot()["devices"])
        hwid = request.get("hwid")
        if (
            registered
            and isinstance(hwid, str)
            and (request.get("application"), hwid) not in registered
        ):
            request["application"], request["hwid"] = registered[len(hwid) % len(registered)]
            STEERED.append(case.operation.path)

    def teardown(self) -> None:
        HITS.count()
        APP.check_response_errors()


STEERED: list[str] = []


def test_stateful_workflow(capsys: Any) -> None:
    """Linked sequences pass every check, and most getTags/setTags calls reach a registered device."""
    run_state_machine_as_test(
        Workflow,
        settings=settings(
            max_examples=CI_STATEFUL_STEPS,
            stateful_step_count=20,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.reuse, Phase.generate] if NO_SHRINK else list(Phase),
        ),
    )
    with capsys.disabled():
        print(
            f"\nstateful: {HITS.hits} of {HITS.hits + HITS.misses} getTags/setTags calls by hwid"
            f" reached a registered device ({HITS.ratio:.0%}); {len(STEERED)} unlinked calls steered;"
            f" {HITS.generated} generated requests"
        )
    assert HITS.hits + HITS.misses > 0
    assert HITS.ratio >= 0.8
