"""Pushiness: demanding reasons, comparing with the winner, asks and contact cadence."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.en._common import I_WILL, SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="pushiness.demands_explanation",
        kind="existence",
        severity="error",
        message="May read as demanding an explanation.",
        rationale="Feedback is a favour; framed as owed, it will not be given.",
        suggestion="If you are able to share any feedback, I'd be grateful; I understand if not.",
        tags=("pushy",),
        patterns=(
            r"\bI (?:deserve|am entitled to|have (?:a|the) right to|demand|insist on|require)"
            r" (?:an? |the |some |a proper |a full |a real |a detailed )?(?:explanation|answers?"
            r"|reasons?|feedback|response|justification)\b",
            r"\b(?:demand|demanding|insist on|insisting on|insist that you)\b[^.!?\n]{0,20}?"
            r"(?:feedback|explanation|answers?|reasons?|response|justification)",
            r"\bI need (?:you )?to (?:know|understand|hear) (?:exactly )?(?:why|what|the "
            r"reason)\b",
            r"\b(?:tell|explain to|show) me (?:exactly |precisely |specifically )?(?:why|what"
            r" (?:went wrong|I did wrong|was wrong))\b",
            r"\b(?:send|give|email|forward) me (?:(?:the|your|detailed|specific|full|a full"
            r"|complete"
            r"|all) )+(?:feedback|reasons?|notes|explanation|scorecard|evaluation"
            r"|assessment)\b",
            r"\bI want (?:to know (?:why|the reason|what went wrong)|an answer|answers"
            r"|an explanation)\b",
            r"\bI(?:'d| would)? (?:like|want|expect|require|await|request) (?:an? |the |some )?"
            r"(?:(?:full|detailed|proper|complete|clear|thorough|written|formal|honest|real)"
            r" )?(?:explanation|justification|breakdown|account|answer) (?:of|for|on|as to|about"
            r"|why|regarding)\b",
            r"\bI (?:expect|require|await|insist on) (?:an? |the |some |your )?(?:\w+ )?"
            r"(?:explanation|answer|justification|reasons?)\b",
            r"\b(?:I'm|I am|I was) owed\b|\byou owe (?:me|it to me|candidates)\b",
            r"\b(?:please |kindly )?explain (?:to me )?(?:exactly |precisely )?why (?:I|my|you"
            r"|the)\b",
            r"\b(?:exactly|precisely|specifically) why (?:I|my|you|the)\b",
            r"\b(?:scores?|scorecards?|rankings?|ratings?|notes|evaluations?)"
            r" (?:from|of|by) (?:each|every|all|the|your) (?:\w+ )?(?:interviewers?"
            r"|panel(?:lists)?|rounds?|candidates?)\b",
            r"\bso (?:that )?I (?:can|could) (?:compare|see how I (?:compare|stack|measure))\b",
        ),
        exceptions=(
            r"\b(?:could|would|can|might) you (?:please )?(?:kindly )?(?:tell|explain to|show) "
            r"me\b(?! (?:exactly|precisely|specifically))",
            r"\bif you(?:'re| are)? (?:able|willing|can|could|have|happen)\b[^.!?\n]{0,40}?"
            r"\bexplain\b",
        ),
        examples=(
            Example.bad("I deserve an explanation after four interviews."),
            Example.bad("Send me the detailed feedback from each interviewer."),
            Example.bad("Tell me exactly why I was rejected."),
            Example.good(
                "If you are able to share any feedback, I'd be grateful; I understand if not."
            ),
            Example.good("I would be grateful for any feedback you can share."),
            Example.bad("I'd like a proper explanation for the outcome."),
            Example.bad("Please explain why the panel turned me down."),
            Example.bad("Surely I'm owed a reply after three rounds."),
            Example.bad("Could you share the scorecards from each interviewer?"),
            Example.good("If you're able to explain what I could improve, I'd be grateful."),
        ),
    ),
    Rule(
        id="pushiness.questions_decision",
        kind="existence",
        severity="warning",
        message="May read as challenging the decision with a pointed question.",
        rationale='A direct "why not me?" asks them to defend the choice.',
        tags=("pushy",),
        patterns=(
            SENTENCE_START
            + r"Why (?:was(?:n't| not)|were(?:n't| not)|did(?:n't| not)) (?:I|you|my)"
            r"\b[^.!?\n]{0,60}\?",
            SENTENCE_START + r"Why did you (?:choose|pick|hire|go with|select|reject|pass on)\b",
            r"\b(?:what|where) (?:exactly )?did I (?:do|go) wrong\b",
            SENTENCE_START + r"Why (?:was|were|did|would|has|is) (?:I|my|me|you|the (?:team"
            r"|panel|company))\b[^.!?\n]{0,60}\?",
            r"\bwhy I (?:wasn't|was not|didn't|did not|haven't|have not|hadn't|am not|'m not)"
            r" (?:chosen|selected|picked|hired|successful|offered|shortlisted|considered|the one"
            r"|good enough|a (?:fit|match))\b",
            r"\bwhat made (?:you|them|the (?:team|panel)) (?:choose|pick|decide|go with|prefer"
            r"|select|hire|reject|pass)\b",
            r"\b(?:choose|chose|pick|picked|prefer|preferred|select|selected|hire|hired|go with"
            r"|went with) (?:them|him|her|that person|someone else|the other \w+|another \w+)"
            r" over me\b",
        ),
        exceptions=(
            r"\b(?:understand|see|know|appreciate|accept) (?:\w+ ){0,2}why\b",
            r"\bif you(?:'re| are)? (?:able|willing|can|could|have|happen)\b[^.!?\n]{0,40}?"
            r"\bwhy\b",
        ),
        examples=(
            Example.bad("Why wasn't I selected for the final round?"),
            Example.bad("What did I do wrong in the presentation?"),
            Example.good("Why the team chose dbt made a lot of sense to me."),
            Example.bad("Why was my application not taken further?"),
            Example.bad("I keep asking myself why I wasn't shortlisted."),
            Example.bad("What made the panel go with another applicant?"),
            Example.good("I understand why I wasn't the right fit this time."),
            Example.good("If you're able to share why I wasn't selected, I'd be grateful."),
        ),
    ),
    Rule(
        id="pushiness.compares_with_winner",
        kind="existence",
        severity="warning",
        message="May read as comparing yourself with the person who was hired.",
        rationale="Who was hired and why is private; asking puts them in an awkward spot.",
        tags=("pushy",),
        patterns=(
            r"\bwho (?:did you|you|was|got|has been|ended up) (?:hire|hired|chose|choose|pick"
            r"|picked"
            r"|select|selected|go with|went with|offer(?:ed)?|getting)\b",
            r"\bwho got the (?:job|role|position|offer)\b",
            rf"\bwhat (?:did|does|made|makes) {WINNER} (?:have|bring|do|stand out)\b",
            r"\bwhat (?:did|does) (?:he|she|they) have that I (?:don't|didn't|do not|did not"
            r"|lack)\b",
            r"\b(?:compare|comparison|compared|comparing|stack up|measure up)\b[^.!?\n]{0,30}?"
            r"\b(?:to|with|against) (?:the |your )?(?:other|successful|winning|chosen|selected|new"
            r"|hired|final) (?:candidate|person|applicant|hire)s?\b",
            rf"\b{WINNER}(?:'s)? (?:background|experience|qualifications|resume|cv|profile"
            r"|credentials)\b",
            rf"\bhow (?:was|is|were) {WINNER} (?:better|more|stronger)\b",
            r"\bwhat\b[^.!?\n]{0,50}?\b(?:have|had|has|bring|brought|offer|offered|do|did)"
            r" that I (?:didn't|did not|don't|do not|couldn't|could not|lack|lacked|wasn't"
            r"|can't|cannot)\b",
            rf"\bwhat {WINNER} (?:had|has|brought|brings|offered|did)\b",
            r"\bbetween me and (?:the|him|her|them|another|whoever)\b",
        ),
        exceptions=(
            r"\b(?:to|for|with) (?:the|a|an|whoever|the new) (?:person|candidate|colleague"
            r"|applicant|one) who got the\b",
        ),
        examples=(
            Example.bad("Could you tell me who you hired instead?"),
            Example.bad("What did the successful candidate have that I lack?"),
            Example.bad("I'd like a comparison with the successful candidate."),
            Example.good("Wishing you and the new hire every success."),
            Example.bad("What does the other finalist bring that I lack?"),
            Example.bad("I wonder what they offered that I couldn't."),
            Example.good("Congratulations to the person who got the job."),
        ),
    ),
    Rule(
        id="pushiness.asks_referral",
        kind="existence",
        severity="warning",
        message="May read as pushy: asking for referrals or other openings in the same breath.",
        rationale="One gentle line about future roles is fine; asking them to place you "
        "elsewhere is not.",
        tags=("pushy",),
        patterns=(
            r"\b(?:refer|recommend|introduce|connect|forward|pass) me (?:on )?(?:to|for|with)"
            r" (?:another|other|a different|someone|somebody|anyone|any|some|your (?:contacts"
            r"|network|friends|colleagues)|people|companies|a (?:friend|colleague|contact"
            r"|recruiter"
            r"|hiring manager))\b",
            r"\b(?:steer|point|direct|guide|send|redirect) me (?:towards?|to|in the direction of"
            r"|at)"
            r" (?:other|another|any|some|a different|the right)\b",
            r"\b(?:other|any) (?:openings|positions|roles|jobs|opportunities|vacancies|teams"
            r"|departments)\b[^.!?\n]{0,40}?\b(?:you could|you can|you might|you would|you'd)"
            r" (?:steer|point|refer|recommend|direct|send|put me|pass|introduce|connect)\b",
            r"\b(?:know|aware) of (?:anyone|anybody|any (?:other )?(?:companies|company|firms"
            r"|teams"
            r"|recruiters|openings|roles|positions|opportunities))\b[^.!?\n]{0,30}?\b(?:hiring"
            r"|looking|elsewhere|who (?:is|might|may|could)|that (?:are|might|may|could))\b",
            r"\bput in a (?:good )?word\b",
            r"\bpass (?:along |on )?my (?:resume|cv|name|details|profile|information)\b",
            r"\bforward my (?:resume|cv|application|profile) to\b",
            r"\b(?:refer|recommend) me elsewhere\b",
            r"\b(?:refer|recommend|introduce|connect|pass|forward|put) me (?:on |along )?(?:to"
            r"|with|in touch with|onto|towards?)\b",
            r"\b(?:send|give|email|forward|share) me (?:a list of |the list of |details of"
            r" |links to )?(?:other|any|all|more|the other) (?:open |available |current )?(?:roles"
            r"|positions|openings|jobs|vacancies|opportunities)\b",
            r"\b(?:which|what) (?:other )?(?:teams?|departments?|groups?|divisions?|offices?"
            r"|companies|firms) (?:are|is|might be|may be) (?:hiring|recruiting|looking)\b",
        ),
        examples=(
            Example.bad("Could you refer me to another team that is hiring?"),
            Example.bad("Are there other openings you could steer me towards?"),
            Example.bad("Do you know of any companies that are hiring analysts?"),
            Example.good("Please keep me in mind for future roles."),
            Example.good(
                "I would be glad to introduce you to Luis Gomez, who led a similar migration."
            ),
            Example.bad("Would you introduce me to the recruiters you work with?"),
            Example.bad("Please send me a list of other open roles."),
            Example.bad("Which other departments are hiring at the moment?"),
            Example.good("Feel free to connect with me on LinkedIn."),
        ),
    ),
    Rule(
        id="pushiness.contact_cadence",
        kind="existence",
        severity="error",
        message="May read as pushy: a promise of frequent unsolicited contact.",
        rationale="A weekly follow-up after a rejection feels like pressure, not interest.",
        tags=("pushy",),
        patterns=(
            r"\b(?:check(?:ing)? in|follow(?:ing)? up|reach(?:ing)? out|touch(?:ing)? base|email"
            r"|call|write|contact you|ping|message|text)\w*(?: with you)?(?: again)? (?:every|each"
            r"|once a) (?:single )?(?:day|week|morning|few days|other day|monday|tuesday|wednesday"
            r"|thursday|friday|couple of days|two days|few weeks|other week)\b",
            r"\b(?:weekly|daily) (?:check-ins?|follow[- ]ups?|emails?|calls?|messages|updates)\b",
        ),
        examples=(
            Example.bad("I'll check in every week to see if anything has changed."),
            Example.bad("Expect weekly follow-ups from me."),
            Example.good("I'll reach out again in a few months with an update."),
        ),
    ),
    Rule(
        id="pushiness.follow_up_pressure",
        kind="existence",
        severity="warning",
        message="May read as pushy: pressing for a reply or promising persistence.",
        rationale="Deadlines and insistence on a reply are for negotiations, not thank-you notes.",
        tags=("pushy",),
        patterns=(
            rf"\b{I_WILL} (?:keep|continue) (?:checking in|checking back|following up|reaching out"
            r"|calling|emailing|contacting you|pinging|nudging)\b",
            r"\bexpect (?:to hear from me|my call|a call from me|me to (?:follow|call|check))\b",
            r"\b(?:please )?(?:respond|reply|get back to me|answer|let me know|confirm)\b"
            r"[^.!?\n]{0,20}?\b(?:by|before|within|no later than) (?:end of|close of|the end"
            r"|tomorrow|today|monday|tuesday|wednesday|thursday|friday|\d)",
            rf"\b{I_WILL} (?:call|email|follow up|check in|check back|reach out|contact you"
            r"|be in touch)\b[^.!?\n]{0,20}?\b(?:tomorrow|next week|this week|in a few days"
            r"|in a couple of days|(?:on |this |next )(?:monday|tuesday|wednesday|thursday"
            r"|friday))\b",
            r"\b(?:ASAP|urgently)\b",
            r"\buntil (?:I (?:hear|get)|you (?:reply|respond|answer|change))\b",
        ),
        examples=(
            Example.bad("Please reply by Friday with your answer."),
            Example.bad("I will keep following up until I hear back."),
            Example.good("No need to reply; I just wanted to say thank you."),
            Example.bad("I'll call you on Wednesday to discuss it."),
        ),
    ),
    Rule(
        id="pushiness.asks_meeting",
        kind="existence",
        severity="warning",
        message="May read as pushy: asking for a meeting to go over the decision.",
        rationale="A call about the outcome asks them to defend it; a hedged written "
        "feedback request is easier to grant.",
        suggestion="If you are able to share any feedback, I'd be grateful; I understand if not.",
        tags=("pushy",),
        patterns=(
            r"\b(?:set up|schedule|arrange|book|have|hop on|jump on|get on|find time for|meet"
            r" for) (?:a |an |some )?(?:quick |short |brief |\d+-minute |follow-up )?(?:call"
            r"|meeting|chat|conversation|zoom|time|sit-down|debrief)\b[^.!?\n]{0,40}?\b(?:to"
            r" (?:discuss|go over|talk (?:about|through)|review|walk through|understand"
            r"|explain)|about) (?:the|your|my|this|that) (?:\w+ )?(?:decision|interviews?"
            r"|application|outcome|rejection|feedback|performance|candidacy|result)s?\b",
            r"\bwalk me through (?:the|your|this) (?:decision|reasoning|choice|rationale"
            r"|outcome)\b",
        ),
        examples=(
            Example.bad("Could we book a short call to go over the decision?"),
            Example.bad("I'd like to arrange a meeting about my interview performance."),
            Example.good("I'd be happy to have a chat about future roles some time."),
        ),
    ),
)
