"""Command line: thin click commands that call one plain function each."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from site_builder import __version__
from site_builder.app.progress import ProgressBar
from site_builder.core.config import (
    CONFIG_NAME,
    EXECUTORS,
    SiteConfig,
    base_url_warning,
    engine_problems,
    load_config,
)
from site_builder.core.errors import Diagnostic, SiteBuilderError, plural, shown
from site_builder.core.timings import NO_TIMINGS, Timings
from site_builder.pipeline.build import BuildOptions, BuildResult, Folder, build

if TYPE_CHECKING:
    from site_builder.pipeline.check import CheckReport

# Each command imports what only it needs when it runs: `build` starts faster.

F = TypeVar("F", bound=Callable[..., Any])


def build_time() -> datetime:
    """The one clock read: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(UTC)


def _config(
    root: Path, base_url: str | None, output: Path | None, *, publishing: bool = False
) -> tuple[SiteConfig, int]:
    """The site's configuration with command line overrides, and how many warnings it had
    (``publishing``: build and check, for which a missing base_url is one)."""
    config, warnings = load_config(root.absolute())
    if base_url:
        config = replace(config, base_url=base_url if base_url.endswith("/") else base_url + "/")
    if output:
        config = replace(config, output_dir=output.absolute())
    if publishing and (missing := base_url_warning(config)):
        warnings.append(missing)
    for warning in warnings:
        click.echo(warning, err=True)
    return config, len(warnings)


def _with_engine(config: SiteConfig, executor: str | None, scheduler: str | None) -> SiteConfig:
    """``config`` with the engine the command line asks for (a usage error if unusable)."""
    if executor is None and scheduler is None:
        return config
    engine = replace(
        config.engine, **{k: v for k, v in (("executor", executor), ("scheduler", scheduler)) if v}
    )
    problems: list[str] = []
    engine_problems(engine, problems)
    if problems:
        raise click.UsageError("; ".join(problems))
    return replace(config, engine=engine)


@contextmanager
def _reporting(verbose: bool) -> Iterator[None]:
    """Expected errors print as one message and exit 1; anything else is a bug in
    site_builder: say so plainly, with the traceback only when asked for (--verbose)."""
    try:
        yield
    except SiteBuilderError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    except (click.ClickException, click.exceptions.Exit, click.Abort):
        raise
    except Exception as exc:
        if verbose:
            import traceback  # noqa: PLC0415 (only ever needed here)

            click.echo(traceback.format_exc(), err=True, nl=False)
        hint = "" if verbose else "; run with --verbose for the traceback"
        click.echo(
            f"error: unexpected {type(exc).__name__}: {exc} (a bug in site_builder{hint})", err=True
        )
        sys.exit(1)


def _exit_status(errors: int, warnings: int, strict: bool) -> int:
    if errors:
        return 1
    if strict and warnings:
        click.echo(
            f"error: {plural(warnings, 'warning')} "
            f"{'fails' if warnings == 1 else 'fail'} the run (--strict)",
            err=True,
        )
        return 1
    return 0


def _root_option(function: F) -> F:
    return click.option(
        "--root",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path(),
        show_default=True,
        help="Site folder holding site.toml and content/.",
    )(function)


def _site_options(function: F) -> F:
    """Options shared by build and check: what to include, and how to report."""
    for option in reversed(
        (
            _root_option,
            click.option("--drafts", is_flag=True, help="Include articles marked draft."),
            click.option("--future", is_flag=True, help="Include articles dated in the future."),
            click.option("--base-url", help="Override base_url from site.toml."),
            click.option("--strict", is_flag=True, help="Warnings fail the run (exit status 1)."),
            click.option("-q", "--quiet", is_flag=True, help="Print problems only, no summary."),
            click.option(
                "-v", "--verbose", is_flag=True, help="Show the traceback of unexpected errors."
            ),
        )
    ):
        function = option(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="site-builder")
def cli() -> None:
    """Build a static news site with RSS and Atom feeds from a folder of articles."""


def _summary(result: BuildResult, config: SiteConfig, warnings: int, seconds: float) -> str:
    return (
        f"Built {plural(result.article_count, 'article')}, {plural(result.pages, 'page')}, "
        f"{plural(result.feeds, 'feed')} into {shown(config.output_dir)}: "
        f"{plural(len(result.errors), 'error')}, "
        f"{plural(len(result.warnings) + warnings, 'warning')}, in {seconds:.2f} s"
        f"{_left_out(result)}"
    )


def _left_out(result: BuildResult) -> str:
    """ "; 2 drafts and 1 scheduled article not published (use --drafts/--future)"."""
    parts = [
        (result.drafts, "draft", "--drafts"),
        (result.scheduled, "scheduled article", "--future"),
    ]
    found = [(plural(n, noun), flag) for n, noun, flag in parts if n]
    if not found:
        return ""
    what = " and ".join(text for text, _ in found)
    return f"\n{what} not published (use {'/'.join(flag for _, flag in found)})"


