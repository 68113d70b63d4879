"""The ``readout_times`` component: time expressions with normalized start and end dates.

Matches come from the rule layer (time_rules, data in data/time_rules.json),
values from time_normalize, and the anchor of relative expressions from
time_anchor. The parse is used for two things the rules cannot see: the tense
of the clause (is "Friday" last Friday or next Friday?) and whether a
four-digit number counts things rather than naming a year ("2000 troops").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from readout.analyze import extensions  # noqa: F401  (registers Doc extensions)
from readout.analyze.extensions import char_span, doc_text, document_of
from readout.analyze.time_anchor import choose_anchor
from readout.analyze.time_normalize import Normalized, Normalizer, anaphoric, month_end
from readout.analyze.time_rules import DAY_ORDINAL_WORDS, Lexicon, RuleMatch, find_matches, load_rules
from readout.model import TimeExpr

FUTURE_AUX = {"will", "'ll", "shall", "wo", "gonna", "might", "may", "could", "would", "should"}
# "we can win on Tuesday": an act not yet done, when the date hangs on the verb itself (not "cannot trust
# Tuesday's assertion", whose date is the assertion's)
CAN_AUX = {"can", "ca"}
# an act agreed or promised, done after the agreement ("agreed to buy the unit in February")
COMMIT_VERBS = {"agree", "promise", "pledge", "vow", "decide", "vote", "offer", "undertake", "commit", "arrange", "threaten"}
# "a vote slated for Thursday" lies ahead like "scheduled for" (the lemma read through _lemma)
PLAN_VERBS = {"plan", "schedule", "expect", "intend", "aim", "due", "set", "hope", "prepare", "forecast", "slate"}
# "is likely to win Tuesday", "is certain to pass Thursday": an act expected, ahead unless the 'be' is past
LIKELY_ADJECTIVES = {"likely", "unlikely", "certain", "sure", "poised", "bound", "ready"}
# "extended through May", "delayed until Thursday": a date moved forward to lies ahead of the writing, whatever the tense
MOVE_FORWARD_VERBS = {"extend", "delay", "postpone", "defer", "adjourn", "prolong", "push", "put", "reschedule", "move", "renew", "suspend"}
MOVE_FORWARD_PREPS = {"until", "till", "through", "to", "into"}
# "the vote was set for Thursday", "the court set a hearing for Monday": the day an act is arranged for lies
# ahead of the report, though the arranging is told in the past ("call" and "convene" only with an object
# between: "called elections for March"; not "announce", whose "for" names the period of results)
ARRANGE_VERBS = {"schedule", "set", "slate", "plan", "fix", "book", "reschedule"}
ARRANGE_WITH_OBJECT_VERBS = {"call", "convene"}
# "named a panel to review the rules by June", "ordered the army to withdraw by Friday": the act a past verb of
# directing or setting up puts in hand comes after it, so the infinitive's date is read on its own, not as past
# (not "forced", "helped", "allowed", whose act was done)
DIRECTING_VERBS = {"order", "ask", "urge", "tell", "direct", "instruct", "call", "invite", "name", "appoint", "hire", "set", "create", "form", "establish", "authorize", "authorise", "commission", "assign", "send", "dispatch", "request", "require", "empower", "mandate", "task", "charge", "summon"}
# nouns of an aim: a date after them names when it is to be met ("its target of a cut by the end of the year")
AIM_NOUNS = {"goal", "target", "aim", "plan", "deadline", "pledge", "promise", "forecast", "projection", "estimate", "expectation", "objective", "intention"}
# verbs of saying whose own date a weekday after them names ("officials said Monday")
REPORTING_VERBS = {"say", "tell", "announce", "report", "state", "add", "confirm"}
# "would not say", "wouldn't comment": what a source refused to tell, a refusal already made
REFUSED_VERBS = REPORTING_VERBS | {"comment", "disclose", "discuss", "elaborate", "specify", "reveal", "identify", "answer", "respond", "explain"}
# Verbs of praise and blame: a reaction to something already done or said, so their present ("groups are hailing the
# ruling Thursday", "critics slam the speech Thursday") tells what is going on, not a schedule; not verbs that also
# name an act one arranges ahead ("welcome the delegation", "question the chief executive", "honor the founder")
REACTION_VERBS = {"praise", "hail", "laud", "applaud", "commend", "extol", "tout", "criticize", "criticise", "condemn", "denounce", "decry", "deplore", "blast", "slam", "assail", "lambast", "blame", "mock", "ridicule", "deride"}
# "pointing to", "citing": a participle that cites evidence for a claim, which is there already
EVIDENCE_VERBS = {"point", "cite", "note", "recall", "mention", "refer"}
# present-tense verbs that describe a state or report rather than a scheduled act ("is", "says")
STATE_VERBS = {"be", "have", "say", "tell", "report", "show", "remain", "stand", "seem", "follow", "compare", "mean", "include", "want", "know", "think", "believe", "hurt"}
DEADLINE_PREPS = {"by", "until", "till", "through"}
# a verb and its object that together name one scheduled act, whose present tense is a schedule as "expires" is
# ("the law takes effect in January", "the party holds its congress in October")
SCHEDULED_OBJECTS = {
    "take": {"effect", "office", "place", "power"},
    "hold": {"talk", "talks", "election", "elections", "vote", "referendum", "meeting", "summit", "convention", "congress", "conference", "hearing", "hearings", "primary", "poll", "session", "rally", "ceremony", "parade", "festival", "games", "trial", "caucus", "caucuses"},
    "stand": {"trial"},
}
# "the planning for Sunday's summit": nouns of getting ready for an event
PREPARATION_NOUNS = {"planning", "plan", "preparation", "prep", "rehearsal", "practice", "training", "buildup", "run-up", "countdown", "eve"}
READY_ADJECTIVES = {"ready", "eligible", "qualified", "prepared", "set"}
AWAITING_PREPS = {"for", "until", "till"}
# "preparing for Sunday's election", "ahead of Monday's vote": a possessive weekday that lies ahead
FORWARD_PREPS = {"for", "before", "until", "till"}
YEAR_DETERMINERS = {"the", "its", "their", "his", "her", "our", "this", "that", "fiscal", "calendar"}
# Words TimeML puts inside a time expression's extent (its 'mod' attribute: APPROX, LESS_THAN, MORE_THAN,
# START, END): "nearly two years", "at least 30 days", "around Nov. 1", "early Tuesday", "late yesterday".
# Not "over" ("over the weekend" is a preposition; TimeBank leaves it out 24 times of 25).
_APPROX_BEFORE = re.compile(r"(?<![\w-])(?:about|around|nearly|almost|roughly|approximately|some|more than|less than|fewer than|at least|at most|no more than|no less than|up to|just under|just over)\s$", re.I)
_AROUND_BEFORE = re.compile(r"(?<![\w-])(?:about|around|approximately|roughly)\s$", re.I)
_EDGE_OF_DAY_BEFORE = re.compile(r"(?<![\w-])(?:early|late|earlier|later)\s$", re.I)
_MODIFIED = {
    "duration": _APPROX_BEFORE, "offset": _APPROX_BEFORE, "clock": _AROUND_BEFORE, "noon": _AROUND_BEFORE,
    "calendar": _AROUND_BEFORE, "relative_part": _AROUND_BEFORE,
    "weekday": _EDGE_OF_DAY_BEFORE, "day_reference": _EDGE_OF_DAY_BEFORE, "relative_unit": _EDGE_OF_DAY_BEFORE,
}


_DAY_WORD = "|".join(sorted(DAY_ORDINAL_WORDS, key=len, reverse=True))
_DAY_WORD_AFTER = re.compile(rf" (?:the )?({_DAY_WORD})(?![\w-])(?!,? \d)(?=[,.;:!?)]|\s*$| (?:and|or|but|to|at|in|when|with|for|after|before|from|through|until|as|if)\b)", re.I)
_DAY_WORD_BEFORE = re.compile(rf"\b[Tt]he ({_DAY_WORD}) of $", re.I)


def _with_day_word(text: str, match: RuleMatch) -> RuleMatch:
    """'March eighth', 'the twenty-third of February', 'the first of May, 2027': a day of the month written as an
    ordinal word, as transcripts write it, is that day, not the month alone. Looked for only beside a month the
    rules found (a pattern of its own scanned every text for month names)."""
    g = match.groups
    if not g.get("month") or g.get("day") or g.get("rel") or g.get("modifier") or match.kind not in ("relative_month", "calendar"):
        return match
    before = _DAY_WORD_BEFORE.search(text, max(0, match.start - 30), match.start)
    if before is not None:
        return replace(match, start=before.start(), kind="calendar", groups={**g, "day": str(DAY_ORDINAL_WORDS[before.group(1).lower()])})
    after = _DAY_WORD_AFTER.match(text, match.end) if not g.get("year") else None
    if after is not None:
        return replace(match, end=after.end(1), kind="calendar", groups={**g, "day": str(DAY_ORDINAL_WORDS[after.group(1).lower()])})
    return match


def _without_verb_last(doc: Doc, match: RuleMatch) -> RuleMatch:
    """'expected to last a week', 'will last three months': the verb 'last' is not inside the duration."""
    if match.kind != "duration" or doc_text(doc)[match.start : match.start + 5].lower() != "last ":
        return match
    span = doc.char_span(match.start, match.start + 4)
    if span is None or span[0].pos_ not in ("VERB", "AUX"):
        return match
    return replace(match, start=match.start + 5)


def _modified_start(text: str, match: RuleMatch) -> int:
    """Where the expression starts with a modifier TimeML annotates inside it ("nearly two years")."""
    pattern = _MODIFIED.get(match.kind)
    if pattern is None:
        return match.start
    found = pattern.search(text, max(0, match.start - 16), match.start)
    return found.start() if found else match.start


REFERENCE_REACH = 1000  # characters within which "a year earlier" counts from the previous expression
PERIOD_SIZES = {"quarter", "half", "month", "season"}  # what "the year-ago period" may be the same part of the year as


# Verb forms spaCy's rule lemmatizer reads as another verb ('slated' -> 'slat', 'hoped' -> 'hop'). The shared
# corrections (data/lemma_exceptions.json, set by nlp.load_corrected) cover both now (the learned quote reader was
# retrained on them), but this component also runs on a bare spaCy pipeline
_VERB_LEMMAS = {"slated": "slate", "slates": "slate", "slating": "slate", "hoped": "hope", "hopes": "hope", "hoping": "hope"}


def _match_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens over characters start:end, widened to whole tokens; None where there are none."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _lemma(token: Token) -> str:
    """The token's lemma, with the plan verbs the lemmatizer misreads put right ('is slated for', 'hopes to')."""
    return _VERB_LEMMAS.get(token.lower_, token.lemma_) if token.tag_.startswith("VB") else token.lemma_


