"""Speed paths of the event coder and its actor readers give the answers of the slower code they replace."""

from __future__ import annotations



def test_the_actors_code_functions_are_resolved_once_per_name(monkeypatch):
    import importlib

    from readout.analyze import actors, event_actors

    getattr(event_actors._actors_code_function, "cache_clear", lambda: None)()
    asked: list[str] = []
    real = importlib.import_module
    monkeypatch.setattr(importlib, "import_module", lambda name, *rest: asked.append(name) or real(name, *rest))
    for _ in range(3):
        assert event_actors._actors_code_function() is actors.actor_code
        assert event_actors._actors_code_function("titled_code") is actors.titled_code
    assert asked.count("readout.analyze.actors") <= 2  # once per name, not once per ask
    assert event_actors._actors_code_function("no_such_code") is None



def test_walks_up_the_token_table_give_the_answers_of_token_walks(nlp):
    """``_depth``, ``_as_if`` and ``_asked_about`` walk the parse over the token table's head column, making no Token
    object per step: the same tokens and answers as walking ``Token.head``."""
    from readout.analyze import events

    doc = nlp("Farmers in Velmaria reacted as if the militia had seized the dam, and a reporter asked whether envoys would attend.")
    for token in doc:
        assert events._depth(token) == sum(1 for _ in token.ancestors)
    seized = next(t for t in doc if t.lower_ == "seized")
    assert events._as_if(seized) == seized  # the clause opened by "as if" is the verb's own
    attend = next(t for t in doc if t.lower_ == "attend")
    coder = nlp.get_pipe("readout_events")
    assert events._asked_about(attend, coder.lexicon) and not events._asked_about(seized, coder.lexicon)
