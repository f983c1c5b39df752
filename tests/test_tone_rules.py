"""Issue 3 rules on single sentences: blame vs neutral reports, and the error-path mode."""

from __future__ import annotations

import pytest

from poa_lint.finding import Severity

BLAME = [
    "The buyer lied about the condition of the item.",
    "Customers did not read the size chart in the description.",
    "Amazon's system made a mistake when it flagged our listing.",
    "The courier lost two parcels in Ningbo.",
    "A competitor sabotaged our listing.",
    "Our supplier cheated us and sent fake goods.",
    "The high ODR was caused by the bad logistics company.",
    "The customer claimed the item was used, but actually it was brand new.",
    "Our account was wrongly suspended by Amazon's algorithm.",
]
NEUTRAL = [
    "The buyer reported that the item arrived damaged.",
    "Three customers complained that the size was small.",
    "A customer opened an A-to-z claim on order 113-2283746-1928374.",
    "We did not check the supplier's documents before the first order.",
    "It was not the buyer's fault.",
    "We cancelled the order because of the customer's request.",
    "Customers could not find the size chart because our listing did not show it.",
]


@pytest.mark.parametrize("sentence", BLAME)
def test_outside_party_at_fault_is_blame(lint_only, sentence):
    findings = lint_only(sentence, "blame")
    assert [f.rule for f in findings] == ["blame.outside-party"]
    assert "Blames" in findings[0].message


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_neutral_report_or_owned_statement_is_not_blame(lint_only, sentence):
    assert not lint_only(sentence, "blame")


def test_message_names_who_is_blamed(lint_only):
    (finding,) = lint_only("The courier lost two parcels in Ningbo.", "blame")
    assert "the courier" in finding.message


@pytest.mark.parametrize("path, expected", [("acknowledge", Severity.WARNING), ("error", Severity.INFO)])
def test_error_path_lowers_innocence_to_info(lint_only, path, expected):
    findings = lint_only("We did nothing wrong and the complaint is groundless.", "innocence", path=path)
    assert findings and {f.severity for f in findings} == {expected}


# Domain brief §3.3, scored examples: a commitment with no specificity signal is vague.
VAGUE = [
    "We will strengthen the management of our warehouse.",
    "We will pay more attention to product quality in the future.",
    "We will reply to customers in time.",
    "We have retrained our staff on Amazon policies.",
    "We have solved the problem with an inventory quality control program.",
    "We have taken measures to avoid this problem.",
    "The company will strengthen staff training.",
    "We will be more cautious when choosing suppliers.",
    "We will conduct regular audits of our listings.",
    "We have rectified the situation.",
    "We will keep learning Amazon's policies and rules.",
    "I checked the orders and fixed the problem.",
    "We are now in the process of improving our listing management.",
]
SPECIFIC = [
    "Our customer service team will answer buyer messages within 12 hours.",
    "Since 6 May, our QC inspector opens 1 in 10 cartons from each inbound batch and records seal "
    "condition in the inspection log.",
    "Our listing manager checks every new ASIN against the USPTO trademark database before upload.",
    # a named policy or agreement is a checkable detail; "all Amazon's policies" is not
    "Our drivers have been trained on Amazon's policy against re-brokering.",
    "We will comply with all terms of the Seller Agreement.",
    "I checked the orders carefully and found two wrong labels.",
    "We make sure the packing slip matches the order before sealing the box.",
    "I will promptly replace or refund any product a buyer complains about.",
    "We want to be clear that we are prepared to take whatever steps protect our business.",
]


VAGUE_RULE = "specificity.vague-commitment"


@pytest.mark.parametrize("sentence", VAGUE)
def test_commitment_without_specifics_is_vague(lint_only, sentence):
    assert [f.rule for f in lint_only(sentence, VAGUE_RULE)] == [VAGUE_RULE]


@pytest.mark.parametrize("sentence", SPECIFIC)
def test_commitment_with_who_when_or_tool_is_not_vague(lint_only, sentence):
    assert not lint_only(sentence, VAGUE_RULE)


