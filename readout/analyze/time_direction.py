"""Which side of the writing a weekday or a bare month lies on: the tense of its clause, read from the parse.

"Friday" alone is last Friday or next Friday, "in May" this May or last May; the rules cannot tell, the clause
can ("said on Friday", "will vote Friday", "was scheduled to leave late Tuesday"). ``tense_at`` gives the tense
a date is told in; the ``_ahead_unless_told_past`` / ``_back_...`` passes weigh the story's other mentions of the
same weekday; the rest are the special readings the ``readout_times`` component (times.py) applies after
normalizing: the future of a past moment, a month done before the writing, a month just gone on a noun.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from readout.analyze.extensions import doc_text, document_of
from readout.analyze.time_normalize import Normalized
from readout.analyze.time_rules import Lexicon, RuleMatch, grammar_words

# The grammatical word sets these rules read live in the rule file ('grammar_words', each with its note). The times
# component keeps its own file's sets on the doc it reads (doc.user_data, under this key), so a rule file a user
# passes is read whole; a doc the component did not read (a direct call) gets the shipped file's.
TIME_WORDS_KEY = ("readout", "time_grammar_words")


def time_words(doc: Doc) -> dict[str, frozenset[str]]:
    """The grammatical word sets, by name, of the rule file the times component reading this doc was made with."""
    return doc.user_data.get(TIME_WORDS_KEY) or grammar_words()
# a verb and its object that together name one scheduled act, whose present tense is a schedule as "expires" is
# ("the law takes effect in January", "the party holds its congress in October")
SCHEDULED_OBJECTS = {
    "take": {"effect", "office", "place", "power"},
    "hold": {"talk", "talks", "election", "elections", "vote", "referendum", "meeting", "summit", "convention", "congress", "conference", "hearing", "hearings", "primary", "poll", "session", "rally", "ceremony", "parade", "festival", "games", "trial", "caucus", "caucuses"},
    "stand": {"trial"},
}


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
    words = time_words(head.doc)
    if not (head.dep_ == "prep" and head.lower_ == "for"):
        return False
    owner = head.head
    if owner.i == verb.i:
        if verb.lemma_ in words["arrange_with_object_verbs"]:
            return any(c.dep_ == "dobj" and verb.i < c.i < head.i for c in verb.children)
        return _lemma(verb) in words["arrange_verbs"]
    return owner.pos_ == "NOUN" and owner.dep_ in ("dobj", "nsubjpass") and owner.head.i == verb.i and _lemma(verb) in words["arrange_verbs"]


def _deadline_of_a_promise(head: Token, verb: Token, aux: set[str]) -> bool:
    """'promised a decision by June', 'vowed action by Friday': 'by' on a verb of promising, expecting or asking, or on
    its object, sets a deadline after the promise, so ahead though the verb is past ('had promised' stays past)."""
    if not (head.dep_ == "prep" and head.lower_ == "by") or "had" in aux or _lemma(verb) not in time_words(head.doc)["promise_verbs"]:
        return False
    owner = head.head
    return owner.i == verb.i or (owner.pos_ == "NOUN" and owner.dep_ == "dobj" and owner.head.i == verb.i)


def _holds_arranged(verb: Token) -> bool:
    """'On Friday, X has a speech scheduled': a present 'have' whose object is an arranged item lies ahead like
    'scheduled for' (the past 'had a speech scheduled' is told as past)."""
    words = time_words(verb.doc)
    if verb.lemma_ != "have" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return any(
        g.dep_ == "acl" and g.tag_ == "VBN" and _lemma(g) in words["arrange_verbs"] for c in verb.children if c.dep_ == "dobj" for g in c.children
    )


def _reported_after_comma(span, verb: Token | None) -> Token | None:
    """'The report is due, officials said, Monday': a date set off by a comma after the reporting verb that ends a
    reported clause is that clause's, not the saying's ('officials said Monday', with no comma, is the saying's)."""
    words = time_words(span.doc)
    hook = span.root.head
    if hook.dep_ == "prep" and hook.i < span.start:  # "said, by Friday"
        hook = hook.head
    if verb is None or verb.lemma_ not in words["reporting_verbs"] or hook.i != verb.i or span.start <= verb.i:
        return None
    doc = span.doc
    if not any(doc[i].text == "," and doc[i].head.i in (verb.i, span.root.i) for i in range(verb.i + 1, span.start)):
        return None  # not the commas of a place ("said at a meeting in Dover, Del., this week")
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


# A news dateline: "NAIROBI, Dec. 31 (Example Wire) --", "WASHINGTON, March 4 _", "NEW YORK, June 9 (Example Wire) -"
# at the start of a line: the place (a state or country may follow) before the date, an agency and a dash after.
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,3}(?:, [A-Z][A-Za-z.'-]*(?: [A-Za-z.'-]+){0,2})?, ?$")
_DATELINE_AFTER = re.compile(r"(?:,? \d{4})?[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--?|[–—_])")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """A date written in a dateline is the day of the report: the nearest such day to the writing date,
    whatever the tense of the sentence the parser hangs it on ("NAIROBI, Dec. 31 (Example Wire) -- Kenya will ...",
    dated Jan. 1, is the Dec. 31 just gone, not the coming one)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 60:
        return False
    return bool(_DATELINE_BEFORE.search(text[max(0, line_start - 1) : start])) and bool(_DATELINE_AFTER.match(text, end))


def _named_past_event(token: Token) -> bool:
    """A weekday or month owning an event noun ("examining Friday's bombing", "under a June agreement"): news
    names a past event so, whatever the progressive around it says; not after a preposition that looks ahead
    ("preparing for Sunday's vote", "for the March election")."""
    words = time_words(token.doc)
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    if governor.lower_ == "of" and governor.head.lower_ == "ahead":
        return False
    return not (governor.dep_ == "prep" and governor.lower_ in words["forward_preps"])


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




def _event_already_past(token: Token) -> bool:
    """'The results of Sunday's election will be announced Wednesday', 'the inquiry into Friday's crash will
    report': the event a weekday or month names lies before what follows from it, however far ahead that is."""
    words = time_words(token.doc)
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    return governor.dep_ == "prep" and governor.lower_ in ("of", "into") and governor.head.lemma_ in words["aftermath_nouns"]


