"""The house's floors: no room imports one that imports it back, and the wheel lists every package.

A room is a package at most two names below `govnews` (`govnews.archive`, `govnews.crawler`,
`govnews.crawler.understand`, `govnews.crawler.demo`...); deeper packages belong to their room (the demo's
templates to the demo). Imports are read from the source (ast), lazy ones inside functions included: a cycle
through a lazy import is still a cycle in the design.
"""

import ast
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _package_folders() -> dict[str, Path]:
    """Every package of the `govnews` namespace and its folder, as pyproject.toml maps them."""
    mapped = {"govnews": ROOT / "govnews"} | {name: ROOT / folder for name, folder in PYPROJECT["package-dir"].items()}
    found = {}
    for name, folder in mapped.items():
        for init in folder.rglob("__init__.py"):
            parts = init.parent.relative_to(folder).parts
            found[".".join((name, *parts))] = init.parent
    return found


PACKAGES = _package_folders()


def _imports(path: Path, package: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, node.module] if node.module else base)
            else:
                module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return {name for name in names if name == "govnews" or name.startswith("govnews.")}


def _room(module: str) -> str:
    """The room of a module or package name: its deepest package, cut to three names."""
    parts = module.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in PACKAGES:
            return ".".join(candidate.split(".")[:3])
    raise AssertionError(f"{module}: not in any govnews package")


def package_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for package, folder in PACKAGES.items():
        room = _room(package)
        for path in folder.glob("*.py"):
            for module in _imports(path, package):
                target = _room(module)
                if target != room:
                    graph[room].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one package (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(set(graph) | {target for targets in graph.values() for target in targets}):
        if node not in index:
            visit(node)
    return found


def test_no_package_imports_one_that_imports_it_back():
    assert _cycles(package_graph()) == []


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_ground_floor_imports_no_other_package():
    graph = package_graph()
    assert graph.get("govnews", set()) == set()


def test_page_understanding_and_the_archive_import_nothing_above_them():
    graph = package_graph()
    assert graph.get("govnews.crawler.understand", set()) <= {"govnews"}
    assert graph.get("govnews.archive", set()) <= {"govnews"}


def test_every_package_folder_is_in_the_wheel():
    assert set(PACKAGES) == set(PYPROJECT["packages"])
