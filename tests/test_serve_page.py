"""The page of `poa-lint serve` in a real headless Chromium (Debian's chromium and chromedriver)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serve_server import server, start  # noqa: F401 (server: the shared fixture)
from test_docx import make_docx

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(CHROMIUM is None or DRIVER is None, reason=(
    "headless Chromium or chromedriver not installed (Debian: apt-get install -y chromium "
    "chromium-driver; .ci/run installs them)"))

LETTER = """Dear Seller Performance Team,

The customer did not read the description, it is not our fault.

Root cause: our team shipped late because the carrier lost parcels.
Corrective actions: we refunded the buyer.

Best regards, XXXX
"""
NOTICE = """Your Amazon seller account has been deactivated.
Why is this happening? We received complaints that you sold inauthentic products.
ASIN: B0PAGEAAA1
ASIN: B0PAGEBBB2
"""


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


def wait_done(browser, after: int = 0):
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 60).until(lambda d: d.execute_script(
        "return document.body.dataset.state === 'done' && Number(document.body.dataset.seq) > arguments[0]",
        after))
    return int(browser.execute_script("return Number(document.body.dataset.seq)"))


def paste(browser, element_id: str, text: str) -> None:
    """Put text in a field as a paste does: the value changes at once, then one input event."""
    browser.execute_script(
        "const el = document.getElementById(arguments[0]); el.value = arguments[1];"
        "el.dispatchEvent(new Event('input', {bubbles: true}));", element_id, text)


def rules_shown(browser) -> set[str]:
    return {li.get_attribute("data-rule") for li in browser.find_elements("css selector", "#findings li")}


def test_paste_see_findings_change_and_see_them_update(server, browser, tmp_path):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url)
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    assert "token" not in browser.current_url        # the token leaves the address bar
    paste(browser, "letter", LETTER)
    seq = wait_done(browser)
    rules = rules_shown(browser)
    assert "blame.outside-party" in rules
    assert any(r.startswith("placeholder.") for r in rules)
    marks = browser.find_elements("css selector", "#preview mark")
    assert any("XXXX" in m.text for m in marks)
    assert browser.find_element("css selector", '#parts li[data-part="preventive"]').get_attribute("class") == "no"
    assert browser.find_element("css selector", '#parts li[data-part="root-cause"]').get_attribute("class") == "ok"

    browser.find_elements("css selector", "#findings li")[0].click()
    why = browser.find_element("id", "why")
    assert why.is_displayed() and len(why.text) > 40
    browser.save_screenshot(str(tmp_path / "serve-page.png"))

    fixed = LETTER.replace("Best regards, XXXX", "Best regards, Mei Chen") + \
        "Preventive measures: our warehouse lead checks every order's tracking each morning.\n"
    paste(browser, "letter", fixed)
    wait_done(browser, seq)
    assert not any(r.startswith("placeholder.") for r in rules_shown(browser))
    assert browser.find_element("css selector", '#parts li[data-part="preventive"]').get_attribute("class") == "ok"


def test_notice_fills_the_coverage_checklist(server, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server.url.split("?")[0] + "?token=" + server.token)
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    paste(browser, "letter", LETTER.replace("refunded the buyer", "refunded the buyer of ASIN B0PAGEAAA1"))
    seq = wait_done(browser)
    browser.find_element("css selector", "#notice-box summary").click()
    paste(browser, "notice", NOTICE)
    wait_done(browser, seq)
    items = {li.get_attribute("data-id"): li.get_attribute("class")
             for li in browser.find_elements("css selector", "#notice-asins li")}
    assert items == {"B0PAGEAAA1": "ok", "B0PAGEBBB2": "no"}


def test_a_word_file_fills_the_letter(server, browser, tmp_path):
    from selenium.webdriver.support.ui import WebDriverWait

    path = make_docx(tmp_path / "appeal.docx", [
        ("Heading 1", "Root cause"),
        ("Normal", "The buyer is lying about the item, please give us a chance!!!")])
    browser.get(server.url.split("?")[0] + "?token=" + server.token)
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    browser.find_element("id", "file").send_keys(str(path))
    wait_done(browser)
    assert browser.find_element("id", "letter").get_attribute("value").startswith("# Root cause")
    assert any(r.startswith("emotive.") for r in rules_shown(browser))
