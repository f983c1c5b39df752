"""Placeholders as sellers leave them, and template sentences as sellers reword them: each form is
found in a short letter, and its look-alikes that carry a real value are left alone."""

from __future__ import annotations

import pytest

TEMPLATE_RULES = ("template.stock-phrase", "template.stock-sentence", "template.stock-vocabulary",
                  "template.pasted-text", "template.outline-instruction")
LETTER = ("Dear Seller Performance Team,\n\n{line}\n\nOn 2 June we refunded all 9 buyers of ASIN "
          "B0C8TT41MZ and replaced the foam in every box.\n\nSincerely,\nMei Tan\n")


def _found(lint_only, rule: str, line: str) -> list[str]:
    return [f.text for f in lint_only(LETTER.format(line=line), rule)]


@pytest.mark.parametrize(("line", "slot"), [
    ("This is [ My store name ].", "[ My store name ]"),
    ("The tracking is here: [enter link to online tracking showing delivery and signature confirmation "
     "from the customer].", "[enter link to online tracking showing delivery and signature "
                            "confirmation from the customer]"),
    ("The order was placed on <05/05/2025> and delivered.", "<05/05/2025>"),
    ("The tracking shows <a photo of the parcel at the buyer's door with the house number visible>.",
     "<a photo of the parcel at the buyer's door with the house number visible>"),
    ("You can follow it here: <www.example-courier.com/ZX9876543210>.", "<www.example-courier.com/ZX9876543210>"),
    ("We have sold on Amazon since 20XX.", "20XX"),
    ("Our seller ID is A1XXXXXXXXXX.", "A1XXXXXXXXXX"),
    ("The parcel left on xx/xx/2024.", "xx/xx/2024"),
    ("Our store name is ______ and we sell kettles.", "______"),
    ("I received a performance notification from Amazon on **March*, which shows the rate.", "**March*"),
    ("We removed the listing (insert screenshot here).", "(insert screenshot here)"),
    ("Our agent John Doe checked the brand.", "John Doe"),
    ("Please write to yourname@example.com for the invoices.", "yourname@example.com"),
    ("We bought the kettles from ABC Co., Ltd in Ningbo.", "ABC Co"),
    ("We will answer every message within X days.", "X days"),
    ("On 日期 we removed the listing.", "日期"),
    ("We run the XX店铺 on Amazon.", "XX"),
    ("我们是某某公司的卖家。", "某某"),
    ("Our store “ ” was deactivated.", "“ ”"),
    ("Our store <店铺名> was deactivated.", "<店铺名>"),
    ("Sincerely,\nYour Name", "Your Name"),
    ("The refund cost us $X in May.", "$X"),
    ("The defect rate fell to X% in May.", "X%"),
    ("Dear %SELLER_NAME%, thank you.", "%SELLER_NAME%"),
    ("The order ORDER_ID was refunded.", "ORDER_ID"),
    ("Our store ■■■■ was suspended.", "■■■■"),
    ("Sincerely,\nMei Tan\nCompany Name", "Company Name"),
    ("We will answer every message within N days.", "N days"),
    ("请填写店铺的真实信息。", "请填写"),
    ("We removed the listing (ASIN: ) on 2 June.", "(ASIN: )"),
    ("The buyer (REDACTED) complained.", "(REDACTED)"),
    # the sample's own words for the slot, and the slot described instead of filled
    ("Sincerely,\nyour name here", "your name here"),
    ("Each note is signed by your signature here.", "your signature here"),
    ("Dear Amazon, we are (name of store), a seller of kettles.", "(name of store)"),
])
def test_unfilled_placeholder_forms(lint_only, line, slot):
    assert _found(lint_only, "placeholder.unfilled", line) == [slot]


