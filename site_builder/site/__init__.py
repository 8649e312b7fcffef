"""What is found across articles: tags, archives, related coverage, search-engine metadata,
redirects of past addresses (pure functions of the articles)."""
