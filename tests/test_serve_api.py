"""`poa-lint serve` over real HTTP on loopback: the API, its guard, faults and load."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from serve_server import server, start  # noqa: F401 (server: the shared fixture)
from test_docx import make_docx

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "fixtures" / "examples" / "draft-odr.txt"
NOTICE = """Hello,

Your Amazon seller account has been deactivated. Why is this happening?
We received complaints that you sold inauthentic products.

ASIN: B0TESTAAA1
ASIN: B0TESTBBB2

How do I reactivate my account? Send us a plan of action and invoices.
"""
LETTER = """Dear Seller Performance Team,

We received complaints about ASIN B0TESTAAA1. The customer did not read the listing, so it is not our fault.

Root cause: we bought from a new supplier without checking invoices.
Corrective actions: we removed the listing and refunded every buyer on 3 May.
Preventive measures: our buyer checks every supplier invoice before each purchase order.

Thank you, XXXX
"""


@pytest.fixture(scope="module")
def http(server):
    with httpx.Client(base_url=server.base, timeout=60) as client:
        yield client


def lint(http, server, **body):
    return http.post("/api/lint", json=body, headers=server.auth)


def test_first_line_is_the_loopback_address_with_a_token(server):
    assert server.url.startswith("http://127.0.0.1:")
    assert len(server.token) >= 30


def test_api_answers_with_the_same_json_as_the_cli(http, server):
    text = DRAFT.read_text(encoding="utf-8")
    answer = lint(http, server, text=text, path="draft-odr.txt")
    assert answer.status_code == 200
    cli = subprocess.run([sys.executable, "-m", "poa_lint", "--format", "json", "draft-odr.txt"],
                         cwd=DRAFT.parent, capture_output=True, text=True)
    expected = json.loads(cli.stdout)
    got = answer.json()
    assert set(got) == set(expected)
    assert got["files"][0]["findings"] == expected["files"][0]["findings"]
    assert got["summary"] == expected["summary"]


def test_notice_gives_reason_and_checklist(http, server):
    got = lint(http, server, text=LETTER, notice=NOTICE, checklist=True).json()
    checklist = got["checklist"]
    assert checklist["asins"] == {"B0TESTAAA1": True, "B0TESTBBB2": False}
    assert checklist["parts"] == {"root-cause": True, "corrective": True, "preventive": True}
    rules = {f["rule"] for f in got["files"][0]["findings"]}
    assert "coverage.notice-asin-missing" in rules
    assert got["files"][0]["notice"]["reason"] == "inauthentic"


def test_missing_parts_show_in_the_checklist(http, server):
    got = lint(http, server, text="Dear team,\n\nWe are sorry for the late orders.\n", checklist=True).json()
    assert got["checklist"]["parts"]["preventive"] is False


def test_html_report_is_an_attachment(http, server):
    answer = lint(http, server, text=LETTER, format="html")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/html")
    assert "attachment" in answer.headers["content-disposition"]
    assert "<mark" in answer.text


def test_docx_bytes_become_text(http, server, tmp_path):
    path = make_docx(tmp_path / "letter.docx",
                     [("Heading 1", "Root cause"), ("Normal", "Our packing team skipped the seal check.")])
    answer = http.post("/api/docx", content=path.read_bytes(), headers=server.auth)
    assert answer.status_code == 200
    assert answer.json()["text"] == "# Root cause\n\nOur packing team skipped the seal check.\n"
    bad = http.post("/api/docx", content=b"not a word file", headers=server.auth)
    assert bad.status_code == 400
    assert "not a Word .docx document" in bad.json()["error"]


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": "Basic abc"}, 401),
])
def test_api_needs_the_token(http, headers, status):
    assert http.post("/api/lint", json={"text": "Hello."}, headers=headers).status_code == status
    assert http.get("/api/meta", headers=headers).status_code == status


def test_foreign_origin_and_host_are_refused(http, server):
    foreign = http.post("/api/lint", json={"text": "Hello."},
                        headers={**server.auth, "Origin": "http://evil.example"})
    assert foreign.status_code == 403
    own = http.post("/api/lint", json={"text": "Hello."}, headers={**server.auth, "Origin": server.base})
    assert own.status_code == 200
    rebound = http.get("/", headers={"Host": "evil.example:80"})
    assert rebound.status_code == 421
    assert http.get("/").status_code == 200


def test_bad_requests_get_a_4xx_with_a_message(http, server):
    cases = [
        (b"{not json", 400, "not valid JSON"),
        (json.dumps({"notice": "x"}).encode(), 400, "missing field 'text'"),
        (json.dumps({"text": 5}).encode(), 400, "text must be a string"),
        (json.dumps({"text": "Hi.", "reason": "moon"}).encode(), 400, "unknown suspension reason"),
        (json.dumps({"text": "Hi.", "lang": "xx"}).encode(), 400, "lang must be one of"),
        (json.dumps({"text": "Hi.", "file": "/etc/passwd"}).encode(), 400, "unknown field 'file'"),
        (json.dumps(["text"]).encode(), 400, "JSON object"),
    ]
    for body, status, words in cases:
        answer = http.post("/api/lint", content=body, headers=server.auth)
        assert answer.status_code == status, body
        assert words in answer.json()["error"]
    assert http.get("/api/lint", headers=server.auth).status_code == 405
    assert http.get("/static/secret.py").status_code == 404


def test_over_the_size_limit_is_refused(http, server):
    answer = http.post("/api/lint", content=b"x" * 5_000_000, headers=server.auth)
    assert answer.status_code == 413
    assert "limit" in answer.json()["error"]
    long_text = lint(http, server, text="a" * 1_000_001)
    assert long_text.status_code == 400 and "too long" in long_text.json()["error"]


def test_every_answer_carries_the_security_headers(http, server):
    for answer in (http.get("/"), http.get("/static/app.js"), lint(http, server, text="Hello.")):
        assert "default-src 'none'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["referrer-policy"] == "no-referrer"
    page = http.get("/").text
    assert "http" not in page.replace("http-equiv", "")   # no external assets


def test_load_of_1000_requests_from_8_clients_loses_none(server):
    letters = [LETTER.replace("3 May", f"{n} May") for n in range(1, 9)]

    def client(n: int) -> list[int]:
        codes = []
        with httpx.Client(base_url=server.base, timeout=120) as http:
            for _ in range(125):
                codes.append(http.post("/api/lint", json={"text": letters[n]}, headers=server.auth).status_code)
        return codes

    with httpx.Client(base_url=server.base, timeout=120) as http:   # warm: every code path loaded once
        for _ in range(20):
            http.post("/api/lint", json={"text": LETTER}, headers=server.auth)
    before = server.rss_kb()
    with ThreadPoolExecutor(8) as pool:
        codes = [c for batch in pool.map(client, range(8)) for c in batch]
    after = server.rss_kb()
    assert codes.count(200) == 1000
    assert after - before < 60_000, f"RSS grew from {before} kB to {after} kB"


def test_nothing_about_a_letter_is_printed(http, server):
    marker = "Zyxwvutsrq Quillfeather"
    lint(http, server, text=f"Dear team, our customer {marker} did not read the listing.\n")
    lint(http, server, text="x", notice=marker)
    time.sleep(0.5)
    assert not any(marker in line for line in server.stderr)


def test_a_rule_crash_is_a_500_without_traceback():
    import asyncio

    from poa_lint.engine import RuleCrash
    from poa_lint.serve.app import _answer

    async def crash():
        raise RuleCrash("letter.txt: internal error in rule x.y: ValueError: boom")

    async def bug():
        raise KeyError("secret")

    first = asyncio.run(_answer(crash, lambda _: None))
    assert first.status_code == 500
    assert json.loads(first.body) == {"error": "internal error in rule x.y: ValueError: boom"}
    second = asyncio.run(_answer(bug, lambda _: None))
    assert json.loads(second.body) == {"error": "internal error (KeyError)"}


def test_ctrl_c_stops_it_cleanly():
    srv = start()
    with httpx.Client(base_url=srv.base, timeout=60) as http:
        assert http.post("/api/lint", json={"text": "Hello."}, headers=srv.auth).status_code == 200
    assert srv.stop(signal.SIGINT) == 0
    assert not any("Traceback" in line for line in srv.stderr)


def test_a_busy_port_is_a_one_line_error():
    srv = start()
    try:
        port = srv.base.rsplit(":", 1)[1]
        busy = subprocess.run([sys.executable, "-m", "poa_lint", "serve", "--port", port],
                              capture_output=True, text=True, timeout=60)
        assert busy.returncode == 2
        assert busy.stderr.strip().startswith(f"poa-lint serve: cannot listen on 127.0.0.1:{port}")
        assert len(busy.stderr.strip().splitlines()) == 1
    finally:
        srv.stop()


def test_another_host_says_what_it_exposes():
    from poa_lint.serve import exposure_warning
    from poa_lint.serve.guard import Policy

    assert exposure_warning("127.0.0.1", 8765) is None
    assert "not only on this machine" in exposure_warning("0.0.0.0", 8765)
    policy = Policy.for_address("192.0.2.7", 8765, "t")
    assert "192.0.2.7:8765" in policy.hosts and "127.0.0.1:8765" in policy.hosts


def test_a_page_session_gives_the_findings_of_a_whole_parse(http, server):
    text = DRAFT.read_text(encoding="utf-8")
    edits = [text, text.replace("customer", "customer who", 1), text + "\nWe will check it daily.\n",
             text.replace("\n\n", "\n\nThe buyer lied.\n\n", 1)]
    for edited in edits:
        paged = lint(http, server, text=edited, session="page-1").json()["files"][0]["findings"]
        whole = lint(http, server, text=edited).json()["files"][0]["findings"]
        assert paged == whole


def test_chinese_report_and_explanations(http, server):
    """`lang` picks the language of messages (JSON keeps the English as message_en) and of the
    HTML report; the page's explanations come from meta in each language."""
    data = lint(http, server, text=LETTER, lang="zh").json()
    blame = next(f for f in data["files"][0]["findings"] if f["rule"] == "blame.outside-party")
    assert blame["message"].startswith("把问题归咎于") and blame["message_en"].startswith("Blames")
    page = lint(http, server, text=LETTER, lang="both", format="html").text
    assert '<span class="zh" lang="zh-CN">把问题归咎于' in page
    meta = http.get("/api/meta", headers=server.auth).json()
    assert meta["langs"] == ["en", "zh", "both"]
    whys = meta["rules"]["blame.outside-party"]["whys"]
    assert whys["zh"].startswith("审核人员") and whys["both"] == whys["en"] + "\n" + whys["zh"]
