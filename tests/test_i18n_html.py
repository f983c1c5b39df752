"""The HTML report in Chinese and in both languages, rendered by headless Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from poa_lint.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(Debian: apt-get install -y chromium; .ci/run installs it)")
LETTER = ("Dear Seller Performance Team,\n\nThe customers did not read the size chart and left bad "
          "feedbacks. We are very devastated!! Please reinstate [Store Name].\n")


def browse(root: Path, lang: str, *extra: str) -> tuple[str, str]:
    (root / "draft.txt").write_text(LETTER, encoding="utf-8")
    html = CliRunner().invoke(main, [str(root / "draft.txt"), "--format", "html", "--lang", lang,
                                     "--select", "emotive,placeholder,grammar,blame"]).stdout
    page = root / f"report-{lang}.html"
    page.write_text(html, encoding="utf-8")
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          f"--user-data-dir={root / 'profile'}", *extra, page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    return html, dom


def test_chinese_report(tmp_path: Path):
    html, dom = browse(tmp_path, "zh", "--dump-dom")
    assert '<html lang="zh-CN">' in html and "<title>poa-lint 报告</title>" in html
    assert re.search(r'<body[^>]*data-ready="[1-9]', dom), "the page's script did not run"
    assert "情绪化用语" in dom and "审核人员" in dom and "来源：" in dom and "Emotive wording" not in dom.split('id="poa-data"')[0]
    assert ">警告</span>" in dom and "<td>情绪化</td>" in dom
    assert "About this rule" not in dom and "关于这条规则" not in dom.split('id="poa-data"')[0]


def test_both_languages_chinese_under_english(tmp_path: Path):
    html, dom = browse(tmp_path, "both", "--dump-dom")
    body = dom.split('id="poa-data"')[0]
    english = body.index("Emotive wording")
    chinese = body.index('<span class="zh" lang="zh-CN">情绪化用语')
    assert english < chinese
    assert "poa-lint report<br>" in body and "poa-lint 报告" in body
    assert re.search(r'<body[^>]*data-ready="[1-9]', dom)
    shot = tmp_path / "both.png"
    browse(tmp_path, "both", f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.is_file() and shot.stat().st_size > 20_000
