"""Hugo shortcodes and Liquid tags in Markdown, as other generators' content carries them:
the common ones become Markdown or HTML, the rest stay as written and are reported (file
and line), so nothing is published as template code without a word."""

from __future__ import annotations

import html
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass

# {{< name args >}} and {{% name args %}}, closing {{< /name >}}.
_HUGO = re.compile(r"\{\{([<%])\s*(/?)([\w./-]+)(.*?)\s*[>%]\}\}")
# {% tag args %} (Liquid's tags, "-" trims whitespace) and {{ output }} (not Hugo's).
_LIQUID = re.compile(r"(?<!\{)\{%-?\s*(\w+)(.*?)\s*-?%\}")
_LIQUID_OUTPUT = re.compile(r"\{\{(?![<%])-?\s*[^{}]+?\s*-?\}\}")
_END_HIGHLIGHT = re.compile(r"\s*\{%-?\s*endhighlight\s*-?%\}\s*")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")


@dataclass(frozen=True)
class Converted:
    text: str
    problems: tuple[tuple[int, str], ...]  # (line within the text, from 1; message)


def _arguments(raw: str) -> tuple[list[str], dict[str, str]]:
    try:
        words = shlex.split(raw)
    except ValueError:
        words = raw.split()
    positional = [w for w in words if "=" not in w]
    named = dict(w.split("=", 1) for w in words if "=" in w)
    return positional, named


def _figure(positional: list[str], named: dict[str, str]) -> str:
    src = named.get("src") or (positional[0] if positional else "")
    alt = named.get("alt") or named.get("title") or ""
    caption = named.get("caption") or named.get("title") or ""
    image = f'<img src="{html.escape(src)}" alt="{html.escape(alt)}">'
    if named.get("link"):
        image = f'<a href="{html.escape(named["link"])}">{image}</a>'
    caption_html = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return f"<figure>{image}{caption_html}</figure>"


def _video(base: str) -> Callable[[list[str], dict[str, str]], str]:
    def link(positional: list[str], named: dict[str, str]) -> str:
        video = named.get("id") or (positional[0] if positional else "")
        return f"<{base}{video}>"

    return link


def _post(positional: list[str], named: dict[str, str]) -> str:
    """Hugo's x and tweet shortcodes: a link to the post (embeds run the network's script)."""
    user = named.get("user", "i")
    post = named.get("id") or (positional[-1] if positional else "")
    return f"<https://x.com/{user}/status/{post}>"


_HUGO_SHORTCODES: dict[str, Callable[[list[str], dict[str, str]], str]] = {
    "figure": _figure,
    "youtube": _video("https://www.youtube.com/watch?v="),
    "vimeo": _video("https://vimeo.com/"),
    "x": _post,
    "tweet": _post,
    "twitter": _post,
}
# Code blocks open and close: their content is code, never converted.
_HIGHLIGHT = frozenset({"highlight"})


class _Converter:
    def __init__(self) -> None:
        self.problems: list[tuple[int, str]] = []
        self.code = ""  # the tag that opened the code block we are in ("" outside one)
        self.raw = False
        self.line = 0

    def hugo(self, found: re.Match[str]) -> str:
        closing, name, raw = found.group(2), found.group(3), found.group(4)
        if name in _HIGHLIGHT:
            if closing:
                self.code = ""
                return "```"
            self.code = name
            positional, _ = _arguments(raw)
            return "```" + (positional[0] if positional else "")
        convert = _HUGO_SHORTCODES.get(name)
        if closing:
            return found.group(0)  # the opening one was reported
        if convert is None:
            self.problems.append(
                (self.line, f"Hugo shortcode '{name}' is not supported: published as written")
            )
            return found.group(0)
        return convert(*_arguments(raw))

    def liquid(self, found: re.Match[str]) -> str:
        name, raw = found.group(1), found.group(2)
        if name == "highlight":
            self.code = "liquid"
            return "```" + (raw.split()[0] if raw.split() else "")
        if not name.startswith("end"):  # a closing tag: the opening one was reported
            self.problems.append(
                (self.line, f"Liquid tag '{{% {name} %}}' is not supported: published as written")
            )
        return found.group(0)

    def in_code(self, line: str) -> str:
        """A line inside a highlight block: code, up to the tag that closes the block."""
        if self.code == "liquid":
            if _END_HIGHLIGHT.fullmatch(line):
                self.code = ""
                return "```"
            return line
        if (found := _HUGO.search(line)) and found.group(2) and found.group(3) in _HIGHLIGHT:
            return _HUGO.sub(self.hugo, line)
        return line

    def convert_line(self, line: str) -> str:
        if self.code:
            return self.in_code(line)
        if self.raw:
            before, tag, after = line.partition("{% endraw %}")
            if not tag:
                return line
            self.raw = False
            return before + self.convert_line(after)
        before, tag, after = line.partition("{% raw %}")
        if tag:  # Liquid's escape: what it holds is published as written, silently
            inner, closed, rest = after.partition("{% endraw %}")
            if not closed:
                self.raw = True
                return self.convert_line(before) + inner
            return self.convert_line(before) + inner + self.convert_line(rest)
        line = _HUGO.sub(self.hugo, line)
        if "{%" in line:
            line = _LIQUID.sub(self.liquid, line)
        if output := _LIQUID_OUTPUT.search(line):
            self.problems.append(
                (
                    self.line,
                    f"template expression '{output.group(0)}' is "
                    "not supported: published as written",
                )
            )
        return line


def convert_shortcodes(text: str) -> Converted:
    """The text with the shortcodes and tags it can convert converted (see the module's
    docstring); fenced code is left alone."""
    if "{{" not in text and "{%" not in text:
        return Converted(text, ())
    converter = _Converter()
    lines = []
    fence = ""
    for number, line in enumerate(text.split("\n"), start=1):
        converter.line = number
        marker = _FENCE.match(line)
        if fence or (marker and not converter.code):
            if marker and (not fence or marker.group(1) == fence):
                fence = "" if fence else marker.group(1)
            lines.append(line)
            continue
        lines.append(converter.convert_line(line))
    return Converted("\n".join(lines), tuple(converter.problems))