@pytest.mark.parametrize("line", [
    "The rights owner wrote from <legal@nordvik-example.com> on 5 June 2025.",
    "The proof of return is at <https://www.ups.com/track?tracknum=1Z999AA10123456784>.",
    "The 12 XXL jackets of the same batch were checked too.",
    "Our seller ID is A2K7ZQ9M3PL1RX and our store is Harbor Lane Goods.",
    "We sell the Nordvik_Kettle_2 model under our own brand.",
    "The invoice came from Nordvik Trading Ltd (see attachment 2).",
    "Our marketing manager Xavier Doe answers the messages within 2 days.",
    "The XXL jackets of 某 batch were checked: XL和XXL.",
    'We sold "kettles" "lids" and "cups" in May.',
    "Your feedback helps us; your name stays private.",
    "The defect rate fell to 0.4% after we refunded $120.",
    "Our SKU KETTLE_RED_2L is restocked.",
    "Seller ID\nA2K7ZQ9M3PL1RX",
    "The box is 2 x 3 cm and holds 5*3 units.",
    "Every parcel now carries the store name (Harbor Lane Goods) and our own name here in Ningbo.",
])
def test_real_values_are_not_placeholders(lint_only, line):
    assert _found(lint_only, "placeholder.unfilled", line) == []


@pytest.mark.parametrize(("line", "gap"), [
    ("The ASIN: was removed on 2 June.", "ASIN: "),
    ("We refunded order # and wrote to the buyer.", "order # "),
    ("We refunded order #, and wrote to the buyer.", "order #"),
])
def test_an_identifier_label_with_no_value_is_missing_text(lint_only, line, gap):
    assert _found(lint_only, "placeholder.missing-text", line) == [gap]


@pytest.mark.parametrize("line", [
    "We refunded order #113-2231455-9912231 and wrote to the buyer.",
    "In order: we checked the stock, then we shipped.",
    "Steps in order of priority are listed below.",
])
def test_an_identifier_with_its_value_is_not_missing_text(lint_only, line):
    assert _found(lint_only, "placeholder.missing-text", line) == []


def test_an_ellipsis_opening_a_sentence_is_missing_text(lint_only):
    line = "We want better service. …for the information the platform needs, please let us know."
    assert _found(lint_only, "placeholder.missing-text", line) == ["…"]


@pytest.mark.parametrize("line", [
    # the first person singular, an intensifier dropped: "I" and "we" are one template
    "I am writing to appeal the deactivation of my seller account.",
    # a stock sentence led in and trailed off by clauses of the seller's
    "To address the issues raised, we have carefully read and understood our business solutions "
    "agreement with Amazon and Amazon's policies, paying careful attention to the condition guidelines.",
    # cut short
    "We apologize for any inconvenience this has caused to Amazon.",
    # Amazon's appeal form pasted as a heading, and extended with the seller's words
    "Greater detail on the actions you have taken to resolve these issues:",
    "Greater detail on the root cause(s) that led to the inauthenticity:",
    # statutory text of a DMCA counter-notice
    "I have a good faith belief that the material was removed or disabled as a result of a mistake or "
    "misidentification of the material.",
    # a figure the stock sentence itself holds (Amazon's notice, pasted) is not the seller's fact
    "This may take up to 90 days, but funds may be held longer.",
    "After 90 days, the hold will be removed and any remaining funds will be available per your "
    "settlement schedule.",
    # the notice's instructions and Amazon's related-account wording, pasted
    "We encourage you to take appropriate steps to resolve any pending orders.",
    "You have a separate account which was enforced for violating one of our policies.",
    # "gravity" and "seriousness" are one template
    "We fully understand the gravity of this issue.",
    # a stock sentence trailed off by a second clause joined with "and we", without a comma
    "We understand that it is our responsibility to provide a positive shopping experience to Amazon "
    "customers and we take this to heart.",
    # the opener of the widely copied performance template
    "We are contacting you regarding our seller account suspension.",
])
def test_reworded_stock_sentences_are_template(lint_only, line):
    assert len(_found(lint_only, "template.stock-sentence", line)) == 1


@pytest.mark.parametrize("line", [
    # the seller's own heading, not the form's ("you") prompt
    "The actions we have taken to resolve the issue:",
    "The root cause of the issue:",
    # a short stock clause leading into the seller's own account
    "We have taken the following steps: our packer now wraps every kettle lid in moulded pulp and "
    "the warehouse lead opens three boxes of each batch before it ships.",
    # the seller's own facts in a common frame
    "We take full responsibility for the cracked lids, because our packer chose the thin foam to save time.",
    # a stock clause joined by "and we" to the seller's own facts
    "We take full responsibility for this and we refunded all 9 buyers of ASIN B0C8TT41MZ on 2 June.",
    # the seller's own request, which resembles the notice's heading "How do I reactivate my account?"
    "We ask you to reactivate our account.",
])
def test_own_headings_and_facts_are_not_template(lint_only, line):
    assert _found(lint_only, "template.stock-sentence", line) == []


