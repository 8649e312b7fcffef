"""Check a site without writing it: build in memory, parse feeds back, resolve every link."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from site_builder.core.config import SiteConfig
from site_builder.core.errors import Diagnostic, DiagnosticsView, Severity
from site_builder.pipeline.build import BuildOptions, BuildResult, InMemory, build
from site_builder.pipeline.linkcheck import LinkChecker


@dataclass
class CheckReport(DiagnosticsView):
    """Every problem found, and what was looked at (for the summary line)."""

    build: BuildResult
    diagnostics: list[Diagnostic] = field(default_factory=list)
    links: int = 0
    feeds: int = 0


def _xml_problem(path: str, data: bytes) -> Diagnostic | None:
    # no_network and resolve_entities=False: a feed must stand on its own, and parsing
    # it must never fetch anything.
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    try:
        etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        return Diagnostic(
            Severity.ERROR,
            f"does not parse as XML: {exc.msg}",
            Path(path),
            exc.lineno or None,
            hint="a template or feed writer is broken",
        )
    return None


def _json_problem(path: str, data: bytes) -> Diagnostic | None:
    try:
        json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        return Diagnostic(Severity.ERROR, f"does not parse as JSON: {exc}", Path(path), line)
    return None


def check_machine_files(files: dict[str, bytes]) -> tuple[int, list[Diagnostic]]:
    """Parse every XML and JSON output back; return how many were parsed and the problems."""
    problems: list[Diagnostic] = []
    parsed = 0
    for path, data in sorted(files.items()):
        if path.endswith(".xml"):
            problem = _xml_problem(path, data)
        elif path.endswith(".json"):
            problem = _json_problem(path, data)
        else:
            continue
        parsed += 1
        if problem is not None:
            problems.append(problem)
    return parsed, problems


def _with_sources(problems: list[Diagnostic], result: BuildResult) -> list[Diagnostic]:
    """Point link problems on article pages at the document the article came from."""
    sources = {f"{a.slug}/index.html": a.source_path for a in result.articles}
    return [
        replace(p, hint=f"the page is made from {sources[str(p.path)]}")
        if str(p.path) in sources and p.hint is None
        else p
        for p in problems
    ]


def check_site(config: SiteConfig, options: BuildOptions) -> CheckReport:
    """Everything a build checks, plus feeds and links; nothing is written anywhere.

    A template or output error raises BuildError, as in a build."""
    result = build(config, options, InMemory())
    report = CheckReport(result, list(result.diagnostics))
    report.feeds, feed_problems = check_machine_files(result.files)
    links = LinkChecker(result.files, config.base_url)
    report.diagnostics += feed_problems + _with_sources(links.check(), result)
    report.links = links.links_checked
    return report