_LEAD_UP_BEFORE = re.compile(r"(?:\bahead|\bin advance|\b(?:run|lead|build)[- ]?up)\s*$", re.I)  # "lead-up", "lead up", "leadup"
_HEADING_BEFORE = re.compile(r"\b(?:head(?:s|ing)?|going)\s*$", re.I)  # "heading into Tuesday's primary"


def _looked_ahead_to(token: Token) -> bool:
    """'Leaders made their final appeals ahead of Tuesday's vote', 'campaigned ahead of voting Tuesday', 'in the
    run-up to the March election', 'heading into Tuesday's primary': an event named after 'ahead of' comes after the
    act told, and news tells one already past by its outcome, not as one still ahead; so it lies ahead of the
    writing, whatever the tense of the act (a finite verb on the way ends the search: 'ahead of talks that began Monday', 'ahead of the vote, which was
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
        if token.dep_ == "prep" and token.lower_ == "into":
            return bool(_HEADING_BEFORE.search(doc_text(doc), max(0, token.idx - 12), token.idx))
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






def _event_the_weekday_owns(token: Token) -> Token | None:
    """The event noun a weekday belongs to: 'Monday's vote', 'the Monday vote', 'the wins on Tuesday' (a weekday
    after 'on' hung on the noun itself), 'his address Sunday' (a bare weekday on the noun), or 'a boost from the win
    Tuesday' (a bare weekday just after the noun after a preposition, which the parser hangs on the verb); None
    otherwise."""
    words = time_words(token.doc)
    if token.dep_ in ("poss", "compound") and token.head.i > token.i and token.head.pos_ == "NOUN":
        return token.head
    owner = token.head
    if token.dep_ == "pobj" and owner.dep_ == "prep" and owner.lower_ == "on" and owner.head.pos_ == "NOUN" and owner.head.i < owner.i:
        return owner.head
    if token.dep_ == "npadvmod" and owner.pos_ == "NOUN" and owner.i == token.i - 1:
        return owner
    if token.dep_ == "npadvmod" and owner.pos_ in ("NOUN", "PROPN") and owner.i < token.i:
        top = owner  # "scenes from the rally at the arena in Ohio Tuesday will stay": the weekday closes the phrase of a noun
        while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ in ("NOUN", "PROPN"):  # before its verb
            top = top.head.head
        if top.pos_ == "NOUN" and top.right_edge.i == token.right_edge.i and top.head.i > token.i:
            return top
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.dep_ == "npadvmod" and before is not None and before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.lower_ in words["backward_preps"]:
        return before
    return None


def _possessive_event_looked_back_on(token: Token) -> bool:
    """'Traders hope to recover from Monday's losses', 'After Friday's vote the coalition could split', 'Thursday's
    vote might delay the budget', 'her wins on Tuesday will lift the campaign': an event a weekday owns, after a
    preposition that looks back or as the subject of a modal, is an event news tells as done; the modal's future is
    that of its consequences, not of the day. Not an event told as one that may happen ('a win on Tuesday would')."""
    words = time_words(token.doc)
    noun = _event_the_weekday_owns(token)
    if noun is None:
        return False
    if token.dep_ in ("pobj", "npadvmod") and any(c.dep_ == "det" and c.lower_ in words["hypothetical_determiners"] for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ in words["backward_preps"]:
        return not _fronted_before_a_plan(noun.head)
    return _subject_of_a_modal(noun)


def _fronted_before_a_plan(prep: Token) -> bool:
    """'After the talks on Thursday, the envoy will brief reporters': a phrase set before the clause whose verb it
    hangs on, that verb told as a plan ('will', 'shall', 'is expected to', 'plans to'), takes that clause's tense:
    the talks come before a briefing still ahead. Not a modal of what may follow ('After Friday's ballot, the
    alliance could fall apart' is a follow-up), nor a phrase after its verb ('will recover after Monday's losses')."""
    verb = prep.head
    if prep.i >= verb.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    words = time_words(prep.doc)
    aux = _auxiliaries(verb)
    if aux & words["possibility_aux"]:
        return False  # "could", "might", "would": what may follow
    if aux & words["plan_aux"]:
        return True
    infinitive = "to" in aux or any(c.dep_ == "xcomp" and "to" in _auxiliaries(c) for c in verb.children)
    return infinitive and tense_at(prep.doc, verb.idx, verb.idx + len(verb.text)) == "future"  # "is expected to brief", "plans to brief"


def _subject_of_a_modal(noun: Token) -> bool:
    """'Thursday's vote might delay the budget', 'Monday's debate will be his first'."""
    words = time_words(noun.doc)
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return bool(_auxiliaries(noun.head) & words["future_aux"])




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
    words = time_words(noun.doc)
    ahead = past = 0
    for other in noun.doc:
        if other.i == noun.i or other.lemma_ != noun.lemma_ or other.pos_ != "NOUN":
            continue
        mods = [c for c in other.children if c.dep_ in ("det", "amod", "compound", "nummod")]
        if any(c.lower_ in words["other_of_its_kind"] or (c.dep_ != "det" and c.lower_ not in words["ahead_adjectives"] and c.ent_type_ != "DATE") for c in mods):
            continue
        if _dated_on_its_own(other, weekday):
            continue
        head = other.head
        if any(c.lower_ in words["ahead_adjectives"] for c in mods):
            ahead += 1
        elif other.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in words["forward_preps"] or _looked_ahead_to(other)):
            ahead += 1
        elif other.dep_ == "pobj" and head.dep_ == "prep" and (head.lower_ in words["backward_preps"] or (head.lower_ in ("of", "into") and head.head.lemma_ in words["aftermath_nouns"])):
            past += 1
        else:  # "the vote will be close", "spoke during the vote": the tense of its clause
            tense = tense_at(noun.doc, other.idx, other.idx + len(other.text))
            ahead += tense == "future"
            past += tense == "past"
    if ahead > past:
        return "ahead"
    return "past" if past > ahead else None


def _dates_a_done_act(span, lex: Lexicon) -> bool:
    """'The chairman's assertion Tuesday night cannot be verified', 'the attack Sunday night is the worst in a year': a
    weekday (with its part of the day) right after a noun of a done act (lex.done_act_nouns) that is the subject or
    object of the clause, hung by the parser on the noun or on the clause's verb, dates the act, which is past
    whatever the tense of the verb (a present or a modal says what follows from it). Not an act told as one of a
    kind or as ahead ('an attack Tuesday would', 'the planned raid Friday')."""
    words = time_words(span.doc)
    root = span.root
    owner = _event_the_weekday_owns(root) if root.dep_ == "pobj" else None
    if owner is not None and owner.lemma_.lower() in lex.done_act_nouns:
        return not any(c.lower_ in words["hypothetical_determiners"] or c.lower_ in words["ahead_adjectives"] for c in owner.children if c.dep_ in ("det", "amod"))
    if root.dep_ != "npadvmod" or span.start == 0:
        return False
    noun = span.doc[span.start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.done_act_nouns:
        return False
    if root.head.i != noun.i and not (noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.i == root.head.i):
        return False
    return not any(c.lower_ in words["hypothetical_determiners"] or c.lower_ in words["ahead_adjectives"] for c in noun.children if c.dep_ in ("det", "amod"))


def _back_unless_told_ahead(doc: Doc, matches: list[RuleMatch], tenses: list[str], since: list[bool], lex: Lexicon) -> list[str]:
    """A weekday owning an event looked back on (see _possessive_event_looked_back_on) lies behind the writing, unless
    the story tells the same weekday as ahead elsewhere ('The vote is set for Thursday. ... Thursday's vote might
    delay the budget' is the coming Thursday)."""
    back = []
    for i, match in enumerate(matches):
        if since[i] or tenses[i] == "past" or match.kind != "weekday" or match.groups.get("rel"):
            continue
        span = _match_span(doc, match.start, match.end)
        if span is None:
            continue
        if (_possessive_event_looked_back_on(span.root) and not _modal_preview(span.root, match, lex)) or _dates_a_done_act(span, lex):
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
    subject = _subject_of_a_modal(noun)
    if not subject and not _looked_back_on_under_a_modal(noun):
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
    return subject and _event_told_elsewhere(noun, (match.groups.get("weekday") or "").lower()) == "ahead"


def _looked_back_on_under_a_modal(noun: Token) -> bool:
    """'After Thursday's debate, the senator must fly home': an event after a preposition that looks back, in a clause
    with a modal auxiliary ('must', 'could', 'will'), follows the day or precedes it as the writing day decides (see
    _modal_preview); with no modal ('recover from Monday's slide', 'flew home after ...') it is done."""
    words = time_words(noun.doc)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in words["backward_preps"]:
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


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


def _through_a_span_on_verb(span, head: Token, verb: Token, words: dict[str, frozenset[str]]) -> bool:
    """'Ministers meet at the weekend', 'talks resume during the weekend': 'at', 'during' or 'over' hung on the verb
    itself dates its act as 'on' does; not a present written as its own past ('Protests spread over the weekend'),
    nor a clock time ('the shift starts at 10 p.m. on Monday', where the day's own preposition decides)."""
    return (head.dep_ == "prep" and head.head.i == verb.i and head.lower_ in words["schedule_span_preps"]
            and verb.lower_ not in words["unchanged_past_verbs"] and not any(t.like_num for t in span))


def _plural_noun_verb(span) -> bool:
    """'The fair runs Friday': a verb in the present the tagger read as a plural noun, the root of a sentence with
    no verb at all that the weekday hangs on; a schedule, like 'the fair opens Friday' (not 'is', 'says'). So too
    'Talks resume Tuesday', the plural subject read as a compound of the verb, which was read as a singular noun."""
    words = time_words(span.doc)
    root = span.root.head
    if root.dep_ != "ROOT" or span.root.dep_ != "npadvmod" or any(t.pos_ in ("VERB", "AUX") for t in root.sent):
        return False
    if root.tag_ == "NN" and root.lemma_ not in words["state_verbs"]:
        return any(c.dep_ == "compound" and c.tag_ == "NNS" and c.i == root.i - 1 for c in root.children)
    if root.tag_ != "NNS" or not root.lower_.endswith("s"):
        return False
    stem = root.lower_[:-2] if root.lower_.endswith("es") else root.lower_[:-1]
    return not ({stem, root.lower_[:-1]} & words["state_verbs"]) and any(c.i < root.i for c in root.children)


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
    words = time_words(infinitive.doc)
    head = infinitive.head
    if infinitive.dep_ not in ("xcomp", "advcl", "ccomp") or head.lemma_ not in words["directing_verbs"] or head.pos_ != "VERB":
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
    words = time_words(span.doc)
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
    if main.dep_ == "ccomp" and main.head.tag_ == "VBD" and not aux & words["future_aux"]:
        return None  # "demanded that the army withdraw": a verb in the mood of the demand, no tense of its own
    if aux & words["future_aux"] or (main.tag_ in ("VBP", "VBZ") and not aux) or aux & {"is", "are", "am"}:
        return "future"
    return None  # "demanding that Iraq withdraw, starting at noon Saturday": no tense of its own to go by


def _from_on_the_verb(head: Token, verb: Token) -> bool:
    """A date after 'from' hung on the verb itself."""
    return head.dep_ == "prep" and head.lower_ == "from" and head.head.i == verb.i


def _start_of_a_change(head: Token, verb: Token) -> bool:
    """'Fares rise from August', 'the ban applies from October': 'from' hung on a present verb of change names when
    the change starts, which a schedule told in the present puts ahead; not on a verb of origin or state ('the
    photo dates from August', 'the figures are from May')."""
    words = time_words(head.doc)
    return _from_on_the_verb(head, verb) and verb.lemma_ not in words["state_verbs"] and verb.lemma_ not in words["origin_verbs"]


def moved_to(doc: Doc, match: RuleMatch) -> Token | None:
    """'was delayed until Thursday', 'has been pushed back to September', 'was put off until May': the verb of a move
    ahead whose new date the match is; None for any other date."""
    words = time_words(doc)
    span = _match_span(doc, match.start, match.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in words["move_forward_preps"]:
        return None
    verb = span.root.head.head
    if verb.dep_ in ("advmod", "prt") and verb.lower_ in ("back", "off"):
        verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_ not in words["move_forward_verbs"] or any(c.lower_ in ("up", "forward", "earlier") for c in verb.children):
        return None  # "was moved up to Tuesday", "brought forward": a move to an earlier date
    return verb


def first_set_for(doc: Doc, match: RuleMatch, moved: Token) -> bool:
    """'The hearing, first set for Monday, was delayed ...', 'talks planned for May were pushed back ...': the match is
    the date the thing moved was arranged for, on a plan verb hung on the move or on what is moved, or joined to the
    move ('was set for Monday and then delayed until Thursday')."""
    words = time_words(doc)
    span = _match_span(doc, match.start, match.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in ("for", "on"):
        return False
    plan = span.root.head.head
    joined = plan.head.i == moved.i or plan.head in moved.children or (moved.dep_ == "conj" and moved.head.i == plan.i)
    return plan.pos_ == "VERB" and _lemma(plan) in words["arrange_verbs"] | words["plan_verbs"] and joined


def move_told_ahead(moved: Token) -> bool:
    """'will now be delayed until Tuesday': the move itself is still to come."""
    words = time_words(moved.doc)
    return bool(_auxiliaries(moved) & words["future_aux"] or "going" in _auxiliaries(moved))


def _granted_until(head: Token, verb: Token | None) -> bool:
    """'The judge gave lawyers until Friday to respond': a time granted runs to a day still ahead, though the granting
    is told in the past (not 'had given')."""
    if verb is None or head.dep_ != "prep" or head.lower_ not in ("until", "till") or head.head.i != verb.i:
        return False
    return verb.lemma_ in ("give", "grant", "allow") and not any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux")


def _bare_weekday_span(doc: Doc, match: RuleMatch) -> Span | None:
    """The parsed span of a weekday written without 'next' or 'last', the only kind the tense rules below move."""
    if match.kind != "weekday" or match.groups.get("rel"):
        return None
    return _match_span(doc, match.start, match.end)


def _future_in_past(doc: Doc, match: RuleMatch) -> bool:
    """'The talks were to end on Friday', 'the deal was to be signed Friday': a weekday hung on an infinitive after a
    past 'be' is the future of a past moment, neither simply behind the writing nor simply ahead of it."""
    span = _bare_weekday_span(doc, match)
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
    words = time_words(plan.doc)
    if _lemma(plan) not in words["plan_verbs"]:
        return False
    aux = _auxiliaries(plan)
    if plan.tag_ == "VBD":
        return not aux
    if plan.tag_ == "VBG":
        return aux == {"was"} or aux == {"were"}
    return plan.tag_ == "VBN" and bool(aux & {"was", "were"}) and not aux & ({"had", "has", "have"} | words["future_aux"])


def _future_of_a_recent_act(doc: Doc, match: RuleMatch) -> bool:
    """'Officials said they would close the bridge on Monday', 'the mayor invited the unions to meet on Thursday': a
    weekday of what was said or asked for, told in the past, lies after the saying, which news reports a day or two
    after it is done; so the day may be up to two days behind the writing."""
    span = _bare_weekday_span(doc, match)
    if span is None:
        return False
    verb = _verb_of(span.root)
    return verb is not None and (_would_after_a_past_verb(span, verb) or _invited_to_act_on(span, verb) or _offered_in_the_past(span, verb))




def _told_in_the_present(doc: Doc, match: RuleMatch) -> bool:
    """'The senator is campaigning Wednesday', 'the leaders meet Wednesday', written on the Thursday: a weekday hung on
    a verb of an act in the present or its progressive is the schedule of a day ahead, or a report of the day just gone written
    up a day late; it is never six days ahead (news writes 'next Wednesday' for that)."""
    words = time_words(doc)
    span = _bare_weekday_span(doc, match)
    if span is None:
        return False
    verb = _shares_the_first_verbs_tense(_reporting_owner(span, _verb_of(span.root)))
    if verb is None or not _hung_on(span, verb):
        return False
    aux = _auxiliaries(verb)
    if verb.tag_ == "VBG":
        return bool(aux) and aux <= words["present_be"]
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
    'vote' has none, and its Friday was placed behind the writing). So does a verb whose past is its bare form
    ('cost', 'cut', 'put') that the tagger read as past, joined to a bare verb ('prices could anger voters and cut
    the lead of the coalition on Monday': the modal's, not last Monday)."""
    for _ in range(3):
        if verb is None or verb.dep_ != "conj" or (verb.tag_ != "VB" and not (verb.tag_ == "VBD" and verb.lower_ == verb.lemma_)):
            return verb
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return verb
        first = _verb_of(verb.head)
        if first is None or first.i == verb.i or (verb.tag_ == "VBD" and first.tag_ != "VB"):
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
    words = time_words(span.doc)
    verb = _verb_of(span.root)
    if verb is None or verb.tag_ not in ("VBD", "VBN", "VBG") or _auxiliaries(verb) & words["future_aux"]:
        return False
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        return True
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _opens_its_paragraph(span) -> bool:
    """'Tuesday at a rally, ...', 'On Friday, ...': the date is the first words of its line."""
    doc = span.doc
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "on" else span.start
    return first == 0 or "\n" in doc[first - 1].text


def _verb_of_its_paragraph(token: Token) -> Token | None:
    """'Rain Will Not Stop Us' (a headline, no stop) / 'Tuesday at a rally, the mayor promised ...': the parser may hang a
    date on a verb across a line break; the date's clause is in its own paragraph, whose highest verb is taken."""
    doc = token.doc
    low, high = token.i, token.i + 1
    while low > token.sent.start and "\n" not in doc[low - 1].text:
        low -= 1
    while high < token.sent.end and "\n" not in doc[high].text:
        high += 1
    inside = range(low, high)
    verbs = [t for t in doc[low:high] if t.pos_ in ("VERB", "AUX") and not _noun_read_as_verb(t) and (t.dep_ == "ROOT" or t.head.i not in inside)]
    return verbs[0] if len(verbs) == 1 else None




def _gerund_before_a_present_time_clause(verb: Token) -> bool:
    """'pointed to the governor signing the bill on Friday after she meets the council': a clause of time in the
    simple present tells a future (English puts no 'will' there), so the gerund it hangs on, which has no tense of its
    own, lies ahead whatever the tense of the verb above it."""
    words = time_words(verb.doc)
    if verb.tag_ != "VBG" or _auxiliaries(verb):
        return False
    return any(
        c.dep_ == "advcl" and c.i > verb.i and c.tag_ in ("VBZ", "VBP") and not _auxiliaries(c)
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in words["time_clause_words"] and m.i < c.i for m in c.children)
        for c in verb.children
    )


_COME_BEFORE = re.compile(r"(?<![\w'’])[Cc]ome\s$")


def _come_alone(doc: Doc, span) -> bool:
    """'come November' as the idiom (when November comes), not a verb 'come' with its own auxiliary ('had come
    November 5 to the capital', 'will come Monday')."""
    words = time_words(doc)
    i = span.start - 1
    return i >= 0 and (i == 0 or doc[i - 1].lower_ not in words["before_a_verb_come"])


def _likely_in_reported_words(adjective: Token) -> bool:
    """'Voters said they were less likely to back the mayor in November': 'were likely' in the words of a past
    reporting verb is their 'are likely' put into the past by the reporting, so what is likely still lies ahead
    (not 'was due to expire', a plan that may have run its course, nor 'were likely' told by the writer)."""
    be = adjective.head
    return adjective.lemma_ in time_words(adjective.doc)["likely_adjectives"] and be.dep_ == "ccomp" and be.head.tag_ == "VBD" and be.head.lemma_ in time_words(adjective.doc)["reporting_verbs"]


def _longer_than_a_day(span) -> bool:
    """A month, season or year, not a day ('Thursday', 'today', 'Election Day'): a likelihood reported days ago for
    a day may be of one gone by since ('The measure was likely to pass Thursday, aides said'), for a month it is not."""
    return not any(t.lower_.endswith("day") for t in span)


def tense_at(doc: Doc, start: int, end: int) -> str:
    """'past', 'future' or 'present' for the clause around characters start:end."""
    words = time_words(doc)
    span = _match_span(doc, start, end)
    if span is None:
        return "present"
    if _COME_BEFORE.search(doc_text(doc), max(0, start - 6), start) and _come_alone(doc, span):
        return "future"  # "she will need them come November", "Come Monday, the office reopens": when that day comes
    if _THAN_ESTIMATED_IN.search(doc_text(doc), max(0, start - 50), start):
        return "past"
    if _plural_noun_verb(span):
        return "future"
    if _event_already_past(span.root) or _in_a_since_clause(span):
        return "past"
    starting = _starting_from(span)
    if starting is not None:
        return starting
    governor = _verb_of(span.root)
    head = span.root.head
    if governor is not None and not _same_paragraph(span.root, governor) and _opens_its_paragraph(span):
        governor = head = _verb_of_its_paragraph(span.root)  # a headline with no stop parsed into the sentence below it
        if governor is None:
            return "present"
    verb = _shares_the_first_verbs_tense(_reporting_owner(span, governor))
    if _granted_until(head, verb):
        return "future"
    reported = _reported_after_comma(span, verb)
    if reported is not None:
        verb = reported
        head = head if head.dep_ == "prep" else reported
    if head.lower_ in words["move_forward_preps"] and head.dep_ == "prep" and verb is not None and verb.lemma_ in words["move_forward_verbs"]:
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
    if verb is not None and _gerund_before_a_present_time_clause(verb):
        return "future"
    for _ in range(3):  # an infinitive takes the tense of the verb it depends on ("plans to meet")
        if verb is None:
            return "present"
        aux = _auxiliaries(verb)
        if verb.tag_ == "VBG" and not aux and verb.dep_ == "advcl" and verb.lemma_ in words["evidence_verbs"]:
            return "present"  # "could help the city, pointing to a land sale in June": what is cited is there already
        if verb.tag_ == "VBG" and not aux and verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i:
            verb = _verb_of(verb.head)  # "has risen, rising to a high in June from $29.75 in March": the main verb's tense
            continue
        if verb.tag_ == "VBG" and not aux and verb.dep_ in ("pcomp", "pobj") and verb.head.lower_ in ("by", "including") and verb.head.dep_ == "prep":
            verb = _verb_of(verb.head.head)  # "has cut costs by selling land in June", "has helped, including offering in
            continue  # August to testify": the means or the instance is told in the tense of the verb it serves
        if verb.tag_ == "VBG" and not aux and verb.dep_ == "pcomp" and verb.head.lower_ == "to" and verb.head.dep_ == "prep":
            if _dated_by_the_infinitive(span, verb) and _infinitive_ahead_of_the_present(verb):
                return "future"  # "is key to winning states in November", "looks forward to meeting her in May": as "to win"
        if (verb.tag_ == "VB" or (verb.tag_ == "VBN" and "be" in aux)) and "to" in aux and verb.head.i != verb.i:  # "to meet", "to be charged"
            if _lemma(verb.head) in words["plan_verbs"] or (verb.head.pos_ == "ADJ" and verb.head.lemma_ in words["likely_adjectives"]):  # "had been scheduled to expire Friday": a plan already past
                plan_aux = _auxiliaries(verb.head)
                if verb.head.pos_ == "ADJ":  # "had been due to expire", "was due to expire": the tense is that of 'be'
                    plan_aux |= _auxiliaries(verb.head.head)
                    plan_aux |= {"had"} if verb.head.head.tag_ == "VBD" and not (_likely_in_reported_words(verb.head) and _longer_than_a_day(span)) else set()
                return "past" if "had" in plan_aux else "future"
            if verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP"):  # "is to resume trading Tuesday"
                return "future"
            if (verb.dep_ == "acl" and verb.head.pos_ == "NOUN") or verb.head.lemma_ in words["commit_verbs"]:
                return "future"  # "an agreement to acquire the bank in January", "agreed to buy it in February": not yet done
            if _put_in_hand(verb):
                if _auxiliaries(verb.head) & {"has", "have"} and _hung_on(span, verb):
                    return "future"  # "has invited the envoy to visit on Thursday": the invitation stands, the visit is ahead
                break  # "named a panel to review the rules by June": the infinitive's date, read without the past
            if verb.tag_ == "VB" and _dated_by_the_infinitive(span, verb) and _infinitive_ahead_of_the_present(verb):
                return "future"  # "is strong enough to win states in November", "wants to visit in May": not yet done
            verb = _verb_of(verb.head)
            continue
        break
    if "to" in aux and verb.tag_ == "VB" and aux & {"has", "have", "had"}:  # "has until Friday to respond": an obligation
        return "past" if "had" in aux else "future"
    if "have" in aux and aux & words["future_aux"]:  # "may have been", "would have met": a past possibility
        return "past"
    if "would" in aux and _lemma(verb) in (words["reporting_verbs"] | words["refusal_verbs"]) and any(c.dep_ == "neg" for c in verb.children):
        return "past"  # "would not say Tuesday", "wouldn't comment on Friday": a refusal already made
    if aux & words["future_aux"] or "going" in aux:
        return "future"
    if aux & words["can_aux"] and (head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)):
        return "future"
    # "the year ended March 31", "a high set on Aug. 6": a date on the participle itself (not "the boost needed for a
    # strong showing Tuesday", whose weekday dates the showing)
    participle = verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "amod") and _hung_on(span, verb)
    if participle and (_lemma(verb) not in words["plan_verbs"] or head.lower_ == "on"):  # "talks scheduled for Monday" lie ahead
        return "past"
    if _arranged_for(head, verb) and "had" not in aux:
        return "future"  # "talks were scheduled for Friday", "set a hearing for Monday"; not "had been set for"
    if _unreal_condition(verb, aux) and span.root.dep_ not in ("poss", "compound", "nmod"):
        return "future"  # "would be in charge if he won the election in November": a supposition, not a past act
    if _deadline_of_a_promise(head, verb, aux):
        return "future"
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "did", "was", "were"} or _past_read_as_participle(verb, aux):
        return "past"
    if _lemma(verb) in words["reaction_verbs"] and verb.tag_ in ("VBG", "VBP", "VBZ"):
        return "present"  # "unions are hailing the ruling on Thursday": a reaction under way to what was done, not a plan
    if _lemma(verb) in words["plan_verbs"] or _holds_arranged(verb) or (verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"} and not _named_past_event(span.root) and not _dates_a_noun_off_the_verb(span.root, verb)):
        return "future"
    on_verb = head.i == verb.i or (head.dep_ == "prep" and head.lower_ == "on" and head.head.i == verb.i) or _in_after_verb(head, verb) or _hung_on_a_place(span, head, verb) or _on_a_joined_verb_read_as_noun(head, verb) or _through_a_span_on_verb(span, head, verb, words)
    if verb.lemma_ == "be" and verb.tag_ in ("VBP", "VBZ") and not aux and on_verb and span.root.dep_ not in ("nsubj", "nsubjpass"):
        return "future"  # "the deadline for bids is Friday", "the vote is on Tuesday": the present of a schedule
    if verb.tag_ in ("VBP", "VBZ") and not aux and verb.lemma_ not in words["state_verbs"] and _event_of_the_verb(span.root, verb):
        return "future"  # "Voters head to the polls in Tuesday's primary", "lawmakers face Monday's deadline"
    if verb.tag_ in ("VBP", "VBZ") and not aux and _from_on_the_verb(head, verb) and verb.lemma_ in words["origin_verbs"]:
        return "past"  # "the photo dates from January": where a thing comes from lies behind
    if verb.tag_ in ("VBP", "VBZ") and not aux and _start_of_a_change(head, verb):
        return "future"  # "Prices rise from August", "the tariff applies from October": a schedule told in the present
    completed = any(c.dep_ == "dobj" and _completes_the_verb(verb, c) for c in verb.children)  # "stands trial Monday"
    if verb.tag_ in ("VBP", "VBZ") and not aux and on_verb and (verb.lemma_ not in words["state_verbs"] or completed):
        return "future"  # "the two leaders meet Monday": the present of a schedule
    if head.dep_ == "prep" and head.lower_ in words["deadline_preps"] and not (head.lower_ == "through" and head.head.pos_ == "NOUN"):
        return "future"  # "to conclude by May", "runs until Friday": a deadline not said to be past ("sales through Jan. 31": a period's end)
    if _present_of_a_condition(verb, aux):
        return "future"  # "the reform stalls if the May referendum fails to pass"
    if _awaited_event(span.root):
        return "future"  # "staff busy with the planning for Sunday's summit say ...": an event prepared for, in a clause not told past
    return "present"




def _dated_by_the_infinitive(span, infinitive: Token) -> bool:
    """The date is the infinitive's own ('to meet Thursday', 'to win states in November') or that of the event it
    takes part in ('to vote in the November election'), not one named deeper in its object ('to understand the
    meaning of Thursday's debate') nor one it looks back from ('to recover from Monday's losses')."""
    words = time_words(span.doc)
    token = span.root
    if token.dep_ in ("poss", "compound", "nmod"):
        token = token.head  # "the November election": the event the date names
        if token.dep_ == "dobj" and token.head.i == infinitive.i:
            return _lemma(infinitive) in words["take_part_verbs"]  # "to win the November election", not "to explain Tuesday's vote"
        if token.dep_ != "pobj":
            return False
    head = token.head
    if head.i == infinitive.i:
        return token.i == span.root.i and token.dep_ != "dobj"
    return head.dep_ == "prep" and head.head.i == infinitive.i and head.lower_ not in words["backward_preps"]




def _infinitive_ahead_of_the_present(infinitive: Token, depth: int = 0) -> bool:
    """'Our turnout is strong enough to win states in November', 'the mayor wants to visit the site in May', 'she
    hopes to vote on Tuesday' (and a gerund after the preposition 'to', 'is key to winning in November'): a bare infinitive (not 'to have won') tells what is not yet done at the time of the verb
    it hangs on, so under a verb in the simple present, told now, its date lies ahead. Not under a verb of the same
    time ('seems to', 'continues to', 'tends to'), nor a verb with an auxiliary of its own ('has wanted to', 'would
    like to'), nor a habit ('usually wants to'). The present may be progressive ('is raising money to win in
    November'), and the infinitive may hang on another one: the chain is read up to the verb told now ('needs money
    to be able to win the November election', 'hopes to persuade voters to back him in May')."""
    words = time_words(infinitive.doc)
    governor = _verb_of(infinitive.head)
    if governor is None or governor.i == infinitive.i or _auxiliaries(infinitive) & {"have", "has", "had", "be"}:
        return False
    aux = _auxiliaries(governor) - {"not", "n't"}
    if depth < 3 and governor.tag_ == "VB" and aux == {"to"} and governor.head.i != governor.i:
        return _lemma(governor) not in words["same_time_verbs"] and _infinitive_ahead_of_the_present(governor, depth + 1)
    told_now = (governor.tag_ in ("VBZ", "VBP") and aux <= {"do", "does"}) or (governor.tag_ in ("VBN", "VBG") and aux and aux <= words["present_be"])  # "is placed to", "is working to"
    if not told_now:
        return False
    if _lemma(governor) in words["same_time_verbs"] or (infinitive.head.pos_ == "VERB" and _lemma(infinitive.head) in words["same_time_verbs"]):
        return False
    return not any(c.dep_ == "advmod" and c.lower_ in words["habit_words"] for c in governor.children)




def _unreal_condition(verb: Token, aux: set[str]) -> bool:
    """'Relations would be fine if he won the election on Nov. 8', 'the talks would collapse if no deal was reached
    by Friday': the past tense of an 'if' or 'unless' clause whose main clause has 'would', 'could' or 'might' (and
    not 'have') supposes what may yet come, so its date is not a past one. Not 'if he had won' nor 'would have
    collapsed' (a past that did not happen), nor an 'if' clause with no such main clause ('if the vote passed on
    Tuesday, the minister resigned'). The caller leaves out a date naming an event ('if he split the delegates in
    Tuesday's contests, he would still need ...' weighs results already in)."""
    words = time_words(verb.doc)
    if verb.dep_ != "advcl" or aux & {"had", "has", "have", "'d"}:
        return False
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and aux & {"was", "were"})):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words["condition_words"] for c in verb.children):
        return False
    main = _auxiliaries(verb.head, ("aux",))
    return bool(main & words["unreal_aux"]) and not main & {"have", "'ve", "had"}