@pytest.mark.parametrize("line", [
    "Thank you for giving me the chance to appeal the suspension of my account.",
    "Thank you for the chance to appeal our suspension.",
    "Thank you for giving us the opportunity to explain.",
])
def test_thanks_for_the_chance_is_a_stock_phrase(lint_only, line):
    # "I" and "we", "chance" and "opportunity" are one opener
    assert len(_found(lint_only, "template.stock-phrase", line)) == 1


@pytest.mark.parametrize(("line", "rule", "slot"), [
    ("Sincerely,\nJane Roe", "placeholder.sample-value", "Jane Roe"),
    ("Our supplier Mr. X sent the invoice.", "placeholder.sample-value", "Mr. X"),
    ("We sold kettles of brand X in May.", "placeholder.sample-value", "brand X"),
    ("We refunded order 000-0000000-0000000.", "placeholder.sample-value", "000-0000000-0000000"),
    ("We removed the listing (list the ASINs here).", "placeholder.sample-value", "(list the ASINs here)"),
    ("Store name:\n\nBrand:\n\nThank you.", "placeholder.empty-field", "Store name:"),
    ("Dear Mr./Ms. Buyer, we refunded you.", "placeholder.sample-value", "Mr./Ms."),
    ("Our partner Zh**g Trading sent it.", "placeholder.sample-value", "**"),
    ("Dear ,", "placeholder.missing-text", "Dear ,"),
    ("We removed ASIN: , which we sold in May.", "placeholder.missing-text", "ASIN: "),
    ("The orders shipped between and were late.", "placeholder.missing-text", "between and"),
    ("The parcel was shipped on , and arrived late.", "placeholder.missing-text", "on ,"),
])
def test_sample_values_empty_fields_and_gaps(lint_only, line, rule, slot):
    assert _found(lint_only, rule, line)[:1] == [slot]


@pytest.mark.parametrize(("line", "rule"), [
    ("Our warehouse lead Mr. Xu checks 5 lamps a carton.", "placeholder.sample-value"),
    ("The lamps fit the Tesla Model X and the X-series clamp.", "placeholder.sample-value"),
    ("We shipped 12,000,000 units and refunded order 113-4820957-6631204.", "placeholder.sample-value"),
    ("Products:\n- kettles of ASIN B0C8TT41MZ", "placeholder.empty-field"),
    ("Dear Mei, we shipped on 2 June, between 9 and 11 am.", "placeholder.missing-text"),
    ("The ASIN: B0C8TT41MZ, order number: 113-4820957-6631204.", "placeholder.missing-text"),
])
def test_real_values_are_not_sample_values(lint_only, line, rule):
    assert _found(lint_only, rule, line) == []


@pytest.mark.parametrize("line", [
    "Thank you so much for giving us this chance to explain ourselves and appeal the decision.",
    "I now realize how important a trustworthy shopping experience is for every buyer on Amazon.",
    "We have thoroughly gone through all of the selling policies and the terms of the agreement.",
    "We solemnly pledge to adhere to every policy of the marketplace from now on.",
    "Our plan of action is set out below and addresses every concern in your notice.",
    # pasted from Amazon's notice or from the statute a DMCA notice cites, figures and all
    "Please ship any open orders within 2 days to avoid further impact on your account.",
    "As a result, you may no longer use this account to make sales on Amazon.",
    "· Include a physical or electronic signature of the complainant. [17 USC 512(c)(3)(A)(i)]",
])
def test_stock_frames_without_facts_are_template(lint_only, line):
    # reported once: by template.generic-frame or template.pasted-text, or by a stock list's rule
    # when the list knows it
    rules = ("template.generic-frame", "template.pasted-text", "template.stock-sentence",
             "template.stock-phrase")
    assert len(lint_only(LETTER.format(line=line), *rules)) == 1


