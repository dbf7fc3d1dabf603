"""Check the built site in headless Chromium (Debian's, driven by Playwright).

Serves the site on 127.0.0.1 only and checks that every page loads without a console error or an
uncaught exception, that every operation of the spec is in the HTTP reference and every public
method of PushwooshClient in the Python reference, that the search finds `create_message`, and
that no internal link (page or anchor) is broken. Saves screenshots of the home page and of one
operation into `<site>/_artefacts/`. Exits 1 with every problem listed.

    python -m docbuild.browser_check site
"""

import argparse
import functools
import http.server
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urldefrag, urlparse

from playwright.sync_api import ConsoleMessage, Error, Page, Route, sync_playwright

from pushwoosh_generated import PushwooshClient

from .hooks import HTTP_PAGE, operation_route
from .spec import Method, families, load

CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium (`apt-get install chromium`): no browser is downloaded."""
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SHOWCASE_OPERATION = "createMessage"
"""The operation whose page of the HTTP reference is saved as a screenshot."""
ATTRIBUTION = frozenset(
    {"https://cdn.redoc.ly/redoc/logo-mini.svg", "https://cdn.redoc.ly/redoc/logo-mini-full.svg"}
)
"""The one thing a page asks from elsewhere: the "API docs by Redocly" logo of Redoc's sidebar,
which hides itself when it cannot load. Any other request that leaves 127.0.0.1 is a problem."""


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(site: Path) -> Iterator[str]:
    """Serve the site on a free port of 127.0.0.1 for the block; yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def page_urls(site: Path, base: str) -> list[str]:
    """The URL of every HTML page of the site (the directory form for `index.html`)."""
    urls = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("_artefacts/"):
            continue
        urls.append(base + relative.removesuffix("index.html"))
    return urls


def public_methods() -> list[str]:
    """The public methods and properties of PushwooshClient, inherited ones included."""
    return sorted(name for name in dir(PushwooshClient) if not name.startswith("_"))