def _present_of_a_condition(verb: Token, aux: set[str]) -> bool:
    """'stalls if the May referendum fails to pass', 'unless Friday's vote fails': English tells the
    condition of what may come in the simple present, so a date in it lies ahead. Not 'be' or a verb of state ('if
    Tuesday's vote is any guide' looks at a day that may be gone)."""
    words = time_words(verb.doc)
    if verb.dep_ != "advcl" or verb.lemma_ in words["state_verbs"] or aux - {"do", "does", "not", "n't"}:
        return False
    if verb.tag_ not in ("VBP", "VBZ") and not (verb.tag_ == "VB" and aux & {"do", "does"}):
        return False
    return any(c.dep_ == "mark" and c.lower_ in words["condition_words"] for c in verb.children)


def _awaited_event(token: Token) -> bool:
    """'Staff busy with the planning for Sunday's summit say', 'the polls stay open until Sunday's count': an
    event a weekday owns after 'for' or 'until' is one awaited, when nothing in its clause is past (not 'before': 'its
    share before Friday's purchases is small' tells a state before a deal done)."""
    words = time_words(token.doc)
    if token.dep_ not in ("poss", "compound") or token.head.i < token.i or token.head.pos_ != "NOUN":
        return False
    governor = token.head.head
    if token.head.dep_ != "pobj" or governor.dep_ != "prep" or governor.lower_ not in words["awaiting_preps"]:
        return False
    # "for" only after a verb, or a word of getting ready ("qualified for", "the planning for"), not a count or share
    # ("8 million viewers for Saturday's debate") nor blame ("the group responsible for Saturday's attack")
    ready = {governor.head.lemma_, token.doc[governor.i - 1].lemma_} & (words["preparation_nouns"] | words["ready_adjectives"])
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
    words = time_words(root.doc)
    if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("in", "on"):
        verb = root.head.head
    elif root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.dep_ == "advmod" and root.head.head.lower_ in words["limit_adverbs"]:
        verb = root.head.head.head  # "knew of it as early as March": the verb's date, hung on the adverb
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
    words = time_words(doc)
    if match.kind not in ("calendar", "relative_month", "nth_weekday") or match.groups.get("year") or match.groups.get("rel") or not match.groups.get("month"):
        return False  # ("the vote took place on the first Sunday in June", written in May: last June's)
    span = _match_span(doc, match.start, match.end)
    if span is None:
        return False
    weekday = (match.groups.get("weekday") or "").lower() if match.kind == "nth_weekday" else ""
    root = next((t for t in span if t.lower_ == weekday), span.root) if weekday else span.root  # the parser may hang "in June" apart
    verb = _verb_of_date(root)
    if verb is None or _lemma(verb) in words["plan_verbs"] | words["move_forward_verbs"]:
        return False
    aux = _auxiliaries(verb)
    return "to" not in aux and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(aux & {"was", "were", "had"})) or _past_read_as_participle(verb, aux))


_CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis")


def feast_of_a_done_act(doc: Doc, match: RuleMatch) -> bool:
    """'The shop reopened the day after Easter', 'the roof collapsed on Good Friday': a feast with no year whose
    verb is in a form only the past has (not 'shut' or 'put', present too; not a plan or a move ahead) dates an act
    done before the writing, so it is the last such feast, though this year's is still to come. The verb is the
    feast's own, reached through no clause ('Talks resume after Thanksgiving, officials said', with 'resume' read
    as a noun, is not dated by 'said')."""
    if match.kind != "holiday" or match.groups.get("year") or match.groups.get("rel"):
        return False
    span = _match_span(doc, match.start, match.end)
    verb = span.root if span is not None else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = None if verb.dep_ in _CLAUSE_DEPS or verb.head.i == verb.i else verb.head
    if verb is None or verb.tag_ != "VBD" or verb.lower_ == verb.lemma_.lower():
        return False
    words = time_words(doc)
    return _lemma(verb) not in words["plan_verbs"] | words["move_forward_verbs"] and "to" not in _auxiliaries(verb)


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


def _end_told_in_past(doc: Doc, match: RuleMatch, tense: str, anchor: dt.date | None) -> RuleMatch:
    """'Sales had doubled by the end of the year', written in February: the end of a year (of a month, written in its
    first week) told in the past, when the writing comes early in that period, is the previous one's, as a bare
    "year's end" is. Only hung on the verb: "its goal of a cut by the end of the year" names an aim still ahead."""
    words = time_words(doc)
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
    if head.pos_ not in ("VERB", "AUX") or any(t.lemma_ in words["aim_nouns"] for t in doc[head.i + 1 : span.start]):
        return match  # the parse may hang "by the end of the year" on the verb across "its target of a cut"
    return replace(match, groups={**g, "bare_end": "yes"})


