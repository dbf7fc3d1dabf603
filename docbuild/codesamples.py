"""Code samples of each operation, for the Python client and curl, written from the spec's own
request example: `inject` adds them as `x-codeSamples`, which Redoc shows beside the operation."""

import copy
import json
import subprocess
import sys
import urllib.parse
from typing import Any

from pushwoosh_spec.facts import Placement, Token, resolve

from .spec import Method, families

DEVICE_TOKEN = "YOUR_DEVICE_API_TOKEN"
SERVER_TOKEN = "YOUR_SERVER_API_TOKEN"


def request_example(document: dict[str, Any], method: Method) -> dict[str, Any]:
    """The fields of the operation's first request example (inside the envelope), or none;
    its path and query parameters' examples first."""
    parameters = {}
    for node in method.spec.get("parameters", []):
        parameter = resolve(document, node)
        example = parameter.get("example", parameter.get("schema", {}).get("example"))
        if example is not None:
            parameters[parameter["name"]] = example
    if "requestBody" not in method.spec:
        return parameters
    media = method.spec["requestBody"]["content"]["application/json"]
    examples = media.get("examples") or {}
    if examples:
        value = resolve(document, next(iter(examples.values())))["value"]
    else:
        value = media.get("example", {})
    fields = value.get("request", {}) if method.facts.envelope else value
    return {**parameters, **fields}


def formatted(source: str) -> str:
    """The source as ruff formats it (the project's formatter, pinned in the dev extra)."""
    command = [
        sys.executable,
        "-m",
        "ruff",
        "format",
        "--isolated",
        "--line-length",
        "88",
        "--stdin-filename",
        "sample.py",
        "-",
    ]
    done = subprocess.run(command, input=source, capture_output=True, text=True, check=True)
    return done.stdout


def python_sample(document: dict[str, Any], method: Method) -> str:
    """The call with the client: the example's fields as keyword arguments, the fields without
    an argument (those only the SDKs send) in `extra_body`, the tokens from the environment."""
    fields = request_example(document, method)
    token = method.facts.token_field
    if token is not None:
        fields.pop(token, None)
    keywords = method.operation.arguments
    arguments = [
        f"{keywords[name]}={value!r}" for name, value in fields.items() if name in keywords
    ]
    extra = {name: value for name, value in fields.items() if name not in keywords}
    if extra:
        arguments.append(f"extra_body={extra!r}")
    if _broadcasts(method, fields):
        arguments.append("broadcast=True")
    return formatted(
        "from pushwoosh_generated import PushwooshClient\n\n"
        "# Tokens from PUSHWOOSH_API_TOKEN and PUSHWOOSH_SERVER_TOKEN, or as arguments\n"
        "with PushwooshClient() as client:\n"
        f"    result = client.{method.operation.python_name}({', '.join(arguments)})\n"
        "    print(result)\n"
    )


def _broadcasts(method: Method, fields: dict[str, Any]) -> bool:
    """Whether the example sends an item with none of its targeting fields (the vendor's Hello
    world reaches every subscriber): the client sends it only with `broadcast=True`."""
    return any(
        isinstance(item, dict) and not any(item.get(field) for field in items.targeting)
        for name, items in method.facts.list_items.items()
        if items.targeting
        for item in fields.get(name) or []
    )


def curl_sample(document: dict[str, Any], method: Method) -> str:
    """The HTTP request as curl sends it, the example's body with the token where it goes."""
    facts = method.facts
    fields = request_example(document, method)
    headers = ["Content-Type: application/json"] if facts.body_schema else []
    secret = SERVER_TOKEN if facts.token is Token.SERVER else DEVICE_TOKEN
    if facts.placement is Placement.HEADER:
        headers.insert(0, f"Authorization: {facts.header_prefix} {secret}")
    else:
        fields = {"auth": secret, **{k: v for k, v in fields.items() if k != "auth"}}
    path, query = facts.path, []
    for name, parameter in facts.parameters.items():
        value = fields.pop(name, None)
        if value is None:
            continue
        text = json.dumps(value) if isinstance(value, bool) else str(value)
        if parameter.location.value == "path":
            path = path.replace("{" + name + "}", urllib.parse.quote(text, safe=""))
        else:
            query.append((name, text))
    body = {"request": fields} if facts.envelope else fields
    server = facts.server or document["servers"][0]["url"]
    url = server + path + (f"?{urllib.parse.urlencode(query)}" if query else "")
    lines = [f"curl -X {facts.method} '{url}'"]
    lines += [f"  -H '{header}'" for header in headers]
    if facts.body_schema:
        data = json.dumps(body, indent=2, ensure_ascii=False).replace("'", "'\\''")
        lines.append(f"  -d '{data}'")
    return " \\\n".join(lines) + "\n"


def inject(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of the (bundled) spec whose operations carry their Python and curl samples."""
    result = copy.deepcopy(document)
    operations = {
        operation.get("operationId"): operation
        for item in result["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict)
    }
    for family in families(document):
        for method in family.methods:
            operations[method.facts.name]["x-codeSamples"] = [
                {
                    "lang": "Python",
                    "label": "Python client",
                    "source": python_sample(document, method),
                },
                {"lang": "Shell", "label": "curl", "source": curl_sample(document, method)},
            ]
    return result
