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
            # "can't believe you ...", "hard to believe anyone ...": disbelief at the choice.
            r"\bI (?:still |honestly |just |really |simply )?(?:can't|cannot|can not|couldn't"
            r"|could not) believe (?:that )?(?:you|they|the (?:team|panel|company|committee)"
            r"|anyone|anybody|someone|somebody|I (?:wasn't|was not|didn't|did not))\b",
            r"\b(?:it's|it is|it was|I find it|I found it) (?:\w+ )?(?:hard|difficult|impossible)"
            r" to (?:believe|understand|see|fathom|accept|comprehend) (?:how|why|that)?"
            r" ?(?:I|you|my|anyone|anybody|someone|somebody|they|the (?:team|panel|company))\b",
            # "I don't see how ...", "how could you decide ...", "makes no sense".
            r"\bI (?:still |really |honestly |just |simply )?(?:don't|do not|can't|cannot|fail to)"
            r" see how (?:I|you|my|anyone|anybody|someone|somebody|they|the|this|that)\b",
            r"\bhow (?:could|can|would|did) (?:you|they|anyone|anybody|the (?:team|panel|company"
            r"|committee)) (?:possibly |even |seriously )?(?:decide|choose|pick|hire|select"
            r"|reject|pass|turn|overlook|ignore|think|go with|prefer|justify|not)\b",
            r"\b(?:this|that|it|the (?:decision|outcome|choice)) (?:makes|made) (?:no|little)"
            r" sense\b",
            r"\b(?:this|that|it|the (?:decision|outcome|choice)) (?:doesn't|does not|didn't"
            r"|did not) make (?:any )?sense\b",
            r"\bI(?:'m| am) (?:honestly |really |still |just )?not sure how (?:someone|somebody"
            r"|anyone|anybody|they|the other \w+|another \w+) (?:else )?could (?:be|have been)"
            r" (?:a )?(?:better|stronger|more)\b",
            # "I was told it went well", "everyone said I was exactly what ...".
            r"\bI was (?:told|assured|led to believe|given the impression) (?:that )?(?:it"
            r"|things|the interviews?|everything|my \w+) (?:went|looked|was going|were going"
            r"|had gone|was|were) (?:really |very |so )?(?:well|great|good|fine|smoothly"
            r"|positive|promising)\b",
            r"\b(?:everyone|everybody|all of you|the (?:panel|team|interviewers?|recruiter))"
            r" (?:I (?:met|spoke (?:to|with)) )?(?:said|told me|agreed|thought) (?:that )?I"
            r" (?:was|would be|'d be|am)\b",
            r"\bI was (?:exactly|precisely|just) what (?:you|the team|they|your team)"
            r" (?:needed|wanted|were looking for)\b",
            # "I'm stunned you ...", "I disagree with ...", "the panel overlooked ...".
            r"\bI(?:'m| am| was) (?:still |really |honestly |frankly |quite |so |completely"
            r" |genuinely )*(?:stunned|shocked|floored|flabbergasted|dumbfounded|baffled"
            r"|bewildered|mystified|perplexed|confused|puzzled) (?:that |by |at )?(?:you|they"
            r"|the (?:team|panel|decision|choice|outcome)|this decision|your decision)\b",
            r"\bI (?:\w+ )?(?:disagree|take issue) with\b",
            r"\b(?:you|they|the (?:panel|team|committee|interviewers?|recruiters?|hiring"
            r" (?:manager|team))|your (?:team|panel)) (?:may have |might have |must have |have"
            r" |has |had )?(?:overlooked|missed|ignored|underestimated|misjudged|misread"
            r"|misunderstood|undervalued|failed to (?:notice|see|consider|recogni[sz]e|read"
            r"|appreciate)) (?:my|that I|how|the fact|key|some|important|what I|parts?|a lot"
            r"|much|most)\b",
            r"\b(?:can't|cannot|couldn't|could not|don't|do not|doesn't|does not|didn't|did not"
            r"|fail(?:s|ed)? to) (?:recogni[sz]e|spot|see|appreciate|value|know) (?:real |good"
            r" |true )?(?:talent|quality|potential|a good thing when)\b",
            r"\bcounts? for (?:so |very )?(?:little|nothing)\b",
            r"\b(?:I find it|I found it|it's|it is) (?:\w+ )?(?:surprising|strange|odd|baffling"
            r"|puzzling|telling|curious|remarkable) that\b",
            r"\byou (?:couldn't|could not|didn't|did not|don't|do not|can't|cannot|failed to"
            r"|weren't able to) (?:see|recogni[sz]e|appreciate|understand|value) (?:what|how much"
            r"|the value|my)\b",
            r"\bI(?:'m| am| was) (?:\w+ )?(?:baffled|stunned|flabbergasted|dumbfounded|floored"
            r"|mystified|bewildered)\b",
            r"\b(?:don't|do not|didn't|did not) (?:think|feel|believe) (?:\w+ ){0,5}?(?:got|gave"
            r"|had|given|received) (?:me )?(?:a )?(?:fair|proper|real|serious|genuine) (?:hearing"
            r"|chance|shot|look|assessment|consideration|evaluation)\b",
            r"\bcounts? for (?:something|anything)\b",
        ),
        exceptions=(
            r"\bwrong (?:decision|choice|call) (?:on my part|by me)\b",
            r"\b(?:don't|do not|wouldn't|would not|can't|cannot|couldn't|could not) (?:\w+ )?"
            r"disagree\b",
        ),
        examples=(
            Example.bad("I don't understand how I'm not a good fit for this role."),
            Example.bad("I thought my skills were a good match for the team."),
            Example.bad("I was clearly the most qualified candidate you met."),
            Example.bad("I believe you made a mistake in choosing someone else."),
            Example.good("I'm disappointed, of course, but I understand."),
            Example.good("I understand why the team went with more dbt experience."),
            Example.good("I still believe I could add a lot to the team in a future role."),
            Example.bad("I can't believe the panel chose another person after four rounds."),
            Example.bad("I really don't see how anyone else matched the brief better."),
            Example.bad("How could the team pass on a background like mine?"),
            Example.bad("Frankly, the decision makes no sense to me."),
            Example.bad("I was told the interviews went really well, so I'm confused."),
            Example.bad("I respectfully disagree with the comments on my case study."),
            Example.bad("I think the panel may have overlooked most of my portfolio."),
            Example.good("I can't believe how quickly the month went; thank you for it."),
            Example.good("I don't see this as the end; I hope to apply again."),
            Example.good("I can see how much thought went into the decision."),
            Example.good("I wouldn't disagree with any of the feedback; it's fair."),
        ),
    ),
    Rule(
        id="bitterness.repitches_credentials",
        kind="existence",
        severity="warning",
        message="May read as re-arguing your case: credentials pitched after the decision.",
        rationale="Restating why you fit the job asks them to defend the choice they made.",
        suggestion="Leave the credentials out; one line about future roles keeps the door open.",
        tags=("bitter",),
        patterns=(
            r"\bI(?: (?:really |honestly |truly |genuinely |still )?(?:thought|felt|believed?"
            r"|was (?:sure|certain|confident|convinced)|am (?:sure|certain|confident|convinced)"
            r"|know)|'m (?:sure|certain|confident|convinced)) (?:that )?(?:my (?:skills"
            r"|experience|background|qualifications|profile|cv"
            r"|resume)(?: \w+)? (?:lined up|matched|aligned|fit|fitted|were|was|are|is)"
            r"|I (?:was|am|'m|would be|'d be)) (?:\w+ ){0,3}?(?:fit|match|perfectly|exactly"
            r"|precisely|ideally|candidate|person|choice)\b(?! for (?:a |any )?(?:future|other"
            r"|another|later|upcoming|similar))",
            r"\bI (?:was|am|'m) (?:\w+ )?(?:the|your) (?:strongest|best|most (?:qualified"
            r"|experienced|suitable)|ideal|right|perfect|obvious) (?:candidate|person|fit|choice"
            r"|applicant|match|hire)\b",
            r"\bI (?:have|'ve got|bring|had) (?:over |more than |nearly |almost )?(?:\d+\+?"
            r"|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several)"
            r" years?(?: of)? (?:\w+ )?experience\b[^.!?\n]{0,40}?\b(?:exactly|precisely|this"
            r" (?:exact|very|kind|type|role|area|field)|just this|the (?:exact|same))\b",
            r"\bI(?: have|'ve| had)? (?:led|built|run|ran|managed|delivered|done|shipped)\b"
            r"[^.!?\n]{0,50}?\b(?:exactly|precisely|just) (?:like )?(?:this|the same|what"
            r" you)\b",
            r"\b(?:ticked|tick|checked|check|met|meet|fulfil+(?:ed)?|satisf(?:y|ied)|matched?)"
            r" (?:every|all (?:the |of the |your )?|each) (?:box|boxes|requirements?"
            r"|criteri(?:a|on)|qualifications?)\b",
            r"\bmy (?:track record|experience|results|work|cv|resume|portfolio|record) speaks?"
            r" for (?:itself|themselves)\b",
            r"\b(?:I'd like to|I would like to|let me|I must|I should|I want to|allow me to)"
            r" (?:point out|stress|emphasi[sz]e|remind you)\b",
            r"\b(?:perfect|ideal|exact|natural|obvious) (?:match|fit) for (?:my|me)\b",
            r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) years\b"
            r"[^.!?\n]{0,40}?\b(?:exact|exactly|precisely|this (?:very|same|kind|type)|the same"
            r" (?:kind|type)|just like this)\b",
            r"\bin case (?:it|I|this) (?:wasn't|was not|didn't|did not) (?:clear|come across"
            r"|come through|make it clear)\b",
            r"\bI(?:'m| am) (?:an? )?(?:expert|specialist|authority|seasoned|highly (?:experienced"
            r"|skilled|qualified))\b",
            r"(?:^|(?<=[.!?]\s))Surely (?:my|I|you|the|this|that)\b",
            r"\b(?:role|job|position)\b[^.!?\n]{0,20}?\b(?:was|is) (?:a |an )?(?:perfect"
            r"|ideal|exact|obvious) (?:match|fit)\b",
        ),
        examples=(
            Example.bad("I felt my background matched the brief exactly."),
            Example.bad("I'm confident I would be the right person for it."),
            Example.bad("I have eight years of experience in this exact area."),
            Example.bad("My portfolio speaks for itself."),
            Example.bad("I met every requirement in the advert."),
            Example.good("I still believe I'd be a good fit for future roles on the team."),
            Example.good("I have learned a lot from the process."),
            Example.good("I'd like to point you to the notes I mentioned, in case they help."),
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
            # "a waste of a month", "the whole thing was a formality", "decided all along".
            r"\b(?:a |complete |total |huge |big |such a )?waste of (?:a |an |the |my |our "
            r"|everyone's |\w+ )?(?:month|months|week|weeks|day|days|effort|energy|afternoon"
            r"|morning|holiday|vacation|leave)\b",
            r"\b(?:was|were|been|is|be|felt like|seemed like|seems like|like|just|merely|mere"
            r"|only|nothing but|all) (?:a |an |\w+ )?formality\b",
            r"\b(?:decided|made|settled|sealed|set|taken|done)\b[^.!?\n]{0,30}?\b(?:before"
            r" (?:I|we|my|the (?:first )?interview|anyone) (?:\w+ )?(?:walked|came|met|started"
            r"|applied|interviewed|had|was|even|ever)|from the (?:start|outset|beginning)"
            r"|all along|in advance|ahead of time)\b",
            r"\b(?:already|always) (?:picked|chosen|chose|selected|had|found|lined up"
            r"|earmarked) (?:your|their) (?:person|candidate|pick|favou?rite|hire|guy|insider"
            r"|man|woman)\b",
            r"\b(?:never|didn't|did not|don't|do not) (?:really |even )?(?:had|have|stood"
            r"|stand) a (?:real |fair |genuine |serious )?(?:shot|chance|hope)\b(?! to\b)",
            r"\b(?:an insider|inside job|jobs? for (?:friends|mates|the boys))\b",
            r"\b(?:nobody|no one|no-one) (?:\w+ )?(?:bothered|cared|listened|read|looked"
            r"|asked|replied|responded)\b",
            r"\b(?:didn't|did not|never|couldn't|could not) (?:even )?(?:bother|be bothered"
            r"|care) to\b",
            r"\b(?:dragged on|dragging on|radio silence|left (?:me|candidates|us) (?:hanging|in"
            r" the dark)|kept (?:me|candidates|us) (?:waiting|in the dark|hanging)|no"
            r" (?:communication|word) (?:for|at all|whatsoever|from)|zero communication|poor"
            r" communication|lack of (?:communication|respect|transparency|professionalism"
            r"|courtesy))\b",
            r"\b(?:you|they|the (?:\w+ )?(?:interviewers?|panel|team|recruiters?|process"
            r"|interviews?|managers?|hiring manager|company|questions|people)|everyone|your"
            r" (?:\w+ )?(?:team|interviewers?|panel|recruiters?|process)) (?:\w+ ){0,2}?(?:seemed"
            r"|were|was|felt|came across as|looked|appeared|acted) (?:\w+ )?(?:uninterested"
            r"|disinterested|unprepared|dismissive|condescending|arrogant|clueless|careless"
            r"|sloppy|chaotic|amateurish|unfair|biased|shambolic|incompetent|bored|hostile"
            r"|rushed)\b",
            # "my disappointment with the way my application was handled".
            r"\b(?:disappointment|disappointed|frustration|frustrated|unhappy|dissatisf\w+"
            r"|displeasure|concerns?|concerned|upset|annoyed|angry|unimpressed|appalled|dismayed"
            r"|shocked) (?:\w+ ){0,3}?(?:with|by|about|at|over|regarding) (?:the way|how|the"
            r" manner in which)\b[^.!?\n]{0,50}?\b(?:handled|run|treated|managed|conducted"
            r"|communicated|organi[sz]ed|dealt with|processed|went about)\b",
            r"\b(?:express|voice|register|convey|put on record) my (?:\w+ )?(?:disappointment"
            r"|frustration|dissatisfaction|displeasure|concerns?|unhappiness|dismay)\b",
            r"\bhow (?:this|your|the) (?:company|team|firm|organi[sz]ation|place) treats"
            r" (?:people|candidates|applicants)\b",
            r"\b(?:didn't|did not|couldn't|could not|never|wouldn't|would not) even (?:bother"
            r"|call|reply|respond|read|look|email|tell|let me know|acknowledge|ask|give me|have"
            r" the (?:decency|courtesy))\b",
            r"\b(?:didn't|did not|couldn't|could not|never|not) (?:\w+ )?(?:have |had |show )?"
            r"(?:the )?(?:decency|courtesy) to\b",
            r"\breflects? (?:poorly|badly|terribly) on\b",
            r"\b(?:is|was) how you (?:repay|treat|thank)\b",
            r"\bnothing to do with (?:the |this )?(?:actual |real )?(?:job|role|position|work)\b",
            r"\bexpected (?:more|better|a (?:little|bit) more) (?:\w+ )?(?:respect|consideration"
            r"|courtesy|professionalism|communication)\b",
            r"\b(?:job|role|position|vacancy|opening) (?:was|were|is) (?:never|not) (?:really"
            r" |actually |truly |even )?(?:open|real|genuine|available)\b",
            r"\b(?:never|didn't|did not|hadn't|had not) (?:even )?(?:met|spoken to|spoke to"
            r"|talked to|interviewed|read) me\b",
            r"\b(?:maybe |perhaps )?next time,? (?:try (?:to )?|actually |you (?:should|might want"
            r" to|could|may want to) )?(?:read|look at|check|listen|prepare|reply|respond)\b",
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
            Example.bad("It seemed the choice was made long before I walked in."),
            Example.bad("Honestly, the interviews felt like a formality."),
            Example.bad("I never stood a real chance, it seems."),
            Example.bad("Nobody even read the case study I sent."),
            Example.bad("The panel seemed rushed and uninterested."),
            Example.bad("I'm frustrated with how my candidacy was handled."),
            Example.good("I appreciated how smoothly the process was handled."),
            Example.good("I never had a chance to thank Lena in person."),
            Example.good("I understand the role went to an internal candidate."),
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
            rf"\b{WINNER} (?:has|had|with) (?:barely|hardly|almost no|next to no|no|little"
            r"|less|zero|not even|far less|much less) (?:any |real |relevant )?(?:experience"
            r"|background|skills|qualifications|clue|idea)\b",
            r"\b(?:mediocre|cheap|cheaper|inferior|weaker|lesser|second-rate|budget|token)"
            r" (?:hire|choice|candidate|option|pick|person|replacement)\b",
            r"\benjoy (?:your|the) (?:\w+ )?(?:hire|choice|pick|decision)\b",
            r"\b(?:someone|somebody|anyone|a person|whoever|candidates?|people) (?:who(?:'ll"
            r"| will| would|'d)? )?(?:is |are |was |were )?(?:cheaper|(?:work|works|worked)"
            r" for (?:less|cheaper|peanuts|nothing|a lower \w+))\b",
            r"\b(?:hir\w+|chose|choosing|picked|picking|went with|going with|found|finding)"
            r" (?:someone|somebody|a person|a candidate|an applicant) (?:\w+ )?(?:cheaper"
            r"|younger|less (?:experienced|qualified|expensive))\b",
            rf"\b{WINNER} (?:is|was|will be|turns out to be|proves to be) (?:everything"
            r"|all|exactly what) you (?:wanted|hoped|were looking for|needed|deserve)\b",
        ),
        examples=(
            Example.bad("Call me when the person you hired doesn't work out."),
            Example.bad("I hear you went with a cheaper candidate."),
            Example.good(
                "If another position opens up — or if the person you hired doesn't work out"
                " — I would still love to join the team."
            ),
            Example.good("Wishing you and the new hire every success."),
            Example.bad("I gather the new hire has next to no relevant experience."),
            Example.bad("Enjoy your budget hire."),
            Example.bad("I see you found someone who works for less."),
            Example.good("The train was cheaper than I expected, so no need to reimburse it."),
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
            # A barbed tag at the end of a sentence: "Congrats on the hire, I guess."
            r",\s*(?:I guess|I suppose|eventually|apparently|if you say so|if that's what you"
            r" want(?:ed)?|or so I'm told|or so I hear)\s*(?=[.!?]|$)",
            r"\b(?:congrats|congratulations)\b[^.!?\n]{0,60}?\bI (?:guess|suppose)\b",
            r"\bwhat a (?:surprise|shock)\b",
            r"\b(?:interesting|bold|curious|brave|strange|odd) (?:choice|decision|call|pick)\b",
            r"\bfor your (?:own )?sake\b",
            r"\blives? up to (?:the |all the )?hype\b",
            r"\byou(?:'ll| will|'re going to| are going to) need (?:it|all the luck|the luck"
            r"|luck)\b",
            r"\b(?:good )?luck (?:finding|replacing|hiring|getting)\b[^.!?\n]{0,40}?\b(?:better"
            r"|half|as good|like me|my (?:experience|skills|level))\b",
            r"\bhalf (?:my|of my|as (?:much|good|qualified|experienced|skilled))\b",
            r"\b(?:hope|hoping|trust) (?:your|the) (?:\w+ )?(?:choice|decision|pick|hire)"
            r" works? out\b",
            r"\bno hard feelings\b[^.!?\n]{0,5}?,? (?:but|though|although|however)\b",
            r"\b(?:wonder|question|doubt) (?:\w+ ){0,2}(?:how|whether|if) (?:seriously|carefully"
            r"|closely|thoroughly|anyone|you (?:actually|even|really|ever))\b",
            r"\b(?:had better|better) be worth it\b",
            r"\b(?:easiest|most convenient|cheapest|safest|simplest|most comfortable) for"
            r" (?:you|the company|them|the team)\b",
            r"\b(?:clearly|obviously|apparently|evidently),? (?:you|they|the (?:team|company"
            r"|panel)) (?:\w+ ){0,2}?(?:were|wanted|preferred|prefer|value|valued|care|cared"
            r"|needed|didn't|did not|don't|do not|weren't)\b",
            r"\b(?:should have|should've|could have|might have) (?:\w+ )?expected (?:this|that"
            r"|as much|it|nothing)\b",
            r"\b(?:par for the course|typical of (?:a |this |your )?(?:company|companies|place"
            r"|recruiters|you))\b",
        ),
        examples=(
            Example.bad("Good luck finding someone better."),
            Example.bad("I'm sure the person you hired is great."),
            Example.bad("Fine. Thanks for letting me know, I suppose."),
            Example.bad("Apparently I wasn't what you were looking for."),
            Example.good("Good luck with the product launch next month."),
            Example.good("I'm sure the team will do great things this year."),
            Example.good("It's fine if you can't share feedback."),
            Example.bad("Well, congrats on the new analyst, I suppose."),
            Example.bad("Best of luck with the launch; you'll need it."),
            Example.bad("Good luck getting anyone half as committed."),
            Example.bad("Obviously you wanted someone with less ambition."),
            Example.bad("Interesting decision, all things considered."),
            Example.good("I guess the timing wasn't right, but I enjoyed meeting everyone."),
            Example.good("Congratulations on filling the role so quickly."),
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
            rf"\b{I_WILL} (?:be )?(?:rais\w* (?:this|it|the matter|my concerns?) (?:with|to)"
            r"|tak\w* (?:this|it|the matter) (?:up )?(?:with|to)|bring\w* (?:this|it) to"
            r"|flag\w* (?:this|it) (?:to|with)|complain\w* to|escalat\w* (?:this |it )?(?:to"
            rf"|with)) (?:your |the |a )?{ROLES_ABOVE}\b",
            r"\b(?:this|it) (?:isn't|is not|is far from|ain't) over\b",
        ),
        examples=(
            Example.bad("You'll regret this decision."),
            Example.bad("I'll take my skills to one of your competitors."),
            Example.bad("Your manager will hear about how this was handled."),
            Example.good("I'll keep following the team's work with interest."),
            Example.good("Please pass my thanks on to your manager as well."),
            Example.bad("I'll be taking this up with your HR department."),
            Example.bad("Believe me, this isn't over."),
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
            r"\b(?:share|sharing|post|posting|tell|telling|write|writing|blog|blogging|tweet"
            r"|tweeting)(?: about)? (?:my experience|this experience|what happened|how (?:I was"
            r"|candidates are|you) treat\w*|my story|the (?:whole )?story)\b[^.!?\n]{0,40}?"
            r"\b(?:followers|network|connections|audience|subscribers|readers|community"
            r"|LinkedIn|Twitter|Glassdoor|Reddit|online|publicly|public|social media|everyone"
            r"|the world)\b",
            r"\b(?:review|rating|complaint|write-?up|callout|call-out|warning)\b[^.!?\n]{0,50}?"
            r"\b(?:on|to) (?:Glassdoor|Indeed|Reddit|Blind|LinkedIn|Twitter|Facebook|TikTok"
            r"|Trustpilot|social media|my blog)\b",
            r"\b(?:people|others|other (?:candidates|applicants|people|job ?seekers)|future"
            r" (?:candidates|applicants)|candidates|the public) (?:\w+ )?(?:will|should"
            r"|deserve to|ought to|are going to|need to|have a right to) (?:\w+ )?(?:know|hear"
            r"|find out|learn|be warned)\b",
        ),
        examples=(
            Example.bad("I'll be posting about this experience on LinkedIn."),
            Example.bad("I plan to leave an honest review on Glassdoor."),
            Example.bad("My network deserves to know how candidates are treated."),
            Example.good("I'd be glad to connect on LinkedIn and stay in touch."),
            Example.good("I enjoyed reading the team's posts about the dbt migration."),
            Example.bad("I'm writing about my experience for my followers."),
            Example.bad("Future applicants should be warned."),
            Example.good("Future applicants will love the onboarding you described."),
        ),
    ),
)
