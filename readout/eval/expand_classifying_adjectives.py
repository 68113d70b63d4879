"""Rated adjectives that also classify, from WordNet: ``python -m readout.eval.expand_classifying_adjectives [--wordnet DIR] [--out FILE]``.

The rhetoric markers read a strongly negative adjective of VADER's ratings as
loaded language. News uses many of them to say what kind of thing a noun is,
not how bad it is: "criminal justice", "a criminal record", "violent
protests", "a fatal shooting". WordNet 3.0 (Princeton University; Debian's
``wordnet-base``, read from ``/usr/share/wordnet``) tells such adjectives
apart: one of their senses is a relational one, either

- a pertainym ("of or relating to" a noun: lexicographer file 01, adj.pert, or a ``\\`` pointer), or
- derived from a noun that reports an event or state in news, one of the
  rhetoric lexicon's ``not_loaded`` words ("criminal" from "crime", "violent"
  from "violence"): a ``+`` pointer from the adjective to that noun.

Only the adjectives the lexicon rates (at or under its ``name_calling_max``)
are listed, each with the sense and noun it came from. The rhetoric markers
leave such an adjective alone when it stands unmodified before a common noun
(the classifying place); said of something ("this is criminal") or graded
("very dangerous") it is still read by its rating, and so it is on people
("violent mobs", "criminal aliens": it labels them): the file also lists the
single-word nouns whose most frequent WordNet sense is in the lexicographer
files of persons or groups (noun.person, noun.group), or is WordNet's own
"person, individual, someone" (filed under noun.Tops: a noun.Tops sense most
of whose direct hyponyms are in noun.person), and which of them are groups
(``groups``, noun.group: news describes organisations, "companies" or
"regimes", with rated adjectives); a rated adjective on a noun of people that
is not a group labels the person ("a cruel person": name calling). It lists as well the
nouns whose most frequent sense is a concrete thing or place (noun.artifact,
noun.food, noun.location, noun.object, noun.substance): any rated adjective
unmodified before one of them describes it ("a dangerous intersection", "a
troubled mine", "polluted water"); a thing cannot be insulted, and news
writes such pairs as plain description. And it lists the rated participles
of verbs of feeling (a sense in verb.emotion whose object is the one who
feels, frame 9 "Somebody ----s somebody": "frustrated", "enraged",
"anguished"; not "hated", whose object is what is felt about): written, not shouted, they say what someone feels
("frustrated tenants", "she was horrified"), they neither judge nor label.
So do the other words of feeling among the rated ones: the nouns whose most
frequent sense is in noun.feeling ("disdain", "frustration", "apprehension":
the feeling someone has), and the adjectives whose most frequent sense is
glossed as experiencing a feeling ("experiencing or showing fear": "fearful";
"lacking a sense of security": "uneasy"; ``EXPERIENCING``), not those glossed
as causing one ("painful") or as a disposition ("hostile", "spiteful").
The analyzer reads the
output, ``analyze/data/rhetoric_classifying_adjectives.json``, and needs no
WordNet at run time.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from readout.analyze.valence import load_ratings
from readout.eval.expand_event_verbs import WORDNET_DIR, read_wordnet

DATA_DIR = Path(__file__).resolve().parent.parent / "analyze" / "data"
LEXICON = DATA_DIR / "rhetoric_lexicon.json"
OUT = DATA_DIR / "rhetoric_classifying_adjectives.json"
PERTAINYMS = 1  # WordNet's lexicographer file adj.pert (lexnames(5WN))
PEOPLE = frozenset({14, 18})  # noun.group and noun.person
TOPS, GROUPS, PERSONS = 3, 14, 18  # noun.Tops holds WordNet's most general nouns, among them "person, individual, someone"
EMOTION = 37  # verb.emotion
FELT_BY_OBJECT, FELT_ABOUT = 9, 8  # the verb frames "Somebody ----s somebody" and "Somebody ----s something" (wninput(5WN))
FEELING = 12  # noun.feeling
# How WordNet 3.0 glosses an adjective whose holder has a feeling: "experiencing or showing fear" (fearful), "filled with
# melancholy" (downhearted), "lacking a sense of security" (uneasy); not "causing", "characterized by" or "showing" alone
EXPERIENCING = ("experiencing", "feeling", "filled with", "full of", "affected by", "affected or marked by", "in a state of",
                "showing or experiencing", "lacking a sense of")
# How WordNet 3.0 glosses an adjective that says what an event did: "bringing death" (fatal), "causing destruction or much
# damage" (destructive), "wreaking or capable of wreaking complete destruction" (devastating), "extremely harmful"
# (catastrophic); also "(of events) having extremely unfortunate or dire consequences" (disastrous), "having or covered with
# or accompanied by blood" (bloody), "causing hurt" (hurtful), "extremely poisonous or injurious" (virulent);
# not "causing fear or anxiety by threatening great harm" (grave, dangerous: a risk, not an outcome)
OUTCOME = re.compile(r"^(\([^)]*\) )?(bringing|causing|resulting in|capable of causing|wreaking or capable of wreaking|tending to cause"
                     r"|having or covered with or accompanied by|having extremely unfortunate or dire)"
                     r"\b[^;\"]*\b(death|injury|harm|damage|destruction|ruin|hurt|blood|consequences)\b|^extremely (harmful|poisonous or injurious)")
EVENTS = frozenset({4, 11, 19, 22})  # noun.act, noun.event, noun.phenomenon, noun.process
THINGS = frozenset({6, 13, 15, 17, 27})  # noun.artifact, noun.food, noun.location, noun.object, noun.substance (not noun.possession: "obscene profits")
LOCATION = 15  # noun.location: "town", "state", "county": a place whose people a metaphor of dependency may speak of
# WordNet 3.0 synsets whose hyponyms (and they) are conditions of the body: "ill health, unhealthiness, health problem",
# "injury, hurt, harm, trauma" and "defect: an imperfection in a bodily system" ("a devastating infection", "birth defects")
AILMENT_ROOTS = ("14052046", "14285662", "14464005")
# ... and disasters of nature: "geological phenomenon" (earthquake), "atmospheric phenomenon" (storm, hurricane), "calamity,
# catastrophe, disaster" (the event and the state), "fire", "drought", "epidemic"
DISASTER_ROOTS = ("11417672", "11425580", "07314838", "14476290", "07302836", "14537054", "07435533")
SUBSTANCE, POSSESSION = 27, 21  # noun.substance ("gas", "fumes"), noun.possession ("debt", "loans", "assets")


@dataclass(frozen=True)
class AdjectiveSense:
    offset: str
    lexfile: int
    words: tuple[str, ...]  # lower case
    pertains: bool  # a "\" pointer: the sense pertains to a noun
    derived: tuple[tuple[int, str, int], ...]  # (source word number, noun synset offset, target word number) of "+" pointers to nouns
    gloss: str = ""


def read_adjectives(folder: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, AdjectiveSense]]:
    """``index.adj`` (lemma -> sense offsets) and ``data.adj`` (offset -> sense with its pointers), format of wndb(5WN)."""
    senses: dict[str, tuple[str, ...]] = {}
    for line in (folder / "index.adj").read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        senses[parts[0]] = tuple(parts[4 + int(parts[3]) + 2 :])
    synsets: dict[str, AdjectiveSense] = {}
    for line in (folder / "data.adj").read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        w_cnt = int(parts[3], 16)
        words = tuple(parts[4 + 2 * i].lower().split("(")[0] for i in range(w_cnt))
        at = 4 + 2 * w_cnt
        pointers = [parts[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(parts[at]))]
        synsets[parts[0]] = AdjectiveSense(
            parts[0], int(parts[1]), words,
            pertains=any(p[0] == "\\" for p in pointers),
            derived=tuple((int(p[3][:2], 16), p[1], int(p[3][2:], 16)) for p in pointers if p[0] == "+" and p[2] == "n"),
            gloss=gloss.strip(),
        )
    return senses, synsets


def classifying(word: str, senses, synsets, nouns, reporting: frozenset[str]) -> dict | None:
    """The first relational sense of ``word`` (see the module docstring), or None."""
    for offset in senses.get(word, ()):
        sense = synsets[offset]
        if sense.lexfile == PERTAINYMS or sense.pertains:
            return {"relation": "pertainym", "wordnet": offset}
        position = sense.words.index(word) + 1 if word in sense.words else 0
        for source, noun, target in sense.derived:
            if source == position and noun in nouns and 0 < target <= len(nouns[noun].words) and nouns[noun].words[target - 1] in reporting:
                return {"relation": "derived", "noun": nouns[noun].words[target - 1], "wordnet": offset}
    return None


def names_people(synset, synsets) -> bool:
    """A sense in noun.person or noun.group, or a sense of noun.Tops most of whose direct hyponyms are in noun.person:
    WordNet files "person, individual, someone" itself under noun.Tops, not noun.person."""
    if synset.lexfile in PEOPLE:
        return True
    hyponyms = synset.hyponyms
    return synset.lexfile == TOPS and bool(hyponyms) and sum(synsets[h].lexfile == PERSONS for h in hyponyms) > len(hyponyms) / 2


def instances(folder: Path) -> frozenset[str]:
    """Offsets of the noun synsets that are instances, one named thing ("Moron: a city in Argentina"): an ``@i`` pointer."""
    found = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.startswith(" ") and " @i " in line.split(" | ", 1)[0]:
            found.add(line.split(" ", 1)[0])
    return frozenset(found)


def common_senses(word: str, net, named: frozenset[str]) -> list:
    """A noun's senses that are not one named thing (``named``: "Moron", a city), or all of them if each is."""
    offsets = net.senses[word]
    return [net.synsets[o] for o in offsets if o not in named] or [net.synsets[o] for o in offsets]


