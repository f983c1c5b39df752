"""The grammar-based role cues (poa_lint.role_cues) and how the letter model uses them beside the
sentence classifier (poa_lint.roles). Real spaCy pipeline, shipped sentence model."""

from __future__ import annotations

import pytest

from poa_lint.classifier import ROLE_LABELS as ROLES, load_model, sentence_scores
from poa_lint.config import Config
from poa_lint.factory import build_linter
from poa_lint.nlp import load_pipeline
from poa_lint.role_cues import cue_role, done_verb, puts_control_in_place, vague_cause
from poa_lint.roles import HEADING_SHARE, grammar_roles, has_part, heading_roles, role_by_heading, sentence_roles


@pytest.fixture(scope="module")
def read(pipeline, catalogue):
    linter = build_linter(Config(select=("placeholder.unfilled",)), catalogue=catalogue, pipeline=pipeline)
    return lambda text: linter.lint(text).letter


def _one(read, text):
    letter = read(text)
    assert len(letter.sentences) == 1, [s.text for s in letter.sentences]
    return letter.sentences[0].span


@pytest.mark.parametrize("text", [
    "We have refunded every buyer who complained.",
    "On 9 May we removed all 37 units from sellable stock.",
    "The two ASINs named in the notice have been deleted.",
    "I cancelled the open orders and contacted each customer.",
    "I have checked my whole inventory and taken out the damaged units.",
    "Our team went through all the listings in our catalog.",
    "We issued full refunds to the affected buyers.",
    "We have fixed the error on the product page.",
    "Removed all the affected listings.",                    # a note: the writer acted
    "- Contacted every buyer by email.",
    "I have told my staff to remove every listing concerned.",   # done by the seller's own people
    "This was a listing error that I have fully corrected.",  # the named problem mended
    "We have verified that the products are described accurately on Amazon.",  # made sure of
    "We have stopped this behaviour completely.",             # the practice that was the problem
    "We stopped selling the product on 2 June.",
    "We relabelled all 300 units with the correct barcodes.",
    "We replied to every buyer who had left a complaint and apologised.",
    "We removed all the stock from the warehouse on 4 May.",  # a control word in a phrase of place
    "Refunds have been issued to all affected buyers.",       # the remedy issued, passive
    "Every affected buyer received a full refund.",           # the buyers got the remedy
    "The remaining inventory was sent back to the supplier on 3 May.",
    "We created a removal order for all 120 units in FBA.",
    "All 45 units were inspected on 8 June.",                 # all of the stock gone over, passive
    "We have reached out to the affected buyers.",
    "We gave each buyer a 10% refund for the delay.",
    "We have shipped all the remaining orders.",              # those left behind, sent
    "All pending orders were dispatched on 4 May.",
    "We completed a full audit of all our listings on 2 June.",
    "All affected listings removed on 3 May.",                # a note without its auxiliary
    "Buyers refunded.",
    "We have terminated our relationship with the supplier.",
    "We removed our offers on the three ASINs.",
    "We set the quantity of all 12 listings to zero.",
    "The issue has been resolved.",                           # the problem mended, passive
    # the kinds of fix, in words of our own
    "The 14 buyers were fully refunded on 12 March.",
    "Our team has already apologized to the customers and refunded their money.",  # refund: any object
    "Maria from our support team wrote to each buyer and arranged a replacement.",  # named staff
    "Tom, our warehouse manager, removed all the damaged units from the shelves.",
    "We sent each buyer a new unit free of charge.",           # goods sent again
    "Replacements were shipped to the three buyers on 5 April.",
    "I sent an email to each buyer who complained, apologizing for the delay.",
    "We relisted the item under its own brand with new photos.",
    "The product description has been rewritten to match the item.",   # a purpose that is a fix
    "We removed the listing to comply with the trademark policy.",
    "We have made corrections to all the affected listings.",
    "We have taken down every listing that used the rights owner's images.",
    "We disposed of the expired batch.",
    "We withdrew all our inventory from FBA on 3 June.",
    "We returned the entire batch to the supplier.",
    "All the remaining stock was sent for disposal.",
    "We re-checked all 80 units left in our warehouse.",       # checked again after the fact
    "All 60 units in our warehouse were re-inspected one by one.",
    "We have obtained a letter of authorization from the brand owner for these ASINs.",
    "We obtained the required licence for the affected product.",
    "We have uploaded valid tracking numbers for all the late orders.",
    "We have asked the rights owner to withdraw the complaint against ASIN B09KLM2222.",
    "We contacted the rights owner and asked for a retraction.",
    "We have responded to all open A-to-z claims.",
    "We have dealt with all the complaints.",                 # the complaints handled
    "We have handled all 12 A-to-z claims.",
    "We have communicated with the buyer and solved the problem.",
    "We stopped to sell this product immediately.",           # broken English
    "we already refund all buyer",
    "All the listing is deleted now.",
    "Refunded all 8 orders on 4 May.",
    "We looked into the problem and solved it.",
    # a note opening with an adverb of its verb
    "Immediately removed every affected listing.",
    "Already refunded the three buyers.",
    "Also contacted all buyers by email on 4 May.",
    "- Promptly cancelled the remaining orders",
    # a partitive subject: what it is made of is the affected thing
    "All of the inventory has been removed.",
    "Each of the buyers received a full refund.",
    "3 of the listings have been deleted from our store.",
    # broken English: a fix told in the present passive, the things pointed at as those of the problem
    "All the products in our old storage is thrown away.",
    "These shipments are identified and fixed.",
    "The affected listings are deleted.",
    "Those 4 ASIN is closed.",
    "All the remaining stock are destroyed by our warehouse.",
    # a fix in the main clause, a promise or a routine joined to it
    "We have removed the listings and will never sell them again.",
    "We had deleted the ASIN and promise we won't list it again.",
    "I refunded all the buyers and from now on will ship with tracking.",
    "We removed the product from our store and we will not sell it anymore.",
    # a participle spaCy tags as an adjective, a note of a remedy given, a gerund subject
    "The customer has been fully refunded.",
    "Listing deleted.",
    "Refund issued to the buyer.",
    "Replacement sent to the customer on 5 May.",
    # the things of the problem gone over
    "I have checked each of my listings.",
    "We checked the affected listings.",
    "We have checked the remaining inventory for the same defect.",
    # the affected things changed into the right state
    "We changed the product title to match the item.",
    "We changed the condition of the listings to used.",
    "We have changed the listing condition from new to used.",
    "We marked the items as used.",
    "We have converted the listings to used condition.",
    "We changed the category of the affected ASINs.",
    "We have re-categorized the product into the correct category.",
    "The product has been recategorized.",
    "We have archived the listing.",
    # broken English ("have" with the base form), remedies and checks done or made, things cleaned up,
    # what was wrong taken out of the affected things
    "I have remove the listing.",
    "We did a complete check of all our listings.",
    "We did a full refund to the customer.",
    "We have made a full refund to the customer.",
    "We have cleaned up our inventory.",
    "We have emptied our FBA inventory.",
    "The brand name has been removed from all our listings.",
    "The misleading claim was deleted from the product page.",
    # "it" or "them" for the affected things just named; a fix told in the present after the notice came
    "We found two listings with the brand name and removed them immediately.",
    "We found the wrong listing and deleted it.",
    "After receiving the notice, we delete the listing and refund the buyer.",
    "After we received the email, we immediately remove all the listings.",
    "Upon receiving your notification, we immediately delete the ASIN.",
    "When we got the warning email, I remove the product at once.",
    # notes: with "have", numbered, a list of past verbs, remedies noted, a verb joined to the note
    "Have removed all the affected listings.",
    "Has refunded all 8 buyers.",
    "1. Removed all affected listings.",
    "2) Contacted each buyer and apologized.",
    "Deleted the listings and refunded the buyers.",
    "Contacted the buyer, apologized and issued a full refund.",
    "Issued full refunds to all affected buyers.",
    "Sent replacements to the three buyers.",
    "Refunded the buyer in full on 3 May.",
    "Cancelled all pending orders.",
    "Checked all inventory in our warehouse.",
    "Reviewed all our listings for similar problems.",
    "Corrected the product title and description.",
    "Took down the listing immediately.",
    "Also, removed all remaining inventory from FBA.",
    "Removal order created for all FBA units.",
    "All listings deleted and inventory removed.",
    "Full refund issued to the customer.",
    "Customer contacted and refunded.",
    "Buyer has been refunded.",
    "Checked all the listings and removed the infringing ones.",
    # a removal applied for, the seller's customer service, the page made again, shut down
    "For the remaining inventory, we have applied for removal.",
    "We have applied to remove all the inventory in the FBA warehouse.",
    "Our customer service has contacted the buyer.",
    "We have re-edited the product details page.",
    "We immediately shut down the listing.",
    "We have shut down the listing.",
    "We have investigated all the orders from May.",
    # the buyers paid back, given a remedy, written to, contacted in the passive, in touch; units quarantined
    "I gave the buyer his money back.",
    "We have paid the customer back in full.",
    "We have provided the buyer with a replacement.",
    "We wrote to all customers who purchased this product.",
    "All customers who bought this item have been contacted.",
    "Every buyer has been informed and refunded.",
    "We got in touch with the buyer.",
    "We have been in contact with the buyer and solved the issue.",
    "We put all the remaining units in quarantine.",
    "All backlogged orders have been shipped.",
    # a recall issued, "them" for a partitive object, a retraction obtained
    "We issued a recall of the product.",
    "We have initiated a recall for all units sold.",
    "We reviewed all of our listings and updated them to be accurate.",
    "We have received a retraction from the rights owner.",
    "We obtained a retraction of the complaint from the brand.",
    # the passive with "get", a gerund subject, "both", the things named before
    "The listing got deleted.",
    "Listing has been closed by us.",
    "Both listings are closed.",
    "The mentioned ASINs are deleted.",
    # a pronoun for the affected thing named before
    "It has been corrected.",
    "They have all been removed.",
    "These have been deleted from our store.",
    "It was fixed on the same day.",
    # a note opening with "and" or "then"
    "And refunded all the buyers.",
    "And then removed all listings.",
])
def test_a_fix_done_to_the_affected_things_is_corrective(read, text):
    assert cue_role(_one(read, text)) == "corrective"


