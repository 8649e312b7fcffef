"""Command line: thin click commands that call one plain function each."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import click

from site_builder import __version__
from site_builder.build import BuildOptions, build
from site_builder.config import SiteConfig, load_config
from site_builder.errors import SiteBuilderError
from site_builder.explain import explain_file


def build_time() -> datetime:
    """The one clock read: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(UTC)


def _config(root: Path, base_url: str | None, output: Path | None) -> SiteConfig:
    config, warnings = load_config(root.absolute())
    for warning in warnings:
        click.echo(warning, err=True)
    if base_url:
        config = replace(config, base_url=base_url if base_url.endswith("/") else base_url + "/")
    if output:
        config = replace(config, output_dir=output.absolute())
    return config


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="site-builder")
def cli() -> None:
    """Build a static news site with RSS and Atom feeds from a folder of articles."""


@cli.command("build")
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path(),
              show_default=True, help="Site folder holding site.toml and content/.")
@click.option("--drafts", is_flag=True, help="Include articles marked draft.")
@click.option("--future", is_flag=True, help="Include articles dated in the future.")
@click.option("--base-url", help="Override base_url from site.toml.")
@click.option("--output", type=click.Path(file_okay=False, path_type=Path),
              help="Write the site here instead of the configured output folder.")
@click.option("--force", is_flag=True, help="Replace an output folder site_builder did not create.")
def build_command(root: Path, drafts: bool, future: bool, base_url: str | None,
                  output: Path | None, force: bool) -> None:
    """Build the site into its output folder (public/ by default)."""
    started = time.perf_counter()
    try:
        config = _config(root, base_url, output)
        result = build(config, BuildOptions(build_time(), drafts, future), force=force)
    except SiteBuilderError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)
    for problem in result.diagnostics:
        click.echo(str(problem), err=True)
    pages = sum(1 for name in result.files if name.endswith(".html"))
    click.echo(
        f"Built {len(result.articles)} articles, {pages} pages, {result.feeds} feeds into "
        f"{config.output_dir}: {len(result.errors)} errors, {len(result.warnings)} warnings, "
        f"in {time.perf_counter() - started:.2f} s", err=True)
    sys.exit(1 if result.errors else 0)


@cli.command("explain")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path(),
              show_default=True, help="Site folder holding site.toml.")
def explain_command(file: Path, root: Path) -> None:
    """Show a document after cleaning, and every removal with the rule that made it."""
    try:
        config = _config(root, None, None)
        click.echo(explain_file(file.absolute(), config))
    except SiteBuilderError as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)


def main() -> None:
    cli(prog_name="site-builder")
