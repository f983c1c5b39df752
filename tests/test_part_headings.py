"""Headings as sellers write them ("Problem:", "Plan of action:", "What we did:", "How to avoid this
in the future", "1. Root cause", "WHY DID THIS HAPPEN?") and the parts of the letter they hold: a
complete letter is never told a part is missing, whatever its headings. The letters are written
for these tests (no corpus letter); real spaCy pipeline and the shipped sentence model."""

from __future__ import annotations

import pytest

from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.roles import part_state
from poa_lint.sections import load_section_spec, strip_heading

MISSING = ("structure.missing-root-cause", "structure.missing-corrective-actions",
           "structure.missing-preventive-measures")

# complete letters: a concrete cause, fixes done, controls put in place, under every heading form
COMPLETE = {
    'problem-plan': """Dear Seller Performance Team,

Problem:
Our late shipment rate rose to 9% in March. The warehouse we rent in Leeds had only one packer during the Easter holiday, so 41 orders left two days after their dispatch date.

Plan of action:
We moved all open orders to our second warehouse on 2 April and shipped them the same day.
We hired two extra packers and set the handling time in Seller Central to three days.
Every morning our logistics manager checks the dispatch report and escalates any order older than 24 hours.

Thank you for your time.
Nadia Brook
""",
    'issue-whatwedid-avoid': """Hello,

Issue: Buyers received phone cases in the wrong colour.

The picker read the SKU labels on the shelf, and two labels had been swapped when we restocked in May, so black cases went out as blue ones.

What we did:
- Relabelled every shelf in the warehouse and checked all 620 units against the SKU list.
- Refunded the 14 buyers who complained and sent each of them the right case.

How to avoid this in the future
- Each restock is now checked by a second person who scans every barcode before the shelf is filled.
- Our supervisor audits ten random orders every Friday.

Best regards,
Tom Ellery
""",
    'plan-inline': """To the Amazon team,

We received your notice about the complaints on ASIN B0TEST1234.

Plan of action: 1) Root cause: our supplier changed the charger in the box to a 2A model and we did not test the new batch before listing it. 2) We removed the listing on 5 June, pulled all 300 units from sale and refunded the 22 buyers. 3) From now on every new batch is tested by our technician with a power meter before it goes on sale, and we keep the test sheet for each batch.

Kind regards,
Li Wen
""",
    'reason-done-prevent': """Dear Sir or Madam,

Reason
Our listing said "waterproof" because we copied the text from the manufacturer's catalogue without checking the product's rating, which is only splash-proof.

What we have done
We edited the title and the bullet points on 12 August and removed the word "waterproof" from all six listings.
We contacted the 9 buyers who left negative feedback and offered them a full refund.

Steps to prevent
Before any listing goes live, our content editor compares every claim with the test report from the factory.
Once a month the store manager reviews all listings against Amazon's product detail page rules.

Regards,
Omar Haddad
""",
    'why-taken-future': """Dear Amazon,

Why it happened
In October our tracking upload failed because the carrier changed its label software, so 37 orders had no valid tracking number.

Actions taken
We uploaded the missing tracking numbers for all 37 orders by hand on 3 November.
We replaced the carrier's plugin with the version that supports the new labels.

How to avoid this in the future
Our shipping clerk now checks the valid tracking report each afternoon and fixes any order without a number before 5 pm.

Sincerely,
Greta Lind
""",
    'numbered': """Dear Seller Performance,

1. Root cause
The toys we sold as new were customer returns that our warehouse put back into sellable stock without inspection.

2. Corrective actions
We removed the 48 returned units from our inventory on 4 March and sent them to a liquidator.
We refunded the 6 buyers who received used items.

3. Preventive measures
All returns now go to a separate shelf and are inspected by our quality lead before any decision is made.
We trained our three warehouse staff on Amazon's condition guidelines on 10 March.

Thank you,
Rosa Mendes
""",
    'capitals-questions': """Dear Seller Performance Team,

WHY DID THIS HAPPEN?
We shipped the orders with a courier whose depot in Bristol closed for a week in January, so 28 parcels were delivered late.

WHAT HAVE WE DONE?
We rebooked the 28 parcels with Royal Mail on 19 January and refunded the delivery charge to every affected buyer.

HOW WILL WE PREVENT IT?
We now use two couriers, and our shipping manager checks the couriers' service notices every morning before booking collections.

Thank you for considering our appeal.
Ben Carter
""",
    'questions-lower': """Hello Amazon team,

Why did this happen?
Our inventory spreadsheet did not update when items sold on our own website, so we accepted 19 Amazon orders for stock we no longer had and had to cancel them.

What have we done to fix it?
We cancelled the orders and refunded the buyers on the same day, and we set the quantity of all 85 listings to the real stock count on 2 May.

What will we do to stop it happening again?
We connected both shops to one inventory tool that updates stock every five minutes, and our owner checks the cancellation rate every Monday.

Thank you,
Priya Shah
""",
    'plain': """Dear Seller Performance Team,

Thank you for the chance to explain. Our order defect rate went above 1% because the bottles we sold leaked in transit; the supplier had switched to a thinner cap in June and we did not notice the change.

We refunded all 31 buyers, removed the 210 remaining bottles from sale and returned them to the supplier on 8 July.

From now on we seal every bottle with tape before packing, and our packer drops one sample from each batch from a metre high to check the cap holds.

Regards,
Hana Novak
""",
    'steps-to-prevent-caps': """Dear Sir/Madam,

THE PROBLEM
A buyer complained that the charger we sold was counterfeit. We had bought the last batch from a new wholesaler without asking for the brand's authorisation letter.

WHAT WE DID
We deleted the listing and destroyed the 40 units left from that wholesaler.

STEPS TO PREVENT
We buy only from distributors listed on the brand's website and keep their invoices for every order.

Regards,
Ian Doyle
""",
}