_END_OF_BEFORE = re.compile(r"\b(?:end|close) of\s$", re.I)


def quarter_end_not_told_past(doc: Doc, match: RuleMatch, tense: str) -> RuleMatch:
    """'expects to close the deal by the end of the quarter': 'the quarter' is the last one reported (results news
    names it so), but its end in a clause not told in the past is a date still to come, the end of the current one."""
    if match.rule != "the_quarter" or tense == "past" or not _END_OF_BEFORE.search(doc_text(doc), max(0, match.start - 10), match.start):
        return match
    return replace(match, groups={**match.groups, "rel": "this"})


def _month_just_gone_on_a_noun(doc: Doc, match: RuleMatch, norm: Normalized, anchor: dt.date | None) -> bool:
    """'will get one more clue from the November jobs report', written in December; 'will take the stage after their
    Oct. 13 debate', written in November: a month (or a month and day) with no year before the noun it dates names
    that event's own month, and a future around the event is that of its consequences. Read as the month nine or
    more months ahead, it is the one of the last three months (not 'the upcoming November vote')."""
    words = time_words(doc)
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
    return not any(c.lower_ in words["ahead_adjectives"] for c in noun.children)


_A_YEAR = re.compile(r"(?<![\w$.,-])(?:1[6-9]|20)\d\d(?![\w%-])|'\d\d\b")




