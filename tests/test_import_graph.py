"""No import cycles anywhere, and each package imports only what its layer may.

The graph is read from the source (module-level imports, outside ``if TYPE_CHECKING``), so
a cycle is caught even when Python's import order happens to hide it at run time.
"""

import ast
import graphlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = {
    "medstream_shared": REPO / "shared",
    "medstream_questions": REPO / "questions",
    "medstream_gateway": REPO / "services/gateway",
    "medstream_router": REPO / "services/router",
    "medstream_analytics": REPO / "services/analytics",
    "medstream_reports": REPO / "services/reports",
    "medstream_surveillance": REPO / "services/surveillance",
}
MAY_IMPORT = {
    "medstream_shared": set(),
    "medstream_questions": {"medstream_shared"},
    "medstream_gateway": {"medstream_shared"},
    "medstream_router": {"medstream_shared", "medstream_questions"},
    "medstream_analytics": {"medstream_shared", "medstream_questions"},
    "medstream_reports": {"medstream_shared"},
    "medstream_surveillance": {"medstream_shared"},
}


def _modules() -> dict[str, Path]:
    found = {}
    for package, root in PACKAGES.items():
        for path in (root / package).rglob("*.py"):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _top_level_imports(module: str, path: Path, known: set[str]) -> set[str]:
    tree = ast.parse(path.read_text())
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    imported: set[str] = set()
    pending: list[ast.stmt] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and not _is_type_checking(node):
            pending += node.body + node.orelse
        elif isinstance(node, ast.Try):
            pending += node.body + node.orelse + node.finalbody
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            submodules = {f"{base}.{alias.name}" for alias in node.names} & known
            imported |= submodules
            if len(submodules) < len(node.names):  # a name defined in ``base`` itself
                imported.add(base)
    return {name for name in imported if name in known and name != module}


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _top_level_imports(name, path, set(modules)) for name, path in modules.items()}


def test_the_graph_sees_the_packages(graph: dict[str, set[str]]) -> None:
    assert len(graph) > 100
    assert "medstream_questions.parse" in graph["medstream_questions.understanding"]


def test_there_is_no_import_cycle(graph: dict[str, set[str]]) -> None:
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as cycle:
        pytest.fail(f"import cycle: {' -> '.join(cycle.args[1])}")


def test_each_package_imports_only_its_allowed_layers(graph: dict[str, set[str]]) -> None:
    wrong = {
        (module, target)
        for module, targets in graph.items()
        for target in targets
        if (owner := module.split(".")[0]) != (used := target.split(".")[0])
        and used not in MAY_IMPORT[owner]
    }
    assert wrong == set()
