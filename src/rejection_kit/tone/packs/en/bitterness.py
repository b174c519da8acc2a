"""Bitterness, sarcasm, threats and public complaints: the notes that burn bridges."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.en._common import I_WILL, ROLES_ABOVE, SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="bitterness.disputes_decision",
        kind="existence",
        severity="error",
        message="May read as disputing the decision.",
        rationale="Relitigating a rejection closes the door the note is meant to keep open.",
        suggestion=(
            'Acknowledge the decision: "I understand, and I appreciate you letting me know."'
        ),
        tags=("bitter",),
        patterns=(
            r"\bI (?:still |really |honestly |just |simply )?(?:don't|do not|can't|cannot|can not"
            r"|fail to) (?:understand|comprehend|fathom) (?:why|how) (?:I|you|my|someone|somebody"
            r"|anyone|the)\b",
            r"\bI (?:still |really |honestly |just )?(?:don't|do not|can't|cannot|fail to) see "
            r"why\b",
            r"\bI(?:'m| am) (?:still |really |honestly )?(?:confused|baffled|puzzled|shocked"
            r"|stunned)"
            r" (?:as to |about )?(?:why|how) (?:I|you|my)\b",
            r"\bI (?:really |honestly |truly |genuinely )?(?:thought|felt|was (?:sure|certain"
            r"|confident"
            r"|convinced)) (?:that )?(?:I was|I'd be|I would be|I'm|I am|my (?:skills|experience"
            r"|background|qualifications|profile)(?: \w+)? (?:were|was|made me)) (?:a |an |the )?"
            r"(?:(?:perfect|great|good|strong|ideal|excellent|obvious|clear|natural|best|right) )?"
            r"(?:fit|match|candidate|choice|person)\b",
            r"\b(?:clearly|obviously|easily|by far|undoubtedly|certainly) (?:the |a )?(?:most|best"
            r"|better|strongest|stronger) (?:qualified|candidate|fit|choice|suited)\b",
            r"\bI (?:was|am|'m) (?:clearly |obviously |far |much |way )?(?:more|better) "
            r"(?:qualified"
            r"|experienced|suited)\b",
            r"\b(?:you|you've|you have|the (?:team|company|panel|committee)) (?:have |has "
            r")?(?:just )?"
            r"(?:made|are making|is making) (?:a |the )?(?:\w+ )?(?:mistake|error|wrong (?:call"
            r"|decision|choice))\b",
            r"\b(?:wrong|bad|poor|terrible|questionable|short-sighted|shortsighted) (?:decision"
            r"|choice"
            r"|call)\b",
            r"\bI (?:strongly |completely |respectfully )?(?:disagree|don't agree|do not agree"
            r"|take issue) with (?:your|the|this) (?:decision|choice|assessment|outcome|feedback"
            r"|conclusion)\b",
            r"\b(?:argue|arguing|dispute|disputing|challenge|challenging|contest|contesting|appeal"
            r"|appealing) (?:with |against |about )?(?:your|the|this) (?:\w+ )?(?:decision|choice"
            r"|outcome|assessment|rejection)\b",
            r"\byou (?:overlooked|missed|ignored|failed to (?:notice|see|consider|recogni[sz]e"
            r"|read)"
            r"|didn't (?:notice|see|read|consider)|did not (?:notice|see|read|consider))"
            r" (?:my|that I|how|the fact)\b",
            r"\b(?:let me|I'd like to|I would like to|allow me to|I want to|I must) remind you"
            r" (?:of|that|about)\b",
            r"\b(?:how|why) (?:could|would|did) you (?:not )?(?:pass on|reject|turn down|overlook"
            r"|choose someone|pick someone|hire someone)\b",
        ),
        exceptions=(r"\bwrong (?:decision|choice|call) (?:on my part|by me)\b",),
        examples=(
            Example.bad("I don't understand how I'm not a good fit for this role."),
            Example.bad("I thought my skills were a good match for the team."),
            Example.bad("I was clearly the most qualified candidate you met."),
            Example.bad("I believe you made a mistake in choosing someone else."),
            Example.good("I'm disappointed, of course, but I understand."),
            Example.good("I understand why the team went with more dbt experience."),
            Example.good("I still believe I could add a lot to the team in a future role."),
        ),
    ),
    Rule(
        id="bitterness.blames_process",
        kind="existence",
        severity="error",
        message="May read as bitter: it criticises the process, the people or the company.",
        rationale="Complaints about the process are heard as sour grapes, whatever their merit.",
        tags=("bitter",),
        patterns=(
            r"\b(?:a |such a |complete |total |huge |big )?waste of (?:my |our |everyone's "
            r")?time\b",
            r"\bwasted (?:my|all my|so much of my|weeks of my) time\b",
            r"\b(?:disorgani[sz]ed|unprofessional|disrespectful|insulting)\b",
            r"\b(?:was|were|is|are|so|very|quite|incredibly|really) rude\b",
            r"\bghost(?:ed|ing) (?:me|us|candidates)\b",
            r"\bI (?:had )?expected (?:better|more) (?:from|of) (?:you|your|a company|an "
            r"organi[sz]ation"
            r"|this|such)\b",
            r"\byou people\b",
            r"\b(?:rigged|a sham|a farce|a mere formality|just a formality|a box-?ticking exercise"
            r"|just for show)\b",
            r"\byou (?:were|was|had been) (?:always |already |more |clearly |obviously |really )*"
            r"(?:interested in|set on|leaning towards?|going to (?:hire|choose|pick|go with)"
            r"|planning (?:on|to) (?:hire|hiring|go with|going with)|favou?ring) (?:another"
            r"|someone"
            r"|somebody|an internal|the other|a different|your)\b",
            r"\b(?:already|always) (?:had|knew|picked|chose|chosen|decided on|selected) (?:someone"
            r"|somebody|a candidate|the candidate|who you|an internal|your (?:preferred"
            r"|internal))\b",
            r"\b(?:had|have) someone in mind\b",
            r"\b(?:never|weren't|were not|wasn't|was not) (?:going|planning|intending) to (?:hire"
            r"|consider|pick|choose) me\b",
            r"\b(?:audacity|nerve|gall) to\b",
            r"\binterview(?:ed|ing)? me (?:knowing|when you knew|even though you knew)\b",
            r"\b(?:the|your) (?:whole |entire )?(?:process|interviews?|hiring process|recruitment"
            r" process|recruiting process) (?:was|were|is|has been|felt) (?:a |so |very "
            r"|completely"
            r" |totally |incredibly |extremely |really |just )*(?:mess|joke|disaster|nightmare"
            r"|farce"
            r"|waste|unfair|biased|broken|pointless|rigged|disorgani[sz]ed|ridiculous)\b",
            r"\bnepotism\b",
            r"\bhow (?:convenient|typical)\b",
        ),
        exceptions=(
            r"\b(?:not|never|wasn't|isn't|was not|is not|hardly|far from|no) (?:\w+ ){0,2}(?:a )?"
            r"waste of\b",
            r"\b(?:don't|do not|didn't|not) (?:mean|want|wish|intend) to (?:be|sound|seem|come "
            r"across"
            r" as) (?:rude|unprofessional|disrespectful)\b",
        ),
        examples=(
            Example.bad("Frankly, the whole process was a waste of my time."),
            Example.bad("It's clear you already had someone in mind before we met."),
            Example.bad("The interviews were disorganized from start to finish."),
            Example.good("The interviews were well run, and I learned a lot from them."),
            Example.good("It was by no means a waste of time; I learned a great deal."),
            Example.good(
                "Since I haven't heard back, I assume you have moved forward with another"
                " candidate."
            ),
        ),
    ),
    Rule(
        id="bitterness.disparages_winner",
        kind="existence",
        severity="error",
        message="May read as bitter about the person who was hired.",
        rationale="Belittling the new hire insults the people who chose them.",
        tags=("bitter",),
        patterns=(
            rf"\b{WINNER} (?:is|was|seems|will be) (?:clearly |obviously )?(?:less|under|not as"
            r"|not nearly as|nowhere near as)[- ](?:qualified|experienced|capable|good)\b",
            r"\b(?:less|under)[- ]qualified (?:candidate|person|applicant|hire|someone)\b",
            r"\b(?:cheaper|younger) (?:candidate|person|option|hire|applicant)\b",
            r"\bhired (?:someone|somebody) (?:cheaper|younger|less)\b",
            rf"\b(?:when|once|after) {WINNER} (?:fails?|quits?|leaves|walks out|burns out"
            r"|doesn't work out|does not work out|doesn't last|messes up|falls? (?:through|apart"
            r"|flat))\b",
            rf"\b{WINNER} (?:won't|will not|isn't going to|is not going to) (?:last|work out|cut "
            rf"it)\b",
            r"\bbecause (?:he|she|they) (?:knew|knows|was friends with|is friends with|are friends"
            r" with|is related to)\b",
            r"\b(?:an|the) internal candidate (?:all along|anyway|from the start)\b",
        ),
        examples=(
            Example.bad("Call me when the person you hired doesn't work out."),
            Example.bad("I hear you went with a cheaper candidate."),
            Example.good(
                "If another position opens up — or if the person you hired doesn't work out"
                " — I would still love to join the team."
            ),
            Example.good("Wishing you and the new hire every success."),
        ),
    ),
    Rule(
        id="sarcasm.backhanded",
        kind="existence",
        severity="error",
        message="May read as sarcastic: polite words with a barb.",
        rationale="Sentiment tools score these as positive; readers do not.",
        tags=("bitter",),
        patterns=(
            r"\bgood luck (?:finding|replacing me with|hiring) (?:someone|anyone|somebody|a "
            r"candidate"
            r"|another|a replacement)(?: \w+)? (?:better|as good|more qualified|like me|half as"
            r"|with my)\b",
            r"\b(?:I'm|I am) sure (?:whoever you (?:hired|chose|picked)|he|she|they|your new hire"
            r"|the new hire|the (?:person|candidate|one) you (?:hired|chose|picked|selected|went "
            r"with))"
            r" (?:is|are) (?:just |simply |absolutely )?(?:great|perfect|wonderful|amazing"
            r"|fantastic"
            r"|brilliant|lovely|so much better|much better|far better|better)\b",
            SENTENCE_START + r"(?:Fine|Whatever|Noted|Okay then|OK then|Well then|Wow)[.!]",
            r"\b(?:good|best of) luck with that\b",
            r"\bthanks for nothing\b",
            r"\bjoke's on you\b",
            r"\bwhat a joke\b",
            r"\byour loss\b",
            r"\bI guess (?:you|I|that|this)\b[^.!?\n]{0,30}?\b(?:don't|do not|didn't|did not|never"
            r"|wasn't|was not|weren't|isn't) (?:\W*\w+\W* )?(?:want|need|like|care|value|good "
            r"enough"
            r"|deserve|matter|worth)",
            r"\b(?:apparently|evidently|obviously|clearly) (?:I |my (?:\w+ )?)(?:was|wasn't|am"
            r"|was not"
            r"|weren't|were) (?:not )?(?:good enough|what you|the right|qualified|enough)\b",
            r"\bcongratulations (?:on|for) (?:\w+ ){0,3}(?:mediocre|cheaper|safe choice"
            r"|settling)\b",
        ),
        examples=(
            Example.bad("Good luck finding someone better."),
            Example.bad("I'm sure the person you hired is great."),
            Example.bad("Fine. Thanks for letting me know, I suppose."),
            Example.bad("Apparently I wasn't what you were looking for."),
            Example.good("Good luck with the product launch next month."),
            Example.good("I'm sure the team will do great things this year."),
            Example.good("It's fine if you can't share feedback."),
        ),
    ),
    Rule(
        id="threat.consequences",
        kind="existence",
        severity="error",
        message="May read as a threat or as going over their heads.",
        rationale="Warnings, escalation and talk of competitors end the relationship.",
        tags=("bitter",),
        patterns=(
            r"\byou(?:'ll| will| are going to|'re going to) (?:live to )?(?:regret|be sorry"
            r"|rue)\b",
            rf"\b(?:{I_WILL}|I'd|I would) (?:\w+ ){{0,2}}(?:go|take (?:my|this)(?: \w+)?|bring"
            r" (?:my|this)(?: \w+)?|offer my (?:services|skills)) to (?:a |your |one of your )?"
            r"(?:competitors?|competition|rivals?)\b",
            r"\b(?:your|the) (?:competitors?|competition|rivals?) (?:will|would) (?:be (?:glad"
            r"|happy"
            r"|lucky)|snap me up|love)\b",
            rf"\b(?:your|the) {ROLES_ABOVE} (?:will|is going to|should|would|needs to|is about to)"
            r" (?:hear|know|find out|learn|be (?:hearing|informed|told))\b",
            rf"\b{I_WILL} (?:be )?(?:contact\w*|email\w*|writ\w+ to|call\w*|escalat\w* (?:this "
            rf"|it )?"
            r"to|report\w* (?:this|you|it) to|speak\w* (?:to|with)|go\w* to|cc\w*|copy\w*"
            rf"|forward\w* this to) (?:your |the )?{ROLES_ABOVE}\b",
            r"\bgo(?:ing)? over your head\b",
            r"\b(?:legal action|my (?:lawyer|attorney|solicitor)|sue (?:you|the company)"
            r"|see you in court|report you)\b",
            r"\b(?:haven't|have not) heard the last of me\b",
            r"\bmark my words\b",
        ),
        examples=(
            Example.bad("You'll regret this decision."),
            Example.bad("I'll take my skills to one of your competitors."),
            Example.bad("Your manager will hear about how this was handled."),
            Example.good("I'll keep following the team's work with interest."),
            Example.good("Please pass my thanks on to your manager as well."),
        ),
    ),
    Rule(
        id="public.complaint",
        kind="existence",
        severity="error",
        message="May read as a threat to complain in public.",
        rationale="Posts and reviews about a rejection are seen by every future employer.",
        tags=("bitter",),
        patterns=(
            r"\b(?:post|posting|write|writing|share|sharing|tweet|tweeting|blog|blogging|tell"
            r"|telling|warn|warning) (?:\w+ ){0,3}(?:about|on) (?:this|it|my experience|you"
            r"|your (?:company|team|firm|process)|the (?:company|process"
            r"|interview))\b[^.!?\n]{0,40}?"
            r"\b(?:LinkedIn|Twitter|Facebook|Glassdoor|Reddit|Instagram|TikTok|Blind|Indeed"
            r"|social media|online|my network|my followers|my blog|the internet|everyone)\b",
            r"\b(?:leave|leaving|write|writing|post|posting) (?:a |an )?(?:\w+ )?(?:review|rating)"
            r" (?:on|of|about|for)\b",
            r"\bpublic (?:LinkedIn |social[- ]media |Twitter |Facebook )?(?:post|posts|complaint"
            r"|review|callout|call-out|thread)\b",
            r"\b(?:name and shame|go(?:ing)? public|make (?:this|it) public|call (?:you|this) out"
            r" (?:publicly|on))\b",
            r"\b(?:everyone|the world|my (?:network|followers|connections)|the (?:whole "
            r")?industry)"
            r" (?:will|should|deserves? to|is going to|needs to) (?:know|hear|see|find out"
            r"|learn)\b",
        ),
        examples=(
            Example.bad("I'll be posting about this experience on LinkedIn."),
            Example.bad("I plan to leave an honest review on Glassdoor."),
            Example.bad("My network deserves to know how candidates are treated."),
            Example.good("I'd be glad to connect on LinkedIn and stay in touch."),
            Example.good("I enjoyed reading the team's posts about the dbt migration."),
        ),
    ),
)