@pytest.mark.parametrize("text", [
    "We will refund the buyers.",                             # not done yet
    "We did not refund the buyers in time.",                  # negated: the cause, not the fix
    "Because we removed the wrong listing, buyers complained.",  # the reason
    "The buyer cancelled the order.",                         # not the seller
    "Our account has been suspended due to customer complaints.",  # the notice's fact
    "We checked the listings and found that the images were wrong.",  # an investigation
    "Between May and June 58 units were returned to us.",     # done to the seller
    "We have updated our inspection process.",                # a control: preventive
    "Removed by Amazon without any warning.",                 # done by someone else
    "Cancelled by the buyer before dispatch.",                # the buyer did it
    "I asked the buyer to return the item.",                  # the buyer is asked
    "It was a mistake that we did not correct in time.",      # not mended
    "We checked that the buyer received the item.",           # a finding about the buyer
    "We checked that the orders were shipped and found that the carrier lost them.",  # an investigation
    "We replied to the buyer too late, so he opened a claim.",  # the story of the problem
    "Buyer messages were answered only on weekdays.",
    "The buyer received a damaged item.",                     # no remedy
    "Refunds were issued by Amazon.",                         # not the seller's
    "All orders were shipped late.",
    "All listings were reviewed by the brand owner.",
    "We completed a full audit and found that two labels were swapped.",  # an investigation
    "Order cancelled by the buyer.",
    "We did an audit of our process.",                        # a control, not the affected things
    "All products were checked before shipping, but the damage happened in transit.",  # usual care
    "We always inspected all units before shipping.",
    "Any unit with a broken seal is graded against a checklist and returned to the supplier.",  # routine
    "We contacted the rights owner by email to apologize.",   # not a buyer, an order or a listing
    "The buyer sent the item back because it was too small.",
    "The issue was not resolved by the carrier.",
    "We offered the buyer a refund.",                         # an offer, not a fix done
    "We have created a refund policy for damaged items.",     # a control a remedy word describes
    "We set up a new listing for the blue version.",
    "We set the handling time to 3 days.",
    "We changed the price of the listing.",
    "When the warehouse received only 187 units, this was seen as a violation and our account was deactivated.",
    # routines and promises for what is to come
    "We now check every order before it ships.",
    "From now on we will refund any buyer who complains within 24 hours.",
    "We will offer a refund to any buyer who is unhappy.",
    "We plan to remove the old stock next week.",
    "We already remove damaged units before shipping.",
    "Damaged returns are removed from stock.",
    "All listings are now removed when they break the rules.",
    "We have added tracking numbers to all future orders.",
    "Refunds are issued within 24 hours of a return.",
    # the story of the problem, told with a verb of fixing
    "Our staff cancelled the orders by mistake.",
    "We edited the listing and accidentally changed the brand name.",
    "We relabelled the units with old labels, so the barcodes did not scan.",
    "We replaced the supplier's packaging with our own, and the seal was lost.",
    "We removed the safety warning from the listing, which caused the complaint.",
    "We relisted the item without checking the restrictions.",
    "We uploaded the wrong tracking numbers for 5 orders.",
    "We sent the wrong item to the buyer.",
    "We made some changes to the listing before the complaint.",
    "We stopped checking the orders after the busy season.",
    "We re-checked the listing and found that the title was wrong.",
    "We obtained permission from the brand owner before listing the product.",
    "We removed the original packaging to save shipping costs.",   # a purpose that is no fix
    "We edited the title to include the brand name.",
    "We returned the item to sellable stock after the buyer sent it back.",   # restocked
    "Our staff refunded the order without waiting for the return.",
    "We repackaged the returned units in new boxes and sold them as new.",
    # the notice's news, someone else's act, a belief, a control
    "Our listing was removed for a suspected IP violation.",
    "Your listings have been disabled.",
    "The buyer received a replacement from another seller.",
    "We believe the complaint was resolved.",
    "We have asked Amazon to withdraw the suspension.",
    "We have fixed this problem with a quality control program for our inventory.",
    "We have made changes to our packing process.",
    "We sent an email to our supplier.",
    "We received the invoices from our supplier.",
    "We got the goods from a wholesaler in Shenzhen.",
    "We wrote the product description ourselves.",
    "We have taken all necessary actions.",                   # nothing named
    "We communicated with our supplier about the defect.",
    "We talked with the buyer only after he opened a claim.",
    "We handled the orders manually.",
    "We processed the orders in our own warehouse.",
    "We handle every complaint the same day.",
    # a note opening with an adverb, but the story or someone else's act
    "Accidentally removed the safety warning from the listing.",
    "Recently removed by Amazon without warning.",
    "Mistakenly cancelled the orders.",
    # a partitive subject that is no affected thing, or not fixed by the seller
    "All of these steps have been reviewed with our team.",
    "All of our listings were removed for a suspected IP violation.",
    "Each of the orders was cancelled by the buyer.",
    # the present passive of a routine for any such thing, or of the problem
    "All defective units are thrown away.",
    "The defective units are removed.",
    "Damaged returns are destroyed by our warehouse.",
    "All the listings are removed when they break the rules.",
    "Every returned item is thrown away after inspection.",
    "The affected listings are deleted by Amazon when a complaint arrives.",
    "Your listings are deactivated.",
    # a promise or a control first, or a fix joined to the story
    "We will check all listings and have removed the infringing ones.",
    "We will remove the listings and never sell them again.",
    "We removed the safety warning and will add it back, which caused the complaint.",
    # changes that set nothing right, or are the story, a promise or someone else's
    "We changed the condition to new before listing the item.",
    "We marked the order as shipped although it was not.",
    "We moved the inventory to another warehouse.",
    "We changed the listing to new condition.",
    "We changed our process to match the new policy.",
    "We mistakenly marked the used items as new.",
    "We converted the listing to a variation.",
    "We will mark all items as used.",
    "The product was categorized in the wrong category.",
    "The listing was moved to the correct category by Amazon.",
    "The buyer marked the item as not received.",
    "We changed the shipping template to match the delivery time.",
    # the things of the problem gone over as usual care, or by someone else, or to find the cause
    "We checked the affected listings and found that the brand name was in the title.",
    "We checked the remaining units before shipping.",
    "The remaining stock was checked by Amazon.",
    # notes of someone else's remedy or act, routines in the present passive
    "Refund issued by Amazon.",
    "Replacement requested by the customer.",
    "Orders shipped late.",
    "The buyer has been refunded by Amazon.",
    "The customer is refunded within 24 hours of the return.",
    "Affected units are quarantined until inspected.",
    # not done, a control, usual care, no affected thing, someone else's act or the notice's reason, the story
    "We have to remove the listing.",
    "We made a refund policy for damaged items.",
    "We cleaned the products before shipping.",
    "We cleaned up the warehouse.",
    "The brand name was removed from the title by Amazon.",
    "The listing was removed from the store by Amazon.",
    "Our offer was removed from the detail page for a policy violation.",
    "The safety warning was removed from the listing, which caused the complaint.",
    "We have never remove the listing.",
    # "them" for things not fixed, or undone; the present of a routine, a promise after the notice
    "We found two listings with the brand name and sold them anyway.",
    "We bought the products from a wholesaler and listed them as new.",
    "We received the returned units and accidentally relisted them as new.",
    "We packed the orders and sent them late.",
    "We listed the product and removed it by mistake.",
    "The buyer opened the package and returned it.",
    "We found the wrong listing and will delete it.",
    "When we receive a complaint, we immediately refund the buyer.",
    "When a buyer complains, we immediately refund him.",
    "After receiving the notice, we will delete the listing.",
    "We immediately remove any listing that gets a complaint.",
    "After receiving the notice, we realized that we did not check the listing.",
    "Once we receive the return, we refund the buyer.",
    "We always refund the buyer immediately after we receive the return.",
    "After we received the notice, we immediately check every new listing before it goes live.",
    # notes that are no fix: a greeting, someone else's act, the story, usual care, a promise joined
    "Have a nice day.",
    "Has been suspended since May.",
    "Removed by Amazon on 3 May.",
    "Listed the product without checking the brand.",
    "Shipped the order late because of the holiday.",
    "Sold used items as new by mistake.",
    "Checked the orders before shipping.",
    "Contacted by the buyer about a damaged item.",
    "Received a complaint from the rights owner.",
    "Refund requested by the buyer.",
    "Checked the listings and will remove the bad ones.",
    "Checked the listings and found the problem.",
    "Received the notice and contacted Amazon.",
    # applied for something else, made again wrongly, customer service in the story, the store shut
    "We applied for brand registry.",
    "We applied for ungating in this category.",
    "We have applied to sell in the grocery category.",
    "We re-uploaded the wrong images to the listing.",
    "We re-listed the old stock without checking it.",
    "Our customer service replied to the buyer late.",
    "Our customer service did not contact the buyer.",
    "We shut down our store for the holiday.",
    "We have investigated all the orders and found that the carrier lost them.",
    "We investigated all orders before shipping.",
    # paid or contacted someone else, late, or in the story; a promise; units merely stored
    "We paid the supplier back for the damaged goods.",
    "The buyer paid us back.",
    "We gave the buyer the wrong item.",
    "We paid the buyer back only after he opened a claim.",
    "We got in touch with our supplier.",
    "We were in contact with the buyer before the complaint, but he did not reply.",
    "We will get in touch with every buyer.",
    "We provided the buyer with the wrong tracking number.",
    "We put the returned units in our warehouse.",
    "We wrote to the buyer too late.",
    "The customers were contacted late by our staff.",
    # a remedy noted late, someone else's recall, the notice of one, "them" in the story
    "Replacement shipped late.",
    "Refund issued only after the claim.",
    "The manufacturer issued a recall of the product.",
    "We received a recall notice from the manufacturer.",
    "We reviewed all of our listings and sold them as new.",
    # the same, done by someone else, for the notice's reason, or as a routine
    "The listing got removed by Amazon.",
    "The listing got removed for an IP complaint.",
    "Listing has been closed by Amazon.",
    "Listing was removed due to a policy violation.",
    "Both listings are closed by Amazon when a complaint arrives.",
    "Both listings were removed by the brand owner.",
    # a pronoun, but someone else's act, the notice's reason or sanction, a system's, a promise, the story
    "It was removed by Amazon.",
    "It was removed for a trademark complaint.",
    "They were cancelled automatically.",
    "It has been deactivated.",
    "It will be removed tomorrow.",
    "It was shipped late.",
    "It was not corrected in time.",
    "This has been suspended.",
    # the notice's news told with its reason in a clause
    "It was removed because the buyer complained.",
    "Our listing was removed because the rights owner filed a complaint.",
    "The listings were deleted since they had no brand approval.",
    # the notice's news: a removal joined to Amazon's sanction
    "Our account was suspended and all listings were removed.",
    "All our listings were removed and our account was deactivated.",
    # ... but someone else's act, the story, or negated
    "And removed by Amazon the next day.",
    "And then listed the product without checking the brand.",
    "But never refunded the buyer.",
])
def test_what_is_not_a_fix_done_is_not_corrective(read, text):
    assert cue_role(_one(read, text)) != "corrective"


