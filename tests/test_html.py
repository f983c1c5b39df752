"""--format html opened in headless Chromium: highlights sit exactly where the findings are."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from poa_lint.cli import main

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                "(Debian: apt-get install -y chromium; .ci/run installs it)")

PACK = """\
pack: htmltest
rules:
  - id: htmltest.revert-back
    kind: swap
    category: grammar
    severity: warning
    message: 'Write "{replacement}" instead of "{match}".'
    why: Reviewers read "revert back" as non-native wording <really> & "so on".
    swap: {"revert back": "reply"}
  - id: htmltest.back-to-us
    kind: regex
    category: readability
    severity: info
    message: 'Overlapping test hit "{match}".'
    why: Overlaps the swap rule so the page has to split highlights.
    regex: ['back to us']
"""
LETTERS = {
    "a.txt": "Dear team,\n\nOur supplier — 深圳 😀 “Trading” will revert back to us about [Store Name].\n\n"
             "<script>alert('x')</script> & <b>not bold</b> &amp; [Your Name]\n",
    "b.md": "# Root cause\n\n- We did not revert back to the buyer.\n- Tom & Jerry < Ltd >\n",
    "clean.txt": "Dear team,\n\nWe are sorry.\n",
}


class Letters(HTMLParser):
    """Rebuilds each <pre class=letter>'s text and the offsets every finding id is marked at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.letters: list[dict] = []
        self.stack: list[str | None] = []
        self.scripts = 0
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts += 1
            if attrs.get("src"):
                self.external.append(attrs["src"])
        if tag in ("link", "img", "iframe") and (attrs.get("href") or attrs.get("src")):
            self.external.append(attrs.get("href") or attrs.get("src"))
        if tag == "pre" and "letter" in (attrs.get("class") or ""):
            self.letters.append({"text": "", "marks": {}})
            self.stack = ["pre"]
        elif self.stack and tag == "mark":
            self.stack.append(attrs.get("data-f"))
            for fid in (attrs.get("data-f") or "").split():
                self.letters[-1]["marks"].setdefault(fid, []).append([len(self.letters[-1]["text"])] * 2)
        elif self.stack:
            self.stack.append(None)

    def handle_endtag(self, tag):
        if not self.stack:
            return
        top = self.stack.pop()
        if tag == "mark" and top:
            for fid in top.split():
                self.letters[-1]["marks"][fid][-1][1] = len(self.letters[-1]["text"])

    def handle_data(self, data):
        if self.stack:
            self.letters[-1]["text"] += data


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    root = tmp_path_factory.mktemp("html")
    (root / "packs").mkdir()
    (root / "packs" / "htmltest.yml").write_text(PACK, encoding="utf-8")
    (root / "poa-lint.toml").write_text('select = ["htmltest", "placeholder"]\nrule-packs = ["packs"]\n',
                                        encoding="utf-8")
    for name, text in LETTERS.items():
        (root / name).write_text(text, encoding="utf-8")
    paths = [str(root / name) for name in LETTERS]
    html = CliRunner().invoke(main, [*paths, "--format", "html"]).stdout
    data = json.loads(CliRunner().invoke(main, [*paths, "--format", "json"]).stdout)
    (root / "report.html").write_text(html, encoding="utf-8")
    profile = root / "profile"
    dom = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                          "--disable-background-networking", "--disable-component-update", "--disable-sync",
                          "--no-first-run", f"--user-data-dir={profile}", "--dump-dom",
                          (root / "report.html").as_uri()], capture_output=True, text=True, timeout=120).stdout
    return html, dom, data


def test_page_is_self_contained(page):
    html, dom, _ = page
    parser = Letters()
    parser.feed(html)
    assert parser.external == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//[^"']*\.(?:css|js|woff2?|png|svg)""", html)
    assert "@import" not in html and "url(" not in html


def test_script_ran_and_letter_text_survives_escaping(page):
    _, dom, data = page
    parser = Letters()
    parser.feed(dom)
    total = sum(len(f["findings"]) for f in data["files"])
    assert re.search(rf'<body[^>]*data-ready="{total}"', dom), "the page's script did not run"
    assert parser.scripts == 2            # the letter's <script> stayed text
    assert [letter["text"] for letter in parser.letters] == list(LETTERS.values())


def test_highlights_are_where_the_findings_are(page):
    _, dom, data = page
    parser = Letters()
    parser.feed(dom)
    checked = 0
    for index, (file, letter) in enumerate(zip(data["files"], parser.letters)):
        for n, finding in enumerate(file["findings"]):
            marks = letter["marks"][f"f{index}-{n}"]
            covered = sorted(marks)
            assert covered[0][0] == finding["start"] and covered[-1][1] == finding["end"]
            assert all(a[1] == b[0] for a, b in zip(covered, covered[1:]))   # contiguous pieces
            assert "".join(letter["text"][a:b] for a, b in covered) == finding["text"]
            checked += 1
    rules = {f["rule"] for file in data["files"] for f in file["findings"]}
    assert {"htmltest.revert-back", "htmltest.back-to-us", "placeholder.unfilled"} <= rules
    assert checked >= 6


def test_summary_severity_classes_and_why(page):
    _, dom, data = page
    assert re.search(r'<table class="sum" id="categories">.*<td>grammar</td><td>0</td><td>2</td><td>0</td>',
                     dom, re.S)
    errors = sum(f["category"] == "placeholder" for file in data["files"] for f in file["findings"])
    assert errors >= 2 and re.search(rf'<td>placeholder</td><td>{errors}</td><td>0</td><td>0</td>', dom)
    assert 'class="sev-error" data-f="f0-' in dom and 'class="sev-info" data-f="f' in dom
    assert "Reviewers read &quot;revert back&quot; as non-native wording &lt;really&gt; &amp;" in dom
    assert '<li class="sev-warning" data-id="f1-0">' in dom and "No findings." in dom