def _verb_of(token: Token) -> Token | None:
    """The verb that governs a token (the token itself if it is one)."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and not _noun_read_as_verb(token):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


# the roles of a noun: a present verb in one is a plural noun the tagger misread
_NOUN_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj")


def _noun_read_as_verb(token: Token) -> bool:
    """'Her campaign remarks on Sunday drew fire', 'his Tuesday wins lift him': a word tagged as a present verb that
    is itself the subject or object of another word, that has a possessive of its own, or whose 'subject' is a date
    word just before it with a determiner or possessive of its own ('his Tuesday wins', not 'Tuesday marks the
    anniversary'), is a plural noun; the tense is that of the verb it depends on, not a present of its own."""
    if token.tag_ not in ("VBZ", "VBP"):
        return False
    if token.dep_ in _NOUN_ROLES and token.head.i != token.i:
        return True
    for child in token.children:
        if child.dep_ == "poss":
            return True
        if child.dep_ == "nsubj" and child.i == token.i - 1 and child.ent_type_ in _DATE_ENTITIES and any(c.dep_ in ("poss", "det") for c in child.children):
            return True
    return False


def _reporting_owner(span, verb: Token | None) -> Token | None:
    """'The bank said on Monday it would cut rates': a date written between a reporting verb and the
    subject of the clause it reports is the reporting verb's, though the parser often hangs it on the
    reported clause (whose 'would' then read Monday as the next one)."""
    if verb is None or verb.dep_ != "ccomp" or verb.head.i >= span.start or verb.head.pos_ not in ("VERB", "AUX"):
        return verb
    opener = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")), None)
    if opener is None or opener.left_edge.i < span.end:
        return verb
    return verb.head


def _arranged_for(head: Token, verb: Token) -> bool:
    """'talks were scheduled for Friday', 'called a strike for Monday': 'for' on an arranging verb or on its object."""
    if not (head.dep_ == "prep" and head.lower_ == "for"):
        return False
    owner = head.head
    if owner.i == verb.i:
        if verb.lemma_ in ARRANGE_WITH_OBJECT_VERBS:
            return any(c.dep_ == "dobj" and verb.i < c.i < head.i for c in verb.children)
        return _lemma(verb) in ARRANGE_VERBS
    return owner.pos_ == "NOUN" and owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == verb.i and _lemma(verb) in ARRANGE_VERBS


def _holds_arranged(verb: Token) -> bool:
    """'On Friday, X has a speech scheduled': a present 'have' whose object is an arranged item lies ahead like
    'scheduled for' (the past 'had a speech scheduled' is told as past)."""
    if verb.lemma_ != "have" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        g.dep_ == "acl" and g.tag_ == "VBN" and _lemma(g) in ARRANGE_VERBS for c in verb.children if c.dep_ == "dobj" for g in c.children
    )


def _reported_after_comma(span, verb: Token | None) -> Token | None:
    """'The report is due, officials said, Monday': a date set off by a comma after the reporting verb that ends a
    reported clause is that clause's, not the saying's ('officials said Monday', with no comma, is the saying's)."""
    hook = span.root.head
    if hook.dep_ == "prep" and hook.i < span.start:  # "said, by Friday"
        hook = hook.head
    if verb is None or verb.lemma_ not in REPORTING_VERBS or hook.i != verb.i or span.start <= verb.i:
        return None
    doc = span.doc
    if not any(doc[i].text == "," for i in range(verb.i + 1, span.start)):
        return None
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:  # "The budget is due, the minister said, by Friday"
        return verb.head
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)


_SINCE = re.compile(r"\b(?:[Ss]ince|[Ee]ver\s+since)\s+(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)?$")


def _word(token: Token) -> str:
    """The token in lower case with a curly apostrophe made straight: 'We’ll meet' has the auxiliary "'ll"."""
    return token.lower_.replace("’", "'")


def _auxiliaries(verb: Token, deps: tuple[str, ...] = ("aux", "auxpass")) -> set[str]:
    """A verb's auxiliaries in its own paragraph: the parser sometimes runs a sentence on over a blank line ('He
    really should.” ¶¶ Critics pounced on his remarks during the Monday debate' took 'should' for the auxiliary
    of 'pounced', and read Monday as the coming one)."""
    return {_word(c) for c in verb.children if c.dep_ in deps and _same_paragraph(c, verb)}


def _same_paragraph(one: Token, other: Token) -> bool:
    low, high = sorted((one.i, other.i))
    return not any("\n" in t.text for t in one.doc[low:high])


def _opens_since(text: str, start: int) -> bool:
    """'since 1998', 'since the end of 2019': the period runs from then up to the anchor date."""
    return bool(_SINCE.search(text[max(0, start - 30) : start]))


# A news dateline: "BEIJING, Dec. 31 (Xinhua) --", "WASHINGTON, March 4 _", "NEW YORK, June 9 (Example Wire) -"
# at the start of a line: the place (a state or country may follow) before the date, an agency and a dash after.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,3}(?:, [A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,2})?, ?$")
_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—_])")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """A date written in a dateline is the day of the report: the nearest such day to the writing date,
    whatever the tense of the sentence the parser hangs it on ("BEIJING, Dec. 31 (Xinhua) -- China will ...",
    dated Jan. 1, is the Dec. 31 just gone, not the coming one)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return False
    return bool(_DATELINE_BEFORE.search(text[max(0, line_start - 1) : start])) and bool(_DATELINE_AFTER.match(text, end))


def _named_past_event(token: Token) -> bool:
    """A weekday or month owning an event noun ("examining Friday's bombing", "under a June agreement"): news
    names a past event so, whatever the progressive around it says; not after a preposition that looks ahead
    ("preparing for Sunday's vote", "for the March election")."""
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    if governor.lower_ == "of" and governor.head.lower_ == "ahead":
        return False
    return not (governor.dep_ == "prep" and governor.lower_ in FORWARD_PREPS)


def _event_of_the_verb(token: Token, verb: Token) -> bool:
    """'Voters head to the polls in Tuesday's primary', 'lawmakers face Monday's deadline', 'Monday's deadline
    looms': a weekday or month owning an event that is the subject or object of a present verb of an act (not
    'is', 'says'), or hangs on it by a preposition, names an event to come; news tells a past one in the past."""
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    noun = token.head
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False  # "hosts a Sunday talk show": no one day
    if noun.dep_ in ("dobj", "nsubj") and noun.head.i == verb.i:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


# Nouns of what follows an event: "the results of Sunday's vote", "in the wake of Monday's attack".
AFTERMATH_NOUNS = {"result", "outcome", "aftermath", "wake", "fallout", "consequence", "repercussion", "count", "tally", "investigation", "inquiry", "probe"}


def _event_already_past(token: Token) -> bool:
    """'The results of Sunday's election will be announced Wednesday', 'the inquiry into Friday's crash will
    report': the event a weekday or month names lies before what follows from it, however far ahead that is."""
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    return governor.dep_ == "prep" and governor.lower_ in ("of", "into") and governor.head.lemma_ in AFTERMATH_NOUNS


_LEAD_UP_BEFORE = re.compile(r"(?:\bahead|\bin advance|\b(?:run|lead|build)-?up)\s*$", re.I)


def _looked_ahead_to(token: Token) -> bool:
    """'Leaders made their final appeals ahead of Tuesday's vote', 'campaigned ahead of voting Tuesday', 'in the
    run-up to the March election': an event named after 'ahead of' comes after the act told, and news tells one
    already past by its outcome, not as one still ahead; so it lies ahead of the writing, whatever the tense of the
    act (a finite verb on the way ends the search: 'ahead of talks that began Monday', 'ahead of the vote, which was
    held on Monday')."""
    doc = token.doc
    on = token.head
    if token.dep_ == "pobj" and on.lower_ == "on" and on.i > 0 and on.head.i != on.i - 1:
        event = doc[on.i - 1]  # "sales fell in the run-up to the regatta on Monday", 'on Monday' hung on the verb: the regatta's day
        lead = event.head
        if event.pos_ == "NOUN" and event.dep_ == "pobj" and lead.lower_ in ("of", "to"):
            return bool(_LEAD_UP_BEFORE.search(doc_text(doc), max(0, lead.idx - 12), lead.idx))
    for _ in range(4):
        if token.head.i == token.i or token.tag_ in ("VBD", "VBZ", "VBP", "MD") or _finite_auxiliary(token):
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ in ("of", "to"):
            return bool(_LEAD_UP_BEFORE.search(doc_text(doc), max(0, token.idx - 12), token.idx))
    return False


def _finite_auxiliary(verb: Token) -> bool:
    """'was held', 'will be held', 'has begun': a verb whose auxiliary carries a tense of its own."""
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)


def _ahead_unless_told_past(doc: Doc, matches: list[RuleMatch], tenses: list[str], since: list[bool], lex: Lexicon) -> list[str]:
    """A weekday or month after 'ahead of' lies ahead (see _looked_ahead_to), unless the story tells the same
    weekday or month as past elsewhere: a story names one Friday by 'Friday' ('Leaders gathered Friday ... Ahead of
    Friday's meeting, two of them unveiled a plan' is the Friday just gone)."""
    ahead = []
    for i, match in enumerate(matches):
        if since[i] or match.kind not in ("weekday", "calendar", "relative_month") or match.groups.get("rel") or match.groups.get("year"):
            continue
        span = _match_span(doc, match.start, match.end)
        if span is not None and _looked_ahead_to(span.root):
            ahead.append(i)
    return _turned_unless_told(matches, tenses, ahead, "future", "past", lex)


# "recover from Monday's losses", "after Friday's vote": a preposition that looks back at the event it governs
BACKWARD_PREPS = {"from", "after", "following", "since"}


# "a win on Tuesday would", "any loss on Monday could": an event told as one that may happen, not as done
HYPOTHETICAL_DETERMINERS = {"a", "an", "any", "another", "no", "each", "every", "some"}


def _event_the_weekday_owns(token: Token) -> Token | None:
    """The event noun a weekday belongs to: 'Monday's vote', 'the Monday vote', 'the wins on Tuesday' (a weekday
    after 'on' hung on the noun itself), 'his address Sunday' (a bare weekday on the noun), or 'a boost from the win
    Tuesday' (a bare weekday just after the noun after a preposition, which the parser hangs on the verb); None
    otherwise."""
    if token.dep_ in ("poss", "compound") and token.head.i > token.i and token.head.pos_ == "NOUN":
        return token.head
    owner = token.head
    if token.dep_ == "pobj" and owner.dep_ == "prep" and owner.lower_ == "on" and owner.head.pos_ == "NOUN" and owner.head.i < owner.i:
        return owner.head
    if token.dep_ == "npadvmod" and owner.pos_ == "NOUN" and owner.i == token.i - 1:
        return owner
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.dep_ == "npadvmod" and before is not None and before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ in BACKWARD_PREPS:
        return before
    return None


