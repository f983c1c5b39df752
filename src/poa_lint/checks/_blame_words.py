"""Lexicons of the blame check: fault verbs, duty verbs, fault nouns and adjectives (§4.2-§4.3)."""

from __future__ import annotations

import re

FAULT_VERBS = {
    "lie", "cheat", "scam", "defraud", "abuse", "misuse", "damage", "break", "swap", "switch",
    "fake", "fabricate", "exaggerate", "pretend", "ignore", "threaten", "blackmail", "extort",
    "sabotage", "attack", "lose", "delay", "mishandle", "misjudge", "mistake", "deceive", "trick",
    "steal", "frame", "hijack", "fail", "forget", "misread", "misunderstand", "allege", "mix",
    "commingle", "target", "cause", "smash", "crush", "drop", "mislabel", "misplace", "crash",
    "overcharge", "scratch", "destroy", "manipulate", "copy", "infringe", "counterfeit",
    "malfunction", "mess", "throw", "toss", "dump", "kick", "misrepresent", "misidentify", "refuse",
    "neglect", "overlook", "mislead", "misinform", "miss", "blame",
}
DUTY_VERBS = {
    "read", "follow", "understand", "contact", "check", "measure", "install", "use", "notify",
    "inform", "warn", "tell", "explain", "reply", "respond", "deliver", "scan", "update", "give",
    "provide", "charge", "assemble", "answer", "pick", "collect", "show", "display", "mention",
    "ask", "review", "investigate", "verify", "send", "ship", "wait", "try", "open",
    "look", "consider",
}
# What a supplier, carrier or Amazon owed and did not do: "the manufacturer did not put the safety label
# on"; a buyer who "did not include the accessories" in a return is only reported.
SUPPLIER_DUTIES = {"include", "attach", "put", "label", "mark", "pack"}
NEUTRAL_NEG = {"be", "have", "need", "require", "know", "receive", "want", "find", "get", "say",
               "sell", "list", "buy", "order", "return", "leave", "like", "see"}
BLAME_ADJ = {
    "malicious", "fraudulent", "unreasonable", "dishonest", "abusive", "unfair", "careless",
    "irresponsible", "lazy", "unreliable", "bad", "poor", "terrible", "fake", "false", "wrong",
    "lying", "greedy", "rude", "negligent", "mistaken", "so-called", "professional", "unprofessional",
    "jealous", "unscrupulous", "hostile", "vicious", "sloppy",
}
CLAIM_NOUNS = {"complaint", "claim", "feedback", "review", "report", "return", "order", "attack",
               "defect", "competition"}
CLAIM_ADJ = {"malicious", "fraudulent", "dishonest", "abusive", "unreasonable", "bad-faith",
             "so-called", "unfair", "vicious"}
FAULT_NOUNS = {
    "fault", "mistake", "error", "misuse", "negligence", "carelessness", "operation", "abuse",
    "misunderstanding", "delay", "delays", "loss", "mishandling", "failure", "lie", "sabotage",
    "attack", "incompetence", "misjudgment", "misjudgement", "trick", "scam", "fraud",
}
NEUTRAL_NOUNS = {"request", "instruction", "message", "feedback", "experience", "reason", "need",
                 "complaint", "comment", "question", "address", "account", "policy", "rule",
                 "claim", "report", "return", "order", "review", "preference", "choice"}
# Staff of the seller's own are blamed only as the agent of a careless act ("our employee listed it
# by mistake", "the VA was very unprofessional"), not as the subject of a duty the seller owns.
CARELESS = {"mistake", "accident", "carelessness", "negligence"}
DEFECT_NOUNS = {"problem", "defect", "issue", "flaw", "fault", "damage", "error"}
DEFECT_ADJ = {"defective", "fake", "counterfeit", "damaged", "broken", "faulty", "wrong", "poor",
              "inauthentic", "used", "expired"}
SUPPLY_VERBS = {"provide", "supply", "send", "deliver", "ship", "make", "manufacture", "produce",
                "give", "offer"}
DOING = {"carry", "commit", "make", "do", "conduct", "perform", "play", "launch", "file", "place"}
MISDEEDS = {"manipulation", "fraud", "scam", "attack", "abuse", "sabotage", "trick", "misuse",
            "mistake", "error", "lie", "lies"}
