"""Widen the event trigger vocabulary from WordNet: ``python -m readout.eval.expand_event_verbs [--wordnet DIR] [--out FILE]``.

The hand-written patterns of ``analyze/data/plover_verbs.json`` name a few
verbs per PLOVER type; news uses more ("vanquished", "ransacked",
"ostracized"). Each seed verb (a bare lemma pattern) is looked up in WordNet
3.0 (Princeton University; Debian's ``wordnet-base``, read from
``/usr/share/wordnet``), and the other words of its most frequent sense become
triggers of the seed's type, on conditions that keep the senses apart:

- the new word's own most frequent sense is the one reached ("busy" is not
  added through "occupy", nor "hit" through any sense that is not its first);
- that sense is an act, not a state of mind, body or thing (WordNet's
  lexicographer files of cognition, perception, emotion, change, ...);
- the word occurs in WordNet's sense-tagged texts (a rare word cannot be read reliably);
- no two seeds of different types reach it (an ambiguous word is left out);
- seeds whose most frequent sense is another sense ("commit": to perpetrate)
  are listed in the patterns file's ``wordnet_skip`` and not widened.

The direct hyponyms of the seed's sense can be added too (``--max-hyponyms``);
measured on the fit part they cost more than they gave (0.913 to 0.907), so
the generated file has none. Words the hand-written patterns already cover
are left to them. The output, ``analyze/data/plover_verbs_wordnet.json``,
lists each word with its seed and the WordNet synset it came from; the
analyzer reads it with the hand-written patterns and needs no WordNet at run
time.

WordNet's database files are read directly (format of ``wndb(5WN)``): Debian's
package ships no ``lexnames`` file, which nltk's reader requires, and the
index and data lines are all this needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from readout.analyze.event_lexicon import DATA_DIR

WORDNET_DIR = Path("/usr/share/wordnet")
OUT = DATA_DIR / "plover_verbs_wordnet.json"
SEEDS = DATA_DIR / "plover_verbs.json"
# WordNet's verb files of states of mind and body, not acts between actors (lexnames(5WN)):
# 29 body, 30 change (of state or size), 31 cognition, 34 consumption, 37 emotion, 39 perception, 42 stative, 43 weather
NOT_ACTS = frozenset({29, 30, 31, 34, 37, 39, 42, 43})
PARTICLES = frozenset({"off", "out", "up", "down", "in", "away", "back", "over", "on", "into", "upon", "with", "against", "to", "apart"})


@dataclass(frozen=True)
class Synset:
    offset: str
    lexfile: int  # WordNet's lexicographer file: 31 verb.cognition, 41 verb.social, ...
    words: tuple[str, ...]  # lower-case, spaces between the words of a phrase
    hyponyms: tuple[str, ...]  # offsets of the synsets one step more specific


@dataclass
class WordNet:
    """The verb (or noun) part of a WordNet database: senses by lemma, most frequent first, and synsets by offset."""

    senses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tagged: dict[str, int] = field(default_factory=dict)  # how many of a lemma's senses occur in WordNet's sense-tagged texts
    synsets: dict[str, Synset] = field(default_factory=dict)

    def first_sense(self, lemma: str) -> str | None:
        found = self.senses.get(lemma.replace(" ", "_"))
        return found[0] if found else None


def read_wordnet(folder: Path, pos: str = "verb") -> WordNet:
    """``index.POS`` and ``data.POS`` of a WordNet 3.0 database folder."""
    net = WordNet()
    for line in (folder / f"index.{pos}").read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        p_cnt = int(parts[3])
        offsets = parts[4 + p_cnt + 2 :]  # after the pointer symbols, sense_cnt and tagsense_cnt
        net.senses[parts[0]] = tuple(offsets)
        net.tagged[parts[0]] = int(parts[4 + p_cnt + 1])
    for line in (folder / f"data.{pos}").read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split(" | ", 1)[0].split()
        offset, w_cnt = parts[0], int(parts[3], 16)
        words = tuple(parts[4 + 2 * i].lower().replace("_", " ") for i in range(w_cnt))
        words = tuple(w.split("(")[0] for w in words)  # adjective markers such as "(a)"
        at = 4 + 2 * w_cnt
        p_cnt = int(parts[at])
        hyponyms = tuple(parts[at + 1 + 4 * i + 1] for i in range(p_cnt) if parts[at + 1 + 4 * i] == "~")
        net.synsets[offset] = Synset(offset, int(parts[1]), words, hyponyms)
    return net


@dataclass(frozen=True)
class Seed:
    lemma: str
    event_type: str
    mode: str | None


def read_seeds(path: Path, key: str = "verbs") -> tuple[list[Seed], set[str]]:
    """Bare single-word patterns of the hand-written file (the seeds), and the words left to it: every pattern head and the reporting verbs."""
    data = json.loads(path.read_text(encoding="utf-8"))
    skip = set(data.get("wordnet_skip", {}).get("seeds", {}))  # first WordNet sense is another sense
    seeds, heads = [], set()
    for entry in data["events"]:
        for pattern in entry.get(key, []):
            words = pattern.lower().split()
            heads.add(" ".join(words) if len(words) > 1 else words[0])
            heads.add(words[0] if key == "verbs" else words[-1])
            if len(words) == 1 and words[0] not in skip:
                seeds.append(Seed(words[0], entry["type"], entry.get("mode")))
    if key == "verbs":
        heads.update(data.get("reporting_verbs", []))  # verbs of saying introduce statements; they are not acts to widen into
    return seeds, heads


def _usable(word: str) -> bool:
    """One word, or a verb and a particle ("call off"), which the pattern format can express."""
    parts = word.split()
    if not all(p.isalpha() for p in parts):
        return False
    return len(parts) == 1 or (len(parts) == 2 and parts[1] in PARTICLES)


def expand(seeds: list[Seed], net: WordNet, known: set[str], max_hyponyms: int = 0) -> dict[str, dict]:
    """New word -> its type, mode, seed and WordNet synset (see the module docstring for the conditions).

    ``max_hyponyms``: also the direct hyponyms of a seed sense that has at most this many
    (a sense with many kinds, such as "travel" or "provide", is too general to lend its type to all).
    """
    reached: dict[str, list[tuple[Seed, str, str]]] = {}
    for seed in seeds:
        first = net.first_sense(seed.lemma)
        if first is None:
            continue
        synset = net.synsets[first]
        steps = [(first, "synonym")]
        if len(synset.hyponyms) <= max_hyponyms:
            steps += [(h, "hyponym") for h in synset.hyponyms]
        for offset, relation in steps:
            for word in net.synsets[offset].words:
                if word == seed.lemma or not _usable(word) or net.first_sense(word) != offset:
                    continue
                if net.synsets[offset].lexfile in NOT_ACTS:
                    continue  # thinking, perceiving, feeling or being: not an act between actors
                if not net.tagged.get(word.replace(" ", "_")):
                    continue  # never seen in WordNet's sense-tagged texts: too rare to be read reliably
                reached.setdefault(word, []).append((seed, offset, relation))
    out = {}
    for word, ways in sorted(reached.items()):
        if word in known or len({seed.event_type for seed, _, _ in ways}) > 1:
            continue
        seed, offset, relation = ways[0]
        out[word] = {"type": seed.event_type, "mode": seed.mode, "seed": seed.lemma, "relation": relation, "wordnet": offset}
    return out


def build(wordnet_dir: Path = WORDNET_DIR, seeds_path: Path = SEEDS, max_hyponyms: int = 0) -> dict:
    net = read_wordnet(wordnet_dir, "verb")
    seeds, known = read_seeds(seeds_path, "verbs")
    verbs = expand(seeds, net, known, max_hyponyms)
    return {
        "about": (
            "Generated by `python -m readout.eval.expand_event_verbs` from the bare verb patterns of plover_verbs.json "
            "(the seeds) and WordNet 3.0 (Princeton University, WordNet licence; Debian package wordnet-base, /usr/share/wordnet). "
            "Each word shares its seed's most frequent WordNet sense (or, with --max-hyponyms, is a direct hyponym of it), that sense is an act "
            "(not in the lexicographer files of cognition, perception, emotion, change, body, consumption, state or weather), it is the word's "
            "own most frequent sense, the word occurs in WordNet's sense-tagged texts, and no seed of another type reaches it; seeds listed in "
            "plover_verbs.json's wordnet_skip are not widened; words the hand-written patterns already cover, and its reporting verbs, are left to them. "
            "'wordnet' is the synset offset in WordNet 3.0's data.verb. Do not edit by hand: change the seeds and regenerate."
        ),
        "verbs": verbs,
    }


def noun_list_main(argv: list[str] | None, description: str, build, out: Path) -> int:
    """The command of a generated WordNet noun list (person nouns, abstract nouns): one set of options and messages."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 database folder (Debian: wordnet-base)")
    parser.add_argument("--out", type=Path, default=out, help="where to write the nouns")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").exists():
        print(f"{args.wordnet}: no WordNet database here (install Debian's wordnet-base, or pass --wordnet)", file=sys.stderr)
        return 2
    data = build(args.wordnet)
    args.out.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(data['nouns'])} nouns written to {args.out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="WordNet 3.0 database folder (Debian: wordnet-base)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="the hand-written trigger patterns")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the expanded vocabulary")
    parser.add_argument("--max-hyponyms", type=int, default=0, help="also add the direct hyponyms of seed senses with at most this many (0: none)")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.verb").exists():
        print(f"{args.wordnet}: no WordNet database here (install Debian's wordnet-base, or pass --wordnet)", file=sys.stderr)
        return 2
    data = build(args.wordnet, args.seeds, args.max_hyponyms)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(data['verbs'])} verbs written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