def _possessive_event_looked_back_on(token: Token) -> bool:
    """'Traders hope to recover from Monday's losses', 'After Friday's vote the coalition could split', 'Thursday's
    vote might delay the budget', 'her wins on Tuesday will lift the campaign': an event a weekday owns, after a
    preposition that looks back or as the subject of a modal, is an event news tells as done; the modal's future is
    that of its consequences, not of the day. Not an event told as one that may happen ('a win on Tuesday would')."""
    noun = _event_the_weekday_owns(token)
    if noun is None:
        return False
    if token.dep_ in ("pobj", "npadvmod") and any(c.dep_ == "det" and c.lower_ in HYPOTHETICAL_DETERMINERS for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in BACKWARD_PREPS:
        return True
    return _subject_of_a_modal(noun)


def _subject_of_a_modal(noun: Token) -> bool:
    """'Thursday's vote might delay the budget', 'Monday's debate will be his first'."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return bool(_auxiliaries(noun.head) & FUTURE_AUX)


# "the upcoming vote", "the coming debate": an event the story tells as still ahead
AHEAD_ADJECTIVES = {"upcoming", "coming", "next", "forthcoming", "impending", "scheduled", "planned"}
# an event told with a determiner or a modifier of its own may be another one of its kind ("each debate", "the
# primary debates" beside "Monday's debate")
OTHER_OF_ITS_KIND = {"a", "an", "each", "every", "any", "another", "some", "no", "previous", "past", "last", "earlier", "first", "second", "third"}


_DATE_ENTITIES = ("DATE", "TIME")


def _dated_on_its_own(mention: Token, weekday: str) -> bool:
    """'the runoff in 2019', 'last year's runoff', 'the runoff was close last year': a mention of the event's noun
    dated by a time of its own (any but the weekday that owns the event) is another event of the kind."""
    near = list(mention.subtree)
    verb = mention.head if mention.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is not None:
        near += [t for child in verb.children if child.dep_ in ("npadvmod", "prep", "advmod") and child.i != mention.i for t in child.subtree]
    dated = [t for t in near if t.ent_type_ in _DATE_ENTITIES and t.i != mention.i]
    return bool(dated) and not any(t.lower_.startswith(weekday[:3]) for t in dated)


def _event_told_elsewhere(noun: Token, weekday: str) -> str | None:
    """'ahead' or 'past' where the story tells the event a weekday owns elsewhere by a plain mention of its noun ('the
    vote', 'the upcoming vote'; not 'each vote', 'the primary votes') more often on one side of the writing: coming,
    before or ahead of it (ahead), after it or its results (past), or otherwise by the tense of its clause; None
    without such evidence. 'Tuesday's primary could decide the race' is a preview where the story also says 'before the primary',
    and a follow-up where it says 'the primary drew record turnout'."""
    ahead = past = 0
    for other in noun.doc:
        if other.i == noun.i or other.lemma_ != noun.lemma_ or other.pos_ != "NOUN":
            continue
        mods = [c for c in other.children if c.dep_ in ("det", "amod", "compound", "nummod")]
        if any(c.lower_ in OTHER_OF_ITS_KIND or (c.dep_ != "det" and c.lower_ not in AHEAD_ADJECTIVES and c.ent_type_ != "DATE") for c in mods):
            continue
        if _dated_on_its_own(other, weekday):
            continue
        head = other.head
        if any(c.lower_ in AHEAD_ADJECTIVES for c in mods):
            ahead += 1
        elif other.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in FORWARD_PREPS or _looked_ahead_to(other)):
            ahead += 1
        elif other.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in BACKWARD_PREPS or (head.lower_ in ("of", "into") and head.head.lemma_ in AFTERMATH_NOUNS)):
            past += 1
        else:  # "the vote will be close", "spoke during the vote": the tense of its clause
            tense = tense_at(noun.doc, other.idx, other.idx + len(other.text))
            ahead += tense == "future"
            past += tense == "past"
    if ahead > past:
        return "ahead"
    return "past" if past > ahead else None


def _back_unless_told_ahead(doc: Doc, matches: list[RuleMatch], tenses: list[str], since: list[bool], lex: Lexicon) -> list[str]:
    """A weekday owning an event looked back on (see _possessive_event_looked_back_on) lies behind the writing, unless
    the story tells the same weekday as ahead elsewhere ('The vote is set for Thursday. ... Thursday's vote might
    delay the budget' is the coming Thursday)."""
    back = []
    for i, match in enumerate(matches):
        if since[i] or tenses[i] == "past" or match.kind != "weekday" or match.groups.get("rel"):
            continue
        span = _match_span(doc, match.start, match.end)
        if span is not None and _possessive_event_looked_back_on(span.root) and not _modal_preview(span.root, match, lex):
            back.append(i)
    return _turned_unless_told(matches, tenses, back, "past", "future", lex)


def _back_when_told_past(doc: Doc, matches: list[RuleMatch], tenses: list[str], since: list[bool], lex: Lexicon) -> list[str]:
    """'The deal was announced Friday. ... Friday's agreement sets a new wage scale ... Friday's accord may reset the
    clock': a weekday owning the subject or object of a present verb (see _event_of_the_verb), or the subject of a modal
    told as a preview (see _modal_preview), is read ahead, but where the story tells the same weekday in the past, and
    nowhere else ahead, it is that past day (one story names one Friday by 'Friday')."""
    picked = []
    for i, match in enumerate(matches):
        if since[i] or tenses[i] != "future" or match.kind != "weekday" or match.groups.get("rel"):
            continue
        span = _match_span(doc, match.start, match.end)
        if span is None:
            continue
        verb = _verb_of(span.root)
        if verb is not None and verb.tag_ in ("VBP", "VBZ") and not _auxiliaries(verb) and _event_of_the_verb(span.root, verb):
            picked.append(i)
        elif _event_the_weekday_owns(span.root) is not None and _subject_of_a_modal(_event_the_weekday_owns(span.root)):
            picked.append(i)  # "Friday's accord may reset the clock": a preview or a follow-up, as the story tells it
    if not picked:
        return tenses
    named = [_day_named(m, lex.weekdays, lex.months) for m in matches]
    told = {t: {n for i, (n, tense) in enumerate(zip(named, tenses)) if tense == t and i not in picked} for t in ("past", "future")}
    return ["past" if i in picked and named[i] in told["past"] and named[i] not in told["future"] else t for i, t in enumerate(tenses)]


def _turned_unless_told(matches: list[RuleMatch], tenses: list[str], picked: list[int], turned: str, told: str, lex: Lexicon) -> list[str]:
    """The picked expressions' tense set to ``turned``, except where the story tells the same day or month with the
    ``told`` tense elsewhere (one story names one Friday by 'Friday')."""
    if not picked:
        return tenses
    named = [_day_named(m, lex.weekdays, lex.months) for m in matches]
    told_elsewhere = {n for i, (n, t) in enumerate(zip(named, tenses)) if t == told and i not in picked}
    return [turned if i in picked and named[i] not in told_elsewhere else t for i, t in enumerate(tenses)]


def _modal_preview(token: Token, match: RuleMatch, lex: Lexicon) -> bool:
    """'Tuesday's primary could decide the race': the modal alone does not tell a preview from a follow-up. It is a
    preview when the weekday is the writing day or the next, or when the story tells the event elsewhere as ahead
    more than as past; a follow-up (the event behind the writing) otherwise."""
    noun = _event_the_weekday_owns(token)
    if noun is None:
        return False
    if not _subject_of_a_modal(noun):
        return False  # "recover from Monday's slide": looked back on by its preposition
    document = document_of(token.doc)
    written = document.published if document is not None else None
    wanted = lex.weekdays.get((match.groups.get("weekday") or "").lower().rstrip("."))
    if written is not None and wanted is not None:
        ahead = (wanted - written.weekday()) % 7
        if ahead in (0, 1):
            return True  # written the day before, or on the day
        if ahead == 6:
            return False  # written the day after
    return _event_told_elsewhere(noun, (match.groups.get("weekday") or "").lower()) == "ahead"


def _day_named(match: RuleMatch, weekdays: dict[str, int], months: dict[str, int]) -> tuple[str, int | None] | None:
    """The weekday or month a match names, as a number ('Fri.' and 'Friday' are one day)."""
    if match.groups.get("weekday"):
        return "weekday", weekdays.get(match.groups["weekday"].lower().rstrip("."))
    if match.groups.get("month"):
        return "month", months.get(match.groups["month"].lower().rstrip("."))
    return None


def _in_after_verb(head: Token, verb: Token) -> bool:
    """'The accord expires in March', 'the votes she needs in November': 'in' hung on the verb itself; not after
    its object ('echoes a controversy in June'), where the phrase may well tell of the object, not the verb. An
    object that only completes the verb's sense is no such object ('the law takes effect in January', 'faces
    trial in May', 'the party holds its congress in October')."""
    if not (head.dep_ == "prep" and head.lower_ == "in" and head.head.i == verb.i):
        return False
    return not any(c.dep_ == "dobj" and verb.i < c.i < head.i and not _completes_the_verb(verb, c) for c in verb.children)


def _completes_the_verb(verb: Token, obj: Token) -> bool:
    """'take effect', 'take office', 'face trial', 'face a vote', 'hold talks': an object that, with its verb, names
    one act to come."""
    if verb.lemma_ == "face":
        return True
    return obj.lemma_ in SCHEDULED_OBJECTS.get(verb.lemma_, ())


def _plural_noun_verb(span) -> bool:
    """'The fair runs Friday': a verb in the present the tagger read as a plural noun, the root of a sentence with
    no verb at all that the weekday hangs on; a schedule, like 'the fair opens Friday' (not 'is', 'says'). So too
    'Talks resume Tuesday', the plural subject read as a compound of the verb, which was read as a singular noun."""
    root = span.root.head
    if root.dep_ != "ROOT" or span.root.dep_ != "npadvmod" or any(t.pos_ in ("VERB", "AUX") for t in root.sent):
        return False
    if root.tag_ == "NN" and root.lemma_ not in STATE_VERBS:
        return any(c.dep_ == "compound" and c.tag_ == "NNS" and c.i == root.i - 1 for c in root.children)
    if root.tag_ != "NNS" or not root.lower_.endswith("s"):
        return False
    stem = root.lower_[:-2] if root.lower_.endswith("es") else root.lower_[:-1]
    return not ({stem, root.lower_[:-1]} & STATE_VERBS) and any(c.i < root.i for c in root.children)


def _on_a_joined_verb_read_as_noun(head: Token, verb: Token) -> bool:
    """'speaks in Boston on Wednesday and testifies before the committee on Thursday': a second present verb the
    tagger read as a plural noun joined to the first; a preposition on it is the verb's, as on the first."""
    joined = head.head
    return head.dep_ == "prep" and joined.dep_ == "conj" and joined.head.i == verb.i and joined.tag_ == "NNS" and verb.tag_ == "VBZ"


def _hung_on_a_place(span, head: Token, verb: Token) -> bool:
    """'travels to Rome Monday': a weekday the parser took for the place's head noun ('Rome' a compound of
    'Monday') is the verb's, as 'travels to Rome on Monday' is."""
    root = span.root
    return head.dep_ == "prep" and head.head.i == verb.i and root.dep_ == "pobj" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start for c in root.children)


def _put_in_hand(infinitive: Token) -> bool:
    """'named a panel to review the rules', 'ordered troops to withdraw', 'set up a commission to study': an
    infinitive hung on a past verb of directing or setting up with an object before it (the one who is to act), or
    on its passive ('was ordered to withdraw')."""
    head = infinitive.head
    if infinitive.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_ not in DIRECTING_VERBS or head.pos_ != "VERB":
        return False
    aux = _auxiliaries(head)
    if not (head.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were"}):
        return False
    if head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children):
        return True  # "the army was ordered to withdraw by Friday": the subject is the one to act
    return any(c.dep_ in ("dobj", "dative") and head.i < c.i < infinitive.i for c in head.children)


def _starting_from(span) -> str | None:
    """'Beginning Monday, stores will close early', 'Starting in June, the law requires ...': a date a change starts
    from takes the tense of the clause it opens, and when that clause is not past the change is still to come."""
    opener = span.root.head
    if opener.dep_ == "prep" and opener.lower_ in ("in", "on", "at") and opener.i < span.start:
        opener = opener.head
    if opener.tag_ != "VBG" or opener.lemma_ not in ("begin", "start") or opener.i > span.start or opener.dep_ not in ("prep", "advcl"):
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in opener.children):
        return None
    if opener.head.i == opener.i:
        return None
    main = _verb_of(opener.head)
    if main is None:
        return "future"  # "Starting Monday, the stores close early", the verb read as an adverb: no past to follow
    aux = _auxiliaries(main)
    if main.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were"}:
        return "past"
    if main.dep_ == "ccomp" and main.head.tag_ == "VBD" and not aux & FUTURE_AUX:
        return None  # "demanded that the army withdraw": a verb in the mood of the demand, no tense of its own
    if aux & FUTURE_AUX or (main.tag_ in ("VBP", "VBZ") and not aux) or aux & {"is", "are", "am"}:
        return "future"
    return None  # "demanding that Iraq withdraw, starting at noon Saturday": no tense of its own to go by


def _granted_until(head: Token, verb: Token | None) -> bool:
    """'The judge gave lawyers until Friday to respond': a time granted runs to a day still ahead, though the granting
    is told in the past (not 'had given')."""
    if verb is None or head.dep_ != "prep" or head.lower_ not in ("until", "till") or head.head.i != verb.i:
        return False
    return verb.lemma_ in ("give", "grant", "allow") and not any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")


def _future_in_past(doc: Doc, match: RuleMatch) -> bool:
    """'The talks were to end on Friday', 'the deal was to be signed Friday': a weekday hung on an infinitive after a
    past 'be' is the future of a past moment, neither simply behind the writing nor simply ahead of it."""
    if match.kind != "weekday" or match.groups.get("rel"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = _verb_of(span.root)
    if verb is None or verb.dep_ != "xcomp" or verb.tag_ not in ("VB", "VBN"):
        return False
    aux = _auxiliaries(verb)
    if "to" in aux and verb.tag_ == "VB" and _planned_in_the_past(verb.head):
        return True  # "He was scheduled to leave late Tuesday", "the talks were expected to end on Friday"
    return "to" in aux and (verb.tag_ == "VB" or "be" in aux) and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD"


def _planned_in_the_past(plan: Token) -> bool:
    """'was scheduled to', 'were expected to', 'prepared to', 'planned to', 'was planning to': a plan told in the
    simple past or its progressive, active or passive (not 'had been scheduled to', a plan already past, nor 'is
    scheduled to', one still ahead)."""
    if _lemma(plan) not in PLAN_VERBS:
        return False
    aux = _auxiliaries(plan)
    if plan.tag_ == "VBD":
        return not aux
    if plan.tag_ == "VBG":
        return aux == {"was"} or aux == {"were"}
    return plan.tag_ == "VBN" and bool(aux & {"was", "were"}) and not aux & ({"had", "has", "have"} | FUTURE_AUX)


def _future_of_a_recent_act(doc: Doc, match: RuleMatch) -> bool:
    """'Officials said they would close the bridge on Monday', 'the mayor invited the unions to meet on Thursday': a
    weekday of what was said or asked for, told in the past, lies after the saying, which news reports a day or two
    after it is done; so the day may be up to two days behind the writing."""
    if match.kind != "weekday" or match.groups.get("rel"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = _verb_of(span.root)
    return verb is not None and (_would_after_a_past_verb(span, verb) or _invited_to_act_on(span, verb) or _offered_in_the_past(span, verb))


_PRESENT_BE = {"is", "are", "am", "'s", "'re"}


def _told_in_the_present(doc: Doc, match: RuleMatch) -> bool:
    """'The senator is campaigning Wednesday', 'the leaders meet Wednesday', written on the Thursday: a weekday hung on
    a verb of an act in the present or its progressive is the schedule of a day ahead, or a report of the day just gone written
    up a day late; it is never six days ahead (news writes 'next Wednesday' for that)."""
    if match.kind != "weekday" or match.groups.get("rel"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = _shares_the_first_verbs_tense(_reporting_owner(span, _verb_of(span.root)))
    if verb is None or not _hung_on(span, verb):
        return False
    aux = _auxiliaries(verb)
    if verb.tag_ == "VBG":
        return bool(aux) and aux <= _PRESENT_BE
    return verb.tag_ in ("VBZ", "VBP") and not aux and verb.lemma_ != "be"  # not a state ("is open Tuesday through Sunday")


def _hung_on(span, verb: Token) -> bool:
    """A date that is the verb's own ('meet on Thursday', 'meet Thursday'), not that of a noun after it."""
    head = span.root.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _invited_to_act_on(span, verb: Token) -> bool:
    """'The mayor invited the union leaders to meet on Thursday': the act of an infinitive put in someone's hand by a
    past verb (see _put_in_hand) is the future of that past moment."""
    aux = _auxiliaries(verb)
    return verb.tag_ == "VB" and "to" in aux and _put_in_hand(verb) and verb.head.tag_ == "VBD" and _hung_on(span, verb)


def _offered_in_the_past(span, verb: Token) -> bool:
    """'The panel gave her a chance to respond on Tuesday', 'they had an opportunity to vote Tuesday', 'in a bid to calm
    the markets on Friday, the bank cut rates': an infinitive on the object of a past verb, or on a noun after a
    preposition of one, is an act that lay ahead of that past moment, not of the writing."""
    noun = verb.head
    if verb.tag_ != "VB" or "to" not in _auxiliaries(verb) or verb.dep_ != "acl" or noun.pos_ != "NOUN" or not _hung_on(span, verb):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        past = noun.head.head  # "In an effort to calm the markets on Friday, the bank cut rates"
    elif noun.dep_ in ("dobj", "attr"):
        past = noun.head
    else:
        return False
    return past.pos_ in ("VERB", "AUX") and past.tag_ == "VBD" and not _auxiliaries(past)


def _would_after_a_past_verb(span, verb: Token) -> bool:
    """'Officials said they would close the bridge on Monday', 'nobody knew what the count would be on Saturday': a
    'would' reported after a past verb is the future of that past moment, and its weekday may fall on either side
    of the writing (not 'would have', a past possibility; not a date the reporting verb owns, see _reporting_owner)."""
    if _reporting_owner(span, verb) is not verb:
        return False
    aux = _auxiliaries(verb)
    if "would" not in aux or "have" in aux or verb.dep_ not in ("ccomp", "xcomp"):
        return False
    head = verb.head
    return head.pos_ in ("VERB", "AUX") and head.i < verb.i and (head.tag_ == "VBD" or bool(_auxiliaries(head) & {"had"}))


def _shares_the_first_verbs_tense(verb: Token | None) -> Token | None:
    """'The panel will hear testimony Thursday and vote Friday', 'plans to fly out Friday and return Monday': a bare
    verb joined to another with no auxiliary or subject of its own shares that verb's tense (read alone, a bare
    'vote' has none, and its Friday was placed behind the writing)."""
    for _ in range(3):
        if verb is None or verb.dep_ != "conj" or verb.tag_ != "VB":
            return verb
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return verb
        first = _verb_of(verb.head)
        if first is None or first.i == verb.i:
            return verb
        verb = first
    return verb


# "slower than forecast in July", "less than it expected in April": the month is when the estimate was made
_THAN_ESTIMATED_IN = re.compile(
    r"\bthan (?:(?:it|they|we|he|she|first|initially|originally|previously|earlier) )?"
    r"(?:forecast|forecasted|expected|predicted|projected|estimated|anticipated|planned|budgeted) in $"
)


def _past_read_as_participle(verb: Token, aux: set[str]) -> bool:
    """'The envoy asserted on Monday ...', 'a deal the two sides signed Friday': a participle with a subject of its own
    and no auxiliary, heading the sentence or a relative clause, is a past verb the tagger read as a participle (the
    morphology, Tense=Past, follows the tag and tells no more); not a small clause ('wants the hull tested')."""
    return verb.tag_ == "VBN" and not aux and verb.dep_ in ("ROOT", "relcl") and any(c.dep_ == "nsubj" for c in verb.children)


def _in_a_since_clause(span) -> bool:
    """'since he announced his bid in March', 'Since resigning in October, she has kept quiet': a date in a clause
    that 'since' opens is of the act the time since is counted from, so it lies before the writing (not a causal
    'since' with a future: 'since the vote will be in May')."""
    verb = _verb_of(span.root)
    if verb is None or verb.tag_ not in ("VBD", "VBN", "VBG") or _auxiliaries(verb) & FUTURE_AUX:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def tense_at(doc: Doc, start: int, end: int) -> str:
    """'past', 'future' or 'present' for the clause around characters start:end."""
    span = _match_span(doc, start, end)
    if span is None:
        return "present"
    if _THAN_ESTIMATED_IN.search(doc_text(doc), max(0, start - 50), start):
        return "past"
    if _plural_noun_verb(span):
        return "future"
    if _event_already_past(span.root) or _in_a_since_clause(span):
        return "past"
    starting = _starting_from(span)
    if starting is not None:
        return starting
    verb = _shares_the_first_verbs_tense(_reporting_owner(span, _verb_of(span.root)))
    head = span.root.head
    if _granted_until(head, verb):
        return "future"
    reported = _reported_after_comma(span, verb)
    if reported is not None:
        verb = reported
        head = head if head.dep_ == "prep" else reported
    if head.lower_ in MOVE_FORWARD_PREPS and head.dep_ == "prep" and verb is not None and verb.lemma_ in MOVE_FORWARD_VERBS:
        return "future"
    if head.lower_ == "effective":
        return "present"  # "a new office, effective Feb. 1": a date of its own, not placed by the verb's tense
    owner = head.head if head.dep_ == "prep" and head.lower_ in ("on", "by", "in") else head
    if owner.lower_ == "due" and owner.pos_ == "ADJ" and verb is not None and owner.head.i == verb.i:
        # "the results are due Friday": a deadline ahead, unless 'be' is past ("the report was due on Friday")
        had = _auxiliaries(verb, ("aux",)) & {"had", "has", "have"}
        return "past" if verb.tag_ == "VBD" or had else "future"
    if owner.lower_ == "due" and owner.pos_ == "ADJ" and owner.dep_ == "amod" and owner.head.i < owner.i and verb is not None:
        # "faces a deadline, due Friday", "the report, due Monday": a deadline ahead unless told in a past clause
        aux = _auxiliaries(verb)
        if not (verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were"}):
            return "future"
    for _ in range(3):  # an infinitive takes the tense of the verb it depends on ("plans to meet")
        if verb is None:
            return "present"
        aux = _auxiliaries(verb)
        if verb.tag_ == "VBG" and not aux and verb.dep_ == "advcl" and verb.lemma_ in EVIDENCE_VERBS:
            return "present"  # "could help the city, pointing to a land sale in June": what is cited is there already
        if verb.tag_ == "VBG" and not aux and verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            verb = _verb_of(verb.head)  # "has risen, rising to a high in June from $29.75 in March": the main verb's tense
            continue
        if (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux)) and "to" in aux and verb.head.i != verb.i:  # "to meet", "to be charged"
            if _lemma(verb.head) in PLAN_VERBS or (verb.head.pos_ == "ADJ" and verb.head.lemma_ in LIKELY_ADJECTIVES):  # "had been scheduled to expire Friday": a plan already past
                plan_aux = _auxiliaries(verb.head)
                if verb.head.pos_ == "ADJ":  # "had been due to expire", "was due to expire": the tense is that of 'be'
                    plan_aux |= _auxiliaries(verb.head.head)
                    plan_aux |= {"had"} if verb.head.head.tag_ == "VBD" else set()
                return "past" if "had" in plan_aux else "future"
            if verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):  # "is to resume trading Tuesday"
                return "future"
            if (verb.dep_ == "acl" and verb.head.pos_ == "NOUN") or verb.head.lemma_ in COMMIT_VERBS:
                return "future"  # "an agreement to acquire the bank in January", "agreed to buy it in February": not yet done
            if _put_in_hand(verb):
                if _auxiliaries(verb.head) & {"has", "have"} and _hung_on(span, verb):
                    return "future"  # "has invited the envoy to visit on Thursday": the invitation stands, the visit is ahead
                break  # "named a panel to review the rules by June": the infinitive's date, read without the past
            verb = _verb_of(verb.head)
            continue
        break
    if "to" in aux and verb.tag_ == "VB" and aux & {"has", "have", "had"}:  # "has until Friday to respond": an obligation
        return "past" if "had" in aux else "future"
    if "have" in aux and aux & FUTURE_AUX:  # "may have been", "would have met": a past possibility
        return "past"
    if "would" in aux and _lemma(verb) in REFUSED_VERBS and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # "would not say Tuesday", "wouldn't comment on Friday": a refusal already made
    if aux & FUTURE_AUX or "going" in aux:
        return "future"
    if aux & CAN_AUX and (head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)):
        return "future"
    # "the year ended March 31", "a high set on Aug. 6": a date on the participle itself (not "the boost needed for a
    # strong showing Tuesday", whose weekday dates the showing)
    participle = verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "amod") and _hung_on(span, verb)
    if participle and (_lemma(verb) not in PLAN_VERBS or head.lower_ == "on"):  # "talks scheduled for Monday" lie ahead
        return "past"
    if _arranged_for(head, verb) and "had" not in aux:
        return "future"  # "talks were scheduled for Friday", "set a hearing for Monday"; not "had been set for"
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "did", "was", "were"} or _past_read_as_participle(verb, aux):
        return "past"
    if _lemma(verb) in REACTION_VERBS and verb.tag_ in ("VBG", "VBP", "VBZ"):
        return "present"  # "unions are hailing the ruling on Thursday": a reaction under way to what was done, not a plan
    if _lemma(verb) in PLAN_VERBS or _holds_arranged(verb) or (verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"} and not _named_past_event(span.root) and not _dates_a_noun_off_the_verb(span.root, verb)):
        return "future"
    on_verb = head.i == verb.i or (head.dep_ == "prep" and head.lower_ == "on" and head.head.i == verb.i) or _in_after_verb(head, verb) or _hung_on_a_place(span, head, verb) or _on_a_joined_verb_read_as_noun(head, verb)
    if verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and not aux and on_verb and span.root.dep_ not in ("nsubj", "nsubjpass"):
        return "future"  # "the deadline for bids is Friday", "the vote is on Tuesday": the present of a schedule
    if verb.tag_ in ("VBP", "VBZ") and not aux and verb.lemma_ not in STATE_VERBS and _event_of_the_verb(span.root, verb):
        return "future"  # "Voters head to the polls in Tuesday's primary", "lawmakers face Monday's deadline"
    completed = any(c.dep_ == "dobj" and _completes_the_verb(verb, c) for c in verb.children)  # "stands trial Monday"
    if verb.tag_ in ("VBP", "VBZ") and not aux and on_verb and (verb.lemma_ not in STATE_VERBS or completed):
        return "future"  # "the two leaders meet Monday": the present of a schedule
    if head.dep_ == "prep" and head.lower_ in DEADLINE_PREPS and not (head.lower_ == "through" and head.head.pos_ == "NOUN"):
        return "future"  # "to conclude by May", "runs until Friday": a deadline not said to be past ("sales through Jan. 31": a period's end)
    if _awaited_event(span.root):
        return "future"  # "staff busy with the planning for Sunday's summit say ...": an event prepared for, in a clause not told past
    return "present"


def _awaited_event(token: Token) -> bool:
    """'Staff busy with the planning for Sunday's summit say', 'the polls stay open until Sunday's count': an
    event a weekday owns after 'for' or 'until' is one awaited, when nothing in its clause is past (not 'before': 'its
    share before Friday's purchases is small' tells a state before a deal done)."""
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    if token.head.dep_ != "pobj" or governor.dep_ != "prep" or governor.lower_ not in AWAITING_PREPS:
        return False
    # "for" only after a verb, or a word of getting ready ("qualified for", "the planning for"), not a count or share
    # ("8 million viewers for Saturday's debate") nor blame ("the group responsible for Saturday's attack")
    ready = {governor.head.lemma_, token.doc[governor.i - 1].lemma_} & (PREPARATION_NOUNS | READY_ADJECTIVES)
    return governor.lower_ != "for" or governor.head.pos_ == "VERB" or bool(ready)


def _dates_a_noun_off_the_verb(token: Token, verb: Token) -> bool:
    """'With a plunge in the share price on Tuesday, the pressure is growing', 'is taking a toll, pointing to her wins
    Tuesday': a weekday that dates a noun other than the verb's own object tells when that thing happened, not what
    the progressive has in hand ('is holding a rally on Thursday' stays ahead)."""
    owner = token.head
    if token.dep_ == "pobj" and owner.dep_ == "prep" and owner.lower_ == "on" and owner.head.pos_ == "NOUN" and owner.head.i < owner.i:
        noun = owner.head
    elif token.dep_ == "npadvmod" and owner.pos_ == "NOUN" and owner.i < token.i:
        noun = owner
    else:
        return False
    return not (noun.dep_ == "dobj" and noun.head.i == verb.i)


def _verb_of_date(root: Token) -> Token | None:
    """The verb a date hangs on directly ("ended in May", "met Tuesday"), if a verb: the act the date times."""
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("in", "on"):
        verb = root.head.head
    elif root.dep_ == "npadvmod":
        verb = root.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _done_on_the_date(doc: Doc, match: RuleMatch) -> bool:
    """'The court heard the case on March 3', 'Prices peaked in March', written in February: a month or a day with no
    year hung on a past verb itself (not on a plan, a move ahead or an infinitive) is of an act done before the
    writing, so it is last year's. The month-or-two slack the tense otherwise leaves is for dates the past only
    surrounds ('stock of record Nov. 22', 'payable Dec. 7' in a past sentence)."""
    if match.kind not in ("calendar", "relative_month") or match.groups.get("year") or match.groups.get("rel") or not match.groups.get("month"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    verb = _verb_of_date(span.root)
    if verb is None or _lemma(verb) in PLAN_VERBS | MOVE_FORWARD_VERBS:
        return False
    aux = _auxiliaries(verb)
    return "to" not in aux and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & {"was", "were", "had"})) or _past_read_as_participle(verb, aux))