@pytest.mark.parametrize("text", [
    "We have introduced a checklist for every shipment.",
    "Our staff have been retrained on the listing policy.",
    "From now on we inspect every unit before shipping.",
    "We will train our staff on the condition guidelines.",
    "Returned units are inspected against a six-point checklist.",
    "We have hired a quality manager.",
    "We believe that our staff will check every label from now on.",   # a belief: a fix no, a promise yes
    "We have removed the listings and introduced a checklist for every new listing.",  # a control joined
    "We will check all listings and have removed the infringing ones.",   # the promise is the main clause
    "We removed all the listings and we will train our staff on the policy.",
])
def test_a_control_or_a_routine_is_preventive(read, text):
    assert cue_role(_one(read, text)) == "preventive"


@pytest.mark.parametrize("text", [
    "We have implemented the following plan of action:",    # introduces what follows
    "Our staff were not properly trained to spot counterfeits.",  # the cause
    "I bought the shorts from a manufacturer in Guangzhou.",  # where the goods came from
    "We will be grateful if you reinstate our account.",     # a courtesy
    "Dear Seller Performance Team,",
])
def test_what_is_not_a_control_is_not_preventive(read, text):
    assert cue_role(_one(read, text)) != "preventive"


@pytest.mark.parametrize("text", [
    "We have attached the supplier's invoices for the products concerned.",
    "I am providing my bank statement as proof of address.",
    "Please find the invoices attached.",
    "We can provide the purchase receipts upon request.",
    "- Photos of the quarantined units",                      # a document named in a list
    "Bank statement for March 2024.",
    "My gas bill dated within the last 90 days.",
    "We have attached our EIN.",
    "We have attached our order tracking information.",
    "Attached are the invoices for the last 365 days.",
    "Here is the tracking number for your reference:",
    "The exact same address appears on the gas bill that I am providing for your review.",
    "All the documents match the name and address on our account.",  # what a document shows
    "The invoices show that we bought 500 units from the brand's distributor.",
    "According to the invoices, we bought 500 units from the brand's distributor.",
    "The invoices are available on request.",
    "We have uploaded the letter of authorisation from the brand owner.",
    "Letter of authorisation from Brightway Ltd, dated 2 March 2025.",
    "Test report from SGS for batch 44.",
    "Please see the invoices from our supplier.",             # the reader pointed to them
    "Refer to the licence in the attachment.",
    "We have the invoices for all 500 units.",                # held ready
    "Attachment 1: Invoice from Brightway Ltd dated 2 March 2025.",
    "These documents prove that our products are genuine.",
    "See attached tracking information.",                     # "attached" on a document's information
    "Please check the attachment for the invoices.",          # asked to check one
    "You can find the invoices in the attachment.",           # told where to find one
    "You will find the letter of authorization attached.",
    "I am giving you the invoices from our supplier.",        # handed over
    "Invoice No. HM-250311, quantity: 4800, date: 03-11-2025",   # named by its number
    "Invoice #A-22 dated 3 May 2025.",
    "Tracking number: 1Z999AA10123456784",
    "113-2530829-6624039, 111-1215279-8990608, 114-0831970-3709137,",   # only the orders' numbers
    "Shipping paperwork for the May orders.",
    # a note, "below", with this letter, a document's date, read from one, what it is, a copy of one
    "Invoices attached.",
    "Below are the invoices for the last 365 days.",
    "We submitted the invoices with this appeal.",
    "Invoice date: 03/11/2025",
    "As you can see from the invoice, the products are genuine.",
    "As shown in the attached invoice, we bought 500 units from the distributor.",
    "The delivery confirmation shows the package was delivered on 3 May.",
    "Our invoices are from an authorized distributor.",
    "The invoice is issued by Brightway Ltd and dated 2 March 2025.",
    "Copy of the utility bill.",
    "Scan of my passport.",
    # items of an evidence list; a clause of its own joined to the main one
    "- Pictures of the product and its packaging",
    "- Images of the corrected listing",
    "- Supplier invoices",
    "- Invoices from our supplier Brightway Ltd",
    "- Tracking numbers for the 12 late orders",
    "- Tracking details of all orders",
    "- Customer communication records",
    "- Screenshots of the messages sent to the buyers",
    "- Proof of refund for each order",
    "- Lab test report from SGS",
    "- CPC certificate for the product",
    "- Certificate of conformity",
    "- Authorization letter from the brand owner",
    "- Purchase orders from our supplier",
    "- Receipts for all 500 units",
    "- Bank statement showing payment to the supplier",
    "- The delivery confirmation from UPS",
    "- Utility bill",
    "- Business registration certificate",
    "- Packing list and commercial invoice",
    "- Email from the supplier confirming the order",
    "- Our supplier's business license",
    "Invoices and receipts for all 500 units",
    "We source from a trusted supplier, and we have attached our invoices to prove it.",
    # what a document can prove, a document as proof, a document's number given, the reader told to check
    "The invoices can prove that our products are authentic.",
    "These invoices are proof that we bought the goods from the brand.",
    "The invoice number is HM-250311.",
    "The tracking number is 1Z999AA10123456784.",
    "You can check the invoices in the attachment.",
    # where the document is
    "The invoice is in the attachment.",
    "The invoices are in the attachment.",
    # offered with a word of being able or willing, shown
    "We can show you the invoices if needed.",
    "We are able to provide the invoices upon request.",
    "We are happy to provide any further documents.",
    "We would like to submit the invoices from our supplier.",
    "We now submit the invoices from our supplier.",
])
def test_documents_attached_or_offered_are_evidence(read, text):
    assert cue_role(_one(read, text)) == "evidence"


