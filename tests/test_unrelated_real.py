"""Unrelated content as real sellers write it (issue 10): earlier contacts with Amazon, requests
for another reviewer, history and track record, customer-service filler in an appeal about
something else; and the look-alikes that are the facts of the case (a summary of Amazon's
notice, an internal ticket, the seller's own supervisor, evidence sent)."""

from __future__ import annotations

import pytest

UNRELATED = [
    ("I have phoned Seller Support many times about this account.", "unrelated.case-reference"),
    ("We opened three cases with Seller Support last month.", "unrelated.case-reference"),
    ("Our appeal was rejected and we have still not heard back from you.", "unrelated.case-reference"),
    ("As the Seller Performance team requested, we sent a plan of action in May.", "unrelated.case-reference"),
    ("Please forward this appeal to a senior manager.", "unrelated.escalation-request"),
    ("We ask for a fresh review of our case.", "unrelated.escalation-request"),
    ("We always provide our customers good products and fast service.", "unrelated.business-intro"),
    ("We value our relationship with Amazon, which has been lasting for many years.", "unrelated.business-intro"),
    ("We are eager to grow our own brand on Amazon.", "unrelated.business-intro"),
    ("Other brands like ours are sold in the same category.", "unrelated.other-marketplaces"),
    ("We are a small family business based in Ohio.", "unrelated.business-intro"),
    ("Our company specializes in outdoor furniture.", "unrelated.business-intro"),
    ("We have been selling on Amazon and our account has always been in good standing.", "unrelated.business-intro"),
    ("This letter is written on behalf of our client by our consultant.", "unrelated.business-intro"),
    ("Our whole life depends on this store.", "unrelated.hardship"),
    ("We invested everything in this inventory.", "unrelated.hardship"),
    ("During the phone call, the agent said we could send the documents again.", "unrelated.case-reference"),
    ("Amazon rejected our appeal although we sent invoices.", "unrelated.case-reference"),
    ("We love selling on Amazon.", "unrelated.praise-of-amazon"),
    ("We are a loyal Amazon seller with a rating of 4.8 stars.", "unrelated.business-intro"),
    ("The holiday season is coming and our stock is waiting.", "unrelated.hardship"),
    ("Our first plan of action, which was rejected, did not name the supplier.", "unrelated.case-reference"),
    ("We also sell the same lamps on our own website.", "unrelated.other-marketplaces"),
    ("Kindly advise us what else we should provide.", "unrelated.question"),
    ("Our company has been trading in home textiles for more than ten years.", "unrelated.business-intro"),
    ("We employ 45 people in our factory.", "unrelated.business-intro"),
    ("Because of the suspension we had to borrow money from relatives.", "unrelated.hardship"),
    ("This is our third time sending this plan of action.", "unrelated.case-reference"),
    ("We will report this unfair treatment to the consumer protection agency.", "unrelated.threat"),
    ("My name is Tom Berger, and I own and run Berger Freight.", "unrelated.business-intro"),
    ("I am the founder of a small kitchenware company.", "unrelated.business-intro"),
    ("We sent the invoices after the first warning and again after the suspension.", "unrelated.case-reference"),
    ("We never received any confirmation that our documents were reviewed.", "unrelated.case-reference"),
    ("Our business has been badly affected since the suspension.", "unrelated.hardship"),
    ("Our sales have dropped sharply this year.", "unrelated.hardship"),
    ("We have sold over 10,000 units with excellent feedback.", "unrelated.business-intro"),
    ("Our account health has always been good.", "unrelated.business-intro"),
    ("Our products are sold in more than 30 countries.", "unrelated.business-intro"),
    ("We have 6 years on Amazon with no problems.", "unrelated.business-intro"),
    ("We also run two offline stores in Hangzhou.", "unrelated.business-intro"),
    ("We are proud to offer handmade pieces that our customers love.", "unrelated.business-intro"),
    ("Twelve employees who depend on us will be without work.", "unrelated.hardship"),
    ("Our inventory has been sitting in the FBA warehouse for two months.", "unrelated.hardship"),
    ("We are in a very difficult situation now.", "unrelated.hardship"),
    ("The suspension has cost us huge losses.", "unrelated.hardship"),
    ("We cannot afford to pay the storage fees.", "unrelated.hardship"),
    ("We value Amazon's customers greatly.", "unrelated.praise-of-amazon"),
    ("It is a great honor for us to sell on Amazon.", "unrelated.praise-of-amazon"),
    ("Amazon provides a fair platform for every seller.", "unrelated.praise-of-amazon"),
    ("Amazon is the world's largest marketplace.", "unrelated.praise-of-amazon"),
    ("Many sellers sell this charger and were not suspended.", "unrelated.other-marketplaces"),
    ("Our buyers trust us and come back every year.", "unrelated.business-intro"),
    ("We worked very hard for six years to build this brand.", "unrelated.business-intro"),
    ("We have never had any complaints in eight years of selling.", "unrelated.business-intro"),
    ("This account is very important to us and our staff.", "unrelated.hardship"),
    ("Sorry for our poor English.", "unrelated.business-intro"),
    ("English is not my first language, so please forgive my mistakes.", "unrelated.business-intro"),
    ("If the store is closed we will lose everything.", "unrelated.hardship"),
    ("If Amazon does not reinstate our account, we will take this to the press.", "unrelated.threat"),
    ("We would like to know the specific reason for the suspension.", "unrelated.question"),
    ("We thank Amazon for providing us with such a great platform.", "unrelated.praise-of-amazon"),
    ("Amazon always puts customers first, and so do we.", "unrelated.praise-of-amazon"),
    ("I am a mother of three and this shop pays our bills.", "unrelated.hardship"),
    ("We are a young husband-and-wife outdoor furniture shop from Ohio.", "unrelated.company-profile"),
    ("Our company is a leading maker of camping gear in Europe.", "unrelated.company-profile"),
    ("I am an independent seller of vintage books.", "unrelated.company-profile"),
    ("Our store has been on Amazon for six years.", "unrelated.business-intro"),
    ("We were a top seller in the Home category last year.", "unrelated.business-intro"),
    ("Our store has a 4.9 feedback rating.", "unrelated.business-intro"),
    ("We have always treated our customers well.", "unrelated.business-intro"),
    ("Our founder started the business in his garage.", "unrelated.business-intro"),
    ("Our agency prepared this plan of action for the seller.", "unrelated.business-intro"),
    ("We have always admired Amazon's commitment to customers.", "unrelated.praise-of-amazon"),
    ("We have over 50,000 dollars of stock in your warehouses.", "unrelated.hardship"),
    ("We already sent this information on May 3.", "unrelated.case-reference"),
    ("Why was our account suspended when we did nothing wrong?", "unrelated.question"),
    ("Amazon is the fairest marketplace we know and we are lucky to sell here.", "unrelated.praise-of-amazon"),
]
RELATED = [
    "We received your notice on 3 May that our account was deactivated.",
    "A ticket is raised in our system for every unit that fails inspection.",
    "Buyers who had written to us received no answer for three days.",
    "Our warehouse supervisor checks the late shipment report every morning.",
    "WHY DROPSHIPPING?",
    "We sent the supplier invoices and the letter of authorisation to Amazon.",
    "We bought the blenders at Walmart and resold them without an invoice from the brand.",
    "Please let us know if you need any further documents.",
    "How did we fix the problem?",
    "We sent reminder e-mails to the buyers three times.",
    "Our warehouse based in Shenzhen now weighs every parcel.",
    "We reported the counterfeit supplier to the authorities in Shenzhen on 2 May.",
    "Our company has been trading with this supplier since 2021, but we never asked for its invoices.",
    "After 3 years of selling this item, we never compared it to the new detail page.",
    "We retired the old packing checklist and wrote a new one with 12 steps.",
    "Our baby monitors were sold as new although they had been returned.",
    "She checks every listing against the Amazon Community Guidelines.",
    "We have not received a reply from the supplier about the missing invoices.",
    "We own the trademark for this design and attach the registration certificate.",
    "The late shipment rate dropped after we changed the handling time.",
    "We respect Amazon's platform rules and will follow them.",
    "It would be our honor to sell on Amazon again.",
    "We have shipped more than 200 orders late in March because of the carrier.",
    "We have sold over 300 units of this ASIN from the same supplier.",
    "We have two warehouses, so stock was sent from the wrong one.",
    "The wrong label caused us a lot of returns.",
    "We checked all 500 listings in our store.",
    "The units sat in our warehouse for two days before pickup.",
    "We had never had any complaints before the supplier changed the glue.",
    "The account is important to check every morning.",
    "Our staff did not know the reason for the delay, so we asked the carrier.",
    "We wanted to know the reason for the returns, so we read all 38 buyer messages.",
    "We would like to know the reasons for the supplier's late deliveries, so we visited its factory.",
    "Confirmation from our bank that the company remains in good standing.",
    "A certificate showing our company was registered in 2015.",
    "Thank you for providing the list of the affected ASINs.",
    "Thank you for giving us the opportunity to appeal.",
    "We are the seller of ASIN B0C4KD82QX.",
    "We are a seller who did not check the supplier's invoices.",
    "We are not a manufacturer of these lamps.",
    "Our store is a reseller of goods bought from authorised distributors.",
    "We were a small shop with one packer when the late shipments began.",
    # contact with buyers, carriers and suppliers is a step of the case
    "We called each affected buyer on the phone and offered a full refund.",
    "The customer told us on the phone that the charger overheated.",
    "We contacted the carrier and Amazon Logistics to trace the two lost parcels.",
    "The buyer's first email said the kettle lid was cracked.",
    "We have sent the invoices again to the supplier for signature.",
    # legal steps aimed at a third party are facts of the case, not threats to Amazon
    "We will take legal action against the supplier who sold us the counterfeit chargers.",
    "The rights owner told us they had filed a lawsuit against the factory.",
    "Our lawyer reviewed the trademark registration before we relisted the product.",
    # a fact of the business given as the cause
    "We have been selling this ASIN since 2019 without checking its invoices.",
    "We are a small team, so the owner packed the orders himself.",
    "Our warehouse is located in Dongguan, so parcels take 2 days to reach the carrier.",
    "We mainly sell kitchen scales, and the complaints were all about the 5 kg model.",
    "Our company was founded in 2020 and we did not have a compliance person until May.",
    "The product was well received by buyers until the supplier changed the battery.",
    "We sent the same documents again after the supplier stamped them.",
    "Our staff depend on this checklist every day.",
    "Our sales dropped after we raised the handling time to 3 days.",
    "We are now in a difficult position with the supplier, who refuses to send invoices.",
    "The brand's lawyer sent us a cease and desist letter about the logo.",
    "We have already sent the invoices to the supplier for a stamp.",
    "The buyer left a 1-star rating because the lid was cracked.",
    "We respect Amazon's policies on product safety.",
    "We destroyed $2,000 of stock that failed inspection.",
    "Our lawyer helped us register the trademark in 2022.",
    "I am a small reseller, not the brand owner.",
]


