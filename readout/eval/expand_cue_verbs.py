"""Widen the quote cue verbs from WordNet: ``python -m readout.eval.expand_cue_verbs [--wordnet DIR] [--out FILE]``.

The hand-written lists of ``analyze/data/cue_verbs.json`` name the common
verbs of speech, thought and stance; news attributes with many more ("echo",
"invoke", "reference", "propound"). The learned reader (``quote_model.py``)
scores such words, but a word in no list of the lexicon needs a stricter score
(``unknown_threshold``) since acts come in with them ("signed a decree"). This
script lists the verbs that WordNet 3.0 (Princeton University; Debian's
``wordnet-base``, read from ``/usr/share/wordnet``) puts beside a cue verb in a
sense of speaking or thinking, so that the reader takes them at its own
threshold, like the lexicon's:

- the seeds are the single-word verbs of the lexicon's verb lists;
- each seed's most frequent sense, when it lies in WordNet's lexicographer
  file of communication (32) or cognition (31), lends its other words
  (synonyms) and, with ``--hyponyms``, the words of its direct hyponyms;
- the new word's own most frequent sense is that sense (or hyponym), so the
  word is mostly used to speak or think ("hold" is not added through "maintain");
- the word occurs in WordNet's sense-tagged texts (a rare word cannot be read reliably).

Words already in the lexicon are left to it. The output,
``analyze/data/cue_verbs_wordnet.json``, lists each word with its seed, the
relation and the WordNet synset it came from; the analyzer reads it with the
lexicon and needs no WordNet at run time. Nothing of PolNeAR is read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from readout.eval.expand_event_verbs import WORDNET_DIR, WordNet, read_wordnet

DATA_DIR = Path(__file__).resolve().parent.parent / "analyze" / "data"
SEEDS = DATA_DIR / "cue_verbs.json"
OUT = DATA_DIR / "cue_verbs_wordnet.json"
SEED_LISTS = ("speech_verbs", "evidence_verbs", "cognition_verbs", "to_infinitive_verbs", "stance_verbs", "object_verbs",
              "characterizing_verbs")
# WordNet's noun files of things one can touch (lexnames(5WN)): animal, artifact, body, food, object, plant, substance
THINGS = frozenset({5, 6, 8, 13, 17, 20, 27})
BODIES = frozenset({14, 18})  # noun.group, noun.person
HANDLING = frozenset({35, 38})  # WordNet's verb files of contact and motion
SPEECH_AND_THOUGHT = frozenset({31, 32})  # WordNet's lexicographer files verb.cognition and verb.communication (lexnames(5WN))


def read_seeds(path: Path) -> tuple[list[str], set[str]]:
    """(the single-word verbs of the lexicon's verb lists, every word the lexicon already lists)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    known = {w.lower() for key in SEED_LISTS + ("direct_quote_verbs",) for w in data.get(key, [])}
    known |= {w.lower() for w in data.get("prepositional_cues", {})}
    seeds = sorted({w.lower() for key in SEED_LISTS for w in data.get(key, []) if w.isalpha()})
    return seeds, known


def expand(seeds: list[str], net: WordNet, known: set[str], hyponyms: bool = False) -> dict[str, dict]:
    """New word -> its seed, relation and WordNet synset (see the module docstring for the conditions)."""
    out: dict[str, dict] = {}
    for seed in seeds:
        first = net.first_sense(seed)
        if first is None or net.synsets[first].lexfile not in SPEECH_AND_THOUGHT:
            continue
        steps = [(first, "synonym")]
        if hyponyms:
            steps += [(h, "hyponym") for h in net.synsets[first].hyponyms]
        for offset, relation in steps:
            for word in net.synsets[offset].words:
                if word in known or word in out or not word.isalpha() or net.first_sense(word) != offset:
                    continue
                if not net.tagged.get(word):
                    continue  # never seen in WordNet's sense-tagged texts: too rare to be read reliably
                out[word] = {"seed": seed, "relation": relation, "wordnet": offset}
    return dict(sorted(out.items()))


REPORTS_BY_KIND = frozenset({31, 32, 37})  # verb.cognition, verb.communication, verb.emotion


def classed(net: WordNet, known: set[str], widened: set[str]) -> list[str]:
    """Single words whose most frequent sense lies in WordNet's files of thinking, speaking or feeling and that occur
    in its sense-tagged texts, beside the lexicon and its widening: the learned reader takes them at its own
    threshold where they govern a clause and have someone for subject (``CueLexicon.reports_by_kind``)."""
    return sorted(word for word, senses in net.senses.items()
                  if word.isalpha() and word not in known and word not in widened and net.tagged.get(word)
                  and senses and senses[0] in net.synsets and net.synsets[senses[0]].lexfile in REPORTS_BY_KIND)


def things(nouns: WordNet) -> list[str]:
    """Single lower-case nouns whose most frequent sense is a thing one can touch ("door", "phone", "water", "fence")
    and that occur in WordNet's sense-tagged texts: a verb outside the lexicon with such an object is an act ("slammed
    the door on", "hit the phones"), not a report of content (``CueLexicon.is_thing``)."""
    return sorted(word for word, senses in nouns.senses.items()
                  if word.isalpha() and word.islower() and nouns.tagged.get(word)
                  and senses and senses[0] in nouns.synsets and nouns.synsets[senses[0]].lexfile in THINGS)


def things_for_bodies(nouns: WordNet) -> list[str]:
    """The ``things`` one of whose other senses is a group or a person ("embassy": its staff, "paper": its publisher,
    "house": a household or a chamber): such a thing may stand for those who speak there (``CueLexicon.names_a_thing``)."""
    return [word for word in things(nouns)
            if any(nouns.synsets[s].lexfile in BODIES for s in nouns.senses[word][1:] if s in nouns.synsets)]


def handling(net: WordNet) -> list[str]:
    """Single verbs whose most frequent sense is one of contact or motion ("slam", "shut", "throw", "pour") and that
    occur in WordNet's sense-tagged texts: with a thing for object they act on it (``CueLexicon.acts_on_thing``)."""
    return sorted(word for word, senses in net.senses.items()
                  if word.isalpha() and net.tagged.get(word) and senses and senses[0] in net.synsets
                  and net.synsets[senses[0]].lexfile in HANDLING)


def build(wordnet_dir: Path = WORDNET_DIR, seeds_path: Path = SEEDS, hyponyms: bool = False) -> dict:
    net = read_wordnet(wordnet_dir, "verb")
    seeds, known = read_seeds(seeds_path)
    return {
        "about": (
            "Generated by `python -m readout.eval.expand_cue_verbs` from the verb lists of cue_verbs.json (the seeds) and WordNet 3.0 "
            "(Princeton University, WordNet licence; Debian package wordnet-base, /usr/share/wordnet). Each word shares its seed's most "
            "frequent WordNet sense" + (" or is a direct hyponym of it" if hyponyms else "") + ", that sense is in the lexicographer files "
            "of communication or cognition, it is the word's own most frequent sense, and the word occurs in WordNet's sense-tagged texts; "
            "words the lexicon lists are left to it. The learned quote reader takes these words at its own threshold, as it does the "
            "lexicon's. 'wordnet' is the synset offset in WordNet 3.0's data.verb. Do not edit by hand: change the seeds and regenerate."
        ),
        "verbs": (verbs := expand(seeds, net, known, hyponyms)),
        "classed_about": (
            "Words whose own most frequent sense is in the lexicographer files of cognition, communication or emotion (31, 32, 37) "
            "and that occur in the sense-tagged texts, other than the lexicon's and the widened ones: taken at the learned reader's "
            "threshold only where they govern a clause and have a person, body or personal pronoun for subject."
        ),
        "classed": classed(net, known, set(verbs)),
        "things_about": (
            "Nouns whose own most frequent sense is in the lexicographer files of things one can touch (animal, artifact, body, "
            "food, object, plant, substance: 5, 6, 8, 13, 17, 20, 27) and that occur in the sense-tagged texts: a verb outside the "
            "lexicon whose first sense is one of contact or motion ('handling': files 35 and 38, in the sense-tagged texts) and whose "
            "object is such a thing is read as an act, not a report ('slammed the door on', 'hit the phones')."
        ),
        "things": things(nouns := read_wordnet(wordnet_dir, "noun")),
        "things_for_bodies_about": (
            "The things above one of whose other senses is in noun.group or noun.person (14, 18): 'the embassy', 'the paper', "
            "'the house' may stand for the people there, so such a subject may hold a stance; any other thing may not ('Clean "
            "water is critical to the farms')."
        ),
        "things_for_bodies": things_for_bodies(nouns),
        "handling": handling(net),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 database folder (Debian: wordnet-base)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the hand-written cue lexicon")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the widened verbs")
    parser.add_argument("--hyponyms", action="store_true", help="also the direct hyponyms of the seed senses")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.verb").exists():
        print(f"{args.wordnet}: no WordNet database here (install Debian's wordnet-base, or pass --wordnet)", file=sys.stderr)
        return 2
    data = build(args.wordnet, args.seeds, args.hyponyms)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['verbs'])} verbs written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