@pytest.mark.parametrize("line", [
    # the same frames carrying the seller's facts
    "Thank you for the chance to explain: on 2 June our packer skipped the foam for 9 kettles.",
    "We understand that our packer chose thin foam for the kettle lids to save time.",
    "Our compliance manager reads the condition guidelines every Monday and logs each change.",
    "We take full responsibility for the cracked lids, because our packer chose the thin foam.",
    # a concrete step, however generic its nouns
    "We have removed the listing and will make sure we follow every policy.",
    "We have reviewed all our listings to ensure they comply with Amazon's policies.",
    # a cause owned, the case restated, an impact admitted
    "We did not take the listing policies seriously enough at that time.",
    "We understand that the buyer received a damaged item from our store.",
    "Our late shipments gave our customers a poor shopping experience on Amazon.",
    "The root cause was that we did not take action on buyer messages.",
    "Below are the details of the complaint from the rights owner.",
    # the case argued on the error path, and Amazon's policies addressed as "your"
    "We believe there has been an error in the review of our account.",
    "Our account has been deactivated in error by your system.",
    "We have read your listing policies and the restricted products rules again.",
    # the closing courtesy and request
    "Thank you for your time and consideration of our appeal.",
    "Please reinstate our selling privileges.",
    "We called your Account Health team on 3 June and sent the 9 invoices.",
])
def test_frames_with_own_facts_are_not_template(lint_only, line):
    rules = ("template.generic-frame", "template.pasted-text", "template.stock-sentence")
    assert not lint_only(LETTER.format(line=line), *rules)


@pytest.mark.parametrize("line", [
    # reworded boilerplate no stock list holds: only the shared vocabulary of appeals
    "We recognise that Amazon expects every seller to keep its marketplace safe and trustworthy for customers.",
    "Customer trust and the integrity of the marketplace will always remain our highest priority.",
    "We guarantee that such a problem will never happen again in the future.",
    "We are fully committed to upholding the highest standards of quality and service on Amazon.",
])
def test_stock_vocabulary_without_facts_is_template(lint_only, line):
    # reported once: by template.stock-vocabulary, or by a stock list's rule when the list knows it
    rules = ("template.stock-vocabulary", "template.stock-sentence", "template.stock-phrase")
    assert len(lint_only(LETTER.format(line=line), *rules)) == 1


@pytest.mark.parametrize("line", [
    # the seller's own facts: a figure, a product, a person, a tool, a concrete step
    "Customer trust is our priority, so our packer now checks all 40 kettles of every carton.",
    "We understand that customers expect the kettle lids to close safely.",
    "Our compliance manager reviews Amazon's policies and guidelines every Monday.",
    "We have removed the listing and will always follow Amazon's policies.",
    # an apology (one plain apology is no flaw), a closing courtesy, a request, a question
    "We sincerely apologise to Amazon and its customers for this serious mistake.",
    "Thank you for your time and careful consideration of our appeal.",
    "Please consider our appeal and restore our selling privileges.",
    "We kindly request that our selling privileges on Amazon be reinstated.",
    "Thank you for reviewing this plan of action and our appeal.",
    # a cause given, a cause owned by denying the main verb, the seller's own promise
    "These violations happened because we did not read the policies of Amazon carefully.",
    "We did not fully understand the importance of Amazon's policies and standards.",
    "We will always respect Amazon's policies and provide the best service to customers.",
    "Is there anything else we should do to comply with Amazon's policies?",
])
def test_stock_vocabulary_with_own_facts_is_not_template(lint_only, line):
    assert not lint_only(LETTER.format(line=line), "template.stock-vocabulary")


@pytest.mark.parametrize(("line", "pasted"), [
    # Amazon speaking about the seller's own things: the notice, a policy page
    ("Your listings have been removed and your funds will be held for 90 days.", True),
    ("Be the seller of record of your products and identify yourself on all packing slips.", True),
    ("Comply with all other terms of your seller agreement and the applicable policies.", True),
    # the seller speaking to Amazon about Amazon's things
    ("We have read your listing policies and your condition guidelines again on 3 June.", False),
    ("Our packer now checks every kettle before it reaches your customers.", False),
    ("We checked our account health page and all 9 of our listings on 3 June.", False),
    # the seller quoting its own message to a buyer: "your" is the buyer's
    ("We wrote to the buyer: \"We are sorry your product arrived damaged, we will send a new one.\"", False),
])
def test_pasted_text_is_amazon_speaking(lint_only, line, pasted):
    # reported once: by template.pasted-text, or by a stock list's rule when the list knows it
    rules = ("template.pasted-text", "template.stock-sentence", "template.stock-phrase")
    assert len(lint_only(LETTER.format(line=line), *rules)) == int(pasted)