@pytest.mark.parametrize("sentence, rule", UNRELATED)
def test_unrelated_content(lint_only, sentence, rule):
    assert rule in [f.rule for f in lint_only(sentence, "unrelated")]


@pytest.mark.parametrize("sentence", RELATED)
def test_facts_of_the_case_are_not_unrelated(lint_only, sentence):
    assert not lint_only(sentence, "unrelated")


SERVICE_RULE = "unrelated.service-off-topic"
SERVICE = "We answer every customer inquiry within 24 hours and always give excellent customer service."


@pytest.mark.parametrize("reason, flagged", [("related-accounts", True), ("ip", True), ("performance", False)])
def test_customer_service_promise_is_off_topic_only_where_buyers_are_not_the_issue(lint_only, reason, flagged):
    assert bool(lint_only(SERVICE, SERVICE_RULE, reason=reason)) is flagged


def test_what_happened_with_buyers_is_the_cause_not_a_promise(lint_only):
    text = "We offered customers refunds and replacements for a positive review."
    assert not lint_only(text, SERVICE_RULE, reason="review-manipulation")


def test_the_evidence_list_is_not_unrelated(lint_only):
    text = ("Root cause\nWe did not check the supplier's invoices before listing the lamps.\n\n"
            "Documents attached\n- Business licence showing our company was established in 2012.\n"
            "- Case ID 12345678: the rights owner's retraction.\n")
    assert not lint_only(text, "unrelated")
    assert lint_only("Our company was established in 2012.", "unrelated.business-intro")