def _since_clause_month(doc: Doc, match: RuleMatch) -> bool:
    """A month or a day with no year in a clause 'since' opens (see _in_a_since_clause): before the writing, so a year
    back where the tense alone left it ahead."""
    if not _done_before(match):
        return False
    span = _match_span(doc, match.start, match.end)
    return span is not None and _in_a_since_clause(span)


def _done_before(match: RuleMatch) -> bool:
    """A month or a day with no year of its own, which a year back puts before the writing."""
    return match.kind in ("calendar", "relative_month") and bool(match.groups.get("month")) and not match.groups.get("year") and not match.groups.get("rel")


def _a_year_back(norm: Normalized) -> Normalized:
    """The same month or day one year earlier (a 29 February stays as it is; the month February of a leap year
    ends on the 28th a year back)."""
    try:
        start = norm.start.replace(year=norm.start.year - 1)
        end = month_end(norm.end.year - 1, norm.end.month) if norm.granularity == "month" else norm.end.replace(year=norm.end.year - 1)
    except ValueError:
        return norm
    return replace(norm, start=start, end=end, timex=f"{start.year:04d}" + (norm.timex or "")[4:])


def _in_year(norm: Normalized, year: int) -> Normalized:
    """The same month or day in another year (a 29 February outside a leap year stays as it is; the month February
    ends where that year's does)."""
    try:
        start = norm.start.replace(year=year)
        end = month_end(year, norm.end.month) if norm.granularity == "month" else norm.end.replace(year=year)
    except ValueError:
        return norm
    return replace(norm, start=start, end=end, timex=f"{year:04d}" + (norm.timex or "")[4:], relative=False)