def usually_people(word: str, net, named: frozenset[str]) -> bool:
    """Whether a noun's usual sense names people. WordNet orders a noun's senses by their counts in its sense-tagged texts,
    so its first sense is its most frequent one; a noun none of whose senses was tagged ("server": a waiter, a tennis
    player's serve, a computer, a utensil; "trailer") has its senses in no such order: it names people only when more of
    its common senses name people than name a concrete thing (``THINGS``; ``named``, a city or a person of that name, is
    not counted: "moron"). An animal or a language beside a person ("a maverick", "Tamil") leaves it people."""
    offsets = net.senses[word]
    if not names_people(net.synsets[offsets[0]], net.synsets):
        return False
    if net.tagged.get(word, 0) > 0:
        return True
    common = common_senses(word, net, named)
    return sum(names_people(s, net.synsets) for s in common) > sum(s.lexfile in THINGS for s in common)


def verb_bases(word: str) -> tuple[str, ...]:
    """The verbs a regular past participle may come from: "enraged" (enrage), "annoyed" (annoy), "horrified"
    (horrify), "upsetted" is no word, but "panicked" (panic) and "shunned" (shun) double or add a letter."""
    if not word.endswith("ed") or len(word) < 5:
        return ()
    stem = word[:-2]
    return (stem + "e", stem, stem[:-1] + "y" if stem.endswith("i") else stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)


