"""Dependencies run one way, lowest first: llm <- gradebook <- consent <- exports <- training
<- grading <- evaluation, and core is imported by all and imports none of them (README, Layout)."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORDER = ["llm", "gradebook", "consent", "exports", "training", "grading", "evaluation"]


def test_no_python_import_runs_up_the_layers():
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def _upward_references(app: str) -> list[str]:
    higher = ORDER[ORDER.index(app) + 1 :]
    found = []
    for template in sorted((ROOT / "templates" / app).rglob("*.html")):
        text = template.read_text()
        for url_name in re.findall(r"{%\s*url\s+['\"](\w+):", text):
            if url_name in higher:
                found.append(f"{template.relative_to(ROOT)}: url {url_name}:…")
        for library in re.findall(r"{%\s*load\s+([\w ]+)%}", text):
            for name in library.split():
                if any((ROOT / up / "templatetags" / f"{name}.py").exists() for up in higher):
                    found.append(f"{template.relative_to(ROOT)}: load {name}")
    return found


def test_no_template_of_a_lower_app_reaches_up_to_a_higher_one():
    assert [found for app in ORDER for found in _upward_references(app)] == []


def test_the_template_check_finds_a_template_that_reaches_up(tmp_path, monkeypatch):
    (tmp_path / "templates" / "gradebook").mkdir(parents=True)
    (tmp_path / "templates" / "gradebook" / "page.html").write_text("{% url 'grading:suggest_submission' 1 %}")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)

    assert _upward_references("gradebook") == ["templates/gradebook/page.html: url grading:…"]
