"""Kept for one call site while ``pipeline.build._render`` moves: use
``executors.in_background`` (this module goes once nothing imports it)."""

from __future__ import annotations

from site_builder.incremental.executors import in_background as forked

__all__ = ["forked"]