@pytest.mark.parametrize("text", [
    "We did not check the supplier's invoices.",             # the cause
    "The invoice from our supplier was wrong.",
    "Our supplier did not include an invoice in the box.",
    "We asked the supplier to provide an authorization letter.",  # someone else is to provide it
    "Product title with the brand name in it.",              # not a document
    "Proof of address rejected by Amazon.",                  # what befell the document: the problem
    "Amazon requested that we provide invoices for the last 365 days.",  # the notice's request
    "We need to provide invoices from an authorised distributor.",
    "We attach great importance to customer satisfaction.",
    "Our supplier sent us a fake invoice.",
    "The buyer's photo shows a broken lid.",                  # a buyer's, not the seller's
    "The account health report shows that our late dispatch rate is 6%.",
    "The invoice from the supplier was missing our address.",
    "We did not upload the invoices in time.",
    "According to our records, the order was shipped on time.",
    "Our internal report shows that 12 orders shipped late.",
    "We have shared the report with our team.",
    "Letter to the Seller Performance Team",
    "The tracking shows that the parcel was lost by the carrier.",
    "We have uploaded new photos to the listing.",            # photos go to the listing
    "The documents we sent earlier were rejected.",
    "Send invoices from your supplier dated within the last 180 days.",   # the notice asks
    "The invoices must show your name and address.",           # what the notice requires
    "We uploaded the missing tracking numbers for all 37 orders.",   # a fix to the orders
    "We have no invoices for these units.",
    "Our store has a clean record with no prior violations.",
    "We did not have the invoices.",
    "Please see our plan of action below.",
    "We have a problem with the invoice.",
    "Check the invoice before paying the supplier.",          # a step of a routine
    "Invoice number is wrong.",                               # what befell it
    "Tracking number missing for 5 orders.",
    "Invoice number 4471 was rejected by Amazon.",
    "You can check the tracking number on the carrier's site.",
    "Check the attachment before uploading it.",              # a step, not the reader asked
    "Please check our account again.",
    "We gave the buyer the wrong invoice.",                   # given in the past, the story
    "Our supplier gave us fake invoices.",
    "Order 113-2530829-6624039 was cancelled by the buyer.",  # an order number in a sentence
    "The paperwork was missing from the box.",
    "You can see that the invoice was rejected.",
    # what was wrong with a document, "as you can see" with no document, a copy of no document, an origin
    "The invoices were from a fake supplier.",
    "The invoice is from an unknown seller and is not valid.",
    "Our supplier attached the wrong invoice.",
    "As you can see, we take this seriously.",
    "As you can see from our sales history, we are a good seller.",
    "As shown in the notice, our account was suspended.",
    "Copy of the listing title.",
    "Copy the invoice into the appeal form.",
    "The listing is from our old catalog.",
    "The invoice was issued by the supplier after the complaint.",
    "Below are the steps we have taken:",
    "The product is from an authorized distributor.",
    "The buyer's photo shows that the item is damaged.",
    "The delivery confirmation was missing.",
    "Invoice date is wrong.",
    "The invoice is dated before the order, which is wrong.",
    "We submitted the invoices with our last appeal.",
    # lines that name no document, someone else's, or what was wrong with one; a field; someone else hands
    "Invoice problem",
    "Images and titles of our listings",
    "Photo quality was poor.",
    "Email from the buyer about the damaged item",
    "Confirmation from Amazon that the account is under review",
    "Pictures of the damaged item from the customer",
    "Tracking numbers missing for 5 orders",
    "Invoices without the supplier's address",
    "Screenshots rejected by Amazon",
    "Email",
    "Order confirmation emails were not sent.",
    "Email: orders@example.com; Tel: +86 755 1234 5678",
    "We asked the supplier for invoices, and they provided them.",
    "Amazon asked us to provide invoices and we need to send them.",
    # proving nothing, someone else's, a figure that is no document's number, told in the past, doubt
    "The invoices can not prove anything.",
    "The buyer's photo can prove that the item was broken.",
    "The invoice number is wrong.",
    "The problem is 3 late orders.",
    "Our late shipment rate is 6%.",
    "This is proof that the carrier lost the parcel.",
    "You can check our account health.",
    "The tracking number was 1Z999AA10123456784.",
    "The invoices could be fake.",
    # somewhere else, in the past, someone else's, no document
    "The invoice is in the drawer.",
    "The problem is in the attachment process.",
    "The invoice was in the attachment we sent before.",
    "We have investigated all the orders and found that the carrier lost them.",
    "We investigated all orders before shipping.",
    "The buyer's photo is in the attachment.",
    # a need, not able, no document, in the past, asked by Amazon, an order to someone
    "We were not able to provide the invoices.",
    "We would like to show our commitment to the customers.",
    "We were happy to send the invoices last time, but they were rejected.",
    "Amazon asked us to show the invoices.",
    "Show the invoice at the counter.",
    # a routine of handing documents to any buyer
    "We give each buyer a copy of the invoice with every order.",
    "We send the invoice to the buyer whenever he asks.",
])
def test_what_offers_no_document_is_not_evidence(read, text):
    assert cue_role(_one(read, text)) != "evidence"