def felt_senses(folder: Path) -> frozenset[str]:
    """Offsets of the verb.emotion senses whose object is the one who feels (WordNet's frame 9, "Somebody ----s
    somebody", and not frame 8, "Somebody ----s something": "frustrate", "enrage", "horrify"), from ``data.verb`` (wndb(5WN): after the pointers, ``f_cnt`` and
    ``+ f_num w_num``). Not the verbs whose object may be what is felt about ("hate",
    "resent"): "the hated regime" judges the regime."""
    found = set()
    for line in (folder / "data.verb").read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(" | ", 1)[0].split()
        if line.startswith(" ") or int(parts[1]) != EMOTION:
            continue
        at = 4 + 2 * int(parts[3], 16)
        at += 1 + 4 * int(parts[at])  # past the pointers
        frames = {int(parts[at + 2 + 3 * i]) for i in range(int(parts[at]))}
        if FELT_BY_OBJECT in frames and FELT_ABOUT not in frames:
            found.add(parts[0])
    return frozenset(found)


def feelings(words, verbs, felt: frozenset[str]) -> list[str]:
    """Of ``words``, the regular past participles of a verb with a sense in ``felt`` ("frustrated", "horrified")."""
    return sorted(w for w in words if any(o in felt for b in verb_bases(w) for o in verbs.senses.get(b, ())))


def felt_words(words, senses, synsets, nouns) -> list[str]:
    """Of ``words``, the nouns whose most frequent sense is a feeling ("disdain") and the adjectives whose most frequent
    sense is glossed as experiencing one (``EXPERIENCING``: "fearful", "uneasy"); both say what someone feels."""
    noun = [w for w in words if nouns.senses.get(w) and nouns.synsets[nouns.senses[w][0]].lexfile == FEELING]
    adjective = [w for w in words if senses.get(w) and synsets[senses[w][0]].gloss.startswith(EXPERIENCING)]
    return sorted(set(noun) | set(adjective))


