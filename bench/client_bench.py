"""CPU cost of a PushwooshClient call against raw httpx posting the same JSON.

Both send over ``httpx.MockTransport`` (no network), so the figure is what the client adds:
checking the arguments, building the envelope, the retry loop, reading the answer into a typed
result. Rounds alternate between the clients; each figure is the median over the rounds.
Then, over loopback against the standalone mock: sequential calls against raw httpx, and 10,000
async calls at concurrency 64.

    python bench/client_bench.py [--rounds 7] [--calls 2000]
"""

import argparse
import asyncio
import contextlib
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from pushwoosh_generated import AsyncPushwooshClient, IncrementOperation, PushwooshClient
from pushwoosh_mock import DEV_TOKEN

APP = "XXXXX-XXXXX"
ANSWERS = {
    "/json/1.3/registerDevice": b'{"status_code":200,"status_message":"OK","response":null}',
    "/json/1.3/setTags": b'{"status_code":200,"status_message":"OK","response":null}',
    "/json/1.3/getTags": b'{"status_code":200,"status_message":"OK","response":{"result":{"Level":3,"Plan":"gold"}}}',
}
HEADERS = {"Authorization": f"Token {DEV_TOKEN}", "Content-Type": "application/json; charset=utf-8"}


def canned(request: httpx.Request) -> httpx.Response:
    """Answer each path with its documented success body."""
    return httpx.Response(
        200, content=ANSWERS[request.url.path], headers={"content-type": "application/json"}
    )


def raw_calls(http: httpx.Client) -> Callable[[], None]:
    """The three canonical calls written against raw httpx, as a user without the SDK would."""

    def post(method: str, request: dict[str, Any]) -> Any:
        body = json.dumps({"request": {"application": APP, **request}}).encode()
        answer = http.post(f"/json/1.3/{method}", content=body, headers=HEADERS).json()
        if answer["status_code"] != 200:
            raise RuntimeError(answer["status_message"])
        return answer["response"]

    def run() -> None:
        post("registerDevice", {"hwid": "h1", "device_type": 3})
        post(
            "setTags",
            {
                "hwid": "h1",
                "tags": {"Level": {"operation": "increment", "value": 1}, "Plan": "gold"},
            },
        )
        post("getTags", {"hwid": "h1"})["result"]

    return run


def client_calls(client: PushwooshClient) -> Callable[[], None]:
    """The same three calls through PushwooshClient."""

    def run() -> None:
        client.register_device(hwid="h1", device_type=3)
        client.set_tags(hwid="h1", tags={"Level": IncrementOperation(value=1), "Plan": "gold"})
        client.get_tags(hwid="h1")

    return run


def async_client_calls(
    client: AsyncPushwooshClient, loop: asyncio.AbstractEventLoop
) -> Callable[[], None]:
    """The same three calls through AsyncPushwooshClient, each run to completion."""

    async def three() -> None:
        await client.register_device(hwid="h1", device_type=3)
        await client.set_tags(
            hwid="h1", tags={"Level": IncrementOperation(value=1), "Plan": "gold"}
        )
        await client.get_tags(hwid="h1")

    return lambda: loop.run_until_complete(three())


