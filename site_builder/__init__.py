"""site_builder: turn a folder of news articles into a static site with feeds."""

__version__ = "0.1.0"
