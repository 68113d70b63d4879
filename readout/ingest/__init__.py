"""Sources in, Documents out.

The public entry points are ``read_sources`` (paths, folders, URLs, "-") and
``document_from_text``. Everything else in this package is one source kind or
one cleaning step.
"""
