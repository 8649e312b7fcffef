"""What users touch: the command line, the development server, new sites and articles, the
progress bar."""