@pytest.mark.parametrize(("line", "rule", "slot"), [
    ("We sold ??? units of the kettle last month.", "placeholder.unfilled", "???"),
    ("We contacted the buyer on DATE.", "placeholder.unfilled", "DATE"),
    ("We shipped the parcel on DD/MM/YYYY.", "placeholder.unfilled", "DD/MM/YYYY"),
    ("Store name: ...\n\nThank you.", "placeholder.empty-field", "Store name: ..."),
    ("Seller ID: ---\n\nThank you.", "placeholder.empty-field", "Seller ID: ---"),
    ("The order was placed on 2024.xx.xx and shipped.", "placeholder.unfilled", "2024.xx.xx"),
    ("We have sold on Amazon since 202X.", "placeholder.unfilled", "202X"),
    ("The affected ASIN is B0… and we removed it.", "placeholder.unfilled", "B0…"),
    ("Our ASIN B0XXX was removed.", "placeholder.unfilled", "B0XXX"),
    ("We sold (number) units.", "placeholder.unfilled", "(number)"),
    ("We have been selling for X years.", "placeholder.unfilled", "X years"),
    ("We removed the listings (list ASINs).", "placeholder.sample-value", "(list ASINs)"),
    ("We sent the invoices (attach invoice).", "placeholder.sample-value", "(attach invoice)"),
])
def test_values_left_as_marks_or_slot_names(lint_only, line, rule, slot):
    assert _found(lint_only, rule, line)[:1] == [slot]


@pytest.mark.parametrize("line", [
    # a format written out on purpose, question marks of emphasis, capitals of a heading
    "Our invoices write dates as DD/MM/YYYY, so 03/04/2025 is 3 April.",
    "The date on the invoice (DD/MM/YYYY) is 03/04/2025.",
    "Our labels now use the YYYY-MM-DD format.",
    "Why did this happen???",
    "ORDER DATE: 2 June",
    "PLAN OF ACTION FOR OUR STORE",
    "Store name: Kettle House",
    # real values that look like slots
    "We sell kettles (list price $40) on Amazon.",
    "Our ASIN B07XXQ4ZKL was removed.",
    "The phone (number 3 in the photo) was damaged.",
    "We shipped on 2024.05.12.",
])
def test_formats_emphasis_and_filled_fields_are_not_placeholders(lint_only, line):
    rules = ("placeholder.unfilled", "placeholder.empty-field", "placeholder.missing-text",
             "placeholder.sample-value")
    assert not lint_only(LETTER.format(line=line), *rules)


@pytest.mark.parametrize("line", [
    # the widely copied performance template, reworded and mangled ("Amazon, com", "dropped")
    "We understand that lately our performance as a seller on Amazon, com has dropped below both "
    "Amazon's and our own standards of quality.",
    "In the event I am unsure of any item I may choose to list for sale on Amazon.com, we will contact "
    "Amazon Seller Support for confirmation before listing it for sale.",
    "We have fallen short of Amazon's standards.",
    # Amazon's appeal form, pasted and cut short
    "Greater detail on the step",
    # stock openings, lessons and readings of the policy pages by name
    "Please find our plan of action below.",
    "We understand how serious this issue is.",
    "This has been a valuable lesson for us.",
    "We have carefully studied the Product Detail Page Rules and the Condition Guidelines.",
    "I understand that Amazon treats authenticity complaints very seriously.",
    # the acknowledgements, priorities and announcements of the templates Chinese sellers share
    "We are deeply aware of our mistakes.",
    # a step number is no figure of the seller's case
    "Step 2: We have carefully read all of Amazon's selling policies.",
    "We now understand how important it is to follow Amazon's selling policies.",
    "We have reflected deeply on this matter.",
    "Customers are always the first priority for us.",
    "We always adhere to the principle of customer first.",
    "Amazon is the world's most customer-centric company.",
    "The following is our detailed analysis and improvement plan.",
    "Our plan of action is detailed below.",
    # the agencies' sample appeals
    "We have conducted a thorough review of our operations.",
    "We have implemented robust processes to ensure compliance with Amazon's policies going forward.",
    "We have taken this matter very seriously and have conducted an internal investigation.",
    "We believe the steps outlined above demonstrate our commitment to compliance.",
    # Amazon's appeal form and a template's instructions, pasted
    "Please provide any additional information you would like us to consider.",
    "Identify the root cause of the issue.",
    # a roadmap of the letter's parts, and the confidence every plan claims
    "We will explain the root causes, the corrective actions and the preventive measures below.",
    "We are confident that the measures above will prevent this issue in the future.",
])
def test_stock_wording_reworded_is_template(lint_only, line):
    assert len(lint_only(LETTER.format(line=line), *TEMPLATE_RULES)) == 1