@cli.command("build", short_help="Build the site into public/ (or --output).")
@_site_options
@click.option(
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the site here instead of the configured output folder.",
)
@click.option("--force", is_flag=True, help="Replace an output folder site_builder did not create.")
@click.option(
    "--report",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Also write every cleaning removal (text, rule, reason) to this JSON file "
    "('-': standard output).",
)
@click.option(
    "--wait/--no-wait",
    default=True,
    show_default=True,
    help="When another build of the site is running: wait for it to finish, or "
    "refuse at once (exit status 1).",
)
@click.option(
    "--timings",
    is_flag=True,
    help="Print where the build's time went, stage by stage (wall clock).",
)
@click.option(
    "--executor",
    type=click.Choice(EXECUTORS),
    help="Where per-document work runs: this machine's processes (local, the "
    "default) or a dask.distributed cluster (dask, with --scheduler); "
    "overrides [build] executor in site.toml.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="The dask scheduler, such as tcp://10.0.0.5:8786; overrides [build] "
    "scheduler in site.toml.",
)
def build_command(
    root: Path,
    drafts: bool,
    future: bool,
    base_url: str | None,
    strict: bool,
    quiet: bool,
    verbose: bool,
    output: Path | None,
    force: bool,
    report: Path | None,
    wait: bool,
    timings: bool,
    executor: str | None,
    scheduler: str | None,
) -> None:
    """Build the site into its output folder (public/ by default)."""
    started = time.perf_counter()
    spent = Timings() if timings else NO_TIMINGS
    with _reporting(verbose):
        config, config_warnings = _config(root, base_url, output, publishing=True)
        config = _with_engine(config, executor, scheduler)
        spent.mark("read site.toml")
        with ProgressBar("Building", sys.stderr, enabled=False if quiet else None) as bar:
            result = build(
                config,
                BuildOptions(build_time(), drafts, future, wait=wait),
                Folder(config.output_dir, force=force, replay=report is None),
                progress=bar.update,
                waiting=partial(click.echo, err=True),
                timings=spent,
            )
        if report is not None:
            from site_builder.pipeline.explain import removal_report  # noqa: PLC0415

            removals = removal_report(
                result.articles, result.bodies, config.content_dir, result.repetition
            )
            if str(report) == "-":  # messages and the summary go to standard error
                sys.stdout.buffer.write(removals)
                sys.stdout.flush()
            else:
                report.write_bytes(removals)
            spent.mark("write the removal report")
    _print(result.diagnostics, verbose)
    if not quiet:
        click.echo(
            _summary(result, config, config_warnings, time.perf_counter() - started), err=True
        )
    if timings:
        click.echo(spent.table(), err=True)
    sys.exit(_exit_status(len(result.errors), len(result.warnings) + config_warnings, strict))


def _print(problems: list[Diagnostic], verbose: bool) -> None:
    for problem in problems:
        if verbose and problem.detail:
            click.echo(problem.detail, err=True, nl=False)
        click.echo(str(problem), err=True)


@cli.command("check", short_help="Check content, templates, feeds, links.")
@_site_options
def check_command(
    root: Path,
    drafts: bool,
    future: bool,
    base_url: str | None,
    strict: bool,
    quiet: bool,
    verbose: bool,
) -> None:
    """Check the site without writing anything: content, templates, feeds and links.

    Prints one 'path:line: message' line per problem; exit status 1 on errors (and, with
    --strict, on warnings)."""
    started = time.perf_counter()
    with _reporting(verbose):
        config, config_warnings = _config(root, base_url, None, publishing=True)
        with ProgressBar("Checking", sys.stderr, enabled=False if quiet else None):
            # check writes nothing at all, not even the article cache
            from site_builder.pipeline.check import check_site  # noqa: PLC0415

            report = check_site(config, BuildOptions(build_time(), drafts, future, cache=False))
    _print(report.diagnostics, verbose)
    if not quiet:
        click.echo(_check_summary(report, config_warnings, time.perf_counter() - started), err=True)
    sys.exit(_exit_status(len(report.errors), len(report.warnings) + config_warnings, strict))


def _check_summary(report: CheckReport, warnings: int, seconds: float) -> str:
    # The feeds counted as build counts them (each in RSS, Atom and JSON Feed).
    return (
        f"Checked {plural(report.build.article_count, 'article')}, "
        f"{plural(report.build.pages, 'page')}, {plural(report.links, 'link')}, "
        f"{plural(report.build.feeds, 'feed')}: {plural(len(report.errors), 'error')}, "
        f"{plural(len(report.warnings) + warnings, 'warning')}, in {seconds:.2f} s"
        f"{_left_out(report.build)}"
    )


