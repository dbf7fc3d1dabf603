"""Sessions for regeneration, checks, tests, builds and the demo; `nox` alone runs the checks."""

import shutil
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2024.4"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["check_generated", "lint", "mutants", "tests"]

ROOT = Path(__file__).parent
PYTHON = f"{sys.version_info.major}.{sys.version_info.minor}"


def install_dev(session: nox.Session) -> None:
    """Install the project with every development dependency."""
    session.install("-e", ".[dev]")


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
    """Run the test suite; extra arguments go to pytest."""
    install_dev(session)
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def mutants(session: nox.Session) -> None:
    """Show that the property suite fails for each bug injected into a copy of the mock."""
    install_dev(session)
    session.run("python", "-m", "tests.property.mutants", *session.posargs)


@nox.session(python=PYTHON)
def mutation(session: nox.Session) -> None:
    """mutmut over pushwoosh_mock/ with the property suite (slow; not in CI); prints the score."""
    install_dev(session)
    session.env.update({"PROPERTY_EXAMPLES": "10", "PROPERTY_STATEFUL_EXAMPLES": "10"})
    session.run("mutmut", "run", "--max-children", "2", success_codes=[0, 1])
    session.run("python", "bench/mutation_report.py", *session.posargs)


PRISM_VERSION = "5.16.0"
"""The @stoplight/prism-cli release `bench_mock` compares the mock with (kept equal to the bench's)."""


@nox.session(python=PYTHON)
def bench_mock(session: nox.Session) -> None:
    """Throughput of the mock, a bare endpoint and Prism in one run; writes bench/RESULTS.md."""
    install_dev(session)
    prefix = ROOT / "bench" / ".node"
    session.run(
        "npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--save-exact",
        f"@stoplight/prism-cli@{PRISM_VERSION}", external=True,
    )  # fmt: skip
    session.run(
        "python", "bench/server_bench.py", "throughput", "--prism",
        str(prefix / "node_modules" / ".bin" / "prism"), "--write", "bench/RESULTS.md",
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
    """Build the wheel and sdist, install the wheel into a fresh venv, and import it."""
    install_dev(session)
    dist = ROOT / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    session.run("uv", "build", "--out-dir", str(dist))
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
        "from pushwoosh_generated.api.device import register_device; "
        "app = pushwoosh_mock.create_app(); "
        "assert app.spec.path.name == 'pushwoosh.yaml' and 'site-packages' in str(app.spec.path); "
        "print('imported pushwoosh_generated', __version__, 'and the mock with its packaged spec')",
        external=True,
    )


@nox.session(python=PYTHON)
def bench_client(session: nox.Session) -> None:
    """CPU per call of PushwooshClient against raw httpx, and loopback figures (not in CI)."""
    install_dev(session)
    session.run("python", "bench/client_bench.py", *session.posargs)