@pytest.mark.parametrize("line", [
    # a stock frame around the seller's own facts (a figure, a date, a person, an operation)
    "We take this matter very seriously and have refunded all 12 buyers.",
    "We take this matter seriously, so our warehouse lead Tom now checks every lid.",
    "Please find our plan of action below, with the invoices for ASIN B0C8TT41MZ.",
    "We have read the Condition Guidelines and relisted the 4 kettles as Used - Like New.",
    "Our performance fell below the 95% valid tracking target in May because the carrier did not scan 14 parcels.",
    "We realized that we had made serious mistakes in the packing of the kettles.",
    "The following is our plan of action for the 14 late orders of May.",
    "Our customers are our first priority, so Ms. Zhou answers every message within 12 hours.",
    "We conducted an inspection of the lamp bases and found loose screws.",
    "We have implemented a new packing check to prevent this from happening in the future.",
    "We identify the root cause below.",
    "List of actions taken:",
    "Our packing process had no weight check for big parcels.",
    "Our internal audit found that the packer skipped the foam.",
    "We sell handmade mugs from our workshop in Leeds.",
    "We did not take the complaints seriously at first.",
    "I also went through my whole catalog to make sure no similar violations remain.",
    # a closing courtesy or request is the letter's frame
    "Thank you for your time and consideration.",
    "We look forward to your positive response.",
    # the seller's own account in the shared vocabulary
    "We believe the buyer received the wrong colour because our packer mixed up two bins.",
    "We are confident that the new scale at the packing desk catches every underweight box.",
    "We will explain how our packer mixed up the kettles.",
    "The products they provided had serious quality problems.",
    "As the Seller Performance team requested we sent an action plan naming the cause of the complaints.",
    "Our goal for June is to ship every order within 24 hours.",
    "We have learned that our foam supplier changed the density in April.",
])
def test_own_facts_and_courtesies_are_not_template(lint_only, line):
    assert not lint_only(LETTER.format(line=line), *TEMPLATE_RULES)


# Frames that recur across free template sites, Chinese sites' English samples and agencies' sample
# appeals, in our own wording: each kind once with nothing of the seller's, then the same topic
# carrying the seller's facts.
@pytest.mark.parametrize("line", [
    # the root cause claimed found, the cause left unsaid
    "We have identified the root cause of this issue.",
    "After a careful review of our account, I have found the underlying root causes of these complaints.",
    "We have now determined the main cause of the problem.",
    "I traced the true root cause behind this suspension.",
    "We have pinpointed all the issues that led to the complaints.",
    # the steps announced, not given
    "Here are the steps we have taken to resolve this matter.",
    "Below is a summary of the corrective actions that I have implemented.",
    "Please find below the measures we have put in place.",
    "We have put in place the following preventive measures.",
    "I am implementing the following preventive measures to stop a recurrence.",
    # "it will never happen again", with nothing that makes it checkable
    "We guarantee that this will not happen again.",
    "I can assure you that such a mistake will never be repeated.",
    "We will make sure this kind of problem never happens again.",
    "We promise that these issues will not occur again.",
    "We will never let this happen again.",
    # the customer-experience pledge
    "We will always strive to provide every customer with the best possible shopping experience.",
    "Our goal is to give Amazon buyers an excellent buying experience going forward.",
    "We are determined to deliver a positive shopping experience to all customers.",
    "I will keep working to ensure a smooth customer experience for every buyer on Amazon.",
    # the seriousness or severity acknowledged
    "We are fully aware of the seriousness of this matter.",
    "I now recognise the severity of my mistakes.",
    "We appreciate the gravity of these violations and want to put them right.",
    # Amazon's priority told back to Amazon
    "We know that Amazon regards customer satisfaction as the most important thing.",
    "We understand Amazon takes the shopping experience of customers as its top priority.",
    "We understand that Amazon treats buyer trust as the core of its marketplace.",
    # responsibility and apology in one breath
    "We take full responsibility for this and apologise for the trouble it caused.",
    "I accept complete responsibility for this matter and sincerely regret it.",
    "We take total responsibility for it, and deeply apologize to the affected buyers.",
])
def test_circulating_frames_are_stock_phrases(lint_only, line):
    assert len(_found(lint_only, "template.stock-phrase", line)) == 1