FAILED = {"late", "lost", "wrong", "damaged", "delayed", "missing", "broken", "defective", "fake"}
TELL = {"tell", "inform", "notify", "ask", "warn", "consult", "let"}
UNASKED = {"permission", "knowledge", "consent", "approval", "authorization", "authorisation", "check",
           "checking", "attention", "care"}
PROMISE = {"promise", "guarantee", "assure", "swear"}
OK_WORDS = {"fine", "ok", "okay", "allowed", "permitted", "acceptable", "legal", "problem", "can"}
# What a party is said to have allowed with "can": "support told us we can sell it" (not "... we can
# appeal", which is advice on the appeal).
ALLOWED_ACTS = {"sell", "list", "use", "ship", "continue", "keep", "offer", "create", "upload", "source", "buy",
                "import", "relist", "reactivate"}
MISUSE_VERBS = {"use", "operate", "install", "assemble", "handle", "wash", "charge", "open", "fit"}
MISUSE_ADV = {"wrongly", "incorrectly", "improperly", "badly", "roughly", "carelessly"}
GIVING = {"tell", "give", "provide", "send", "write", "enter", "fill"}
WRONG_INFO = {"wrong", "incorrect", "false", "misleading", "inaccurate", "outdated", "fake"}
CAUSE_PREP = {"because", "due", "owing", "thanks"}
# "automatically" is left out: "the listing was automatically removed" reports what happened.
WRONGLY = {"wrongly", "unfairly", "mistakenly", "unreasonably", "unjustly", "incorrectly",
           "erroneously", "wrongfully"}
CLOSE_VERBS = {"suspend", "deactivate", "remove", "block", "close", "flag", "ban", "shut",
               "freeze", "punish", "penalize", "penalise", "reject", "deny", "judge", "link"}
CLOSE_NOUNS = {"deactivation", "suspension", "removal", "decision", "ban", "closure", "block",
               "judgment", "judgement"}
CLOSE_ADJ = {"wrongful", "wrong", "unfair", "unjust", "unreasonable", "mistaken", "erroneous"}
HYPOTHETICAL = {"will", "would", "can", "could", "may", "might", "should", "'ll", "ca"}  # not "must"
REPORTING = {"claim", "say", "state", "report", "complain", "insist", "write", "mention", "tell"}
COMPARE = {"sell", "list", "offer", "have", "be", "use", "price", "do", "get", "receive"}
STAFF_OK = REPORTING | {"find", "notice", "help", "join", "leave", "work", "agree", "be", "do",
                        "have", "confirm", "admit", "resign"}
OWNER_VERBS = {"want", "try", "abuse", "use", "attack", "target", "push", "stop", "force"}
WRONG_GOODS = {"empty", "different", "wrong", "broken", "damaged", "used", "fake", "another", "old",
               "cheaper", "counterfeit"}
ACCUSING = {"obviously", "clearly", "deliberately", "intentionally", "purposely", "surely",
            "definitely", "apparently", "maliciously", "purposefully", "knowingly", "falsely"}
SLOW = {"slow", "late", "down", "unavailable", "overloaded", "unstable"}
UNDERGO = {"receive", "get", "be", "have", "see", "find"}     # what happened to a buyer, not what a buyer did
VICTIM_VERBS = {"frame", "target", "attack", "cheat", "scam", "deceive", "mislead", "trick", "hijack",
                "sabotage", "defraud", "hack", "misinform", "misguide", "victimize", "victimise"}
VICTIM_ADJ = {"misinformed", "misled", "misguided", "cheated", "deceived", "scammed", "framed", "hacked"}
PROBLEM_NOUNS = {"problem", "issue", "fault", "responsibility", "error", "mistake", "cause", "delay", "defect", "damage"}
BADLY = {"late", "slowly", "wrongly", "incorrectly", "badly", "carelessly", "roughly"}
SUPPOSE = {"think", "believe", "suspect", "guess", "feel", "suppose"}
AMAZON_VERBS = {"allow", "let"}
# Amazon's own check offered as proof the seller was right: "Amazon itself verified the asset"
AMAZON_CHECKS = {"verify", "approve", "accept", "validate"}
CHECKED_THINGS = {"listing", "product", "asset", "item", "asin", "brand", "vehicle", "truck", "load", "category"}
# An outside party's assurance that turned out false: "the maker told us it would be ready"
ASSURED = {"authentic", "genuine", "original", "authorized", "authorised", "authorization",
           "authorisation", "legal", "compliant", "ready", "real", "approved", "safe", "certified"}