def in_habitual_present(doc: Doc, start: int, end: int, cue_needed: bool, clock_units: frozenset[str] | None = None) -> bool:
    """A calendar name told of any year: its clause is in the simple present (active, passive or with 'do'; the
    clause it hangs on too, so not "once the storms blow from May, the port will shut"), its sentence names no year,
    and, where cue_needed, an adverb of habit on one of those verbs ("is usually conducted in the fourth quarter";
    not "we've always been focused on the lead we need over March", whose 'always' is another clause's). TimeML
    writes such a month or quarter without its year (XXXX-10, XXXX-Q4). With clock_units (the rule file's
    clock_habit_units), the cues of a clock time's habit ('daily', 'every morning', 'each Friday' too)."""
    words = time_words(doc)
    span = _match_span(doc, start, end)
    if span is None:
        return False
    sent = span.sent
    if _A_YEAR.search(sent.text):
        return False
    verb = _verb_of(span.root)
    chain = []
    for _ in range(3):
        if verb is None:
            return False
        aux = _auxiliaries(verb, ("aux", "auxpass", "neg"))
        simple = (verb.tag_ in ("VBZ", "VBP") and not aux) or (verb.tag_ == "VBN" and aux and aux <= words["simple_present_aux"]) or (verb.tag_ == "VB" and aux & {"do", "does"} and aux <= words["simple_present_aux"])
        if not simple:
            return False
        chain.append(verb.i)
        if verb.dep_ not in ("advcl", "conj") or verb.head.i == verb.i:
            break
        verb = _verb_of(verb.head)
    if not cue_needed:
        return _lemma(verb) not in words["return_verbs"]
    return _habit_cue(span, chain, clock_units)