def test_acronyms_and_headings_are_not_shouting(lint_only):
    text = "ROOT CAUSE\nOur ODR on ASIN B0C4KD82QX was 2.1% and the CBD listing was removed.\n"
    assert not lint_only(text, "emotive.shouting")
    assert [f.text for f in lint_only("We will NEVER sell it again.", "emotive.shouting")] == ["NEVER"]


def test_capitals_inside_links_and_addresses_are_not_shouting(lint_only):
    text = ("We studied https://sellercentral.amazon.com/learn/courses?moduleId=77&contentType=VIDEO and "
            "wrote to SUPPORT.TEAM@example.com. We will NEVER skip it.\n")
    assert [f.text for f in lint_only(text, "emotive.shouting")] == ["NEVER"]


def test_saying_what_cannot_be_guaranteed_is_not_an_overpromise(lint_only):
    assert [f.text for f in lint_only("We guarantee every parcel arrives on time.", "specificity.overpromise")]
    for text in ("We cannot guarantee that every parcel arrives on time, so we watch the carrier's scans daily.",
                 "We don't promise zero delays; we check the late-shipment report every morning."):
        assert not lint_only(text, "specificity.overpromise"), text


# Wordings real sellers use for blame, innocence and emotion, and the owned or neutral sentences
# next to them that must stay silent (each pair differs in who acts, the voice or the tense).
MORE_BLAME = [
    "Our competitor reported us to Amazon.",
    "Due to the bad weather and the Spring Festival holiday, many parcels were late.",
    "The problem is with the logistics company.",
    "The supplier promised the items were original but they were not.",
    "Unfortunately the courier delivered the parcels to the wrong address.",
    "It was the fault of our former employee.",
    "Our VA listed these products without our permission.",
    "The seller support told us it was fine to sell this item.",
    "The customer used the product in a wrong way and then said it was broken.",
    "Between 2 and 5 June there were 14 late deliveries by Royal Mail.",
    "The maker of this drone told us it would be ready to order on 3 May.",
    "We were told by our Royal Mail account manager that parcels would be scanned by their drivers.",
    "Some parcels were not accepted by our couriers.",
    "Our forwarder could not deliver the parcels on time during the peak season.",
    "The alleged violation comes from a misunderstanding about how the loads were assigned.",
    "Our own trucks and drivers were mistaken for sub-brokering.",
    "The asset in question was verified by Amazon itself in February.",
    "Amazon deactivated our account in error.",
    "Transport problems because delay tracking number and mistakes in shipping from transport company.",
    "The units were damaged in the Amazon fulfillment center, not by us.",
    "A new employee uploaded the wrong images; we have fired him.",
    "Our account was closed for no reason.",
    "We bought the goods from a supplier who claimed to be authorized.",
    "The listing had no restriction when we created it.",
    "There was no warning on the listing page that the product is restricted.",
    "The brand uses this as an excuse to remove sellers.",
    "The customer is trying to get a free product.",
    "The tracking number was not uploaded by the logistics company in time.",
    "The carrier's tracking information was not updated.",
    "We never received any warning before the suspension.",
    "The suppliers lied about the brand letter. When we asked them for it, they could not do as they had promised.",
    "But the third-party shipping company used drop shipping for these orders and this caused Amazon to identify us.",
    "Our supplier moved production to a new factory, and this led to many defects.",
    "The main reason is the logistics company delivery too slowly.",
    "The delays happened on the carrier's side.",
    "The decision to close our account is unreasonable.",
    "Because of the poor service of the courier, many buyers received their orders late.",
    "All of the defects came from the factory's poor quality control.",
    "The complaint was made up by the buyer.",
    "The mistake was made by a new worker who did not follow our instructions.",
    "The negative feedback was left by a buyer who never contacted us.",
    "We believe a jealous competitor is behind these complaints.",
    "The supplier's goods were defective.",
    "The buyer's claim was false because the tracking shows it was delivered.",
    "Our warehouse worker was lazy and did not pack the orders properly.",
    "The buyer is a professional returner.",
    "Another seller reported our listing to get the Buy Box.",
    "Due to the pandemic, we could not ship the orders on time.",
    "The factory promised us the goods would be ready, but when we placed the order it was delayed again.",
    "Without any reason the emails from the logistic provider went to the junk mailbox.",
    "The warehouse company we hired used other stores to send the orders and this is why Amazon found us.",
    "It was the employee who made the mistake, we just started and had only few orders.",
    "Royal Mail was on strike during those two weeks.",
    "The logistic company we used had very bad service and many parcels were damaged.",
    "Our listing executive uploaded these ASINs without my approval.",
    "When we asked the factory for the test report, they could not give it as they had promised.",
    "Our account manager was handling everything and he never informed me about the warnings.",
    "The delays were beyond our control.",
    "We shipped 40 parcels with Evri in May. They lost 6 of them.",
    "The customers ordered without reading the listing and then complained.",
    "Your team removed our listing although it had no problem.",
    "A rival seller left fake one-star reviews on our listing.",
    "The manufacturer did not put the safety label on the products.",
]
MORE_NEUTRAL = [
    "Our competitors sell the same product at a lower price.",
    "Due to the holiday our warehouse was closed, and we did not change the handling time.",
    "The problem was with our own listing process.",
    "The supplier promised delivery by 1 May, but we did not check the stock before the sale.",
    "Our warehouse sent 14 parcels to the wrong address because our label template was wrong.",
    "Amazon allows only authorized sellers to sell this brand.",
    "We found that some customers used the product incorrectly because our manual was not clear.",
    "The customer received the wrong size by mistake.",
    "Our staff shipped the orders without checking the labels, because we had no checklist.",
    "The supplier told us that the items are authentic, and we accepted this without checking.",
    "The wholesaler could not give us an authorization letter.",
    "If the courier cannot deliver on time, we will refund the buyer.",
    "We did not plan for delays from the carrier in the holiday week.",
    "Our shipping manager did not check the labels.",
    "Has your account been deactivated in error?",
    "The mistake was ours: we listed the item in the wrong category.",
    "The employee who packed the wrong item was retrained, and a second check was added to the packing step.",
    "Supplier claims: any claim from a supplier document is checked against the help pages before it is used.",
    "Our listing process had no restriction check for hazmat items.",
    "We use the brand registry as a reference before listing.",
    "We have not received any further warning since the fix.",
    "Our own tracking file was not uploaded on time.",
    "We did not receive a notification email because our filter blocked it.",
    "The supplier told us that it will send the invoices by Friday.",
    "Our supplier confirmed that the units are genuine.",
    "On 3 May Amazon approved our application for the Grocery category.",
    # an outside party's act next to the writer's own missing check is context of an owned cause
    "The supplier made a mistake on the packing list, and we did not compare it with the units.",
    "The factory changed the material without telling us, and we had no incoming inspection to catch it.",
    "The carrier delayed some parcels, and we did not notice because we never checked the tracking.",
    "We relied on one carrier and had no backup when it was slow.",
    "We cooperated with a logistics company that did not provide tracking, which was our mistake.",
    "The customer made a mistake in the address, and we did not confirm it before shipping.",
    "The buyer said the item did not fit, but we did not give the measurements in the listing.",
    "Amazon told us that the product needs approval, but we did not apply for it.",
    "The buyer ordered the wrong size because our size chart was in inches only.",
    # the writer's own acts, decisions and systems
    "We removed the listing by mistake.",
    "Our staff flagged the orders without reviewing them.",
    "Unfortunately, we set the listings to inactive from 1 to 10 March because of a long holiday.",
    "We closed the store for two weeks because of the Chinese New Year holiday.",
    "Due to our own system error, the stock count was wrong.",
    "Because of a technical issue with our inventory software, we oversold 30 units.",
    "Because our factory's test report showed that the material slows bacterial growth, we added the claim.",
    "The warning came from a mistake in our title.",
    "The issue was not caused by the carrier, it was our late dispatch.",
    "The main reason was the supplier invoice we uploaded, which did not show our address.",
    # plain facts and reports about outside parties
    "The rights owner has not replied to our request for a retraction yet.",
    "Amazon's team assigned a case number to our appeal.",
    "The carrier dropped off the parcels at the local depot on 3 May.",
    "Competitors lowered their prices in March, and our sales dropped.",
    "A competitor won the Buy Box on this listing.",
    "The brand owner asked us to stop selling the product, and we removed it the same day.",
    "We believe most of those buyers left reviews, although we cannot see which ones.",
    "Amazon said our items were counterfeit, and we understand the concern.",
    "We did not receive the invoices from the supplier until May.",
    "We switched away from the slow service of Yanwen to DHL.",
    "The customer wanted to keep the item and asked for a partial refund, which we gave.",
    # a corrective step that names the party the writer stopped using
    "We stopped working with the supplier who sent the defective goods.",
    "We replaced the courier that lost our parcels with DHL.",
    "We contacted the buyer, who told us he had thrown away the box.",
    "Our supplier is in Ningbo, and this is why shipping takes 10 days.",
    "The carrier was on strike for two days, and we did not inform the buyers or extend the delivery dates.",
    "It was our manager who found the error on 3 May.",
    "For some unknown reason, our system did not sync the stock.",
    "We cancelled the orders without any reason given to the buyers, which was wrong.",
    "The factory promised the goods on 3 May, and they arrived on 3 May.",
    "Some of the delays were outside our control, but we should have told the buyers.",
    "If a delay is beyond our control, we refund the buyer at once.",
    "We lost control of the stock count in March.",
    "We bought the lamps from a wholesaler. They failed the drop test we ran in May.",
    "Amazon suspended the account although we had sent invoices, because the invoices did not show our address.",
    "The customer ordered without reading the size chart because the chart was hidden at the bottom of our page.",
    "A rival seller offers the same item.",
    "The supplier's invoices did not include our business address.",
    "The buyer did not include the accessories when returning the item, and we refunded in full.",
]
INNOCENT = [
    "We think the complaint is unreasonable because the item was new.",
    "The complainant has given no registration number or other proof.",
    "The item is not fake, it is original.",
    "We are an honest seller.",
    "We have always followed Amazon's policies.",
    "We honestly did not do this on purpose.",
    "Our company wanted to act correctly.",
    "We were not informed that this product needs approval.",
    "I did not ask for invoices as I did not know I had to do this.",
    "We are not responsible for the late delivery.",
    "Because we just started selling on Amazon, we made this mistake.",
    "Our store has a clean compliance record.",
    "Our account shows no earlier policy violations.",
    "There was no infringement and no policy violation.",
    "The parts are made for compatibility and for no other deceptive purpose.",
    "The main root cause was a mistaken understanding of Amazon's variation policies.",
    "We had the wrong idea that we could create our own variation themes.",
    "We have never leased out our authority or handed any load to a third party.",
    "We have not assigned, sold or brokered any Amazon load.",
    "This is the first time we have received such a complaint.",
    "It is our first time selling on Amazon.",
    "We are newbies on Amazon.",
    "The defect rate was just 0.8%.",
    "Our ODR was only slightly above the target.",
    "The product did not cause any harm to the customer.",
]
OWNED = [
    "We checked that the item was in perfect condition before shipping.",
    "We will make sure we do not list any restricted product.",
    "The customer's complaint was valid.",
    "We did not check the brand registry before listing.",
    "We just started selling on Amazon last month.",
    "The supplier told us that the items are authentic, and we accepted this without checking.",
    "There was no check of the brand before a listing went live.",
    "We misread the order report and shipped 3 orders late.",
    "Our record of supplier checks was empty.",
    "We have not sold any units since 3 May.",
    "We have never used a pre-listing check.",
    "For the first time we now check every listing against the restricted products pages.",
    "The defect rate was 0.8% (7 of 912 orders).",
    "Our late shipment rate was 4.6%, above the 4% target.",
    "We keep a clear record of every inspection.",
    "It took just over two weeks to receive the new stock.",
    "We had never sold this category before, so we did not check the rules.",
]


