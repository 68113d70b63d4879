"""The Brief: composed once from linked analyses, rendered to Markdown, HTML and JSON."""
