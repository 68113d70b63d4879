"""Near-duplicates: a syndicated copy with another footer points at the original; different articles do not."""

from __future__ import annotations

from readout.ingest.dedupe import NearDuplicateIndex
from readout.ingest.document import document_from_text

ARTICLE = "\n".join(
    f"Paragraph {n}: the delegations from both capitals discussed point {n} of the draft agreement on "
    f"transport corridors, customs rules and energy supplies, and asked their experts for a report by week {n + 2}."
    for n in range(8)
)
OTHER = "\n".join(
    f"Section {n}: the city council voted on budget line {n} for schools, parks and street lighting after a "
    f"long debate about taxes, with {n + 3} members abstaining and the mayor promising a review."
    for n in range(8)
)


def test_syndicated_copy_with_another_footer_links_to_the_original():
    index = NearDuplicateIndex()
    original = index.check(document_from_text(ARTICLE, "wire.txt"))
    copy = index.check(document_from_text(ARTICLE + "\nThis story was republished from a partner site. Follow us for more.", "copy.txt"))
    assert original.near_duplicate_of is None
    assert copy.near_duplicate_of == original.id
    assert copy.id != original.id


def test_different_articles_and_short_texts_are_not_duplicates():
    index = NearDuplicateIndex()
    index.check(document_from_text(ARTICLE, "a.txt"))
    assert index.check(document_from_text(OTHER, "b.txt")).near_duplicate_of is None
    short = "The talks resumed on Monday."
    index.check(document_from_text(short, "c.txt"))
    assert index.check(document_from_text(short + " Both sides agreed.", "d.txt")).near_duplicate_of is None


def test_index_seeded_from_stored_documents_and_exact_repeats_are_left_alone():
    stored = document_from_text(ARTICLE, "stored.txt")
    index = NearDuplicateIndex()
    index.add(stored.id, stored.text)
    assert stored.id in index and len(index) == 1
    assert index.check(stored).near_duplicate_of is None
    edited = document_from_text(ARTICLE.replace("Paragraph 7", "Paragraph seven"), "edited.txt")
    assert index.check(edited).near_duplicate_of == stored.id
    third = document_from_text(ARTICLE.replace("Paragraph 6", "Paragraph six"), "third.txt")
    assert index.check(third).near_duplicate_of == stored.id  # the earliest original, not the copy


def test_exact_copies_in_one_run_are_reported_with_the_first_source():
    from readout.ingest.dedupe import RunDuplicates
    from readout.ingest.document import document_from_text

    text = "The two delegations met on Monday and agreed to resume the talks on river transit next month."
    duplicates = RunDuplicates()
    first, copy, other = (document_from_text(text, "x.html"), document_from_text(text, "y.html"),
                          document_from_text(text + " Officials confirmed it.", "z.html"))
    assert duplicates.check(first) is None and duplicates.check(other) is None
    assert duplicates.check(copy).line() == "y.html: duplicate: same text as x.html, stored once"


def test_a_flood_of_notes_of_one_kind_is_shown_a_few_times_then_counted():
    from readout.ingest.notes import IngestNote, NoteTally

    tally = NoteTally(keep=2)
    shown = [tally.add(IngestNote(f"p{n}.html", "short_text", "only 90 characters")) for n in range(1000)]
    shown.append(tally.add(IngestNote("q.txt", "replaced_bytes", "1 byte")))
    assert [line for line in shown if line] == [
        "p0.html: short_text: only 90 characters", "p1.html: short_text: only 90 characters", "q.txt: replaced_bytes: 1 byte"]
    assert tally.closing() == ["998 more short_text note(s) not shown"]
