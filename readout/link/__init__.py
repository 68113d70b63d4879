"""Across documents: which cover the same event, which statements agree or conflict."""
