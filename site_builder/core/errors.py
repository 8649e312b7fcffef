"""Error and diagnostic types shared by every stage (the bottom layer)."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path


def shown(path: Path) -> str:
    """A path as messages print it: relative to the working folder when it is inside it
    (``content/x.md``, what editors and CI logs can open), otherwise as given."""
    if path.is_absolute():
        try:
            cwd = Path.cwd()
        except OSError:  # the working folder was deleted
            return str(path)
        if path.is_relative_to(cwd):
            return path.relative_to(cwd).as_posix()
    return str(path)


def plural(count: int, noun: str, many: str | None = None) -> str:
    """ "1 article", "2 articles" (``many`` for irregular plurals)."""
    return f"{count} {noun if count == 1 else many or noun + 's'}"


class Severity(Enum):
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Diagnostic:
    """One problem found while building, printable as ``path:line: message (hint)``."""

    severity: Severity
    message: str
    path: Path | None = None
    line: int | None = None
    hint: str | None = None
    # The traceback of an unexpected exception (shown with --verbose); None otherwise.
    detail: str | None = field(default=None, compare=False)

    @property
    def unexpected(self) -> bool:
        """Whether this reports an exception site_builder did not expect (not the content's
        fault: such a result is never cached, so a fixed install or version retries it)."""
        return self.detail is not None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            path = shown(self.path)
            where = f"{path}:{self.line}: " if self.line else f"{path}: "
        hint = f" ({self.hint})" if self.hint else ""
        prefix = "warning: " if self.severity is Severity.WARNING else "error: "
        return f"{where}{prefix}{self.message}{hint}"


def unexpected_error(exc: BaseException, path: Path | None) -> Diagnostic:
    """An exception nobody expected while handling ``path``, as that file's diagnostic: the
    build goes on with the other documents. Call it inside the ``except`` block."""
    return Diagnostic(
        Severity.ERROR,
        f"unexpected {type(exc).__name__}: {exc}",
        path,
        hint="run with --verbose for the traceback; please report it as a site_builder bug",
        detail=traceback.format_exc(),
    )


class DiagnosticsView:
    """Mixin for results that carry ``diagnostics``: their errors and warnings apart."""

    diagnostics: list[Diagnostic]

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]


class SiteBuilderError(Exception):
    """Base class of every expected error: the CLI prints these without a traceback."""


class ContentError(SiteBuilderError):
    """A document cannot be read or parsed; carries the file, line and a hint."""

    def __init__(
        self, path: Path, message: str, *, line: int | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message)
        self.diagnostic = Diagnostic(Severity.ERROR, message, path, line, hint)

    def __str__(self) -> str:
        return str(self.diagnostic)


class ConfigError(SiteBuilderError):
    """The site configuration is invalid; lists every problem at once."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.path = path
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "\n".join(f"{shown(self.path)}: error: {p}" for p in self.problems)


class BuildError(SiteBuilderError):
    """The build as a whole failed (template error, output problem); nothing was published."""

    def __str__(self) -> str:
        # Every message says what it is: "...: template error: ..." does, the rest get it.
        message = super().__str__()
        return message if "error:" in message else f"error: {message}"