BLAME_RULE = ("blame.outside-party",)
INNOCENCE_RULES = ("innocence.denial", "innocence.ignorance", "innocence.minimising")
WORDINGS = ([(BLAME_RULE, s, True) for s in MORE_BLAME] + [(BLAME_RULE, s, False) for s in MORE_NEUTRAL]
            + [(INNOCENCE_RULES, s, True) for s in INNOCENT] + [(INNOCENCE_RULES, s, False) for s in OWNED])


@pytest.mark.parametrize("rules, sentence, flagged", WORDINGS)
def test_real_wordings_and_their_owned_counterparts(lint_only, rules, sentence, flagged):
    assert bool(lint_only(sentence, *rules)) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("We are devastated and this suspension is unfair.", True),
    ("The buyer was frustrated by the late delivery.", False),
    ("Our delays caused frustration to many buyers.", False),
    ("Because of our former unacceptable quality control, the spray was put in the wrong category.", False),
    ("We are begging for your understanding.", True),
    ("Please give us one more opportunity.", True),
    ("We need your help to find the ASINs listed in the notice.", False),
    ("This was a nightmare and a catastrophe for our small team.", True),
    ("We are very very worried about our store.", True),
    ("Please be lenient and give us a last chance.", True),
    ("We ask for your sympathy and understanding.", True),
    ("We checked each order on the last day of the month.", False),
    ("We have suffered a lot since the account was closed.", True),
    ("The customers suffered from late deliveries.", False),
    ("Our QC inspector makes surprise checks of the packing table.", False),
    ("Buyers reported that the bag tears at the seam.", False),
    ("I was in tears when I read the notice.", True),
    ("We are very surprise to receive your email.", True),
    ("We were distraught and humiliated when the store was closed.", True),
    ("It is with a heavy heart that I write to you.", True),
    ("The buyer was horrified by the broken glass.", False),
    ("We were surprised to find that 12 orders had no tracking number.", False),
    ("We were very surprised to receive your notice.", True),
    ("Please help us check whether the attached invoices are enough.", False),
    ("The last chance to ship the order was on 3 May.", False),
    ("Please help us, we have nowhere else to turn.", True),
    ("Please give us one last chance to prove ourselves.", True),
])
def test_emotion_is_the_writers_own(lint_only, sentence, flagged):
    assert bool(lint_only(sentence, "emotive.emotional-words", "emotive.pleading")) is flagged


