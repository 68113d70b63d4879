"""Messages read into an event: who, the coverage says, signals what to whom.

Coverage of a summit reads signals into it ("sent two clear messages", "are
signaling to rivals that ...", "a warning to the bloc", a list headed
"messages to several audiences" with one "To X: ..." line per audience). Each
becomes an ``AudienceMessage`` with its sender (the subject of the cue), its
audience (resolved to an entity when a mention covers it) and the message.
Three shapes, all read from the dependency parse and ``data/signal_cues.json``:

- a signaling verb with a "to" object: "X signals to Y that Z";
- a sending verb or a copula with a message noun: "X sent (N) messages (to Y)",
  "X was a warning to Y";
- a list: a line that sends messages, then lines "To Y: Z", one message each;
- dashed hopes: "X dashed Y hopes of Z" (the hopeful are the audience).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from readout.analyze.extensions import char_span, doc_text
from readout.analyze.token_table import sentence_spans, token_table
from readout.model import AudienceMessage, Span

DATA_FILE = Path(__file__).parent / "data" / "signal_cues.json"
_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.){2,}$")  # "U.S.": its last period is part of it
MAX_FOLLOWING = 3  # sentences after "sent three messages." read as the messages when the sentence states none


@dataclass(frozen=True)
class SignalLexicon:
    message_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    signaling_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    heading_words: frozenset[str]
    list_item: re.Pattern[str]
    dash_verbs: frozenset[str]
    dash_objects: frozenset[str]


@lru_cache(maxsize=4)
def signal_lexicon(path: str = "") -> SignalLexicon:
    raw = json.loads(Path(path or DATA_FILE).read_text(encoding="utf-8"))
    return SignalLexicon(
        message_nouns=frozenset(raw["message_nouns"]),
        sending_verbs=frozenset(raw["sending_verbs"]),
        signaling_verbs=frozenset(raw["signaling_verbs"]),
        addressing_verbs=frozenset(raw["addressing_verbs"]),
        heading_words=frozenset(raw["list_heading_words"]),
        list_item=re.compile(raw["list_item"], re.MULTILINE),
        dash_verbs=frozenset(raw["dashed_hopes"]["verbs"]),
        dash_objects=frozenset(raw["dashed_hopes"]["objects"]),
    )


def _subtree_span(doc: Doc, token: Token) -> tuple[int, int]:
    """Characters of a token's subtree without punctuation at its edges (a lone punctuation token stays itself)."""
    tokens = list(token.subtree)
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _span(doc: Doc, start: int, end: int) -> Span:
    text = doc_text(doc)
    # an abbreviation ending at ``end`` ends in two letters with periods, so the last eight characters show it
    while end > start and text[end - 1] in " \t\n\"'”’.,;:" and not _ABBREVIATION.search(text, max(0, end - 8), end):
        end -= 1
    while start < end and text[start] in " \t\n-•*–\"'“‘":
        start += 1
    return char_span(doc, start, end)


def _says_that(clause: Token) -> bool:
    """ "a message that X": the clause states the message ("a message to read" does not)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _addressable(token: Token) -> bool:
    """Who can be addressed: a name, a pronoun, or a noun phrase with a determiner, owner, modifier or plural ("to date" cannot)."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    return token.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in token.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


class AudienceMessages:
    def __init__(self, lexicon_path: str = ""):
        self.lexicon = signal_lexicon(lexicon_path)
        self.words = self.lexicon.signaling_verbs | self.lexicon.message_nouns | self.lexicon.dash_verbs  # lemmas a sentence's items start from

    def __call__(self, doc: Doc) -> Doc:
        found: list[AudienceMessage] = []
        for sent in sentence_spans(doc):
            found += self._sentence(doc, sent)
        found += self._lists(doc)
        found.sort(key=lambda m: m.span.start)
        doc._.readout_audience_messages = tuple(_deduplicated(found))
        return doc

    # --- one sentence -----------------------------------------------------------------------

    def _sentence(self, doc: Doc, sent: SpacySpan) -> list[AudienceMessage]:
        out = []
        table, words = token_table(doc), self.words
        for i in range(sent.start, sent.end):
            lemma = table.lemma[i]
            if lemma not in words:
                continue  # most tokens: none of the lexicon's verbs or nouns
            token = doc[i]
            if token.pos_ in ("VERB", "AUX") and lemma in self.lexicon.signaling_verbs:
                if (item := self._signaling(doc, sent, token)) is not None:
                    out.append(item)
            elif token.pos_ == "NOUN" and lemma in self.lexicon.message_nouns:
                if (item := self._message_noun(doc, sent, token)) is not None:
                    out.append(item)
            elif token.pos_ == "VERB" and lemma in self.lexicon.dash_verbs:
                if (item := self._dashed_hopes(doc, sent, token)) is not None:
                    out.append(item)
        return out

    def _signaling(self, doc: Doc, sent: SpacySpan, verb: Token) -> AudienceMessage | None:
        """ "X signals to Y that Z", "X warned Y that Z" (an audience is required: "it signaled a shift" has none)."""
        audience = None
        if verb.lemma_.lower() in self.lexicon.addressing_verbs:  # "warned Brussels that ...": the object is the audience
            audience = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        prep = next((c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        if prep is not None:
            audience = next((c for c in prep.children if c.dep_ == "pobj"), audience)
        if audience is None or not _addressable(audience):
            return None
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")), None)
        about = any(c.dep_ == "prep" and c.lower_ in ("about", "against", "over") for c in verb.children)
        if prep is None and clause is None and not about:
            return None  # "she reminds me of him": no message, only a likeness
        subject = _subject(verb)
        start = subject.left_edge.idx if subject is not None else verb.idx
        end = sent.end_char
        return self._item(doc, start, end, verb.text + (" to" if prep is not None else ""), subject, audience,
                          _subtree_span(doc, clause) if clause is not None else None)

    def _message_noun(self, doc: Doc, sent: SpacySpan, noun: Token) -> AudienceMessage | None:
        """ "X sent (three clear) messages (to Y)", "X was a warning to Y"."""
        head = noun.head
        sending = noun.dep_ == "dobj" and head.lemma_.lower() in self.lexicon.sending_verbs
        copula = noun.dep_ == "attr" and head.lemma_.lower() == "be"
        if not (sending or copula):
            return None
        prep = next((c for c in list(noun.children) + list(head.children) if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
        audience = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if audience is not None and not _addressable(audience):
            audience = None
        if audience is not None and audience.lemma_.lower() in self.lexicon.heading_words:
            return None  # "messages to several audiences": a list heading, read with its list
        if sent.text.rstrip().endswith(":") or (copula and audience is None):
            return None  # a list heading; "X is a signal of Y" names no audience
        subject = _subject(head)
        clause = next((c for c in noun.children if c.dep_ == "ccomp" or (c.dep_ in ("acl", "relcl") and _says_that(c))), None)
        message: tuple[int, int] | None = _subtree_span(doc, clause) if clause is not None else None
        counted = any(c.dep_ == "nummod" for c in noun.children)
        if message is None and counted:
            message = self._following(doc, sent)
        if audience is None and clause is None and not counted:
            return None  # "delivered a positive message": no one addressed, nothing said
        start = subject.left_edge.idx if subject is not None else noun.left_edge.idx
        end = (audience.right_edge.idx + len(audience.right_edge.text)) if audience is not None else noun.idx + len(noun.text)
        if clause is not None:
            end = max(end, message[1])
        return self._item(doc, start, end, f"{head.text} … {noun.text}", subject, audience, message)

    def _dashed_hopes(self, doc: Doc, sent: SpacySpan, verb: Token) -> AudienceMessage | None:
        """ "X dashed the opposition's hopes of Z": those who hoped are told it will not happen."""
        hopes = None
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in self.lexicon.dash_objects:
                if child.lemma_.lower() in ("hope", "expectation", "illusion"):
                    hopes = child
                else:
                    prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in ("on", "to")), None)
                    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                    if pobj is not None and pobj.lemma_.lower() in ("hope", "expectation", "illusion"):
                        hopes = pobj
        if hopes is None:
            return None
        holders = [c for c in hopes.children if c.dep_ in ("amod", "poss", "compound", "nmod")]
        subject = _subject(verb)
        start = subject.left_edge.idx if subject is not None else verb.idx
        end = hopes.right_edge.idx + len(hopes.right_edge.text)
        audience = holders[0] if holders else None
        return self._item(doc, start, end, f"{verb.text} … {hopes.text}", subject, audience, _subtree_span(doc, hopes),
                          audience_extent=(audience.idx, audience.idx + len(audience.text)) if audience is not None else None)

    def _following(self, doc: Doc, sent: SpacySpan) -> tuple[int, int] | None:
        """The sentences after "sent three messages." in the same paragraph: what the messages are."""
        text = doc_text(doc)
        paragraph_end = text.find("\n", sent.end_char)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        following = [s for s in sentence_spans(doc) if sent.end_char <= s.start_char < paragraph_end][:MAX_FOLLOWING]
        return (following[0].start_char, following[-1].end_char) if following else None

    # --- lists ------------------------------------------------------------------------------

    def _lists(self, doc: Doc) -> list[AudienceMessage]:
        """ "sent messages to several audiences:" followed by "To Y: Z" lines."""
        text = doc_text(doc)
        out = []
        for sent in sentence_spans(doc):
            stripped = text[sent.start_char : sent.end_char].rstrip()  # sent.text, without rebuilding it
            if not stripped.endswith(":") or not any(t.lemma_.lower() in self.lexicon.heading_words or t.lower_ in self.lexicon.heading_words for t in sent):
                continue
            verb = sent.root
            subject = _subject(verb)
            cue = " ".join(t.text for t in sent if t.lemma_.lower() in self.lexicon.message_nouns or t.lower_ in self.lexicon.heading_words)
            cursor = sent.end_char
            for match in self.lexicon.list_item.finditer(text, cursor):
                gap = text[cursor:match.start()]
                if gap.strip():
                    break  # the list ended: prose came between
                line_start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t-•*–"))
                item = self._item(doc, line_start, match.end(), cue or "messages", subject, None,
                                  (match.start("message"), match.end("message")),
                                  audience_extent=(match.start("audience"), match.end("audience")))
                out.append(item)
                cursor = match.end()
        return out

    # --- building ---------------------------------------------------------------------------

    def _item(self, doc: Doc, start: int, end: int, cue: str, subject: Token | None, audience: Token | None,
              message: tuple[int, int] | None, audience_extent: tuple[int, int] | None = None) -> AudienceMessage:
        sender_span = _span(doc, *_subtree_span(doc, subject)) if subject is not None else None
        if audience_extent is None and audience is not None:
            audience_extent = _subtree_span(doc, audience)
        audience_span = _span(doc, *audience_extent) if audience_extent else None
        return AudienceMessage(
            span=_span(doc, start, end),
            cue=cue,
            sender=sender_span.text if sender_span else None,
            sender_span=sender_span,
            sender_ids=_entities_in(doc, sender_span),
            audience=audience_span.text if audience_span else None,
            audience_span=audience_span,
            audience_id=next(iter(_entities_in(doc, audience_span)), None),
            message=_span(doc, *message).text if message else None,
            message_span=_span(doc, *message) if message else None,
        )


def _entities_in(doc: Doc, span: Span | None) -> tuple[str, ...]:
    if span is None:
        return ()
    ids = [m.entity_id for m in doc._.readout_mentions or () if span.start <= m.span.start and m.span.end <= span.end]
    return tuple(dict.fromkeys(ids))


def _deduplicated(items: list[AudienceMessage]) -> list[AudienceMessage]:
    """One item per statement: a span inside another's is the same message read twice."""
    out: list[AudienceMessage] = []
    for item in sorted(items, key=lambda m: (m.span.start, -(m.span.end - m.span.start))):
        if any(o.span.start <= item.span.start and item.span.end <= o.span.end for o in out):
            continue
        out.append(item)
    return out


@Language.factory(
    "readout_audience_messages",
    requires=["doc.sents", "doc._.readout_mentions"],
    assigns=["doc._.readout_audience_messages"],
    default_config={"lexicon": ""},  # "": the packaged data/signal_cues.json
)
def make_readout_audience_messages(nlp: Language, name: str, lexicon: str) -> AudienceMessages:
    return AudienceMessages(lexicon)
