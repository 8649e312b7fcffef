"""Reading the site's inputs: the scan of content/, loading each document (plain text,
Markdown, saved HTML pages) with its metadata and dates; the only reader of content/."""
