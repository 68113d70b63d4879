"""The web server's tasks in the store: written, read back newest first, interrupted by a restart, the oldest forgotten."""

from __future__ import annotations

import datetime as dt

from readout.store import Store
from readout.store.tasks import INTERRUPTED, StoredTask

T0 = dt.datetime(2026, 12, 3, 7, 0, tzinfo=dt.timezone.utc)


def _task(n: int, state: str, **more) -> StoredTask:
    return StoredTask(id=f"t{n}", kind="text", input=f"pasted {n}", state=state, created_at=T0 + dt.timedelta(minutes=n), **more)


def test_tasks_round_trip_and_come_newest_first(tmp_path):
    done = _task(1, "done", finished_at=T0 + dt.timedelta(minutes=2), added=1, document_ids=("d1",), event_ids=("ev-1",))
    with Store(tmp_path / "r.db") as store:
        store.tasks.save(_task(0, "failed", errors=("a.txt: empty: the text is empty",)))
        store.tasks.save(_task(1, "queued"))
        store.tasks.save(done)  # the same task, a later state
        assert store.tasks.get("t1") == done and store.tasks.get("nope") is None
        assert [t.id for t in store.tasks.recent()] == ["t1", "t0"]
        assert store.tasks.recent()[1].errors == ("a.txt: empty: the text is empty",)


def test_a_restart_fails_the_unfinished_tasks_with_the_reason_and_keeps_the_rest(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.tasks.save(_task(1, "queued"))
        store.tasks.save(_task(2, "running", errors=("x.html: too_large: over the cap",)))
        store.tasks.save(_task(3, "done", finished_at=T0))
        assert store.tasks.interrupt() == 2
        assert store.tasks.interrupt() == 0
        tasks = {t.id: t for t in store.tasks.recent()}
    assert (tasks["t1"].state, tasks["t1"].errors) == ("failed", (INTERRUPTED,))
    assert tasks["t2"].errors == ("x.html: too_large: over the cap", INTERRUPTED) and tasks["t2"].finished_at is not None
    assert (tasks["t3"].state, tasks["t3"].errors, tasks["t3"].finished_at) == ("done", (), T0)


def test_only_the_newest_finished_tasks_are_kept(tmp_path):
    with Store(tmp_path / "r.db") as store:
        store.tasks.save(_task(0, "running"))
        for n in range(1, 6):
            store.tasks.save(_task(n, "done"), keep=3)
        assert [t.id for t in store.tasks.recent()] == ["t5", "t4", "t3", "t0"]  # a running task is never forgotten