def _counts_things(doc: Doc, match: RuleMatch) -> bool:
    """A bare four-digit 'year' that modifies a plural noun counts things ('2000 troops')."""
    if match.rule != "year":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span[-1]
    if token.i > 0 and (token.nbor(-1).lower_ in YEAR_DETERMINERS or token.nbor(-1).tag_ == "POS"):
        return False  # "the 2000 Olympics", "its 1989 results", "the company's 1989 results", "fiscal 1989 sales": a year
    return token.dep_ == "nummod" and token.head.tag_ in ("NNS", "NNPS") and token.head.i > token.i


def _rate_of_an_amount(doc: Doc, match: RuleMatch) -> bool:
    """'$2 million a year', 'four flights a week', '700 seats a week': 'a year' after an amount is the rate of that
    amount, a unit the quantities extractor reads, not a span of time ('within a week', 'the smallest gain in a year'
    stay durations)."""
    if match.rule != "duration" or not re.match(r"(?i)an? ", doc_text(doc)[match.start : match.end]):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num or (before.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.like_num for c in before.children))


def _verb_not_month(doc: Doc, match: RuleMatch) -> bool:
    """A bare month name the parser reads as a verb ('May we...', 'they march')."""
    if match.kind != "relative_month" or match.groups.get("rel") or match.groups.get("modifier"):
        return False
    span = _match_span(doc, match.start, match.end)
    return span is not None and span[0].tag_ in ("MD", "VB", "VBP", "VBZ")


_LOWER_AMBIGUOUS_MONTH = re.compile(r"(?<![\w-])(?:may|march|august)(?![\w-])")


def _lower_case_verb_not_month(doc: Doc, match: RuleMatch) -> bool:
    """'the 10 may join', 'they march 5 miles': a lower-case 'may', 'march' or 'august' beside a number that the tagger
    reads as a verb or modal, or whose number is not the date's own day or year or counts a noun after it, is no month
    (the rules take it only with a number beside it)."""
    if not match.groups.get("month") or match.groups["month"] not in ("may", "march", "august"):
        return False
    found = _LOWER_AMBIGUOUS_MONTH.search(doc_text(doc), match.start, match.end)
    if found is None:
        return False
    if not (match.groups.get("day") or match.groups.get("year")):
        return True  # "a 2014 march in the capital": the number beside it is not the date's
    span = doc.char_span(found.start(), found.end())
    if span is None or span[0].tag_ == "MD" or span[0].pos_ in ("VERB", "AUX"):
        return True
    following = doc[span.end] if span.end < len(doc) else None  # "pickets march 5 miles": the number counts a noun after it
    return following is not None and following.like_num and following.dep_ == "nummod" and following.head.i > following.i


def _ordinal_second(doc: Doc, match: RuleMatch) -> bool:
    """'a second group', 'a second director': the ordinal before a noun, not the duration of one second."""
    if match.kind != "duration" or (match.groups.get("unit") or "") != "second":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.pos_ in ("NOUN", "PROPN", "ADJ") or (span[-1].dep_ in ("amod", "nummod") and span[-1].head.i > span[-1].i)


def _part_of_day_modifies(doc: Doc, match: RuleMatch) -> bool:
    """'in the morning papers', 'the next morning session', 'the midday heat': a part of the day (or noon) before the noun it
    modifies is no time, nor one written in capitals inside a sentence ('the Midnight Express')."""
    if not match.groups.get("bare_part") and not match.groups.get("dayrel") and match.rule != "noon_bare":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return True
    token = span[-1]
    if match.rule == "noon_bare" and token.text[:1].isupper() and not token.is_sent_start:
        return True
    return token.head.i > token.i and token.dep_ in ("compound", "amod", "nmod")


def _modified_plural_unit(doc: Doc, match: RuleMatch) -> bool:
    """'the final days before the vote', 'three more weeks after': a plural unit before 'before' or 'after' is a vague
    span of its own only bare ('Police came days later', 'Hours after the blast'), with no word that counts or
    picks out its units."""
    if match.rule != "duration_plural_before":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return True
    token = span[-1]
    return token.dep_ == "compound" or any(c.dep_ in ("det", "amod", "nummod", "quantmod", "poss", "compound", "predet") for c in token.children)


def _overnight_kind(doc: Doc, match: RuleMatch) -> bool:
    """'the overnight rate', 'an overnight stay', 'six weeks of overnight curfews': 'overnight' after a determiner,
    or on a noun after 'of', names a kind of thing, not a night ('overnight losses in New York' is one)."""
    if match.kind != "overnight":
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span[0]
    noun = token.head
    if noun.i <= token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return True
    return any(c.dep_ in ("det", "poss") for c in noun.children if c.i < token.i)


# "the last day of the convention", "the last week I worked": the final unit of some other stretch, not the unit
# just before the writing
_FINAL_UNIT_AFTER = re.compile(r"\s+(?:of|I|we|he|she|they|you)\b")


def _final_unit_of_another(text: str, match: RuleMatch) -> bool:
    """'On the last day of the convention', 'the last week of June', 'nobody can recall the last week they rested':
    'the last' before 'of' or a clause names the end of another stretch of time, not yesterday or last week."""
    if match.kind != "relative_unit" or (match.groups.get("rel") or "").lower() != "the last":
        return False
    return bool(_FINAL_UNIT_AFTER.match(text, match.end))


def _moment_of_a_past_act(doc: Doc, match: RuleMatch) -> bool:
    """'At the moment the senator announced his bid, aides cheered': 'at the moment' before a clause in the past is
    'when', not now ('At the moment the economy is strong' stays now)."""
    if match.kind != "vague" or not doc_text(doc)[match.start : match.end].lower().endswith("the moment"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    doc = span.doc
    for token in doc[span.end : min(len(doc), span.end + 12)]:
        if token.is_punct:
            return False
        if token.pos_ in ("VERB", "AUX"):  # the clause's first verb, with its subject between the phrase and it
            return token.tag_ == "VBD" and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in token.children)
    return False


