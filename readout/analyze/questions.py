"""A clause asked as a direct question, one reading for every stage that must not take a question for a statement.

The events stage reads it under a verb of asking ("I want to ask you, will X attend?" asks for no act) and the
commitments stage on a trigger's own clause ("When will we act?" promises nothing); they had two readings of the
same thing, with different tests.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
AUX_DEPS = frozenset({"aux", "auxpass"})
CLOSING_MARKS = frozenset(('"', "''", "”", "’", "'"))


def asked_directly(clause: Token) -> bool:
    """ "Will the board cut the fees?", "When will we act?", "I want to ask you, will X attend?": an auxiliary before
    the clause's subject (the order of a question), of its verb or opening the clause, and a question mark ends the
    clause: hung on its verb, its last word, or the first word after it past closing quotation marks."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    auxes = [c for c in clause.children if c.dep_ in AUX_DEPS and c.i < clause.i]
    first = clause.doc[clause.left_edge.i]
    if first.dep_ in AUX_DEPS and first.pos_ == "AUX":
        auxes.insert(0, first)  # "will Dana Holt be there?": the parser may hang the opening "will" on the name
    if not subjects or not auxes or auxes[0].i > subjects[0].i:
        return False
    if any(c.dep_ == "punct" and c.text == "?" for c in clause.children):
        return True
    doc, end = clause.doc, clause.right_edge.i
    if doc[end].text == "?":
        return True
    after = end + 1
    while after < len(doc) and doc[after].text in CLOSING_MARKS:
        after += 1
    return after < len(doc) and doc[after].text == "?"
