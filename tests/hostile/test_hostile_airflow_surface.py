"""The Airflow UI surface: outreach adds no page of its own, so every screen a reviewer uses (the HITL
"Required actions" view) is Airflow's, behind its auth manager, and only the task's assigned_users may
answer (proved against a real Airflow in tests/e2e/test_airflow_e2e.py, which expects a 403 for anyone
else).

Airflow 3 serves a plugin's FastAPI app, React app or external view without its authentication
(see /work/shared/ARCHITECTURE.md), so adding one is a security decision: this guard fails until the new
page gets its own authentication test. It reads the source (ast) and imports nothing.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_ATTRIBUTES = {"fastapi_apps", "fastapi_root_middlewares", "external_views", "react_apps", "appbuilder_views",
                 "appbuilder_menu_items", "flask_blueprints"}
WEB_CONSTRUCTORS = {"FastAPI", "APIRouter", "Blueprint", "Starlette", "Flask"}


def _python_files() -> list[Path]:
    return sorted([*(ROOT / "plugins").glob("*.py"), *(ROOT / "dags").glob("*.py")])


def ui_surface(source: str, name: str) -> list[str]:
    """UI attributes of AirflowPlugin subclasses and web-app constructions found in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, ast.ClassDef) and any(getattr(b, "id", getattr(b, "attr", "")) == "AirflowPlugin"
                                                  for b in node.bases):
            for stmt in node.body:
                targets = [t.id for t in getattr(stmt, "targets", []) if isinstance(t, ast.Name)]
                if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
                    targets.append(stmt.target.id)
                found += [f"{name}: {node.name}.{t}" for t in targets if t in UI_ATTRIBUTES]
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in WEB_CONSTRUCTORS:
            found.append(f"{name}:{node.lineno}: builds a web app")
    return found


def test_no_plugin_serves_a_page_of_its_own():
    files = _python_files()
    assert any(p.parent.name == "plugins" for p in files)
    found = [hit for path in files for hit in ui_surface(path.read_text(encoding="utf-8"), path.name)]
    assert found == [], ("a UI page or web app was added; Airflow serves plugin apps without its "
                         f"authentication: protect it and test that, then update this guard: {found}")


def test_the_guard_sees_a_plugin_page():
    source = """
from fastapi import FastAPI
from airflow.plugins_manager import AirflowPlugin
app = FastAPI()
class ReviewPages(AirflowPlugin):
    name = "review_pages"
    fastapi_apps = [{"app": app, "url_prefix": "/review", "name": "Review"}]
    external_views: list = []
"""
    assert sorted(ui_surface(source, "x.py")) == ["x.py: ReviewPages.external_views", "x.py: ReviewPages.fastapi_apps",
                                                  "x.py:4: builds a web app"]
