"""Would parsing only some sentences pay? Measures issue 12's proposal before anyone builds it.

    .venv/bin/python benchmarks/parse_selection.py [--polnear] [PATH ...]

The proposal: take sentence boundaries from the model's small ``senter`` (it
ships disabled) instead of the parser, and run the parser only on sentences an
extractor reads a parse of: those with a quote mark, a number, a time
expression, a reporting cue (quotes), an event trigger or a commitment trigger.
This prints, on the same texts in the same run:

- the share of tokens (not counting spaces) in the sentences such a selection
  keeps: the part of the parser's cost that would remain;
- how many of the parser's sentence starts the senter also finds (the
  boundaries every extractor and every stored sentence would take instead);
- the CPU seconds of the parser and of the senter, and the parser's share of
  the bare pipeline.

Corpus: the throughput benchmark's (examples and seeds), or ``--polnear`` for
the 84 PolNeAR dev articles, or the paths given.
"""

from __future__ import annotations

import argparse
import hashlib
import time
from collections import Counter

from throughput import corpus

from readout.analyze.commitments import load_patterns
from readout.analyze.event_lexicon import load_lexicon
from readout.analyze.nlp import load_base
from readout.analyze.quotes import load_cues
from readout.analyze.time_rules import find_matches, load_rules
from readout.model import Document

QUOTE_MARKS = set("\"“”«»„")


def texts_of(args) -> list[str]:
    if not args.polnear:
        return [d.text for d in corpus(args.paths)]
    from readout.eval.polnear import load_articles

    return [Document(id=hashlib.sha256(a.text.encode()).hexdigest()[:16], source=a.name, text=a.text).text for a in load_articles()]


def trigger_words() -> dict[str, frozenset[str]]:
    """Lemmas that make a sentence worth parsing, by the extractor that reads them."""
    cues = load_cues()
    events = load_lexicon()
    return {
        "cue": cues.speech | cues.evidence | cues.cognition | cues.to_infinitive | cues.objects | cues.characterizing | cues.stance,
        "event": frozenset(events.verbs) | frozenset(events.nouns),
        "commitment": frozenset(load_patterns().by_lemma) - {"*"},
    }


def reason(sent, times: list[tuple[int, int]], words: dict[str, frozenset[str]]) -> str | None:
    """Why the sentence would be parsed (the first reason found), or None."""
    if any(mark in sent.text for mark in QUOTE_MARKS):
        return "quote mark"
    if any(t.like_num or t.pos_ == "NUM" for t in sent):
        return "number"
    if any(a < sent.end_char and sent.start_char < b for a, b in times):
        return "time expression"
    for name, lemmas in words.items():
        if any(t.lemma_.lower() in lemmas for t in sent):
            return name
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--polnear", action="store_true", help="the 84 PolNeAR dev articles instead of the examples and seeds")
    args = parser.parse_args()
    texts = texts_of(args)
    nlp = load_base()
    nlp.enable_pipe("senter")
    list(nlp.pipe(texts[:2]))  # warm up
    costs: Counter = Counter()
    parsed, segmented = [], []
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "senter":
                continue
            start = time.process_time()
            doc = proc(doc)
            costs[name] += time.process_time() - start
        parsed.append(doc)
        start = time.process_time()
        segmented.append(nlp.get_pipe("senter")(nlp.make_doc(text)))
        costs["senter"] += time.process_time() - start
    words, rules = trigger_words(), load_rules()
    kept = tokens = same = parser_starts = senter_starts = 0
    reasons: Counter = Counter()
    for text, doc, seg in zip(texts, parsed, segmented):
        by_parser = {s.start for s in doc.sents}
        by_senter = {s.start for s in seg.sents}
        parser_starts, senter_starts, same = parser_starts + len(by_parser), senter_starts + len(by_senter), same + len(by_parser & by_senter)
        times = [(m.start, m.end) for m in find_matches(text, rules)]
        for sent in seg.sents:
            # the senter's sentences read with the full pipeline's lemmas and tags (same tokens)
            full = doc[sent.start : sent.end]
            size = sum(not t.is_space for t in full)
            why = reason(full, times, words)
            tokens += size
            if why:
                kept, reasons[why] = kept + size, reasons[why] + 1
    bare = sum(s for n, s in costs.items() if n != "senter")
    print(f"texts: {len(texts)}, tokens (not spaces): {tokens:,}")
    print(f"tokens in sentences the selection keeps: {kept:,} = {kept / tokens:.1%} (first reason per sentence: {dict(reasons)})")
    print(f"sentence starts: parser {parser_starts:,}, senter {senter_starts:,}, both {same:,} ({same / parser_starts:.1%} of the parser's)")
    print(f"CPU s: parser {costs['parser']:.2f} ({costs['parser'] / bare:.1%} of the bare pipeline's {bare:.2f}), senter {costs['senter']:.2f}")
    saved = costs["parser"] * (1 - kept / tokens) - costs["senter"]
    print(f"at most saved by parsing only the kept sentences: {saved:.2f} s = {saved / bare:.1%} of the bare pipeline")


if __name__ == "__main__":
    main()