# A misjudgment named as the source of the case: "the alleged violation comes from a misunderstanding"
MISJUDGED = {"misunderstanding", "misreading", "misjudgment", "misjudgement", "misinterpretation",
             "confusion", "glitch", "error", "mistake", "misidentification"}
CASE_NOUNS = {"violation", "suspension", "deactivation", "flag", "complaint", "warning", "claim",
              "strike", "removal", "decision", "block", "closure", "accusation", "infringement",
              "allegation", "report"}
# The employee punished instead of the process fixed ("we have fired him"), unless a control is named.
PUNISH = {"fire", "dismiss", "punish", "fine", "criticize", "criticise", "sack", "discipline", "penalize",
          "penalise", "scold"}
CONTROLS = {"checklist", "check", "approval", "sop", "permission", "access", "review", "training", "process",
            "procedure", "control", "step", "rota", "owner"}
# Where an outside party handled the goods: "damaged in the Amazon fulfillment center"
HANDLED = {"damage", "lose", "misplace", "mishandle", "mix", "commingle", "break", "crush", "destroy", "swap"}
PRETEXTS = {"excuse", "pretext", "weapon"}
# A buyer who acted without contacting the seller, or although the seller had helped.
CONTACT = {"contact", "message", "tell", "inform", "notify", "ask", "reach", "email", "call", "talk", "speak",
           "communicate", "write"}
HELPED = {"offer", "refund", "reply", "respond", "send", "replace", "resolve", "explain", "apologize", "apologise",
          "contact", "provide", "give", "answer"}
# A hostile aim put on a complainant: "filed the complaint to eliminate competition".
FILING = {"file", "report", "make", "submit", "open", "leave", "send", "raise", "lodge", "complain", "write"}
HOSTILE = {"eliminate", "remove", "push", "hurt", "harm", "damage", "attack", "destroy", "steal", "force",
           "extort", "blackmail", "kick", "squeeze", "drive", "sabotage", "monopolize", "monopolise", "punish"}
# Steps of the seller's own process whose omission owns the problem: "... and did not verify it".
OWN_STEPS = {"check", "verify", "inspect", "confirm", "test", "review", "monitor", "compare", "ask", "read",
             "update", "track", "trace", "train", "examine", "investigate", "measure", "count"}
# Trust put in a party, offered as the cause: "we trusted the reliability of other sellers".
TRUST = {"trust", "rely", "depend", "count"}
TRUSTED_IN = {"reliability", "authenticity", "honesty", "word", "promise", "assurance", "quality", "service",
              "information", "advice", "judgment", "judgement", "competence", "experience", "expertise"}
# What a party is said to have made up: "made up a reason to return it" (not "made up the shortage").
MADE_UP = {"story", "reason", "excuse", "claim", "complaint", "lie", "problem", "defect", "issue", "fault",
           "allegation", "accusation", "review", "report"}
# Someone else in the seller's account: "someone else used our account".
ACCOUNT_USE = {"use", "access", "enter", "hack", "control", "operate", "take", "log"}
ACCOUNTS = {"account", "store", "shop", "login", "password", "credential", "credentials", "seller"}
# A party called a wrongdoer: "these buyers are scammers", "the complainant is a troll".
BAD_PEOPLE = {"scammer", "fraudster", "liar", "cheat", "cheater", "thief", "abuser", "troll", "hijacker",
              "criminal", "swindler", "con", "extortionist", "blackmailer", "returner", "complainer"}