def test_a_blank_pipeline_reads_no_cues(catalogue):
    linter = build_linter(Config(select=("placeholder.unfilled",)), catalogue=catalogue,
                          pipeline=load_pipeline("blank"))
    letter = linter.lint("We have refunded every buyer who complained.").letter
    assert all(cue_role(s.span) is None for s in letter.sentences)


@pytest.mark.parametrize(("text", "vague"), [
    ("This happened because of failures in our processes.", True),
    ("The problem was caused by our lack of attention to Amazon's rules.", True),
    ("Our packer put two opened returns back into sellable stock.", False),
    ("The carrier lost 12 parcels during the holiday week.", False),
    ("We made some mistakes in our operation.", True),
    ("It happened because of our unfamiliarity with the relevant rules of the platform.", True),
    ("The main reason is our poor management.", True),
    ("Our account was deactivated because of failures in our processes.", True),   # only the cause clause counts
    ("The bottles leaked in transit because the caps were too thin.", False),   # a cause in words of its own
    ("Our picker swapped the shelf tags of two sizes during the May restock.", False),
])
def test_a_root_cause_is_vague_when_it_names_nothing_concrete(read, text, vague):
    assert vague_cause(_one(read, text)) is vague


PLAIN = """Dear Seller Performance Team,

Our account was deactivated on 8 May because three customers received used units of ASIN B0D4MT7QKR that we sold as new.

Our packer relabelled two opened returns and they were shipped as new, because nobody checked returned units before they went back into sellable stock.

On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock. On 9 May we refunded the three customers in full.

Every returned unit is now inspected by our quality lead within 24 hours of arrival, and opened returns are never relisted as new.

Sincerely,
Wang Fang
"""


def test_a_fix_the_grammar_reads_makes_the_corrective_part_present(read):
    """Whatever the classifier says of them, two reported fixes make the part present; a
    sentence's role comes from its grammar where that is plain, else from the classifier."""
    letter = read(PLAIN)
    cues = grammar_roles(letter)
    assert cues.count("corrective") == 2
    assert has_part(letter, "corrective", load_model())
    model = load_model()
    roles = sentence_roles(letter, model)
    for sentence, role, cue, scores in zip(letter.sentences, roles, cues, sentence_scores(letter, model)):
        best = max(ROLES, key=lambda label: scores[label])
        if cue is not None:                             # the grammar decides first
            assert role == cue
        elif scores[best] >= model.threshold(best) and _clause(sentence):     # then the classifier
            assert role == best
        else:
            assert role == "other"


def _clause(sentence):
    """What the classifier may give a role to: a sentence with a verb, a list item, or evidence."""
    return sentence.in_list or any(t.pos_ in ("VERB", "AUX") for t in sentence.span)

def test_a_line_of_prose_without_a_verb_plays_no_role_but_evidence(read):
    model = load_model()
    letter = read(PLAIN.replace("Sincerely,", "Inventory Quality Control\n\nSincerely,"))
    for sentence, role in zip(letter.sentences, sentence_roles(letter, model)):
        if not sentence.in_list and not any(t.pos_ in ("VERB", "AUX") for t in sentence.span):
            assert role in ("other", "evidence"), sentence.text


