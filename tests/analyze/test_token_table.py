"""The token table holds exactly what spaCy's Token attributes say, and is read once per doc."""

from __future__ import annotations

from readout.analyze.token_table import entity_spans, sentence_spans, token_table


def test_every_column_equals_the_token_attribute(nlp):
    doc = nlp("The U.S. may meet in May; talks on 3 March were 'constructive' -- said Dr. Smith.\n\nIt isn't over!")
    table = token_table(doc)
    tokens = list(doc)
    assert table.lower == [t.lower_ for t in tokens]
    assert table.lemma == [t.lemma_.lower() for t in tokens]
    assert table.tag == [t.tag_ for t in tokens] and table.pos == [t.pos_ for t in tokens] and table.dep == [t.dep_ for t in tokens]
    assert table.ent_type == [t.ent_type_ for t in tokens]
    for flag in ("is_alpha", "is_punct", "is_space", "is_stop", "like_num"):
        assert getattr(table, flag) == [getattr(t, flag) for t in tokens], flag
    assert table.idx == [t.idx for t in tokens]
    assert table.length == [len(t.text) for t in tokens]
    assert table.is_word == [not (t.is_punct or t.is_space) for t in tokens]
    assert "smith" in table.lower and "PERSON" in table.ent_type and "\n\n" in [t.text for t in tokens]
    assert table.head == [t.head.i for t in tokens]
    assert [table.children(t.i) for t in tokens] == [[c.i for c in t.children] for t in tokens]  # in text order, as spaCy gives them
    root = next(t.i for t in tokens if t.dep_ == "ROOT")
    assert root not in table.children(root) and table.children(root)  # a root is its own head, not its own child


def test_the_doc_asked_about_last_gets_its_own_table_back_and_a_retokenized_doc_a_new_one(nlp):
    first, second = nlp("Talks resumed."), nlp("Rebels attacked a post.")
    a, b = token_table(first), token_table(second)
    assert a is not b and token_table(first) is a and token_table(first) is a and token_table(second) is b
    with second.retokenize() as retokenizer:
        retokenizer.merge(second[2:4])
    assert token_table(second).lower == ["rebels", "attacked", "a post", "."]


def test_sentences_and_entities_are_spacys_made_once_per_doc(nlp):
    doc = nlp("Delegates of Velmaria met Lena Ostrowska in Tallinn on Monday. The talks ended early.\n\nNobody spoke.")
    sents, ents = sentence_spans(doc), entity_spans(doc)
    assert [(s.start, s.end, s.start_char, s.end_char) for s in sents] == [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents] and len(ents) >= 3
    assert sentence_spans(doc) is sents and entity_spans(doc) is ents  # kept: a second pass builds no Span again
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert sentence_spans(doc)[0].end == sents[0].end - 2  # a retokenized doc gets a new table, and its sentences anew


def test_lengths_count_characters_as_the_text_does(nlp):
    doc = nlp("İstanbul’s naïve café — “ok” 🙂 sí.")
    assert token_table(doc).length == [len(t.text) for t in doc]


def test_the_table_is_kept_on_its_doc_and_not_handed_to_a_copy(nlp):
    doc = nlp("Talks resumed.")
    assert token_table(doc) is token_table(doc)
    copy = doc.copy()
    assert token_table(copy) is not token_table(doc) and token_table(copy).lower == ["talks", "resumed", "."]
    assert token_table(nlp.make_doc("")).lower == [] and token_table(nlp.make_doc("")).head == []



def test_strings_decoded_for_earlier_docs_are_reused_and_the_cache_starts_afresh_when_full(nlp, monkeypatch):
    from readout.analyze import token_table as module

    first, second = nlp("Envoys met in Oslo."), nlp("Envoys left Oslo on Monday.")  # the pipeline made their tables
    strings = nlp.vocab.strings
    assert dict.get(module._STRINGS, strings["oslo"]) == "oslo"  # kept for the next doc (read without decoding it)
    assert dict.get(module._LOWERED, strings[first[0].lemma_]) == first[0].lemma_.lower()  # the lemma column's, lower-cased
    assert token_table(second).lower == ["envoys", "left", "oslo", "on", "monday", "."]
    monkeypatch.setattr(module, "MAX_STRINGS", 3)
    third = nlp("Envoys of Quorvania left Oslo.")  # a word never read before: the full caches start afresh
    assert len(module._STRINGS) <= 3 and len(module._LOWERED) <= 3
    table = token_table(third)
    assert table.lower == ["envoys", "of", "quorvania", "left", "oslo", "."]
    assert table.lemma == [t.lemma_.lower() for t in third] and table.ent_type == [t.ent_type_ for t in third]


def test_two_pipelines_with_their_own_vocabularies_read_from_two_threads_at_once():
    """The decoded strings are shared, but each thread decodes a miss with the string store of the doc it reads: with
    one store set on the shared cache, a thread could look another pipeline's word up in its own vocabulary (KeyError)."""
    import sys
    import threading

    import spacy

    pipelines = {"left": spacy.blank("en"), "right": spacy.blank("en")}  # two vocabularies, no strings in common but English's
    assert pipelines["left"].vocab.strings is not pipelines["right"].vocab.strings
    errors: list[str] = []
    start = threading.Barrier(2)

    def read(side: str) -> None:
        nlp = pipelines[side]
        start.wait()
        try:
            for n in range(200):
                words = [f"{side.title()}{n}Envoy{k}" for k in range(200)]  # words no doc read before has
                doc = nlp(" ".join(words) + " met.")
                table = token_table(doc)
                if table.lower != [w.lower() for w in words] + ["met", "."] or table.lemma != [t.lemma_.lower() for t in doc]:
                    errors.append(f"{side} {n}: {table.lower}")
        except Exception as exc:  # noqa: BLE001 - the failure to report is any error in the thread
            errors.append(f"{side}: {exc!r}")

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=read, args=(side,)) for side in pipelines]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []
