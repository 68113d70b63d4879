"""Dependency-parse helpers for the commitments extractor: complements, objects, figures and phrases.

Kept apart from the component so each module stays about one thing: this one
knows spaCy's English dependency labels, ``commitments`` knows what a promise is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from readout.analyze.commitment_words import WORDS
from readout.analyze.datelines import story_start
from readout.analyze.extensions import doc_text
from readout.analyze.token_table import token_table

# a trigger's complement, best first; a "that" clause (ccomp) counts only with a date
COMPLEMENT_DEPS = ("xcomp", "acl", "advcl", "ccomp")
# dependents left out of an action phrase: they belong to the clause, not the action
ACTION_SKIP_DEPS = {
    "nsubj", "nsubjpass", "csubj", "aux", "auxpass", "cc", "conj", "advcl", "parataxis", "mark",
    "relcl", "agent", "dep", "intj", "neg", "appos", "punct", "advmod", "npadvmod", "meta", "expl", "acl",
}
TOP_ONLY_SKIP_DEPS = {"nsubj", "nsubjpass", "advmod", "npadvmod", "aux", "conj", "cc"}  # inside a phrase these belong to it
# prepositions whose gerund belongs to the action ("refrain from using X"); "by doing", "after meeting" are side clauses
GERUND_PREPS = WORDS.gerund_preps  # data/commitment_words.json
# dependents left out of an actor's noun phrase
ACTOR_SKIP_DEPS = {"relcl", "acl", "prep", "advcl", "punct", "appos", "parataxis", "dep"}


def tree_distance(a: Token, b: Token) -> int:
    path_a = [a, *a.ancestors]
    depth_b = {t.i: d for d, t in enumerate([b, *b.ancestors])}
    for d, t in enumerate(path_a):
        if t.i in depth_b:
            return d + depth_b[t.i]
    return 99


def children(token: Token, deps: set[str]) -> list[Token]:
    """The token's children with one of ``deps``, in text order (read from the token table: ``Token.children`` scans
    the token's whole subtree and makes a Token of each word). A word of the story never has a child before the story's
    start: the parse can hang a headline's words or the dateline on the first sentence ("Budget vote set BERN (AP) --
    The board plans to ...": "vote" a second subject of "plans"), and they are not the story's."""
    doc = token.doc
    table = token_table(doc)
    dep = table.dep
    opens = story_opens(doc)
    if opens and token.i >= opens:
        found = [c for c in table.children(token.i) if dep[c] in deps]
        kept = [c for c in found if c >= opens]
        if not kept:  # the dateline parsed as the subject, the story's subject in apposition or a conjunct to it
            kept = sorted(g for c in found for g in table.children(c) if g >= opens and dep[g] in {"conj", "appos"})
        return [doc[c] for c in kept]  # ("PORT ELLIS - Mara Vell promised ...": Mara Vell)
    return [doc[c] for c in table.children(token.i) if dep[c] in deps]


def story_opens(doc: Doc) -> int:
    """The index of the story's first token, after a dateline and any headline before it (``datelines.story_start``),
    else 0; read once per document."""
    opens = doc.user_data.get(_STORY_OPENS)
    if opens is None:
        start = story_start(doc_text(doc))
        opens = next((t.i for t in doc if t.idx >= start), len(doc)) if start else 0
        doc.user_data[_STORY_OPENS] = opens
    return opens


_STORY_OPENS = "readout_commitments_story_opens"


def complement(token: Token) -> Token | None:
    verbs = [c for c in token.children if c.pos_ in {"VERB", "AUX"}]
    for dep in COMPLEMENT_DEPS:
        if dep == "advcl" and token.pos_ not in {"NOUN", "PROPN"}:
            continue  # "an invitation for X to travel" only: on a verb, advcl is a side clause
        for child in verbs:
            if child.dep_ == dep and not (dep == "acl" and child.tag_ == "VBN"):
                return child  # not "the plan released on Tuesday": what was done to the plan, not its act
    dated = _infinitive_after_date(token)
    if dated is not None:
        return dated
    if any(c.dep_ == "dobj" for c in token.children):
        return None  # "an accord committing every country to cutting ...": the object commits, not the subject
    for prep in token.children:  # "committed to ending the strike", "agreed to holding talks": a gerund after "to"
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for child in prep.children:
                if child.dep_ == "pcomp" and child.tag_ == "VBG" and not any(c.dep_ == "neg" for c in child.children):
                    return child  # not "committed to not using X": the action would lose its "not"
    return None


def _infinitive_after_date(verb: Token) -> Token | None:
    """ "Promised Sunday at a rally to end the toll": with a date right after the verb the parser takes the date for
    the object and the "to" clause for a side clause; the clause (no subject or marker of its own) is the complement,
    when every object the verb has is a date or time."""
    if verb.pos_ != "VERB":
        return None
    dates = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}]
    if not dates or any(d.ent_type_ not in {"DATE", "TIME"} for d in dates):
        return None
    for child in verb.children:
        if (child.dep_ == "advcl" and child.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in child.children)):
            return child
    return None


def objects(token: Token) -> list[Token]:
    found = children(token, {"dobj", "attr", "nsubjpass", "oprd"})
    for prep in children(token, {"prep"}):
        found += children(prep, {"pobj"})
    return found


def aux_lemmas(token: Token) -> set[str]:
    return aux_lemmas_at(token.doc, token.i)


def aux_lemmas_at(doc: Doc, i: int) -> set[str]:
    """The auxiliaries of token ``i``, lower-cased; the first half of a contraction as its word ("wo" of "won't" is
    "will", "sha" of "shan't" is "shall")."""
    table = token_table(doc)  # read from the table: spaCy builds a Token and decodes a string on every access
    dep, lower = table.dep, table.lower
    found = {lower[c] for c in table.children(i) if dep[c] == "aux" or dep[c] == "auxpass"}
    return {CONTRACTED_AUX.get(a, a) for a in found} if found & CONTRACTED_AUX.keys() else found


def has_quantity(token: Token) -> bool:
    preps = {"to", "by", "of", "worth"} if token.pos_ == "NOUN" else {"to", "by"}
    for prep in children(token, {"prep"}):
        if prep.lower_ not in preps:
            continue
        for obj in children(prep, {"pobj"}):
            if any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in obj.subtree):
                return True  # a figure, not a year
    return False


def has_amount(token: Token) -> bool:
    """An object that carries a figure: "will lend Kenya up to 90 billion yen"."""
    for obj in children(token, {"dobj"}):
        if any(t.like_num and t.ent_type_ not in {"DATE", "TIME"} for t in obj.subtree):
            return True
    return False


def clause_verb(token: Token) -> Token:
    """The verb that governs a noun (through prepositions and objects)."""
    current = token
    for _ in range(4):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current
        current = current.head
    return current


def _noun_infinitive(token: Token) -> bool:
    """ "(support X's) plan to build 100 gigawatts": a "to" infinitive on a noun inside the phrase says what the noun is."""
    if token.dep_ == "relcl":  # "clear the way for X to run": a "for" subject, then the infinitive the way is for
        return token.head.pos_ == "NOUN" and _for_to(token)
    return token.dep_ == "acl" and token.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _for_to(token: Token) -> bool:
    """ "for X to run": a clause marked "for" with a "to" infinitive."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in token.children) and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def phrase_tokens(token: Token, skip: set[str], exclude: set[int], limit: int) -> list[Token]:
    """The phrase under ``token``, without the dependents of ``skip`` (at its top) and the tokens of ``exclude``.

    The walk reads the parse from the doc's token table: ``Token.children`` scans the whole subtree of a token and
    builds a Token for each word, so a clause's top word cost a scan per step."""
    doc = token.doc
    table = token_table(doc)
    dep, tag, lower, pos = table.dep, table.tag, table.lower, table.pos
    kept: list[int] = []

    def walk(t: int, top: bool) -> None:
        kept.append(t)
        for child in table.children(t):
            if child in exclude:
                continue
            label = dep[child]
            if label in skip and not (label == "punct" and tag[child] == "HYPH"):
                inside = not top and (label in TOP_ONLY_SKIP_DEPS or _noun_infinitive(doc[child])
                                      or (label == "mark" and dep[t] == "relcl" and _for_to(doc[t])))
                if not inside:
                    continue
            if label == "prep":
                if top and child < t and pos[t] == "VERB":
                    continue  # "Under the deal, X will supply": the clause's frame, not the action
                objs = [g for g in table.children(child) if dep[g] in {"pobj", "pcomp"}]
                if not objs:  # "stay out of the race": a two-word preposition, its object under the second
                    objs = [g for g in table.children(child) if dep[g] == "prep" and any(dep[o] == "pobj" for o in table.children(g))]
                gerund_ok = lower[child] in GERUND_PREPS  # "refrain FROM using the term": the action itself
                if not objs or any((dep[o] == "pcomp" and not gerund_ok) or o in exclude for o in objs):
                    continue
                if top and lower[child] == "with" and any(dep[g] == "acl" and pos[g] == "VERB" for o in objs for g in table.children(o)):
                    continue  # "with a new line adding ...": a side clause
            walk(child, False)

    walk(token.i, True)
    kept.sort()
    return clause_cut([doc[i] for i in kept], limit)


# a phrase longer than this ends at its first nested clause boundary (one without a boundary is kept whole up to the
# caller's hard limit)
ENSURING_VERBS = WORDS.ensuring_verbs  # data/commitment_words.json
CONTRACTED_AUX = {"wo": "will", "sha": "shall"}  # spaCy splits "won't" into "wo" + "n't"
LONG_PHRASE_TOKENS = 14
CLAUSE_PUNCT = {";", ":", "--", "\u2014", "\u2013", "("}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _finite(verb: Token) -> bool:
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in verb.children)


def _ensured(clause: Token) -> bool:
    """ "to ensure [the talks stay private]", "to make sure [X is safe]": the clause is what the act is for,
    part of it, not a nested clause to cut at."""
    head = clause.head
    if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False
    return head.lemma_.lower() in ENSURING_VERBS or (head.lemma_.lower() == "make" and any(
        c.lower_ == "sure" and c.dep_ in {"oprd", "acomp", "dobj", "ccomp"} for c in head.children))


def clause_cut(kept: list[Token], limit: int) -> list[Token]:
    """A long phrase ends where a nested clause starts, not at a token count; ``limit`` is only a hard cap.

    A count cut a deal's second half before the parties it names ("... in upcoming contests in X and Y"); a
    boundary is a clause punctuation mark or the first word of a finite clause inside the phrase ("... after
    the court rules").
    """
    if len(kept) > LONG_PHRASE_TOKENS:
        ids = {t.i for t in kept}
        for n, t in enumerate(kept[1:], start=1):
            if t.text in CLAUSE_PUNCT or _in_finite_clause(t, ids):
                kept = kept[:n]
                break
    return kept[:limit]


def _in_finite_clause(t: Token, ids: set[int]) -> bool:
    """``t`` sits in a finite clause nested in the phrase (``ids``), below its top word."""
    current = t
    while current.head.i in ids and current.head.i != current.i:
        if current.dep_ in {"relcl", "advcl", "ccomp", "acl", "conj", "parataxis"} and current.pos_ in {"VERB", "AUX"} and _finite(current) \
                and not _ensured(current):
            return True
        current = current.head
    return False


def text_of(tokens: list[Token], lemma_head: Token | None = None) -> str:
    parts = []
    for n, t in enumerate(tokens):
        word = t.lemma_ if (lemma_head is not None and t.i == lemma_head.i and t.pos_ == "VERB") else t.text
        follows = n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
        parts.append(word + (t.whitespace_ if follows else " "))
    return "".join(parts).strip(" ,;:")