def test_a_vague_root_cause_leaves_the_part_missing(read):
    vague = PLAIN.replace(
        "Our packer relabelled two opened returns and they were shipped as new, because nobody checked "
        "returned units before they went back into sellable stock.",
        "This happened because of failures in our processes and our lack of attention.").replace(
        " because three customers received used units of ASIN B0D4MT7QKR that we sold as new.", ".")
    # (the notice's summary is cut to the date, so that no other sentence can be read as the cause)
    model = load_model()
    assert has_part(read(PLAIN), "root-cause", model)
    assert not has_part(read(vague), "root-cause", model)


def test_without_a_model_the_letter_model_decides(read):
    letter = read(PLAIN)
    assert has_part(letter, "corrective", None) == letter.has_part("corrective")


@pytest.mark.parametrize(("text", "control"), [
    ("We have introduced a packing checklist for every order.", True),
    ("We switched to a new carrier with tracked delivery.", True),
    ("We will be more careful in the future.", False),                 # a promise
    ("We have carefully studied Amazon's condition guidelines.", False),  # the rules studied
    ("Every Monday I review the late shipment report.", False),        # a routine described
])
def test_only_a_control_put_in_place_is_a_concrete_preventive_measure(read, text, control):
    assert puts_control_in_place(_one(read, text)) is control


