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

