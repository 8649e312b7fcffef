"""Values and rules every stage shares: errors, the document and article types, the site's
configuration, text and URL helpers (standard library and tiny dependencies only)."""