# Not knowing, said of a hired person: "the new employee did not know", "the VA's ignorance".
KNOW_VERBS = {"know", "realize", "realise", "understand", "notice", "recognize", "recognise"}
KNOW_ADJ = {"aware", "familiar", "conscious", "clear"}
UNKNOWING_ADJ = {"unaware", "unfamiliar", "ignorant", "inexperienced", "untrained", "careless", "negligent"}
IGNORANCE_NOUNS = {"ignorance", "unawareness", "inexperience", "unfamiliarity", "carelessness", "negligence"}
# What a friend or relative who ran the account failed to do ("my brother did not check the rules");
# not "did not use our account", which in a related-accounts letter is the writer's defence.
HELPER_DUTIES = {"read", "follow", "check", "verify", "review", "tell", "inform", "notify", "update", "reply",
                 "respond", "answer", "investigate", "understand", "learn"}
# Amazon's pages and tools said to have shown no restriction: "the listing had no restriction"
WARNINGS = {"restriction", "warning", "alert", "notice", "notification", "prompt", "reminder"}
AMAZON_PAGES = {"listing", "page", "system", "category", "amazon", "central", "platform", "website", "site",
                "tool", "template", "asin"}
SOURCE_VERBS = {"come", "stem", "arise", "result", "originate", "be"}
# Amazon's own handling offered as the cause: "the category was assigned by Amazon"
AMAZON_ACTS = {"assign", "classify", "categorize", "categorise", "merge", "move", "change"}
CONTRAST = re.compile(
    r"\b(but|however|actually|in\s+fact|in\s+reality)\b.*\b(not|never|fine|new|genuine|authentic|"
    r"perfect\w*|good|work\w*|original|correct|normal|nothing\s+wrong|no\s+problem)\b",
    re.I,
)
# The contrast names the writer's own shortfall: "..., but our size chart was not clear".
OUR_SHORTFALL = re.compile(
    r"\b(our|my)\s+(\w+\s+){0,3}(was|were|is|are)\s+(not|too)\s+(very\s+)?(clear|accurate|correct|complete|enough|"
    r"updated|up\s+to\s+date|right|precise|detailed|visible|strong|sturdy|good|thick|large|big|small|short|long|slow)\b",
    re.I,
)
# What the writer failed to tell or teach someone: "because we never asked her to".
INSTRUCT = {"ask", "tell", "train", "instruct", "teach", "inform", "explain", "assign", "give", "show", "set", "check"}
SCARE = re.compile(r'"(fake|used|damaged|broken|counterfeit|defective|wrong|not as described)"',
                   re.I)
GREED = re.compile(r"\b(for\s+free|free\s+(products?|items?|goods|gifts?|stuff)|money\s+back|for\s+nothing|"
                   r"advantage|refund\s+and\s+keep)\b", re.I)
WITHOUT = re.compile(r"\w+\s+(\w+\s+){0,5}(by\s+(mistake|error)|for\s+no\s+(apparent\s+|obvious\s+|good\s+|clear\s+)?reason|without\s+(any\s+)?(reason|warning|notice|"
                     r"evidence|explanation|check\w*|ask\w*|review\w*|investigat\w*|human|"
                     r"verif\w*|contact\w*))", re.I)
# A party's poor work named as the cause: "the poor service of the courier", "the factory's bad quality".
POOR_WORK = {"poor", "bad", "terrible", "careless", "unreliable", "negligent", "unprofessional", "slow", "sloppy",
             "irresponsible", "lazy", "awful"}
# What a competitor is said to have done against the seller: "filed a complaint", "bought our product
# to leave a review" (not "lowered their prices", "won the Buy Box").
RIVAL_ACTS = {"report", "file", "complain", "submit", "lodge", "raise", "make", "send", "leave", "post", "write",
              "buy", "order", "purchase", "attack", "target", "hijack", "copy", "steal", "accuse", "flag", "claim",
              "sabotage", "frame", "fake", "manipulate", "abuse", "use", "contact", "open", "create", "place", "try",
              "want", "follow", "pretend", "impersonate"}
# What the writer owed the buyer or Amazon and did not do: "we did not give the measurements".
OWN_DUTIES = {"give", "provide", "show", "mention", "include", "explain", "tell", "inform", "warn", "describe", "add",
              "apply", "state", "put", "write", "label", "pack", "ship", "send", "upload", "measure", "set", "change",
              "confirm", "contact", "reply", "respond", "answer", "prepare", "keep", "remove"}
