"""The notice parser on the invented notices of fixtures/notices and on pasted-text variants."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import FIXTURES
from poa_lint.notice.parse import parse_notice
from poa_lint.notice.reasons import canonical, detect_in_draft, load_table, missing_requirements

NOTICES = FIXTURES / "notices"


def notice(case: str):
    raw = (NOTICES / case / "notice.txt").read_bytes().decode("utf-8")
    return parse_notice(raw)


def test_inauthentic_notice_all_fields():
    n = notice("01-inauthentic-clean")
    assert n.reason == "inauthentic"
    assert n.received == date(2026, 3, 4)
    assert n.window_days == 365
    assert (n.deadline.value, n.deadline.unit, n.deadline.due) == (17, "days", date(2026, 3, 21))
    assert n.asin_ids == ("B09KQ4T7ZM", "B08ZR2M5VX")
    first = n.asins[0]
    assert first.title == "Stainless Steel Insulated Water Bottle 750ml, Matte Black"
    assert (first.complaint_type, first.complaint_id) == ("Inauthentic", "4417820931")
    assert n.complaint_ids == ("4417820931", "4417820977")
    assert "Amazon Anti-Counterfeiting Policy" in n.policies
    assert [a.kinds for a in n.asks] == [("invoices", "loa"), ("supplier-contact",), ("plan-of-action",)]
    # the indented sub-items belong to the third ask
    assert "The root cause of the complaints" in n.asks[2].text


def test_crlf_email_with_quote_markers():
    raw = (NOTICES / "21-inauthentic-email-crlf" / "notice.txt").read_bytes().decode("utf-8")
    assert "\r\n" in raw and "> ASIN:" in raw
    n = parse_notice(raw)
    assert n.received == date(2026, 10, 8)
    assert n.asin_ids == ("B0BZ8M1Q7T", "B0BZ8N4C2X")
    assert n.asins[1].title == "Kitchen Scale Batteries and Tray Set"
    assert n.order_ids == ("202-6617723-4410928",)
    assert [a.kinds for a in n.asks][:2] == [("invoices",), ("loa",)]


def test_seller_central_table_and_rights_owner():
    n = notice("22-ip-table-extra-asin")
    assert n.reason == "ip"
    assert [(a.asin, a.title, a.complaint_type, a.complaint_id) for a in n.asins] == [
        ("B0D7RT3K1M", "Scandinavian Table Lamp Oak Base", "Trademark", "19877310042"),
        ("B0D7RT6P4Q", "Scandinavian Floor Lamp Oak Tripod", "Trademark", "19877310043")]
    assert n.rights_owner.name == "Nordvik Design AB"
    assert n.rights_owner.email == "brandprotection@nordvik.example"


def test_rights_owner_on_separate_lines():
    owner = notice("07-ip-forwarded-retraction").rights_owner
    assert (owner.name, owner.email) == ("Fernleaf Studio Ltd", "rights@fernleafstudio.example")


def test_metrics_value_and_target():
    [odr] = notice("09-performance-odr-clean").metrics
    assert (odr.key, odr.value, odr.target) == ("odr", 3.57, 1.0)
    late, cancel = notice("11-performance-two-metrics").metrics
    assert (late.key, late.value, late.target) == ("late-shipment", 9.4, 4.0)
    assert (cancel.key, cancel.value, cancel.target) == ("cancellation", 6.2, 2.5)
    [vtr] = notice("23-performance-vtr-clean").metrics
    assert (vtr.value, vtr.target) == (88.4, 95.0)


def test_order_ids_deadline_in_hours_and_window_variants():
    n = notice("12-performance-orders-missing")
    assert len(n.order_ids) == 4 and n.order_ids[0] == "026-4418820-1102245"
    assert (n.deadline.value, n.deadline.unit) == (72, "hours")
    assert notice("03-inauthentic-all-n-asins").window_days == 180
    assert notice("14-condition-denial").window_days == 180


def test_related_account_named_quoted_and_unquoted():
    assert notice("15-related-named-clean").related_account == "Harbor Lane Goods"
    assert notice("16-related-missing-name").related_account == "Silverline Trade Co"
    n = parse_notice("Your account is related to another selling account that was closed.")
    assert n.related_account is None and n.reason == "related-accounts"


def test_conditional_and_restricted_asks():
    asks = notice("15-related-named-clean").asks
    assert [a.kinds for a in asks] == [("reactivated-account",), ("link-explanation",)]
    assert asks[0].text.startswith("If you own or control")
    restricted = notice("19-restricted-clean")
    assert restricted.reason == "restricted-products"
    assert ("listing-removal",) in [a.kinds for a in restricted.asks]


def test_pipe_separated_items_and_mixed_reasons():
    n = notice("13-condition-clean")
    assert n.asins[0].title == "Electric Milk Frother Handheld, Black"
    assert n.asins[0].complaint_type == "Used sold as new"
    mixed = notice("24-mixed-inauthentic-condition")
    assert mixed.reasons[:2] == ("inauthentic", "condition")


@pytest.mark.parametrize("case", sorted(p.name for p in NOTICES.iterdir() if p.is_dir()))
def test_every_fixture_notice_has_a_reason(case):
    n = notice(case)
    assert n.reason is not None and not n.is_empty()
    assert n.to_dict()["reason"] == n.reason


def test_prose_ask_without_list_and_no_asins_without_b0():
    text = ("Why is this happening?\nYour listing infringes a patent.\n\n"
            "How do I reactivate my listing?\nPlease provide an invoice or a licence agreement "
            "from the rights owner. Thank you.\n")
    n = parse_notice(text)
    assert [a.kinds for a in n.asks] == [("invoices", "loa")]
    assert n.asins == ()


def test_book_asin_and_not_a_notice():
    assert parse_notice("ASIN: 0306406152\nTitle: A Book\n").asin_ids == ("0306406152",)
    empty = parse_notice("Hello, how are you?\r\n")
    assert empty.is_empty() and empty.reason is None


def test_extra_whitespace_and_nbsp():
    n = parse_notice("Why is this happening?\u00a0\n  Your  Order Defect Rate   is 2.1%;  the target is 1%.\n")
    assert [(m.value, m.target) for m in n.metrics] == [(2.1, 1.0)]


def test_reason_names_and_draft_detection():
    assert canonical("IP") == "ip" and canonical("Used sold as new") == "condition"
    assert canonical("related accounts") == "related-accounts" and canonical("nonsense") is None
    assert set(load_table().reasons) == {"performance", "inauthentic", "ip", "condition",
                                         "related-accounts", "review-manipulation",
                                         "restricted-products", "safety", "drop-shipping"}
    draft = (NOTICES / "01-inauthentic-clean" / "draft.txt").read_text(encoding="utf-8")
    assert detect_in_draft(draft) == "inauthentic"
    assert detect_in_draft("Dear team, thank you for your message.") is None


def test_requirements_are_checked_against_text():
    ids = [r.id for r in missing_requirements("performance", "We will do better.")]
    assert ids == ["metric-and-target", "monitoring-cadence"]
    ok = "Our ODR was 2.1% against the 1% target; we check it every morning."
    assert missing_requirements("performance", ok) == []