SHOUTED = "Root cause\nTHE COMPLAINTS WE RECEIVED ARE COMPLETELY MY FAULT.\nWe packed the orders late.\n"


def test_a_whole_sentence_in_capitals_is_shouting_but_a_heading_or_address_is_not(lint_only):
    assert [f.text for f in lint_only(SHOUTED, "emotive.shouting")] == [
        "THE COMPLAINTS WE RECEIVED ARE COMPLETELY MY FAULT."]
    assert not lint_only("ROOT CAUSE AND CORRECTIVE ACTIONS\nWe packed the orders late.\n", "emotive.shouting")
    assert not lint_only("We ship from ROOM 1203, BUILDING 5, NANSHAN DISTRICT, SHENZHEN.\n", "emotive.shouting")


def test_a_lone_short_acronym_is_not_shouting(lint_only):
    assert not lint_only("Our FMCA safety rating is satisfactory and our DOT number is valid.", "emotive.shouting")


@pytest.mark.parametrize("text, flagged", [
    ("We are sorry for the late orders. We changed the handling time. We sincerely apologize again.",
     ["apologize"]),
    ("We apologise for the late orders. We apologised to each affected buyer by e-mail on 3 May.", []),
    ("We could not get invoices, sorry. We are sorry for the trouble this caused.", []),
    ("We regret the late orders. Our apologies for the inconvenience. I am truly sorry.",
     ["apologies", "sorry"]),
])
def test_apologies_after_the_first_are_piled_up(lint_only, text, flagged):
    assert [f.text for f in lint_only(text, "emotive.repeated-apology")] == flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("This was stupid.", True),
    ("We made a foolish mistake and it is unforgivable.", True),
    ("We did not check the listing before upload.", False),
])
def test_calling_yourself_stupid_is_self_abasement(lint_only, sentence, flagged):
    assert bool(lint_only(sentence, "emotive.self-abasement")) is flagged
