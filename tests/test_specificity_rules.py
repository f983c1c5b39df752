"""What is and is not a vague commitment (specificity.vague-commitment), sentence by sentence.

A vague commitment commits to or claims an action with a mark of vagueness and no checkable
detail. A title, an announcement of what the letter sets out, a statement of understanding, a
practice given up, a named owner, document or scope, and an abstract noun used only as a modifier
are not vague.
"""

from __future__ import annotations

import pytest

RULE = "specificity.vague-commitment"

VAGUE = [
    "I will make sure my team follows the selling policies.",
    "We have put in place proactive steps to prevent more complaints.",
    "We are committed to making sure we follow the rules.",
    "We have taken all necessary measures to solve the problem.",
    "I have trained my staff and will strengthen our management.",
    "I have told my staff to do a thorough check of the stock.",
    "We will control access to the office and the warehouse.",
    "We have fully successfully put in place proactive steps.",
    "We have strengthened our quality control.",
    "We will be much more careful with new suppliers.",
    "We have deeply realized our fault and we will strengthen our management.",
    "We will remove the remaining listings soon.",
    "We will delete all the related listings from our inventory soon.",           # which listings?
    "We pledge to list only products that comply with all Amazon's policies.",     # following policies
    "We have put meaningful operational improvements in place.",                   # improvements, unnamed
    "Our team will actively learn the new policies of the platform.",
    "We have checked the listings and fixed the problem.",                          # a fix not described
    "We will improve our service by paying more attention to orders.",              # a method as vague as the aim
    "We will strengthen our management by being more careful.",
    "We will ensure our products meet the standards by strengthening quality control.",    # round 8: training promised, a partner praised instead of named, a fix claimed with a pronoun
    "We will only work with reliable suppliers in the future.",
    "We will train our staff on Amazon policies.",
    "We will keep an eye on our account metrics.",
    "We will hire more staff to handle the orders.",
    "We will educate our employees about intellectual property.",
    "We have solved this with an inventory quality control program.",
    "We have spent a lot of time in thorough investigations on our suppliers, shipping carriers and staffs.",
]
NOT_A_COMMITMENT = [
    "How we will improve our shipping process from now on",           # a title (wh-clause)
    "Steps we have taken to improve our shipping process",             # a title (noun phrase)
    "I set out the cause and what we will do to improve our service.",  # an announcement
    "We have implemented the following measures to ensure compliance.",
    "I would like to explain how we will improve our service.",
    "We understand that it is our responsibility to ensure orders arrive on time.",
    "We will never discount products below cost to improve our sales rank.",  # a practice given up
    "I will take full responsibility for the late orders.",                    # owning, not acting
]
CHECKABLE = [
    "We examine every product before shipping to make sure the seal is intact.",   # scope
    "We will pack fragile goods in high quality boxes with foam inserts.",          # noun as modifier
    "We have appointed a staff member to review new listings to ensure compliance.",  # owner
    "We have carefully read the Business Solutions Agreement.",                      # named document
    "I have gone through all of our stock to make sure the labels match the listings.",  # scope
    "I follow the safety rules at every facility and report delays to the dispatcher.",  # a practice, not a pledge
    "We have trained our packers to wrap glass items in bubble wrap.",               # a named role
    "We will improve our packaging by adding a foam insert to each box.",           # the method
    "We have improved the product description so it states the voltage and the plug type.",  # the result
    "Our packer now weighs every parcel before sealing it.",
    "We will make sure each listing matches the manufacturer's packaging by comparing photos.",
    "We have strengthened our inbound checks: two people count each carton on arrival.",
    "We improved the listing photos to show the real colour of the mug.",
    "Our packers double-check each label against the pick list.",    # round 8: steps with an owner, a figure, a name or a method, and sentences that commit to nothing
    "We are using an old process that did not check the brand.",
    "We have always relied on the supplier's quality checks instead of our own.",
    "We have changed suppliers often, so our quality was not stable.",
    "We have improved nothing in our packing since last year, which was our mistake.",
    "In the past we did not pay attention to the condition of returned items.",
    "We are now aware that our management of returns was weak.",
    "We have learned that the root cause was poor communication with the supplier.",
    "Our customer service was too slow because one person answered all messages.",
    "We have reviewed the complaints and found that all were about the blue model.",
    "We have checked the listings and found the wrong size chart on 3 of them.",
    "Our team is still learning the new policies of the marketplace.",
    "We are fully responsible for the poor quality of these items.",
    "We have found a mistake in our listing process.",
    "We have found a new problem in our quality control.",
    "We have done something wrong in our management of the listings.",
    "We have spent too little time on training our staff.",
    "We have chosen a cheap supplier without checking its quality.",
    "We have hired new staff who did not know the process.",
    "We have conducted no audits of our suppliers before.",
    "Our quality control process did not include a check of the plug type.",
    "The root cause was poor communication between our warehouse and our listing team.",
    "We have always used the same supplier and never checked its invoices.",
    "We are selling refurbished phones, and our listings did not say so clearly.",
    "We did not have a system to track the expiry dates of our stock.",
    "Our staff were not trained on the Condition Guidelines.",
    "The carrier's service was slow in December and 30 parcels arrived late.",
    "We understand that we must follow Amazon's policies at all times.",
    "We are very sorry for the poor experience our buyers had.",
    "We have removed the listing and destroyed the remaining 40 units.",
    "We have contacted all 9 buyers and refunded them in full.",
    "We have replaced our supplier with Nordic Home AB, an authorised distributor of the brand.",
    "We have updated our SOP for returns and shared it with the warehouse team.",
    "We will ensure that every unit is inspected by our QC staff before shipping.",
    "We have set up a weekly review of our Account Health page every Monday.",
    "We are now working with a new carrier, DPD, for all UK orders.",
    "We are checking every listing against the brand's authorisation list.",
    "Going forward, our compliance officer will approve each new ASIN before it is listed.",
    "We have improved our inspection: each unit is now powered on for 5 minutes before packing.",
    "We will continue to monitor the Order Defect Rate in Account Health every week.",
    "We are attaching the invoices and the supplier's business licence.",
    "We are writing to appeal the deactivation of our account.",
    "We are committed to selling only genuine products bought from authorised distributors.",
    "We will keep all purchase invoices in a shared folder for 5 years.",
    "We take customer service very seriously and answer all messages within 24 hours.",
    "Our management has approved a budget of $2,000 for new scanners.",
    "We have hired a quality inspector, Ms. Chen, who started on 1 June.",
    "We have fixed it by reprinting all 300 labels.",
    "We fixed it by replacing the supplier.",
    "We have conducted a full audit of all 212 listings.",
    "We have carried out training for our 4 packers.",
    "We have done a full check of every listing.",
    "We have fixed it and the listing now shows the correct size.",
    "We checked the photo and fixed it on 3 May.",
    "We will train our 3 packers on the new checklist on 12 May.",
    "We now buy only from Helios Trading GmbH, a reliable supplier with full invoices.",
    "We will monitor the Account Health page every Monday.",
    "We switched to a more reliable carrier, DHL Express, on 2 June.",
    "Our team will monitor each new listing for 7 days after it goes live.",
    "We hired two more staff for the packing table in June.",
    "The supplier was not a reliable source, but we did not check it.",
    "We did not monitor our inventory, so we oversold 40 units.",
    "We failed to train our staff on the Condition Guidelines.",
    "Our manager will train new employees using the SOP before their first shift.",
    "We bought from a good supplier for years before this batch.",
]