@pytest.mark.parametrize("line", [
    # the root cause given, or tied to the seller's own orders
    "We found the root cause: our packer skipped the foam for the kettle lids.",
    "We have identified the root cause of the late shipments as the missing weekend shift.",
    "The root cause of this issue was that our listing tool copied the brand name.",
    "We identified the root causes of the complaints for the following ASINs:",
    "Our audit of the 14 orders from May found the root cause of the complaints.",
    "We have identified the root cause of the problem and our packer now wraps each lid in moulded pulp.",
    # the steps themselves, or documents rather than steps
    "Here are the steps we took on 3 June: we removed the listing and refunded 9 buyers.",
    "Below are the invoices for the 40 kettles we bought from Nordvik Trading.",
    "We have taken the following corrective actions for ASIN B0C8TT41MZ:",
    "Please find attached the supplier invoices dated 12 May.",
    "Here are the steps we have taken, with the invoices from Nordvik Trading attached.",
    "Please see below the steps we have taken with our supplier in Ningbo.",
    "Below are the changes we have made to the kettle listing photos.",
    # a promise that names what makes it hold
    "We will make sure this does not happen again by weighing every box on the new scale at the packing desk.",
    "Our warehouse lead Tom checks every lid, so a cracked lid will not reach a buyer again.",
    "We promise to answer every buyer message within 24 hours.",
    "The scanner now stops a label from printing twice, so the mix-up cannot occur again.",
    "We guarantee a refund within 2 days to any buyer who reports a cracked lid.",
    "We will make sure this never happens again: our packer now weighs every box.",
    "We guarantee that this will not happen again, because the new scale rejects light boxes.",
    # the buyers' experience through the seller's own changes
    "We replaced the thin foam so that every kettle arrives intact and buyers get what they paid for.",
    "Our packer now double-boxes the glass kettles to give buyers an intact product.",
    "Any product that gives a poor customer experience is removed from our catalogue within 48 hours.",
    "We offer free returns on the 2 kettle models through our UK warehouse.",
    # how serious the seller's own case was
    "We did not see how serious the lid cracks were until the 9th complaint in May.",
    "The severity of the cracks varied from hairline marks to broken spouts.",
    "Our manager Ms. Zhou reviewed the seriousness of each of the 14 complaints on 2 June.",
    "We are fully aware of the seriousness of the complaints about the cracked kettle lids.",
    # Amazon's own action in the case
    "Amazon removed our listing for ASIN B0C8TT41MZ on 2 June after three buyer complaints.",
    "Amazon's notice of 2 June listed 14 orders with late delivery.",
    "Buyers told Amazon that the lids arrived cracked.",
    # responsibility for the seller's own failure, or an apology to the seller's own buyers
    "We take full responsibility for the cracked lids, because our packer chose the thin foam.",
    "I apologise to the 9 buyers who received cracked lids and have refunded each of them.",
    "We take full responsibility for this and apologise to the 9 buyers for the cracked lids.",
])
def test_circulating_frames_with_own_facts_are_not_template(lint_only, line):
    assert not lint_only(LETTER.format(line=line), *TEMPLATE_RULES)
