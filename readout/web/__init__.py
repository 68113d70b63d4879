"""``readout serve``: the HTTP API (``/api/1/``) and the web pages over a readout database.

Nothing happens at import: ``create_app`` builds an application for one
database. The web reads and writes only through ``readout.pipeline``; NLP runs
in the task worker's thread, never in a request handler's.
"""
