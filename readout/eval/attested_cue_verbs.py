"""Verbs the training articles show heading attributions: ``python -m readout.eval.attested_cue_verbs [--out FILE] [--limit N]``.

The learned reader (``analyze/quote_model.py``) takes a word outside the cue
lexicon only at a stricter score (``unknown_threshold``), since acts come in
with such words ("signed a decree"). Whether the word governs a clause does not
tell an act from a report among them (issue 10's fourth try), but how the word
is used does: some verbs outside every list head an attribution in most of the
places they occur ("echo", "reference", "opine"), others rarely ("sign",
"attend"). This script counts, for every verb lemma, how often it occurs as a
verb and how often it heads a gold attribution cue, over the PolNeAR *train*
articles outside the seeded check part (``train_quotes.training_names``: the
learned reader's own training data; first annotator's file per article; read
from ``../shared/eval/polnear``, never copied). A cue's head is found as
the learned reader's trainer finds it (``train_quotes.cue_words``: the word of
the cue whose head lies outside the cue). Parsed by spaCy's tagger, parser and lemmatizer only, with readout's lemma corrections.

The output, ``analyze/data/cue_verbs_attested.json``, lists each verb with at
least ``MIN_OCCURRENCES`` occurrences and one cue as ``[cue heads,
occurrences]``; the analyzer takes a verb outside the lexicon at the reader's
own threshold when it headed a cue in at least ``MIN_SHARE`` of its
occurrences (``CueLexicon.is_attested``). Verbs whose most frequent sense in
WordNet 3.0 (Debian's ``wordnet-base``) is one of physical contact ("slam",
"pound", "lash") are listed apart (``physical``): news uses them for attacks in
words, but their literal and idiomatic uses are acts ("slammed the door on"),
so the share does not speak for every use and they stay under the stricter
gate.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from readout.eval import polnear, polnear_check
from readout.eval.expand_event_verbs import WORDNET_DIR, read_wordnet
from readout.eval.train_quotes import cue_words, training_names

OUT = Path(__file__).resolve().parent.parent / "analyze" / "data" / "cue_verbs_attested.json"
MIN_OCCURRENCES = 3
MIN_SHARE = 0.5
CONTACT = 35  # WordNet's lexicographer file verb.contact (lexnames(5WN))


def cue_heads(article: polnear.Article, doc) -> set[int]:
    """Indices of the tokens that head a gold cue of ``article`` (the cue's words whose head lies outside it)."""
    heads: set[int] = set()
    for attribution in article.attributions:
        if not attribution.cue:
            continue
        heads |= {t.i for t in cue_words(attribution, doc)[1]}
    return heads


def count(pairs) -> tuple[Counter, Counter]:
    """(occurrences as a verb, cue heads) per lemma, over (article, doc) pairs."""
    occurrences: Counter = Counter()
    cues: Counter = Counter()
    for article, doc in pairs:
        heads = cue_heads(article, doc)
        for token in doc:
            if token.pos_ != "VERB":
                continue
            lemma = token.lemma_.lower()
            occurrences[lemma] += 1
            cues[lemma] += token.i in heads
    return occurrences, cues


def attested(occurrences: Counter, cues: Counter, min_occurrences: int = MIN_OCCURRENCES) -> dict[str, list[int]]:
    """Lemma -> [cue heads, occurrences], for verbs seen often enough that headed a cue at least once."""
    return {lemma: [cues[lemma], n] for lemma, n in sorted(occurrences.items()) if n >= min_occurrences and cues[lemma] > 0}


def physical(verbs, net) -> list[str]:
    """The verbs whose most frequent WordNet sense is one of physical contact."""
    found = []
    for lemma in verbs:
        first = net.first_sense(lemma)
        if first is not None and net.synsets[first].lexfile == CONTACT:
            found.append(lemma)
    return sorted(found)


def parse(articles: list[polnear.Article]):
    from readout.analyze.nlp import load_corrected

    nlp = load_corrected()
    disabled = [name for name in nlp.pipe_names if name == "ner"]
    return zip(articles, nlp.pipe((a.text for a in articles), batch_size=8, disable=disabled))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the counts (JSON)")
    parser.add_argument("--limit", type=int, default=None, help="the first N training articles only (a quick check)")
    parser.add_argument("--data", type=Path, default=None, help="PolNeAR train folder (default ../shared/eval/polnear/train)")
    parser.add_argument("--wordnet", type=Path, default=WORDNET_DIR, help="a WordNet 3.0 database folder (default %(default)s)")
    args = parser.parse_args(argv)
    root = args.data or polnear_check.default_path()
    names = training_names(root)
    assert not names & polnear_check.check_names(root)
    articles = polnear.load_articles(root, names=names)
    articles = articles[: args.limit] if args.limit else articles
    occurrences, cues = count(parse(articles))
    verbs = attested(occurrences, cues)
    contact = physical(verbs, read_wordnet(args.wordnet))
    about = (f"Generated by `python -m readout.eval.attested_cue_verbs` from {len(articles)} PolNeAR train articles outside the "
             "seeded check part (networkdynamics/PolNeAR @ c3eee83, read from ../shared/eval/polnear, not copied; first "
             "annotator per article), parsed by spaCy's tagger, parser and lemmatizer with readout's lemma corrections. "
             "Each verb lemma seen at least "
             f"{MIN_OCCURRENCES} times as a verb that headed a gold attribution cue: [cue heads, occurrences]. The learned "
             f"quote reader takes a verb outside the cue lexicon at its own threshold when it headed a cue in at least "
             f"{MIN_SHARE:g} of its occurrences, unless it is listed in 'physical': its most frequent sense in WordNet 3.0 "
             "(Princeton University, WordNet licence; Debian package wordnet-base) is one of physical contact, whose "
             "literal uses are acts.")
    data = {"about": about, "min_share": MIN_SHARE, "physical": contact, "verbs": verbs}
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(verbs)} verbs, {sum(1 for c, n in verbs.values() if c >= MIN_SHARE * n)} at the share)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
