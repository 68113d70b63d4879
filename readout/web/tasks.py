"""Adding documents as tasks: one worker thread runs ingest and NLP, request handlers only queue and report.

Each task is written to the database when queued and at each change of state
(``store/tasks.py``), so a restarted server still reports it; one that was
queued or running when the server stopped is reported failed, with the reason
(its input must be given again). Inputs given as text or upload are written to
a private temporary folder the worker reads and then deletes.
"""

from __future__ import annotations

import datetime as dt
import logging
import queue
import re
import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from readout import pipeline
from readout.errors import ReadoutError
from readout.web.schemas import TaskOut

KEEP = 1000  # finished tasks remembered; the oldest are forgotten first
log = logging.getLogger("readout.web")


@dataclass
class Task:
    id: str
    kind: str
    input: str  # what the user gave: a title, a file name, a URL
    target: str  # what the worker reads: a file path or the URL
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    state: str = "queued"
    finished_at: dt.datetime | None = None
    added: int = 0
    already_stored: int = 0
    document_ids: list[str] = field(default_factory=list)
    event_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def out(self) -> TaskOut:
        return TaskOut(id=self.id, kind=self.kind, input=self.input, state=self.state, created_at=self.created_at,
                       finished_at=self.finished_at, added=self.added, already_stored=self.already_stored,
                       document_ids=list(self.document_ids), event_ids=list(self.event_ids), errors=list(self.errors))

    def stored(self) -> pipeline.StoredTask:
        return pipeline.StoredTask(id=self.id, kind=self.kind, input=self.input, state=self.state, created_at=self.created_at,
                                   finished_at=self.finished_at, added=self.added, already_stored=self.already_stored,
                                   document_ids=tuple(self.document_ids), event_ids=tuple(self.event_ids), errors=tuple(self.errors))


def _out(task: pipeline.StoredTask) -> TaskOut:
    return TaskOut(id=task.id, kind=task.kind, input=task.input, state=task.state, created_at=task.created_at, finished_at=task.finished_at,
                   added=task.added, already_stored=task.already_stored, document_ids=list(task.document_ids),
                   event_ids=list(task.event_ids), errors=list(task.errors))


def safe_name(name: str | None, default: str) -> str:
    """A file name with only letters, digits, dot, dash and underscore (the suffix tells ingest the format)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name or "").name).strip("._")[:100]
    return cleaned or default


class TaskQueue:
    """Tasks by id and the one worker thread that runs them in order (started with the first task)."""

    def __init__(self, config, warm=None) -> None:
        self.config = config
        self.warm = warm  # called in the worker with the ids of the events a task touched (the pages draw their charts ahead)
        self._tasks: dict[str, Task] = {}
        self._queue: queue.Queue[Task] = queue.Queue()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._folder: Path | None = None

    def submit_file(self, kind: str, shown: str, name: str, data: bytes) -> TaskOut:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="readout-serve-"))
            folder = self._folder / uuid.uuid4().hex
        folder.mkdir()
        path = folder / name
        path.write_bytes(data)
        return self._submit(Task(id=uuid.uuid4().hex[:16], kind=kind, input=shown, target=str(path)))

    def submit_url(self, url: str) -> TaskOut:
        return self._submit(Task(id=uuid.uuid4().hex[:16], kind="url", input=url, target=url))

    def recover(self) -> int:
        """At start: the tasks a stopped server left queued or running are failed, saying so; how many there were."""
        store = pipeline.open_store(self.config.db, create=True)
        try:
            return store.tasks.interrupt()
        finally:
            store.close()

    def get(self, task_id: str) -> TaskOut | None:
        with self._lock:
            task = self._tasks.get(task_id)
            if task:
                return task.out()
        store = pipeline.open_store(self.config.db, create=False)
        try:
            stored = store.tasks.get(task_id)
        finally:
            store.close()
        return _out(stored) if stored else None

    def recent(self, limit: int = 50) -> list[TaskOut]:
        store = pipeline.open_store(self.config.db, create=False)
        try:
            stored = store.tasks.recent(limit)
        finally:
            store.close()
        with self._lock:  # the worker may be a step ahead of what is written
            return [self._tasks[t.id].out() if t.id in self._tasks else _out(t) for t in stored]

    def _submit(self, task: Task) -> TaskOut:
        with self._lock:
            self._tasks[task.id] = task
            while len(self._tasks) > KEEP:
                self._tasks.pop(next(iter(self._tasks)))
            out = task.out()
            snapshot = task.stored()
        self._save(snapshot)  # written before the worker can change it
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name="readout-tasks", daemon=True)
                self._thread.start()
        self._queue.put(task)
        return out

    def _save(self, snapshot: pipeline.StoredTask) -> None:
        """Write the task; a database that cannot take it is logged, the task goes on (memory answers while the server runs)."""
        try:
            store = pipeline.open_store(self.config.db, create=True)
            try:
                store.tasks.save(snapshot, keep=KEEP)
            finally:
                store.close()
        except ReadoutError as exc:
            log.warning("task %s: %s", snapshot.id, exc.line())

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            self._set(task, state="running")
            try:
                self._run(task)
            except Exception as exc:  # noqa: BLE001 - a task that breaks is reported as failed, the worker goes on
                self._set(task, state="failed", errors=task.errors + [f"{type(exc).__name__}: {exc}"])
            finally:
                if task.kind != "url":
                    shutil.rmtree(Path(task.target).parent, ignore_errors=True)
                self._queue.task_done()

    def _run(self, task: Task) -> None:
        store = pipeline.open_store(self.config.db, create=True)
        try:
            before = store.browse.document_ids(pipeline.Filters())
            result = pipeline.add_to_store(store, [task.target])
            added = sorted(store.browse.document_ids(pipeline.Filters()) - before)
        finally:
            store.close()
        errors = [_line(e, task) for e in result.errors]
        state = "failed" if errors and not (result.added or result.already_stored) else "done"
        if self.warm and result.events_touched:  # before "done": a user who opens the event then finds its page composed
            self.warm([e.id for e in result.events_touched])
        self._set(task, state=state, added=result.added, already_stored=result.already_stored, document_ids=added,
                  event_ids=[e.id for e in result.events_touched], errors=errors)

    def _set(self, task: Task, **changes) -> None:
        with self._lock:
            for name, value in changes.items():
                setattr(task, name, value)
            if changes.get("state") in ("done", "failed"):
                task.finished_at = dt.datetime.now(dt.timezone.utc)
            snapshot = task.stored()
        self._save(snapshot)  # only the worker thread changes a task after it is queued: writes stay in order


def _line(error: ReadoutError, task: Task) -> str:
    """The error as one line naming what the user gave, never the server's temporary path."""
    return f"{task.input}: {error.reason}: {error.message}" + (f" ({error.hint})" if error.hint else "")