@cli.command("serve", short_help="Preview with rebuild and live reload.")
@_root_option
@click.option(
    "-p",
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port (a free one is chosen when it is taken; 0: any).",
)
@click.option(
    "--bind",
    "host",
    default="127.0.0.1",
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on; 0.0.0.0 lets a phone on the same network open it.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the site in a browser.")
@click.option("--drafts", is_flag=True, help="Include articles marked draft.")
@click.option("--future", is_flag=True, help="Include articles dated in the future.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Log every request, and show tracebacks of unexpected errors.",
)
def serve_command(
    root: Path, port: int, host: str, open_browser: bool, drafts: bool, future: bool, verbose: bool
) -> None:
    """Preview the site on http://127.0.0.1: rebuild on every change and reload the browser.

    The site is built in memory (public/ is left alone); press Ctrl-C to stop."""
    from site_builder.app.serve import ServeOptions, serve  # noqa: PLC0415

    options = ServeOptions(root.absolute(), port, drafts, future, verbose, host, open_browser)
    with _reporting(verbose):
        serve(options, build_time, lambda line: click.echo(line, err=True))


@cli.command("init", short_help="Start a site: site.toml, content/, .gitignore.")
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path), default=Path())
def init_command(folder: Path) -> None:
    """Start a site in FOLDER (default: here): a site.toml with every setting explained,
    content/ with an example article, and a .gitignore. Existing files are never
    overwritten."""
    with _reporting(False):
        from site_builder.app.scaffold import init_site  # noqa: PLC0415

        written = init_site(folder.absolute(), build_time())
    for path in written:
        click.echo(f"created {shown(path)}")
    click.echo("Next: set base_url in site.toml, then run 'site-builder serve'.")


@cli.command("new", short_help="Start a draft article in content/.")
@click.argument("title")
@_root_option
def new_command(title: str, root: Path) -> None:
    """Start an article: content/<slug>.md with front matter (a draft dated now)."""
    with _reporting(False):
        if not (root / CONFIG_NAME).is_file():
            raise SiteBuilderError(
                f"error: {shown((root / CONFIG_NAME).absolute())} not found: not inside a site "
                "(run 'site-builder init' to start one, or pass --root)"
            )
        config, _ = _config(root, None, None)
        from site_builder.app.scaffold import new_article  # noqa: PLC0415

        path = new_article(config, title, build_time())
    click.echo(os.path.relpath(path) if path.is_relative_to(Path.cwd()) else str(path))


_EXPLAIN_STYLES = (
    ("# ", {"bold": True}),
    ("Removed ", {"bold": True}),
    ("- ", {"fg": "yellow"}),
    ("    removed: ", {"fg": "red"}),
    ("Kept as metadata", {"fg": "cyan"}),
)


def _style_explain_line(line: str) -> str:
    for prefix, style in _EXPLAIN_STYLES:
        if line.startswith(prefix):
            return click.style(line, **style)
    return line


@cli.command("explain", short_help="Show what cleaning removed, and why.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_root_option
def explain_command(file: Path, root: Path) -> None:
    """Show a document after cleaning, and every removal with the rule that made it."""
    with _reporting(False):
        config, _ = _config(root, None, None)
        from site_builder.pipeline.explain import explain_file  # noqa: PLC0415

        report = explain_file(file.absolute(), config)
    # click.echo drops the colours when stdout is not a terminal.
    for line in report.split("\n"):
        click.echo(_style_explain_line(line))


@cli.command("clean", short_help="Print documents as cleaning leaves them.")
@click.argument(
    "files",
    nargs=-1,
    required=True,
    type=click.Path(allow_dash=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "markdown", "json"]),
    default="text",
    show_default=True,
    help="Plain text, Markdown, or JSON with metadata and every removal.",
)
@_root_option
def clean_command(files: tuple[Path, ...], fmt: str, root: Path) -> None:
    """Clean FILE... (or - for standard input) exactly as a build does and print the text.
    A file that cannot be read is reported by name; the others are still printed."""
    with _reporting(False):
        config, _ = _config(root, None, None)
        from site_builder.pipeline.standalone import clean_files, render  # noqa: PLC0415

        results, problems = clean_files(files, config, sys.stdin.buffer.read)
        for problem in problems:
            click.echo(problem, err=True)
        if results:
            click.echo(render(results, fmt), nl=False)
    if problems:
        sys.exit(1)


def main() -> None:
    """The ``site-builder`` command; it ends without freeing objects one by one (everything
    is written and closed by then; see PERFORMANCE.md)."""
    try:
        cli(prog_name="site-builder")
        status: object = 0
    except SystemExit as done:
        status = done.code
    if not isinstance(status, int):
        if status is not None:
            print(status, file=sys.stderr)
        status = 0 if status is None else 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
