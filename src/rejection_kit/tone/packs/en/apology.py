"""Over-apologising, over-justifying, self-deprecation, gushing and oversharing."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="apology.count",
        kind="occurrence",
        severity="warning",
        message="May read as over-apologetic: more than one apology in the message.",
        rationale='One "sorry it didn\'t work out" is gracious; several sound like guilt.',
        tags=("apologetic",),
        patterns=(
            r"\bsorry\b",
            r"\bapologi[sz](?:e|ed|es|ing)\b",
            r"\bapolog(?:y|ies)\b",
            r"\bforgive me\b",
            r"\bpardon me\b",
        ),
        max=1,
        examples=(
            Example.bad("Sorry for the long email. I apologize if this is out of place."),
            Example.good("I'm sorry it didn't work out this time."),
        ),
    ),
    Rule(
        id="apology.for_time",
        kind="existence",
        severity="warning",
        message="May read as over-apologetic: apologising for taking their time.",
        rationale="They chose to spend the time; thank them for it instead.",
        suggestion="Thank you for your time.",
        tags=("apologetic",),
        patterns=(
            r"\b(?:sorry|apologi[sz]e|apologies|forgive me) (?:\w+ ){0,2}(?:for|about|if)"
            r" (?:I )?(?:taking|took|wasting|wasted|using|bothering|troubling|disturbing|the "
            r"trouble"
            r"|any trouble|the inconvenience|any inconvenience|your time|this long|the long"
            r"|the length|writing|another email|following up|reaching out|my (?:email|message"
            r"|note))\b",
            r"\bsorry to (?:bother|trouble|disturb|pester|bug|take up|waste|intrude|write "
            r"again)\b",
        ),
        examples=(
            Example.bad("Sorry for taking up so much of your time."),
            Example.bad("Sorry to bother you again about this."),
            Example.good("Thank you for the time you spent with me."),
        ),
    ),
    Rule(
        id="apology.self_deprecation",
        kind="existence",
        severity="error",
        message="May read as self-deprecating.",
        rationale="Running yourself down undoes the impression the interviews made.",
        tags=("apologetic",),
        patterns=(
            r"\bI (?:wasn't|was not|am not|'m not|'m just not|just wasn't|was just not)"
            r" (?:\w+ )?(?:good|smart|qualified|experienced|talented|skilled|strong|capable) "
            r"enough\b",
            r"\bI know I(?:'m| am) not (?:the best|good enough|perfect|the strongest|the smartest"
            r"|qualified)\b",
            r"\bI(?:'m| am) (?:such )?(?:an idiot|a failure|useless|hopeless|worthless|a loser)\b",
            r"\bI (?:should never|shouldn't|should not) have (?:applied|bothered)\b",
            r"\bsorry (?:for not being|I wasn't|I was not|that I wasn't|that I was not"
            r"|I couldn't be|I could not be) (?:\w+ )?(?:good enough|the right|a better|what "
            r"you)\b",
            r"\b(?:I was|I am|I'm|I felt|being|me being|for being) (?:so |very |really "
            r"|totally |completely |such an? )?(?:underprepared|unprepared|incompetent|useless"
            r"|stupid|clumsy|hopeless|a disappointment)\b",
            r"\b(?:sorry|apologi[sz]e) (?:that |if |for )?(?:I )?(?:let (?:you|the team"
            r"|everyone) down|disappointed you|wasted your)\b",
        ),
        examples=(
            Example.bad("I know I wasn't good enough for a team like yours."),
            Example.bad("Sorry I wasn't what you were looking for."),
            Example.good("I learned a lot from the technical round."),
            Example.bad("Forgive me for being so unprepared on the day."),
            Example.good("I was prepared for a tough question and enjoyed it."),
        ),
    ),
    Rule(
        id="apology.over_justifying",
        kind="existence",
        severity="warning",
        message="May read as over-justifying: explaining the interview after the decision.",
        rationale="Re-explaining answers reads as arguing; a short note lands better.",
        tags=("apologetic",),
        patterns=(
            r"\bI (?:was|had been|felt) (?:very |really |so |a bit |quite |extremely )?(?:nervous"
            r"|tired|sick|ill|unwell|jet-?lagged|exhausted|distracted|under the weather) (?:during"
            r"|at|in|on|for|that|before)\b",
            r"\b(?:let me|I want to|I'd like to|I would like to|allow me to|I need to|I must)"
            r" (?:explain|clarify|justify) (?:why I|what I meant|my answer|myself|that I"
            r"|what happened|my (?:answer|response|performance))\b",
            r"\bin my (?:own )?defen[cs]e\b",
            r"\bthe (?:only )?reason (?:I|my \w+) (?:\w+ ){0,4}(?:was|is) (?:because|that)\b",
            r"\b(?:to be fair|in fairness) to (?:me|myself)\b",
            r"\bwhat I (?:meant|was trying to say) (?:was|is|in|when|about)\b",
            r"\b(?:because|as|since) I (?:was|had been|felt) (?:very |really |so |a bit "
            r"|quite |extremely )?(?:nervous|tired|sick|ill|unwell|jet-?lagged|exhausted"
            r"|distracted|under the weather)\b",
            r"\bI (?:should|must|need to|ought to|'d like to|would like to|want to) (?:explain"
            r"|clarify|justify|expand on|elaborate on|correct) (?:that )?(?:my|what I|why I"
            r"|that I|how I)\b",
            r"\b(?:let me|I want to|I'd like to|I would like to) explain that\b",
            r"\bI (?:rambled|froze|blanked|choked|stumbled|messed up|botched|fumbled|flubbed"
            r"|panicked)\b",
        ),
        examples=(
            Example.bad("I was very nervous during the final interview, which is why I froze."),
            Example.bad("Let me explain what I meant by my answer on testing."),
            Example.good("I enjoyed the discussion about testing in the final interview."),
            Example.bad("I should clarify what I said about the budget."),
            Example.bad("I think I rambled in the second round."),
        ),
    ),
    Rule(
        id="emotion.oversharing",
        kind="existence",
        severity="warning",
        message="May read as oversharing: strong feelings about the decision.",
        rationale="One sentence of mild disappointment is gracious; distress makes them uneasy.",
        patterns=(
            r"\b(?:devastated|heartbroken|heart-broken|crushed|gutted|shattered|distraught"
            r"|inconsolable|despondent)\b",
            r"\bI(?:'ve| have)? (?:been )?(?:cried|crying|sobbing|wept)\b",
            r"\bin tears\b",
            r"\b(?:ruined|wrecked) my (?:day|week|weekend|month|year|life)\b",
            r"\b(?:can't|couldn't|cannot) (?:stop (?:crying|thinking about (?:it|this))|sleep"
            r"|get over (?:it|this))\b",
            r"\bI (?:broke down|fell apart|am falling apart)\b",
            r"\bthis (?:news )?(?:hit|hurt) me (?:so |really |very )?(?:hard|badly|deeply)\b",
            r"\bI(?:'m| am| was| felt) (?:so |really |very |deeply |absolutely )?(?:hurt|upset"
            r"|angry"
            r"|furious|livid|bitter|appalled|outraged|insulted|offended|disgusted)\b",
            r"\b(?:this|it|that) (?:really |still )?stings\b",
        ),
        exceptions=(r"\bcrushed it\b",),
        examples=(
            Example.bad("Honestly, I was devastated when I read your email."),
            Example.bad("This news ruined my week."),
            Example.good("I'm disappointed, of course, but I understand."),
            Example.good("Bummed this one didn't pan out, but I loved meeting the team."),
        ),
    ),
    Rule(
        id="emotion.gushing",
        kind="existence",
        severity="warning",
        message="May read as gushing.",
        rationale="Praise works when it is specific and measured.",
        patterns=(
            r"\b(so|very|really|truly|super)[, ]+\1\b",
            r"\b(?:(?:so|very|really|truly|absolutely|incredibly|extremely|super|amazingly|utterly"
            r"|totally)[, ]+){3,}\w+",
            r"\bthe (?:best|greatest|most amazing|most incredible|most wonderful) (?:company|team"
            r"|people|interview|experience|place|organi[sz]ation|hiring manager|interviewer)s?"
            r" (?:in the (?:world|universe|industry)|ever|on (?:earth|the planet)|I(?:'ve| have) "
            r"ever)\b",
            r"\bI (?:love|adore|worship) (?:you|y'all|you all|you guys)\b",
            r"\bmy (?:whole |entire )?life(?:'s)? dream\b",
            r"\bin my (?:entire|whole) life\b",
        ),
        examples=(
            Example.bad("It was really really the best day."),
            Example.bad("You are the best team in the world!"),
            Example.good("I really enjoyed meeting the team."),
        ),
    ),
    Rule(
        id="hedging.insecurity",
        kind="occurrence",
        severity="suggestion",
        confidence="medium",
        message="May read as unsure of yourself: many hedges and fillers.",
        rationale="A few hedges are polite; a dense run of them sounds insecure.",
        per="100w",
        max=3,
        min_count=3,
        patterns=(
            r"\bjust\b",
            r"\b(?:sort|kind) of\b",
            r"\bI (?:think|guess|suppose|feel like)\b",
            r"\bmaybe\b",
            r"\bperhaps\b",
            r"\bpossibly\b",
            r"\bhopefully\b",
            r"\bI hope (?:it's|this is) (?:ok|okay|alright|fine)\b",
            r"\bif that makes sense\b",
            r"\ba (?:little )?bit\b",
            r"\bsomewhat\b",
            r"\b(?:kinda|sorta)\b",
            r"\bI(?:'m| am) not sure (?:if|whether)\b",
        ),
        examples=(
            Example.bad(
                "I just wanted to maybe ask, I guess, if you could sort of keep me in mind."
            ),
            Example.good("Thank you for your time. I hope our paths cross again."),
        ),
    ),
)