# Nouns of what comes out or goes on air every week: "appeared on a Sunday talk show", "his Friday night show" name
# no one day ("a Tuesday interview", "a Friday rally", "a Sunday column" do: one of them, on that day)
WEEKLY_NOUNS = {"show", "program", "programme", "newspaper", "paper", "edition", "supplement", "magazine"}
# determiners of a kind or of its owner, not of one occasion ("the Sunday papers" may be this Sunday's)
_KIND_DETERMINERS = {"a", "an", "every", "each", "any", "his", "her", "their", "its", "my", "our", "your"}


def _weekly_kind(doc: Doc, match: RuleMatch) -> bool:
    """'She appeared on a Sunday talk show', 'his Friday night show': a weekday that modifies a programme or paper under
    'a' or an owner names one that comes out every week, not a day (it was read as last Sunday)."""
    g = match.groups
    if not g.get("weekday") or g.get("rel") or g.get("month") or g.get("day"):
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    token = span.root
    for _ in range(3):
        if token.dep_ not in ("compound", "nmod", "amod") or token.head.i <= token.i:
            break
        token = token.head
    if token.i < span.end or token.lemma_.lower() not in WEEKLY_NOUNS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in _KIND_DETERMINERS for c in token.children)


def _dated_event(doc: Doc, match: RuleMatch, lex: Lexicon) -> dt.date | None:
    """'Security tightened after the Sept. 11 attacks', 'the Jan. 6 committee': a month and day with no year that
    modify a noun of an event news names by its day alone (data/time_rules.json, dated_events) are that event's
    day, years back (they were read as the nearest Sept. 11)."""
    g = match.groups
    if match.kind != "calendar" or g.get("year") or g.get("weekday") or not (g.get("month") and g.get("day")):
        return None
    month = lex.months.get(g["month"].lower().rstrip("."))
    day = int(g["day"]) if g["day"].isdigit() else None
    year = lex.dated_events.get((month, day)) if month and day else None
    if year is None:
        return None
    span = _match_span(doc, match.start, match.end)
    if span is None or span.root.dep_ not in ("nmod", "compound", "amod") or span.root.head.i < span.end:
        return None
    noun = span.root.head
    if not any(t.lemma_.lower() in lex.dated_event_nouns for t in doc[span.end : noun.i + 1]):
        return None
    return dt.date(year, month, day)


def _year_the_story_writes(match: RuleMatch, matches: list[RuleMatch], lex: Lexicon) -> int | None:
    """'the attack of Sept. 11, 2012 ... the Sept. 11 attack': one story, one Sept. 11. The year the story writes
    beside the same month and day elsewhere (one year only), which a famous event's day does not override."""
    g = match.groups
    day = (lex.months.get((g.get("month") or "").lower().rstrip(".")), g.get("day"))
    written = {
        int(m.groups["year"])
        for m in matches
        if m.kind == "calendar" and (m.groups.get("year") or "").isdigit() and (lex.months.get((m.groups.get("month") or "").lower().rstrip(".")), m.groups.get("day")) == day
    }
    return written.pop() if len(written) == 1 else None


def _year_framing_the_event(doc: Doc, match: RuleMatch, years: list[RuleMatch], event_year: int) -> int | None:
    """'In 2012, gunmen stormed the consulate; the Sept. 11 attack killed four guards': a sentence opened by 'In' and a
    later year than the famous event's frames what it tells, and an event that acts in it (the subject of a past verb)
    happened in that year. Not an event looked back on from the year ('In 2019, the fund for victims of the Sept. 11
    attacks was extended'; 'By 2010, the Sept. 11 plotters had been jailed')."""
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return None
    noun = span.root.head
    if noun.dep_ != "nsubj" or noun.head.tag_ != "VBD" or noun.head.lemma_ in STATE_VERBS:
        return None
    sentence = span.root.sent
    opener = sentence[0] if sentence[0].is_alpha else sentence[1] if len(sentence) > 1 else sentence[0]
    if opener.lower_ != "in":
        return None
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        if year_span is None or not (sentence.start <= year_span.start < span.start):
            continue
        if year_span[-1].head.i == opener.i and int(year.groups["year"]) > event_year:
            return int(year.groups["year"])
    return None


def _noun_it_modifies(token: Token) -> Token | None:
    """The noun a time word belongs to: the one it modifies ('the 2012 attack', 'the Sept. 11 attack') or the one its
    preposition hangs on ('the attack on Sept. 11', 'the attacks of 2012')."""
    if token.dep_ in ("nummod", "compound", "nmod", "amod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in ("on", "of", "in") and token.head.head.pos_ in ("NOUN", "PROPN"):
        return token.head.head
    return None


def _year_of_the_phrase(doc: Doc, match: RuleMatch, years: list[RuleMatch]) -> int | None:
    """'the 2012 attack in the city on Sept. 11', 'the Sept. 11 attack of 2012': a month and day (or a bare month) with
    no year of their own that belong to the same noun as a year written beside them are in that year; not the nearest
    such day to the writing, nor the day of a famous event (data/time_rules.json, dated_events) named the same way."""
    g = match.groups
    if not years or match.kind not in ("calendar", "relative_month") or g.get("year") or g.get("rel") or g.get("modifier") or g.get("weekday") or not g.get("month"):
        return None
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return None
    noun = _noun_it_modifies(span.root)
    if noun is None:
        return _year_of_the_clause(doc, span, years)
    if span.start <= noun.i < span.end:
        return None
    phrase = {noun.i}
    for _ in range(2):  # "the 2012 attack on the embassy on Sept. 11": the parser may hang the date on the nearer noun
        if not (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN")):
            break
        noun = noun.head.head
        phrase.add(noun.i)
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        owner = _noun_it_modifies(year_span[-1]) if year_span is not None else None
        if owner is not None and owner.i in phrase and year_span[-1].i not in phrase:
            return int(year.groups["year"])
    return None


_OPENING_QUOTES = ('"', "“", "'", "‘")


def _season_in_name(doc: Doc, match: RuleMatch) -> bool:
    """'the Spring Festival', 'the Summer Palace', 'The Winter Games': a capitalised season before a
    capitalised word is the first word of a name, not the season."""
    text = doc_text(doc)
    if match.kind != "relative_season" or not text[match.start : match.end].split()[-1][:1].isupper():
        return False
    following = re.match(r" ([A-Z][a-z]+)\b", text[match.end : match.end + 30])
    return following is not None and following.group(1).lower() not in _TIME_WORDS_AFTER_SEASON


_TIME_WORDS_AFTER_SEASON = {"of", "and", "or", "to", "through", "until", "in", "on", "at"}

# "early spring in the Persian calendar", "the new year of the lunar calendar": a time of another calendar
# system, which the Gregorian dates of this component do not name (not "the racing calendar", "the Gregorian calendar")
_OTHER_CALENDAR_AFTER = re.compile(
    r",? (?:in|of|on|by|under|according to) the (?:(?:traditional|old|ancient|religious) )?"
    r"(?:(?!Gregorian\b|Western\b|Christian\b)[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?|lunar|lunisolar|solar|liturgical)(?: lunar| solar| lunisolar)? calendar\b"
)


_JULIAN_AFTER = re.compile(r",? (?:in|of|on|by|under|according to) the (?:old )?Julian calendar\b")


def _in_another_calendar(text: str, match: RuleMatch) -> bool:
    """A time named in another calendar system ('a feast held in early spring in the Persian calendar'): no Gregorian
    date. A day of the Julian calendar is kept: it converts by a count of days (`_julian_shift`)."""
    return _OTHER_CALENDAR_AFTER.match(text, match.end) is not None and not _julian_day(text, match)


def _julian_day(text: str, match: RuleMatch) -> bool:
    """'on 7 January in the Julian calendar': a month and a day named in the Julian calendar."""
    return bool(match.groups.get("month") and match.groups.get("day")) and _JULIAN_AFTER.match(text, match.end) is not None


def _julian_shift(day: dt.date, sign: int) -> dt.date:
    """A day of the Julian calendar on the Gregorian one (sign 1), or back (sign -1): the Julian calendar falls a day
    behind in each century year not divisible by 400, 13 days from March 1900 to February 2100."""
    return day + dt.timedelta(days=sign * (day.year // 100 - day.year // 400 - 2))


# entities a time word may end: "USA Today", "The Daily Beast" (not DATE, EVENT or places: "Mexico Next Week")
NAME_ENTITIES = {"ORG", "WORK_OF_ART", "FAC", "PRODUCT", "PERSON"}
# kinds whose words news writes in lower case inside a sentence ("today", "daily", "this week", "now")
_LOWER_CASE_KINDS = {"relative_unit", "day_reference", "recurrence", "vague"}
_WEEKDAY_FIRST = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_SENTENCE_OPENERS = ".!?:;([\n" + "".join(_OPENING_QUOTES)
# a short quoted title that a time word ends: 'on "Capitol Report Sunday"', '“Face the Nation Today,”'
_QUOTED_TITLE_BEFORE = re.compile(r"(?:[\"“‘]|'')(?:[A-Z][\w.&'’-]*\s+(?:(?:the|of|and|in|on|at|for)\s+)?){0,5}$")
_QUOTED_TITLE_AFTER = re.compile(r"(?: [A-Z][\w.&'’-]*){0,4}[,.]?(?:[\"”’](?!s\b)|'')")  # “Friday Night Revue”; not a possessive ("“Tonight’s vote”")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the text (not the parser, which may split 'Radio Four This Morning' before 'This') starts a
    sentence, a quotation or a clause after a colon at ``start``."""
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_OPENERS


def _in_headline(text: str, start: int) -> bool:
    """A line in title case ('Council Votes To Raise Harbor Levy Today'): capitals there say nothing of names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z]{4,}", text[line_start : line_end if line_end != -1 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _part_of_name(doc: Doc, match: RuleMatch) -> bool:
    """A time phrase inside a name: a month in a person's name ('Rosa May'); a capitalised time word that ends
    a name the NER read ('USA Today', 'The Daily Beast') or a short quoted title ('"Capitol Report Sunday"');
    a word news writes in lower case ('today', 'daily') capitalised inside a sentence ('the Today show',
    'Coast News Daily'); a relative phrase in title case after an organisation's name or an opening quote, the
    title of a programme ('KTVX This Morning', NBC's "This Week"; not 'visit Mexico Next Week')."""
    if _season_in_name(doc, match):
        return True
    text = doc_text(doc)
    bare_month = match.kind == "relative_month" and not match.groups.get("rel") and not match.groups.get("modifier")
    capital = text[match.start].isupper()
    if not bare_month and not (capital and (match.kind in _LOWER_CASE_KINDS or match.kind == "weekday")):
        return False  # most matches: neither a bare month nor a capitalised word that may begin a name
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    if bare_month:
        return span[0].ent_type_ == "PERSON"
    if span[0].ent_iob_ == "I" and span[0].ent_type_ in NAME_ENTITIES:
        return True  # the NER's name began before the time word
    if _QUOTED_TITLE_BEFORE.search(text, max(0, match.start - 60), match.start) and _QUOTED_TITLE_AFTER.match(text, match.end):
        return True
    if match.kind == "weekday" or _WEEKDAY_FIRST.match(text, match.start) or not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False  # "on Sundays" is no name
    if len(span) > 1 and text[max(0, match.start - 1) : match.start] in _OPENING_QUOTES:
        return True  # ABC's "This Week With ..."
    if _opens_a_sentence(text, match.start) or _in_headline(text, match.start):
        return False
    if len(span) == 1:
        return True  # "told Harbor City Today", "on the Today show", "MIDLAND TODAY"
    owner = span[0].i - 1
    if owner > 0 and doc[owner].tag_ == "POS":
        owner -= 1  # "NBC's This Week"
    return owner >= 0 and doc[owner].ent_type_ == "ORG"  # "KTVX This Morning"; not "visit Peru Next Week"


def _in_a_title(text: str, match: RuleMatch, titles: re.Pattern | None) -> bool:
    """A time word inside the title of a programme, a paper or a named day ('told Fox News Sunday', 'on Saturday
    Night Live', '60 Minutes', 'Super Tuesday'; the names in the rule file): no time, though 'told Reuters Sunday'
    is one. Looked for only around a match with a capital letter, as the titles are written."""
    if titles is None or not any(c.isupper() for c in text[match.start : match.end]):
        return False
    start = max(0, match.start - 40)
    return any(t.start() + start < match.end and t.end() + start > match.start for t in titles.finditer(text[start : match.end + 40]))


_WEEKDAY_JOINER = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|into)\s*", re.I)  # "from Tuesday night into Wednesday"


def _weekday_spans_run_forward(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None) -> list[tuple[RuleMatch, Normalized]]:
    """'open Tuesday through Sunday', 'fought from Tuesday to Thursday', 'rain from Monday night into Tuesday': a span
    of weekdays runs forward, so when each end, read alone, falls on the wrong side of the other, the end nearer the
    writing date stays and the other moves a week (ahead of the writing the end moves later, behind it the start moves earlier). A span
    whose end is the writing day runs through it, even told ahead ('snow will linger from Monday night into Tuesday', written on the
    Tuesday: the night just gone and today, not next week's). Not 'Friday and Thursday', a list in any order."""
    out = list(made)
    for i in range(1, len(out)):
        (first, one), (second, two) = out[i - 1], out[i]
        if first.kind != "weekday" or second.kind != "weekday" or first.groups.get("rel") or second.groups.get("rel"):
            continue
        if anchor is None or one.start is None or two.start is None or two.start >= one.start:
            continue
        if not _WEEKDAY_JOINER.fullmatch(text[first.end : second.start]):
            continue
        if one.start > anchor and two.start != anchor:
            day = two.start + dt.timedelta(days=7)
            out[i] = (second, replace(two, start=day, end=day, timex=day.isoformat() + (two.timex or "")[10:]))
        else:
            day = one.start - dt.timedelta(days=7)
            out[i - 1] = (first, replace(one, start=day, end=day, timex=day.isoformat() + (one.timex or "")[10:]))
    return out


_WEEKDAY_LISTER = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|and|or|&)\s*", re.I)
_LIST_GAP = range(1, 4)  # days from one weekday of a list to the next: "Wednesday and Thursday", "Friday and Monday"


def _weekday_lists_in_a_row(text: str, made: list[tuple[RuleMatch, Normalized]], anchor: dt.date | None, weekdays: dict[str, int]) -> list[tuple[RuleMatch, Normalized]]:
    """'met on Wednesday and Thursday', 'visited Tuesday, Wednesday and Thursday': weekdays listed in the order of the
    week are days in a row, though each, read alone, may fall in another week (written on a Wednesday, a past
    'Wednesday' is the writing day and a past 'Thursday' the week before). When the days read alone are out of
    order, the list is placed from its end nearer the writing: a list ahead of the writing keeps its first day and
    counts on, one behind keeps its last day and counts back. Not 'Friday and Thursday', a list out of the week's
    order, nor 'next Monday and Tuesday'."""
    if anchor is None:
        return made
    out = list(made)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and _listed_next(text, out[j], out[j + 1], weekdays):
            j += 1
        run = out[i : j + 1]
        if j > i and any(b.start <= a.start for (_, a), (_, b) in zip(run, run[1:])):
            first, last = run[0][1], run[-1][1]
            if first.start > anchor:
                days = [first.start]
                for match, _ in run[1:]:
                    days.append(days[-1] + dt.timedelta(days=(_weekday_number(match, weekdays) - days[-1].weekday()) % 7))
            else:
                days = [last.start]
                for match, _ in reversed(run[:-1]):
                    days.insert(0, days[0] - dt.timedelta(days=(days[0].weekday() - _weekday_number(match, weekdays)) % 7))
            for k, ((match, norm), day) in enumerate(zip(run, days)):
                out[i + k] = (match, replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:]))
        i = j + 1
    return out


