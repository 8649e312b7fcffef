"""Allow ``python -m site_builder``."""

from site_builder.app.cli import main

main()