def _habit_cue(span, chain: list[int], clock_units: frozenset[str] | None) -> bool:
    """An adverb of habit on one of the chain's verbs, or an 'every'/'each' of a unit of habit on one of them
    ('every year', 'each winter'; with clock_units, 'daily', 'every morning', 'each Friday' on the verb or the clock
    time, or a 'daily' the parser hangs the clock time on: 'opened at 8 a.m. daily')."""
    words = time_words(span.doc)
    clock = clock_units is not None
    adverbs, units = ((words["habit_words"] | words["clock_habit_adverbs"]), clock_units) if clock else (words["habit_words"], words["habit_units"])
    for t in span.sent:
        if t.lower_ in adverbs and (t.head.i in chain or (clock and (span.start <= t.head.i < span.end or t.i == span.root.head.i))):
            return True
        if t.lower_ in ("every", "each") and t.head.lower_ in units and (t.head.head.i in chain or (clock and span.start <= t.head.head.i < span.end)):
            return True
    return False


def clock_in_a_told_habit(doc: Doc, start: int, end: int, clock_units: frozenset[str]) -> bool:
    """'The shop opened at 9 a.m. every day last year', 'the ferry used to leave at 7:30 a.m. each morning', 'will
    close at 6 p.m. daily': a clock time whose clause, in any tense, carries a cue of a clock time's habit is no one
    day's, told of the past or of what is ahead as of the present (in_habitual_present reads the simple present with
    its own limits)."""
    span = _match_span(doc, start, end)
    if span is None:
        return False
    verb = _verb_of(span.root)
    chain = []
    for _ in range(3):
        if verb is None:
            break
        chain.append(verb.i)
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            break
        verb = _verb_of(verb.head)
    return bool(chain) and _habit_cue(span, chain, clock_units)