def test_a_control_put_in_place_makes_the_preventive_part_present(read):
    letter = read(PLAIN.replace(
        "Every returned unit is now inspected by our quality lead within 24 hours of arrival, and opened returns "
        "are never relisted as new.", "We have introduced a grading checklist for returned units."))
    assert has_part(letter, "preventive", load_model())


HEADED = """Dear Seller Performance Team,

Root cause:
Our packer relabelled two opened returns and they were shipped as new.
Nobody checked returned units before they went back into sellable stock.

Corrective and preventive actions:
On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock.
Every returned unit is now inspected by our quality lead within 24 hours of arrival.

Supporting documents:
- Photos of the quarantined units
- The inspection checklist

Sincerely,
Wang Fang
"""


def test_a_heading_names_the_roles_of_the_sentences_under_it(read):
    letter = read(HEADED)
    named = {s.text: heading_roles(s) for s in letter.sentences if not s.is_heading}
    assert named["Nobody checked returned units before they went back into sellable stock."] == {"root-cause"}
    assert named["On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock."] == {
        "corrective", "preventive"}
    assert named["Photos of the quarantined units"] == {"evidence"}
    assert named["Dear Seller Performance Team,"] == frozenset()      # under no heading
    assert read(PLAIN).sentences and not any(heading_roles(s) for s in read(PLAIN).sentences)


def test_under_a_heading_its_part_needs_less_of_the_classifier(read):
    """The grammar decides first, then the classifier at its threshold; below it, the heading's
    part where the classifier reads that part first with at least HEADING_SHARE of its threshold
    (a fix only with a verb of something done)."""
    model = load_model()
    for text in (HEADED, PLAIN):
        letter = read(text)
        roles = sentence_roles(letter, model)
        for sentence, role, cue, scores in zip(letter.sentences, roles, grammar_roles(letter),
                                               sentence_scores(letter, model)):
            best = max(ROLES, key=lambda label: scores[label])
            if sentence.is_heading or cue is not None or (scores[best] >= model.threshold(best) and (
                    best == "evidence" or _clause(sentence))):
                continue
            if role == "other":
                continue
            named = heading_roles(sentence)
            assert best in named or (best in ("corrective", "preventive") and named & {"corrective", "preventive"})
            assert scores[best] >= HEADING_SHARE * min(model.threshold(best), 1.0)
            assert role == best and (best != "corrective" or done_verb(sentence.span))
    roles = dict(zip((s.text for s in read(HEADED).sentences), sentence_roles(read(HEADED), model)))
    assert roles["On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock."] == "corrective"
    assert roles["Dear Seller Performance Team,"] == "other"


def test_below_its_threshold_a_sentence_takes_the_part_its_heading_names(read):
    model = load_model()
    letter = read(HEADED.replace("- The inspection checklist", "- We keep the inspection checklist").replace(
        "Every returned unit is now inspected", "Every returned unit will be inspected"))
    by_text = {s.text: s for s in letter.sentences}
    cause = by_text["Nobody checked returned units before they went back into sellable stock."]
    fix = by_text["On 9 May we removed all 37 units of B0D4MT7QKR from sellable stock."]
    control = by_text["Every returned unit will be inspected by our quality lead within 24 hours of arrival."]

    def scores(role, share):
        out = {r: 0.01 for r in ROLES}
        out[role] = share * min(model.threshold(role), 1.0)
        return out

    above, below = (HEADING_SHARE + 1) / 2, HEADING_SHARE / 2
    assert role_by_heading(control, scores("preventive", below), model) == "other"      # too weak
    assert role_by_heading(cause, scores("preventive", above), model) == "other"        # not the heading's part
    # under a root-cause heading sellers also apologise and retell the notice: the threshold stands
    assert role_by_heading(cause, scores("root-cause", above), model) == "other"
    listed = by_text["We keep the inspection checklist"]
    assert role_by_heading(listed, scores("evidence", above), model) == "evidence"
    # under a heading over the actions, a fix needs a verb of something done
    assert role_by_heading(fix, scores("corrective", above), model) == "corrective"
    assert role_by_heading(control, scores("corrective", above), model) == "other"
    assert role_by_heading(control, scores("preventive", above), model) == "preventive"
    assert role_by_heading(by_text["Dear Seller Performance Team,"], scores("root-cause", 1.0), model) == "other"