@pytest.mark.parametrize("sentence", VAGUE)
def test_vague_commitment_is_flagged(lint_only, sentence):
    assert [f.rule for f in lint_only(sentence, RULE)] == [RULE]


@pytest.mark.parametrize("sentence", NOT_A_COMMITMENT + CHECKABLE)
def test_no_commitment_or_checkable_detail_is_not_flagged(lint_only, sentence):
    assert not lint_only(sentence, RULE)


FUTURE_RULE = "specificity.future-corrective"
CORRECTIVE_THEN_PREVENTIVE = """Dear Seller Performance Team,

Root cause
On 2 May 2026 our packer shipped 14 orders of ASIN B0C4KD82QX without tracking numbers.

Corrective actions
We added the tracking numbers to all 14 orders on 3 May 2026.
We will refund the two buyers who did not receive their parcels.
How we will avoid this moving forward
We will scan every parcel label at the packing table before pickup.

Sincerely,
Chen Hao
"""


def test_future_corrective_stops_where_the_part_turns_to_prevention(lint_only):
    findings = lint_only(CORRECTIVE_THEN_PREVENTIVE, FUTURE_RULE)
    assert [f.text for f in findings] == ["We will refund the"]
    assert findings[0].category == "structure"


def test_a_corrective_heading_that_speaks_of_prevention_is_preventive(lint_only):
    text = CORRECTIVE_THEN_PREVENTIVE.replace("Corrective actions\n", "Actions taken to prevent this in the future\n")
    assert not lint_only(text, FUTURE_RULE)


@pytest.mark.parametrize("sentence, flagged", [
    ("This will never happen again.", True),
    ("It won't happen again, we promise.", True),
    ("Our new label check makes sure the mix-up does not happen again.", False),   # the aim of a measure
    ("Below I explain how I will make sure it does not happen again.", False),      # the letter's plan
    ("We guarantee that the same problem will not happen again.", True),
    # a control with its method, figure or scope, an offer to buyers, a practice given up
    ("We make sure this never happens again by checking each label twice.", False),
    ("Our goal is zero defects in every batch, and we track it weekly.", False),
    ("We guarantee a full refund to any buyer whose parcel is late.", False),
    ("We offer a 100% money-back guarantee on all orders.", False),
    ("We will never again buy from a supplier without invoices.", False),
    # round 8: a past event, responsibility or certainty is not a guarantee about the future
    ("We take 100% responsibility for the late shipments.", False),
    ("We are 100% sure the buyer received the right item.", False),
    ("The supplier promised us that the batch was new.", False),
    ("The buyer said she would never buy from us again.", False),
    ("We never checked the listing again after we created it.", False),
    ("Our packer promised to double-check, but he forgot.", False),
    ("We never heard from the buyer again.", False),
    ("This will never happen again.", True),
    ("It will never happen again, we promise.", True),
    ("We guarantee that the similar problem will not happen again.", True),
    ("Our listings will be 100% compliant from now on.", True),
    ("We can assure you that such a mistake will never occur again.", True),
    ("We will never make the same mistake again.", True),
    ("We guarantee 100% that this will not happen again.", True),
])
def test_overpromise_is_a_guarantee_not_an_aim(lint_only, sentence, flagged):
    assert bool(lint_only(sentence, "specificity.overpromise")) is flagged