@pytest.fixture(scope="module")
def read(pipeline, catalogue):
    linter = build_linter(Config(select=MISSING), catalogue=catalogue, pipeline=pipeline)
    return linter.lint


@pytest.mark.parametrize("name", sorted(COMPLETE))
def test_a_complete_letter_is_never_told_a_part_is_missing(read, name):
    told = sorted(f.rule for f in read(COMPLETE[name]).findings)
    assert told == [], name


@pytest.mark.parametrize("heading, parts", [
    ("Problem:", {"issue", "root-cause"}),            # the problem's heading holds its cause
    ("Issue", {"issue", "root-cause"}),
    ("What happened", {"issue", "root-cause"}),
    ("Plan of action:", {"root-cause", "corrective", "preventive"}),   # the whole plan
    ("PLAN OF ACTION FOR ASIN B0TEST1234", {"root-cause", "corrective", "preventive"}),
    ("What we did:", {"corrective"}),
    ("What we have done", {"corrective"}),
    ("Actions taken", {"corrective"}),
    ("What have we done to fix it?", {"corrective"}),
    ("How to avoid this in the future", {"preventive"}),
    ("Steps to prevent", {"preventive"}),
    ("How will we prevent it?", {"preventive"}),
    ("What will we do to stop it happening again?", {"preventive"}),
    ("Reason", {"root-cause"}),
    ("Why it happened", {"root-cause"}),
    ("1. Root cause", {"root-cause"}),
    ("WHY DID THIS HAPPEN?", {"root-cause"}),
    ("Why did the late shipments happen?", {"root-cause"}),
    ("What caused the problem?", {"root-cause"}),
    ("Our findings", {"investigation", "root-cause"}),
    ("Fixes", {"corrective"}),
    ("Changes we have made", {"preventive"}),
    ("Steps we will take", {"preventive"}),
    ("How will we make sure this does not happen again?", {"preventive"}),
    ("Plan of action (POA)", {"root-cause", "corrective", "preventive"}),
    ("ROOT CAUSE ANALYSIS & CORRECTIVE ACTIONS", {"root-cause", "corrective"}),
])
def test_a_heading_holds_the_parts_it_names_or_mixes(heading, parts):
    assert load_section_spec().held_parts(strip_heading(heading)) == parts


@pytest.mark.parametrize("heading", ["Dear Seller Performance Team,", "Thank you for your time.",
                                     "Why did Amazon suspend a seller who did nothing wrong?", "Best regards"])
def test_a_line_that_names_no_part_holds_none(heading):
    assert load_section_spec().held_parts(strip_heading(heading)) == frozenset()


@pytest.mark.parametrize("line", ["Why did this happen?", "WHAT HAVE WE DONE?", "Plan of action:",
                                  "How to avoid this in the future"])
def test_a_question_or_plan_line_that_names_a_part_is_a_heading(read, line):
    letter = read(f"Dear Amazon,\n\n{line}\nWe removed the listing on 3 May.\n").letter
    assert any(s.is_heading and s.text.strip() == line.strip() for s in letter.sentences)


def test_a_part_held_by_a_mixed_heading_is_not_left_unheaded(read):
    """A writer who heads "Problem:" and "What we did:" wrote the cause under "Problem:"; only a
    letter that heads its actions and never its problem or its cause has left the cause unheaded."""
    held = read(COMPLETE["issue-whatwedid-avoid"]).letter
    assert part_state(held, "root-cause") in ("named", "plain")
    unheaded = read("Dear Amazon,\n\nCorrective actions\nWe refunded the 4 buyers on 3 May.\n\n"
                    "Preventive measures\nOur manager checks every order each morning.\n").letter
    assert part_state(unheaded, "root-cause") == "unnamed"


def test_a_vague_gesture_under_problem_is_still_no_root_cause(read):
    letter = """Dear Seller Performance Team,

Problem:
Our account was deactivated because of failures in our processes.

Plan of action:
We removed the affected listings on 3 May.
We will train our staff every month on Amazon policies with a written quiz.

Regards,
Sam Ward
"""
    assert "structure.missing-root-cause" in {f.rule for f in read(letter).findings}


def test_a_metric_restated_with_its_cause_is_the_cause():
    from poa_lint.roles import restates_notice

    assert restates_notice("Our order defect rate went above the 1% target.")
    assert not restates_notice("Our order defect rate went above 1% because the bottles leaked in transit.")


def test_the_deactivated_in_error_path_is_never_asked_for_the_three_parts(pipeline, catalogue):
    """An evidence-based appeal has no root cause, fixes or controls to give."""
    linter = build_linter(Config(select=MISSING, path="error"), catalogue=catalogue, pipeline=pipeline)
    letter = ("Dear Seller Performance Team,\n\nOur account was deactivated in error. The complaint names "
              "a product we have never listed.\n\nThe invoices for the last 365 days are "
              "attached.\n\nRegards,\nMia Stone\n")
    assert not linter.lint(letter).findings
    acknowledged = build_linter(Config(select=MISSING), catalogue=catalogue, pipeline=pipeline)
    assert {f.rule for f in acknowledged.lint(letter).findings} >= {"structure.missing-corrective-actions",
                                                                   "structure.missing-preventive-measures"}