def _weekday_number(match: RuleMatch, weekdays: dict[str, int]) -> int:
    return weekdays[match.groups["weekday"].rstrip(".").lower()]


def _listed_next(text: str, one: tuple[RuleMatch, Normalized], two: tuple[RuleMatch, Normalized], weekdays: dict[str, int]) -> bool:
    """Two weekdays written as neighbours of a list, the second one to three days after the first in the week's order."""
    (first, a), (second, b) = one, two
    if first.kind != "weekday" or second.kind != "weekday" or first.groups.get("rel") or second.groups.get("rel"):
        return False
    if a.start is None or b.start is None or a.granularity != "day" or b.granularity != "day":
        return False
    if not _WEEKDAY_LISTER.fullmatch(text[first.end : second.start]):
        return False
    return (_weekday_number(second, weekdays) - _weekday_number(first, weekdays)) % 7 in _LIST_GAP


_CLOCK_KINDS = {"clock", "noon", "day_part"}
_DAY_GROUPS = ("weekday", "weekday2", "dayref", "dayref2", "month", "day", "dayrel")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$")


def _clocks_on_their_day(doc: Doc, made: list[tuple[RuleMatch, Normalized]]) -> list[tuple[RuleMatch, Normalized]]:
    """'The truce begins at 3 p.m. local time (0700 GMT) on Friday', 'A man was shot Tuesday evening. Police
    arrived about 9 p.m.': a clock time that names no day is on the day its sentence names (else, told in the past,
    the last day the sentence before it names), not on the writing day."""
    days = [(m, n.start) for m, n in made if n.timex and _DAY_VALUE.match(n.timex) and n.start is not None and not m.groups.get("bare_part")]
    out = []
    for match, norm in made:
        if match.kind in _CLOCK_KINDS and norm.start is not None and norm.timex and not any(match.groups.get(g) for g in _DAY_GROUPS):
            day = _day_of_sentence(doc, match, days) if days else None
            if day is not None:
                norm = replace(norm, start=day, end=day, timex=day.isoformat() + norm.timex[10:])
            elif match.groups.get("bare_part"):
                continue  # "in the morning" with no day named near it: a habit or an unknown day, not the writing day's
        out.append((match, norm))
    return out


def _day_of_sentence(doc: Doc, match: RuleMatch, days: list[tuple[RuleMatch, dt.date]]) -> dt.date | None:
    """The day named nearest the match in its sentence, else (in a past clause) the last one named in the sentence before."""
    span = _match_span(doc, match.start, match.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    sent = span[0].sent
    text = doc_text(doc)
    near = [  # not itself ('the early hours'), nor across a line ('6 p.m.' heading a live update, a day named below it)
        (abs(m.start - match.start), day) for m, day in days
        if sent.start_char <= m.start < sent.end_char and m is not match and "\n" not in text[min(m.start, match.start) : max(m.start, match.start)]
    ]
    if near:
        return min(near)[1]
    if sent.start == 0 or tense_at(doc, match.start, match.end) != "past":  # "Talks ended Monday. Aides will speak at 4 p.m.": today
        return None
    before = doc[sent.start - 1].sent
    earlier = [(m.start, day) for m, day in days if before.start_char <= m.start < before.end_char]
    return max(earlier)[1] if earlier else None


def _end_told_in_past(doc: Doc, match: RuleMatch, tense: str, anchor: dt.date | None) -> RuleMatch:
    """'Sales had doubled by the end of the year', written in February: the end of a year (of a month, written in its
    first week) told in the past, when the writing comes early in that period, is the previous one's, as a bare
    "year's end" is. Only hung on the verb: "its goal of a cut by the end of the year" names an aim still ahead."""
    g = match.groups
    if match.kind != "relative_part" or tense != "past" or anchor is None or g.get("bare_end"):
        return match
    if "end" not in (g.get("modifier") or "") or (g.get("rel") or "").lower() != "the":
        return match
    if not (anchor.day <= 7 if g.get("ofmonth") else anchor.month <= 3):
        return match
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return match
    head = span.root.head
    if head.dep_ in ("prep", "agent") and head.i < span.start:
        head = head.head
    if head.pos_ not in ("VERB", "AUX") or any(t.lemma_ in AIM_NOUNS for t in doc[head.i + 1 : span.start]):
        return match  # the parse may hang "by the end of the year" on the verb across "its target of a cut"
    return replace(match, groups={**g, "bare_end": "yes"})


# "the second half", "the first quarter" with no year: a half or quarter of a year only where the text around it
# is about a year or a business period; else a game's or a match's ("conceded twice in the second half")
PERIOD_CONTEXT_WORDS = (
    "year", "years", "fiscal", "annual", "annually", "quarterly", "quarter", "quarters", "half-year", "calendar",
    "profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "loss", "losses", "growth", "economy",
    "economic", "gdp", "inflation", "output", "forecast", "forecasts", "outlook", "results", "dividend", "dividends",
    "analyst", "analysts", "investor", "investors", "shipments", "orders", "demand", "production", "exports",
    "imports", "budget", "deficit", "spending", "prices", "market", "markets", "stores", "company", "bank",
    "share", "shares", "cents", "charge", "write-off", "cost", "costs", "million", "billion",
)
# one of the words (not the "year" of an age, "the 25-year-old striker"), or a currency sign
_PERIOD_CONTEXT = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in PERIOD_CONTEXT_WORDS) + r")(?![\w]|-old\b)|[$€£¥]", re.I)
_YEAR_LEVEL = PERIOD_SIZES | {"year"}
_BARE_PART_CODES = {"h1", "h2", "q1", "q2", "q3", "q4"}


def _part_without_period_context(doc: Doc, match: RuleMatch, made: list[tuple[RuleMatch, Normalized]]) -> bool:
    """A bare "the second half" or "the first quarter" (no year, no "this year") is a part of a year only when
    its sentence or the two before it name a year-sized time or speak of a year or a business period; else it
    is a part of a game ("scored twice in the second half"), not H2 of the year. "H1", "Q3" are always a year's."""
    if (match.groups.get("part") or "") in _BARE_PART_CODES:
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return False
    sent = span[0].sent
    first = sent.start
    for _ in range(2):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    lo, hi = doc[first].idx, sent.end_char
    if any(m is not match and lo <= m.start < hi and n.granularity in _YEAR_LEVEL for m, n in made):
        return False
    text = doc_text(doc)
    return not (_PERIOD_CONTEXT.search(text, lo, match.start) or _PERIOD_CONTEXT.search(text, match.end, hi))


# "the first rise in five years", "the highest level in a decade": a span looked back over, not a date ahead
_RECORD_BEFORE = re.compile(r"\b(?:first|last|time|once|only|highest|lowest|biggest|largest|smallest|worst|best|most|least|fastest|slowest|strongest|weakest|\w+est)\b[^.;:!?]{0,40}$", re.I)


# a clause told ahead in so many words ("will", "is set to"), not only a present read as a schedule ("occurs in one year")
_FUTURE_WORD_BEFORE = re.compile(r"\b(?:will|wo|'ll|would|shall|going to|(?:is|are|was|were) (?:set|due|scheduled|expected|slated|likely|to)|expects? to|plans? to|hopes? to|aims? to|intends? to)\b[^.;:!?]{0,70}$", re.I)


def _units_ahead_or_durations(text: str, matches: list[RuleMatch], tenses: list[str], since: list[bool], durations: bool) -> tuple[list[RuleMatch], list[str], list[bool]]:
    """'in five years' is a date ahead of the writing only in a clause told ahead ('will be redeemed in five years');
    else it is the duration it names ('rose 5% in two years', 'the first rise in five years'), reported only when
    durations are, as the duration rule would have. The tenses and 'since' marks of the matches kept stay with them."""
    kept: list[tuple[RuleMatch, str, bool]] = []
    for match, tense, opens in zip(matches, tenses, since):
        if match.kind == "in_units" and (tense != "future" or not _FUTURE_WORD_BEFORE.search(text, max(0, match.start - 80), match.start) or _RECORD_BEFORE.search(text, max(0, match.start - 60), match.start)):
            if not durations:
                continue
            match = replace(match, kind="duration", rule="duration")
        kept.append((match, tense, opens))
    return [k[0] for k in kept], [k[1] for k in kept], [k[2] for k in kept]


