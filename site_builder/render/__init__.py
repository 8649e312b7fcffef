"""Values into page declarations and bytes: the theme's Jinja2 templates, feeds (RSS, Atom,
JSON Feed), the sitemap, the search index."""