def async_raw_calls(http: httpx.AsyncClient, loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """The three calls against raw httpx.AsyncClient."""

    async def post(method: str, request: dict[str, Any]) -> Any:
        body = json.dumps({"request": {"application": APP, **request}}).encode()
        answer = (await http.post(f"/json/1.3/{method}", content=body, headers=HEADERS)).json()
        if answer["status_code"] != 200:
            raise RuntimeError(answer["status_message"])
        return answer["response"]

    async def three() -> None:
        await post("registerDevice", {"hwid": "h1", "device_type": 3})
        await post(
            "setTags",
            {
                "hwid": "h1",
                "tags": {"Level": {"operation": "increment", "value": 1}, "Plan": "gold"},
            },
        )
        await post("getTags", {"hwid": "h1"})

    return lambda: loop.run_until_complete(three())


def cpu_per_call(run: Callable[[], None], calls: int) -> float:
    """Return the CPU microseconds per API call of `run` (which makes three calls)."""
    for _ in range(200):
        run()
    started = time.process_time()
    for _ in range(calls // 3):
        run()
    return (time.process_time() - started) / (calls // 3 * 3) * 1e6


def compare(
    name: str, runs: dict[str, Callable[[], None]], rounds: int, calls: int
) -> dict[str, float]:
    """Alternate the runs for `rounds` rounds; return the median µs per call of each."""
    samples: dict[str, list[float]] = {key: [] for key in runs}
    for _ in range(rounds):
        for key, run in runs.items():
            samples[key].append(cpu_per_call(run, calls))
    medians = {key: statistics.median(values) for key, values in samples.items()}
    print(f"{name}: " + ", ".join(f"{key} {value:.1f} µs" for key, value in medians.items()))
    return medians


def over_mock_transport(rounds: int, calls: int) -> list[str]:
    """CPU per call over MockTransport, sync and async; return the table rows."""
    transport = httpx.MockTransport(canned)
    sync = compare(
        "sync",
        {
            "raw httpx": raw_calls(
                httpx.Client(base_url="https://api.pushwoosh.com", transport=transport)
            ),
            "PushwooshClient": client_calls(
                PushwooshClient(
                    DEV_TOKEN, application=APP, http_client=httpx.Client(transport=transport)
                )
            ),
        },
        rounds,
        calls,
    )
    loop = asyncio.new_event_loop()
    async_transport = httpx.MockTransport(canned)
    async_ = compare(
        "async",
        {
            "raw httpx": async_raw_calls(
                httpx.AsyncClient(base_url="https://api.pushwoosh.com", transport=async_transport),
                loop,
            ),
            "AsyncPushwooshClient": async_client_calls(
                AsyncPushwooshClient(
                    DEV_TOKEN,
                    application=APP,
                    http_client=httpx.AsyncClient(transport=async_transport),
                ),
                loop,
            ),
        },
        rounds,
        calls,
    )
    return [
        f"| sync, MockTransport | {sync['raw httpx']:.1f} | {sync['PushwooshClient']:.1f} | "
        f"{sync['PushwooshClient'] / sync['raw httpx']:.2f}x |",
        f"| async, MockTransport | {async_['raw httpx']:.1f} | {async_['AsyncPushwooshClient']:.1f} | "
        f"{async_['AsyncPushwooshClient'] / async_['raw httpx']:.2f}x |",
    ]


@contextlib.contextmanager
def standalone_mock() -> Iterator[str]:
    """Run `python -m pushwoosh_mock` in its own process on a free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "pushwoosh_mock", "--port", str(port), "--token", DEV_TOKEN],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                httpx.get(f"{url}/__mock/health")
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def pypushwoosh_calls(url: str) -> Callable[[], None]:
    """The three calls through pypushwoosh 0.3.1 (the library users pick today), at the mock."""
    from pypushwoosh import client as pypushwoosh_client
    from pypushwoosh import command

    legacy = pypushwoosh_client.PushwooshClient()
    legacy.scheme, legacy.hostname = "http", url.removeprefix("http://")
    legacy.headers = {**legacy.headers, "Authorization": f"Token {DEV_TOKEN}"}  # it sends none

    def run() -> None:
        legacy.invoke(command.RegisterDeviceCommand(APP, "h1", 3, "token"))
        tags = {"Level": {"operation": "increment", "value": 1}, "Plan": "gold"}
        legacy.invoke(command.SetTagsCommand(APP, "h1", tags))
        legacy.invoke(command.GetTagsCommand(APP, "h1"))

    return run


async def calls_per_second(url: str, total: int, concurrency: int, *, raw: bool) -> float:
    """Send `total` setTags at `concurrency`, through the async client or raw httpx."""
    limits = httpx.Limits(max_connections=concurrency)
    async with (
        httpx.AsyncClient(base_url=url, limits=limits) as http,
        AsyncPushwooshClient(DEV_TOKEN, application=APP, base_url=url, http_client=http) as client,
    ):
        gate = asyncio.Semaphore(concurrency)

        async def one(i: int) -> None:
            async with gate:
                if raw:
                    body = json.dumps(
                        {"request": {"application": APP, "hwid": "h1", "tags": {"N": i}}}
                    )
                    (await http.post("/json/1.3/setTags", content=body, headers=HEADERS)).json()
                else:
                    await client.set_tags(hwid="h1", tags={"N": i})

        started = time.perf_counter()
        await asyncio.gather(*(one(i) for i in range(total)))
        return total / (time.perf_counter() - started)


def over_loopback(rounds: int, calls: int) -> list[str]:
    """Wall time per call against the standalone mock, and 10,000 async calls at c64."""
    with standalone_mock() as url:
        PushwooshClient(DEV_TOKEN, application=APP, base_url=url).register_device(
            hwid="h1", device_type=3
        )

        def wall(run: Callable[[], None]) -> float:
            started = time.perf_counter()
            for _ in range(calls // 3):
                run()
            return (time.perf_counter() - started) / (calls // 3 * 3) * 1e6

        runs = {
            "raw httpx": raw_calls(httpx.Client(base_url=url)),
            "PushwooshClient": client_calls(
                PushwooshClient(DEV_TOKEN, application=APP, base_url=url)
            ),
            "pypushwoosh": pypushwoosh_calls(url),
        }
        samples: dict[str, list[float]] = {key: [] for key in runs}
        for _ in range(rounds):
            for key, run in runs.items():
                samples[key].append(wall(run))
        us = {key: statistics.median(values) for key, values in samples.items()}
        print("loopback sequential: " + ", ".join(f"{k} {v:.0f} µs" for k, v in us.items()))
        rates = {"raw": [], "client": []}  # type: dict[str, list[float]]
        for _ in range(3):
            rates["raw"].append(asyncio.run(calls_per_second(url, 10_000, 64, raw=True)))
            rates["client"].append(asyncio.run(calls_per_second(url, 10_000, 64, raw=False)))
        raw_rate, client_rate = (statistics.median(rates[k]) for k in ("raw", "client"))
        print(
            f"10,000 async setTags at concurrency 64: raw {raw_rate:.0f}/s, client {client_rate:.0f}/s"
        )
    base = us["raw httpx"]
    return [
        f"| sync, loopback to the standalone mock (wall) | {base:.0f} | {us['PushwooshClient']:.0f} | "
        f"{us['PushwooshClient'] / base:.2f}x |",
        f"| pypushwoosh 0.3.1, same calls, loopback (wall) | {base:.0f} | {us['pypushwoosh']:.0f} | "
        f"{us['pypushwoosh'] / base:.2f}x |",
        f"| 10,000 async setTags at concurrency 64 (calls/s, higher is better) | {raw_rate:.0f} | "
        f"{client_rate:.0f} | {raw_rate / client_rate:.2f}x |",
    ]


def main() -> None:
    """Run both parts and print a Markdown table for bench/RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=3000)
    args = parser.parse_args()
    rows = over_mock_transport(args.rounds, args.calls)
    rows += over_loopback(max(3, args.rounds // 2), args.calls // 3)
    print("\n| what | raw httpx µs/call | client µs/call | ratio |\n|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