class Checker:
    def __init__(self, site: Path, base: str, page: Page) -> None:
        self.site, self.base, self.page = site, base, page
        self.http = base + HTTP_PAGE.removesuffix("index.html")
        self.operations = [m for family in families(load()) for m in family.methods]
        self.seen_operations: list[str] = []
        self.files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
        self.problems: list[str] = []
        self.ids: dict[str, set[str]] = {}
        self.links: dict[str, set[str]] = {}
        self.console: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console.append(f"uncaught: {error}"))
        page.route("**/*", self._route)

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url.startswith((self.base, "blob:", "data:")):
            route.continue_()
            return
        if url not in ATTRIBUTION:
            self.console.append(f"asks for {url}, outside the site")
        route.abort("blockedbyclient")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and message.location.get("url") not in ATTRIBUTION:
            self.console.append(f"{message.text} ({message.location.get('url')})")

    def visit(self, url: str) -> None:
        """Load a page, wait until it is rendered, keep its ids and links, report its errors."""
        self.console.clear()
        answer = self.page.goto(url, wait_until="load")
        if answer is None or answer.status != 200:
            self.problems.append(f"{url}: HTTP {answer.status if answer else 'no answer'}")
            return
        self.page.wait_for_load_state("networkidle")
        self._keep(url)
        if url == self.http:
            for method in self.operations:
                self.visit_operation(method)
        self.problems += [f"{url}: console: {text}" for text in self.console]

    def _keep(self, url: str) -> None:
        ids = self.page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
        hrefs = self.page.eval_on_selector_all("a[href]", "nodes => nodes.map(n => n.href)")
        self.ids.setdefault(url, set()).update(ids)
        self.links.setdefault(url, set()).update(h for h in hrefs if h.startswith(self.base))

    def visit_operation(self, method: Method) -> None:
        """Open an operation's page of the HTTP reference (Redoc renders one per hash route)
        and check that it shows the operation and the Python sample of its method."""
        route = operation_route(method)
        self.page.goto(self.http + route)
        try:
            self.page.wait_for_selector(f"[id='{route[2:]}']", state="attached", timeout=15_000)
        except Error:
            self.problems.append(f"HTTP reference: no page for {method.facts.name} at {route}")
            return
        self._keep(self.http)
        self.seen_operations.append(method.facts.name)

    def check_links(self) -> None:
        """Every link into the site reaches a page or file, and its anchor an element there."""
        for url, hrefs in self.links.items():
            for href in sorted(hrefs):
                target, anchor = urldefrag(href)
                path = urlparse(target).path.lstrip("/")
                sidebar = url == self.http and not anchor and path not in self.files
                if sidebar or (target == self.http and anchor.startswith("/")):
                    # Redoc's routes: `#/messages/createmessage`, `…#messages/createmessage/request`
                    # inside it, and its sidebar's `/messages`, which it turns into `#/messages`
                    route, _, inner = (anchor[1:] if anchor else path).partition("#")
                    if route.strip("/") and route.strip("/") not in self.ids[self.http]:
                        self.problems.append(f"{url}: broken route {href}")
                    if inner and inner not in self.ids[self.http]:
                        self.problems.append(f"{url}: broken anchor {href}")
                elif target in self.ids:
                    if anchor and anchor not in self.ids[target]:
                        self.problems.append(f"{url}: broken anchor {href}")
                elif path not in self.files and f"{path}index.html" not in self.files:
                    self.problems.append(f"{url}: broken link {href}")

    def check_references(self) -> None:
        """The spec's operations in the HTTP reference, the client's methods in the Python one."""
        operations = [m.facts.name for m in self.operations]
        self.problems += [
            f"HTTP reference: no operation {name}"
            for name in operations
            if name not in self.seen_operations
        ]
        python = set().union(*(ids for url, ids in self.ids.items() if "/reference/python/" in url))
        self.problems += [
            f"Python reference: no PushwooshClient.{name}"
            for name in public_methods()
            if f"pushwoosh_generated.PushwooshClient.{name}" not in python
        ]
        print(
            f"HTTP reference: {len(operations)} operations; Python reference: {len(public_methods())} methods"
        )

    def check_search(self, term: str = "create_message") -> None:
        """The site's search, typed into as a reader does, finds the method's reference page."""
        (family,) = [
            f for f in families(load()) if any(m.operation.python_name == term for m in f.methods)
        ]
        expected = f"{self.base}reference/python/{family.name}/"
        self.page.goto(self.base, wait_until="networkidle")
        self.page.keyboard.press("s")  # Material's search shortcut
        self.page.keyboard.type(term, delay=20)
        try:
            self.page.wait_for_selector(".md-search-result__item a", timeout=15_000)
        except Error:
            self.problems.append(f"search: no result for {term}")
            return
        hits = self.page.eval_on_selector_all(
            ".md-search-result__list a", "nodes => nodes.map(n => n.href)"
        )
        if not any(hit.startswith(expected) for hit in hits):
            self.problems.append(f"search: {expected} not among the hits for {term}: {hits}")
        print(f"search: {len(hits)} hits for {term}, {expected} among them")

    def screenshots(self, folder: Path) -> None:
        folder.mkdir(exist_ok=True)
        self.page.goto(self.base, wait_until="networkidle")
        self.page.screenshot(path=str(folder / "home.png"))
        (method,) = [m for m in self.operations if m.facts.name == SHOWCASE_OPERATION]
        route = operation_route(method)
        self.page.goto(self.http + route, wait_until="networkidle")
        self.page.wait_for_selector(f"[id='{route[2:]}']", state="attached", timeout=30_000)
        self.page.screenshot(path=str(folder / "operation.png"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    arguments = parser.parse_args()
    site: Path = arguments.site.resolve()
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        checker = Checker(site, base, page)
        urls = page_urls(site, base)
        for url in urls:
            checker.visit(url)
        checker.check_links()
        checker.check_references()
        checker.check_search()
        checker.screenshots(site / "_artefacts")
        browser.close()
    links = sum(len(hrefs) for hrefs in checker.links.values())
    print(f"{len(urls)} pages loaded, {links} internal links followed")
    for problem in checker.problems:
        print(problem, file=sys.stderr)
    if checker.problems:
        print(f"{len(checker.problems)} problems", file=sys.stderr)
        return 1
    print(f"no problem; screenshots in {site / '_artefacts'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