def outcome_words(words, senses, synsets) -> list[str]:
    """The rated adjectives one of whose senses WordNet glosses as bringing about death, injury, harm, damage,
    destruction, bloodshed or dire consequences (``OUTCOME``, the gloss's first clause): before a noun of an event they
    say what it did."""
    def says_outcome(gloss: str) -> bool:
        first = gloss.split(";")[0]
        return OUTCOME.search(first) is not None and "fear" not in first  # a threat of harm is a risk, not an outcome

    return sorted(w for w in words if any(says_outcome(synsets[o].gloss) for o in senses.get(w, ())))


def descendants(net, roots: tuple[str, ...]) -> list[str]:
    """The one-word nouns whose most frequent sense is one of ``roots`` or lies under one (by hyponym pointers)."""
    seen, todo = set(), [r for r in roots if r in net.synsets]  # a small or other WordNet may lack a root
    while todo:
        offset = todo.pop()
        if offset not in seen:
            seen.add(offset)
            todo += net.synsets[offset].hyponyms
    return sorted(w for w, offsets in net.senses.items() if offsets and w.isalpha() and offsets[0] in seen)


def matter_words(net) -> list[str]:
    """The one-word nouns with any sense in noun.substance or noun.possession: what a chemist or a banker calls toxic
    ("toxic gas", "toxic debt"); any sense, as "gas" is first a state of matter and "debt" first a state of owing."""
    return sorted(w for w, offsets in net.senses.items()
                  if w.isalpha() and any(net.synsets[o].lexfile in {SUBSTANCE, POSSESSION} for o in offsets))


def flag_terms(lexicon: dict, net) -> list[str]:
    """WordNet's multiword nouns whose first word is a one-word flag-waving entry of the lexicon ("homeland security"): the
    word is part of a term (an agency, a field of policy), not an appeal to the nation. Flag waving only: name calling's
    words open terms the memes' annotators mark as labels ("terrorist organization")."""
    words = {p for p in lexicon.get("techniques", {}).get("flag_waving", {}).get("phrases", []) if " " not in p}
    return sorted(w.replace("_", " ") for w in net.senses if "_" in w and w.split("_")[0] in words)


