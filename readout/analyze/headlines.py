"""Headlines: a title-cased line starts every word with a capital, so the tagger reads its verbs as parts of names
("Mayor Blasts Council", "Guild Chief Endorses Ruiz"). The quote reader and the rhetoric detector both recognise
such a verb by its form; the form test lives here so both read it the same way."""
from __future__ import annotations


def verb_forms(word: str, verbs: frozenset[str]) -> bool:
    """True when ``word`` (lower case) is a form of one of the verbs written in a headline: the verb, its third person
    ("slams", "lashes") or its past ("slammed", "blasted")."""
    return (word in verbs or (word.endswith("s") and word[:-1] in verbs) or (word.endswith("es") and word[:-2] in verbs)
            or (word.endswith("ed") and (word[:-2] in verbs or word[:-1] in verbs or (len(word) > 4 and word[-3] == word[-4] and word[:-3] in verbs))))