def _counts_from_a_recurrence(doc: Doc, match: RuleMatch, before: tuple[RuleMatch, Normalized]) -> bool:
    """'Every autumn the club audits what it spent the previous year': a year counted from a recurrence named just
    before it in its sentence is a year of each one, no date (not the year before the writing)."""
    if match.kind != "relative_unit" or not anaphoric(match.groups.get("rel")) or before[1].granularity != "recurrence":
        return False
    span, other = _match_span(doc, match.start, match.end), _match_span(doc, before[0].start, before[0].end)
    if span is None or other is None or not doc.has_annotation("SENT_START"):
        return False
    return span[0].sent.start == other[0].sent.start


def _period_not_yet_over(norm: Normalized, anchor: dt.date | None) -> bool:
    """A quarter or half still running or ahead at the writing is a forecast's ('losses into the fourth quarter and
    through the second quarter of next year'), not the period whose results are reported."""
    return anchor is not None and norm.end is not None and norm.end >= anchor


def _of_the_period_named(match: RuleMatch, near: Normalized | None, anchor: dt.date | None) -> bool:
    """'the same quarter last year', 'the 1988 quarter', 'the year-ago period': the same part of the year as the last
    quarter or half named, though a day or a year was named since ('for the third quarter ended Sept. 30. ... the
    corresponding period last year'), or a forecast period since ('losses through the second quarter of next year':
    not the period reported on). A bare 'period' only after a day, the end of the period: after a year it may be
    a span the rules do not read ('in the first nine months ... the 1988 period')."""
    period = match.groups.get("period")
    if not period:
        return False
    if near is not None and near.granularity in PERIOD_SIZES:
        return _period_not_yet_over(near, anchor)
    return period in ("quarter", "half") or (near is not None and near.granularity == "day")


def _year_of_the_clause(doc: Doc, span, years: list[RuleMatch]) -> int | None:
    """'The runoff in 2028 will be held in May', 'the 2019 strike ended in May', 'In 2019, prices peaked in July': a
    bare month hung on a verb whose subject is dated by a year, or that a year after 'in' is hung on too, is in that
    year; not the nearest such month to the writing."""
    verb = _verb_of_date(span.root)
    if verb is None:
        return None
    subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    found = set()
    for year in years:
        year_span = _match_span(doc, year.start, year.end)
        if year_span is None:
            continue
        token = year_span[-1]
        owner = _noun_it_modifies(token)
        on_verb = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ == "in" and token.head.head.i == verb.i
        if on_verb or (owner is not None and owner.i in subjects):
            found.add(int(year.groups["year"]))
    return found.pop() if len(found) == 1 else None


def _month_just_gone_on_a_noun(doc: Doc, match: RuleMatch, norm: Normalized, anchor: dt.date | None) -> bool:
    """'will get one more clue from the November jobs report', written in December; 'will take the stage after their
    Oct. 13 debate', written in November: a month (or a month and day) with no year before the noun it dates names
    that event's own month, and a future around the event is that of its consequences. Read as the month nine or
    more months ahead, it is the one of the last three months (not 'the upcoming November vote')."""
    g = match.groups
    if anchor is None or norm.start is None or norm.granularity not in ("day", "month") or norm.start <= anchor:
        return False
    if match.kind not in ("calendar", "relative_month") or not g.get("month") or g.get("year") or g.get("rel") or g.get("weekday"):
        return False
    if (norm.start.year - anchor.year) * 12 + norm.start.month - anchor.month < 9:
        return False
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    root = span.root
    noun = root.head
    if root.dep_ not in ("compound", "nmod", "amod", "poss") or noun.i < span.end or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(c.lower_ in AHEAD_ADJECTIVES for c in noun.children)


class TimesComponent:
    """Finds, normalizes and anchors time expressions; sets doc._.readout_times."""

    def __init__(self, rules_path: str | None, durations: bool, vague_words: bool = False):
        self.rules = load_rules(rules_path)
        self.normalize = Normalizer(self.rules.lexicon)
        self.durations = durations
        self.vague_words = vague_words
        names = sorted(self.rules.lexicon.names_with_time_words, key=len, reverse=True)
        self.titles = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None

    def __call__(self, doc: Doc) -> Doc:
        doc._.readout_times = tuple(self.extract(doc))
        return doc

    def extract(self, doc: Doc) -> list[TimeExpr]:
        text = doc_text(doc)
        other_calendar = "calendar" in text
        matches = [_without_verb_last(doc, _with_day_word(text, m)) for m in find_matches(text, self.rules, self.durations, self.vague_words) if not (other_calendar and _in_another_calendar(text, m)) and not _counts_things(doc, m) and not _rate_of_an_amount(doc, m) and not _verb_not_month(doc, m) and not _lower_case_verb_not_month(doc, m) and not _part_of_name(doc, m) and not _in_a_title(text, m, self.titles) and not _ordinal_second(doc, m) and not _overnight_kind(doc, m) and not _part_of_day_modifies(doc, m) and not _modified_plural_unit(doc, m) and not _weekly_kind(doc, m) and not _final_unit_of_another(text, m) and not _moment_of_a_past_act(doc, m)]
        # "since January 1": the date lies before the writing, whatever the tense the parse gives
        since = [_opens_since(text, m.start) for m in matches]
        tenses = ["past" if opens else "present" if _in_dateline(text, m.start, m.end) else tense_at(doc, m.start, m.end) for m, opens in zip(matches, since)]
        # a weekday told as the future of a past moment ("was scheduled to leave late Tuesday") is read apart (see the
        # loop below) and says nothing of which side of the writing the story's other mentions of that weekday lie
        tenses = ["present" if t == "future" and (_future_in_past(doc, m) or _future_of_a_recent_act(doc, m)) else t for m, t in zip(matches, tenses)]
        tenses = _ahead_unless_told_past(doc, matches, tenses, since, self.rules.lexicon)
        tenses = _back_unless_told_ahead(doc, matches, tenses, since, self.rules.lexicon)
        tenses = _back_when_told_past(doc, matches, tenses, since, self.rules.lexicon)
        matches, tenses, since = _units_ahead_or_durations(text, matches, tenses, since, self.durations)
        first_pass = [self.normalize(m, None, t) for m, t in zip(matches, tenses)]
        day_dates = [(m.start, n.start) for m, n in zip(matches, first_pass) if n is not None and not n.relative and n.granularity == "day"]
        anchor = choose_anchor(document_of(doc), text, day_dates)
        years = [m for m in matches if m.rule == "year" and (m.groups.get("year") or "").isdigit()]  # bare years: "2012", "the year 2012"
        made: list[tuple[RuleMatch, Normalized]] = []
        reference, reference_end = None, -1
        period_reference, period_end = None, -1  # the last quarter or half named: what "the same period last year" is of
        for match, tense, first, opens in zip(matches, tenses, first_pass, since):
            norm = first
            julian = other_calendar and _julian_day(text, match)
            if first is not None and first.relative and anchor.date is not None:
                near = reference if match.start - reference_end < REFERENCE_REACH else None
                if period_reference is not None and _of_the_period_named(match, near, anchor.date) and match.start - period_end < REFERENCE_REACH:
                    near = period_reference  # "results for the third quarter ended Sept. 30 ... the corresponding period last year"
                if _future_in_past(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, near)
                elif _future_of_a_recent_act(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, near, days_back=2)
                elif tense == "future" and _told_in_the_present(doc, match):
                    norm = self.normalize.weekday_ahead_of_past(match.groups, anchor.date, None, days_back=1)
                else:
                    on = _julian_shift(anchor.date, -1) if julian else anchor.date  # the writing day as the Julian calendar counts it
                    norm = self.normalize(_end_told_in_past(doc, match, tense, on), on, tense, near)
            if norm is None or (made and _counts_from_a_recurrence(doc, match, made[-1])):
                continue
            phrase_year = _year_of_the_phrase(doc, match, years)
            event_day = None if phrase_year is not None else _dated_event(doc, match, self.rules.lexicon)
            if event_day is not None:  # a famous day, unless the story or the sentence gives the day another year
                phrase_year = _year_the_story_writes(match, matches, self.rules.lexicon) or _year_framing_the_event(doc, match, years, event_day.year)
                event_day = None if phrase_year is not None else event_day
            if phrase_year is not None and norm.start is not None and norm.granularity in ("day", "month"):
                norm = _in_year(norm, phrase_year)
            elif event_day is not None and anchor.date is not None and event_day < anchor.date:
                norm = Normalized(start=event_day, end=event_day, granularity="day", timex=event_day.isoformat(), relative=False)
            if julian and norm.granularity == "day" and norm.start is not None:
                day = _julian_shift(norm.start, 1)
                norm = replace(norm, start=day, end=day, timex=day.isoformat() + (norm.timex or "")[10:])
            if tense == "past" and norm.start is not None and anchor.date is not None and norm.start > anchor.date and (_done_on_the_date(doc, match) or _since_clause_month(doc, match)):
                norm = _a_year_back(norm)
            elif tense == "future" and phrase_year is None and _month_just_gone_on_a_noun(doc, match, norm, anchor.date):
                norm = _a_year_back(norm)
            if norm.start is not None and norm.timex and norm.reference_date is None:
                # an expression counted from the one before is not a new reference: two "a year earlier" in a row are the same year
                reference, reference_end = norm, match.end
                if norm.granularity in ("quarter", "half") and not _period_not_yet_over(norm, anchor.date):
                    period_reference, period_end = norm, match.end
            if opens and norm.start is not None and anchor.date is not None and norm.start > anchor.date and _done_before(match):
                norm = _a_year_back(norm)  # "have doubled since April", written in March: last April
            if opens and norm.end is not None and norm.start is not None and anchor.date is not None and norm.start < anchor.date != norm.end:
                norm = replace(norm, end=anchor.date, granularity="range", relative=True)  # "since 1998": up to now
            made.append((match, norm))
        made = [(m, n) for m, n in made if m.rule != "part_alone" or not _part_without_period_context(doc, m, made)]
        made = _weekday_lists_in_a_row(text, _weekday_spans_run_forward(text, made, anchor.date), anchor.date, self.rules.lexicon.weekdays)
        made = _clocks_on_their_day(doc, made)
        return [self._expr(doc, replace(match, start=_modified_start(text, match)), norm, anchor.kind, anchor.date) for match, norm in made]

    @staticmethod
    def _expr(doc: Doc, match: RuleMatch, norm: Normalized, anchor_kind: str, anchor_date) -> TimeExpr:
        relative = norm.relative
        return TimeExpr(
            span=char_span(doc, match.start, match.end),
            start=norm.start,
            end=norm.end,
            granularity=norm.granularity,
            anchor=("reference" if norm.reference_date else anchor_kind) if relative else "absolute",
            anchor_date=(norm.reference_date or anchor_date) if relative else None,
            recurrence=norm.recurrence,
            resolved=norm.resolved,
            timex=norm.timex,
        )


@Language.factory(
    "readout_times",
    assigns=["doc._.readout_times"],
    default_config={"rules_path": None, "durations": False, "vague_words": False},
)
def make_readout_times(nlp: Language, name: str, rules_path: str | None, durations: bool, vague_words: bool) -> TimesComponent:
    """rules_path: another rule file in the format of data/time_rules.json; durations: also report
    'three days'-style durations as times (off by default: the quantities extractor reports them);
    vague_words: also report the single words TimeML annotates as vague references ('current', 'recent',
    'soon'; off by default: they date nothing)."""
    return TimesComponent(rules_path, durations, vague_words)