def build(wordnet_dir: Path = WORDNET_DIR, lexicon_path: Path = LEXICON) -> dict:
    lexicon = json.loads(lexicon_path.read_text(encoding="utf-8"))
    spec = lexicon["valence"]
    ratings = load_ratings(spec["package"], spec["file"])
    line = float(spec["name_calling_max"])
    reporting = frozenset(w.lower() for w in spec.get("not_loaded", []))
    senses, synsets = read_adjectives(wordnet_dir)
    net = read_wordnet(wordnet_dir, "noun")
    named = instances(wordnet_dir)
    found = {}
    for word in sorted(w for w, rating in ratings.items() if rating <= line and w.isalpha() and w not in reporting):  # not_loaded words are never marked
        entry = classifying(word, senses, synsets, net.synsets, reporting)
        if entry is not None:
            found[word] = entry
    # a rated insult ("faggot", "stinker") is rated in its sense of a person, whatever else its senses are
    people = sorted(w for w, offsets in net.senses.items() if offsets and w.isalpha() and (
        usually_people(w, net, named) or (ratings.get(w, 0.0) <= line and names_people(net.synsets[offsets[0]], net.synsets))))
    groups = [w for w in people if net.synsets[net.senses[w][0]].lexfile == GROUPS]  # the rest of people name one person each
    things = sorted(w for w, offsets in net.senses.items() if offsets and w.isalpha() and net.synsets[offsets[0]].lexfile in THINGS)
    places = [w for w in things if net.synsets[net.senses[w][0]].lexfile == LOCATION]
    verbs = read_wordnet(wordnet_dir, "verb") if (wordnet_dir / "index.verb").exists() else None
    rated = [w for w, rating in ratings.items() if rating <= line and w.isalpha() and w not in reporting]
    felt = feelings(rated, verbs, felt_senses(wordnet_dir)) if verbs is not None else []
    felt = sorted(set(felt) | set(felt_words(rated, senses, synsets, net)))
    events = sorted(w for w, offsets in net.senses.items() if offsets and w.isalpha() and net.synsets[offsets[0]].lexfile in EVENTS)
    return {
        "about": (
            "Generated by `python -m readout.eval.expand_classifying_adjectives` from WordNet 3.0 (Princeton University, WordNet "
            "licence; Debian package wordnet-base, /usr/share/wordnet), the valence ratings named in rhetoric_lexicon.json (VADER, read "
            "from the installed package) and that file's not_loaded words. Each adjective is rated at or under name_calling_max and has "
            "a relational WordNet sense: a pertainym (adj.pert or a pertainym pointer), or derived from a noun of not_loaded ('criminal' "
            "from 'crime'). The rhetoric markers do not read such an adjective as loaded language when it stands unmodified before a "
            "common noun that does not name people; people: the one-word nouns whose most frequent sense is in noun.person or "
            "noun.group, or in noun.Tops with most of its direct hyponyms in noun.person ('person', 'individual'), and, for a noun "
            "none of whose senses is in WordNet's sense-tagged texts (its senses in no order of frequency), "
            "more of its senses that are not one named thing name people than a concrete thing ('server', 'trailer' are not people), unless the ratings rate it at or under name_calling_max (an insult: 'stinker'); groups: those of "
            "people in noun.group (a rated adjective on one of the others labels the person: name calling); things: the one-word nouns whose most frequent sense is in noun.artifact, noun.food, noun.location, "
            "noun.object or noun.substance (no rated adjective is read as loaded language unmodified before one of them); "
            "places: those of things whose most frequent sense is in noun.location ('town', 'state'; a town 'addicted to' a revenue "
            "stands for its people, as a metaphor of dependency); "
            "feelings: the rated regular past participles of a verb with a sense in verb.emotion whose object feels it (frame 9: 'frustrated', not 'hated'), "
            "the rated nouns whose most frequent sense is in noun.feeling ('disdain') and the rated adjectives whose most frequent sense is glossed as "
            "experiencing a feeling ('experiencing or showing fear': 'fearful'); not read as loaded language or a label unless shouted. "
            "outcomes: the rated adjectives one of whose senses is glossed as bringing about death, injury, harm, damage or destruction "
            "('bringing death': 'fatal'; 'causing destruction or much damage': 'destructive'; '(of events) having extremely unfortunate or "
            "dire consequences': 'disastrous'; 'accompanied by blood': 'bloody'; not 'causing fear or anxiety by threatening "
            "great harm'); events: the one-word nouns whose most frequent sense is in noun.act, noun.event, noun.phenomenon or noun.process; "
            "an outcome adjective unmodified before an event noun says what the event did ('a fatal crash'), not read as loaded language. "
            "ailments: the one-word nouns whose most frequent sense is ill health, an injury or a defect of the body, or lies under one "
            "('infection', 'defect', 'burn'); disasters: those whose most frequent sense is a geological or atmospheric phenomenon, a "
            "calamity, a fire, a drought or an epidemic, or lies under one ('earthquake', 'hurricane'); an outcome adjective before an "
            "ailment ('a devastating infection'), or said of a disaster ('the hurricane was devastating'), says what it did. "
            "matter: the one-word nouns with any sense in noun.substance or noun.possession ('gas', 'debt'): toxic in chemistry or finance. "
            "flag_terms: WordNet's multiword nouns whose first word is a one-word flag_waving entry of the lexicon ('homeland security'): "
            "written so, the word is part of the term, not flag waving. "
            "'wordnet' is the sense's offset in data.adj. Do not edit by hand: regenerate."
        ),
        "adjectives": found,
        "people": people,
        "groups": groups,
        "things": things,
        "places": places,
        "feelings": felt,
        "outcomes": outcome_words(rated, senses, synsets),
        "events": events,
        "flag_terms": flag_terms(lexicon, net),
        "ailments": descendants(net, AILMENT_ROOTS),
        "disasters": descendants(net, DISASTER_ROOTS),
        "matter": matter_words(net),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 database folder (Debian: wordnet-base)")
    parser.add_argument("--lexicon", type=Path, default=LEXICON, help="the rhetoric lexicon (its valence section)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the adjectives")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.adj").exists():
        print(f"{args.wordnet}: no WordNet database here (install Debian's wordnet-base, or pass --wordnet)", file=sys.stderr)
        return 2
    data = build(args.wordnet, args.lexicon)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['adjectives'])} adjectives written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
