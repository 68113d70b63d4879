"""Events against the meetings that made them: how many events mix meetings, how many meetings are split.

    PYTHONPATH=. .venv/bin/python benchmarks/link_mixing.py [--docs 1000] [--leaders 40] [--seed 7] [--cache DIR] [--show]

Input: the batch benchmark's varied archive (tests/batch/corpus.py) with leaders
drawn from ``--leaders`` names (0: the baseline's 27,720) and the generator's ``--seed``, analyzed once and
kept under ``--cache`` (the file benchmarks/link_events.py keeps for seed 7, so
the two read the very same analyses). The generator writes three outlets to a
meeting, document ``n`` reporting meeting ``n // 3`` (its URL ends in ``/news/n``),
so every event can be checked against the meetings it holds:

- mixed: an event holding documents of more than one meeting;
- split: a meeting whose documents no single event holds all of.

``--show`` prints each mixed event and split meeting with what clustering read
of its documents (people at the main happening, place, date): for the archive
the rule was written on, never for the one kept to check it.
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from link_events import analyzed_sources  # the same cached analyses as benchmarks/link_events.py


def meeting_of(source) -> int:
    url = source.document.url or source.document.source
    found = re.search(r"/news/(\d+)", url)
    if not found:
        raise ValueError(f"{url}: not a document of the generated archive")
    return int(found.group(1)) // 3


def describe(features) -> str:
    main = features.main
    if main is None:
        return f"no main happening, published {features.published}, people {[a.id for a in features.people[:4]]}"
    return f"{main.date} at {main.location} people {list(main.people)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--leaders", type=int, default=40, help="names the leaders are drawn from (0: 27,720, the baseline archive)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "readout-link-events")
    parser.add_argument("--show", action="store_true", help="print the mixed events and split meetings")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)

    from readout.link.events import cluster_events
    from readout.link.features import document_features

    sources = analyzed_sources(args.docs, args.leaders, args.cache, seed=args.seed)
    meeting = {s.id: meeting_of(s) for s in sources}
    features = {s.id: document_features(s) for s in sources}
    started = time.process_time()
    events = cluster_events(list(features.values()))
    clustered = time.process_time() - started
    docs_of_meeting: dict[int, set[str]] = defaultdict(set)
    for doc_id, m in meeting.items():
        docs_of_meeting[m].add(doc_id)
    mixed = [e for e in events if len({meeting[d] for d in e.doc_ids}) > 1]
    split = [m for m, docs in sorted(docs_of_meeting.items()) if not any(docs <= set(e.doc_ids) for e in events)]
    print(f"{args.leaders or 'many'} leaders, seed {args.seed}: {len(sources)} documents, {len(docs_of_meeting)} meetings, "
          f"{len(events)} events; mixed {len(mixed)}, split {len(split)}; clustering {clustered:.2f} s CPU", flush=True)
    if args.show:
        for e in mixed:
            print(f"mixed {e.id}: {e.title}")
            for d in e.doc_ids:
                print(f"    meeting {meeting[d]}: {describe(features[d])}")
        for m in split:
            print(f"split meeting {m}:")
            for d in sorted(docs_of_meeting[m]):
                held = [e.id for e in events if d in e.doc_ids]
                print(f"    {held}: {describe(features[d])}")


if __name__ == "__main__":
    main()
