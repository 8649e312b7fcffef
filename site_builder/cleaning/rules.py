"""Boilerplate rules as data: one immutable table, grouped by kind, each rule with its reason.

A rule's pattern is a regular expression (case-insensitive) written for a normalised line
(spaces collapsed, Markdown emphasis and link syntax reduced to text). ``LINE`` rules must
match the whole line; ``SUFFIX`` rules match a trailing part of a line that follows the end
of a real sentence. Patterns are deliberately anchored and short: a line that merely
*mentions* Facebook or a newsletter in a sentence must never match (precision first).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Where(Enum):
    LINE = "line"
    SUFFIX = "suffix"


@dataclass(frozen=True)
class Rule:
    name: str
    category: str
    reason: str
    pattern: str
    languages: tuple[str, ...] = ("*",)
    where: Where = Where.LINE
    capture: str | None = None  # metadata field that receives the named group 'value'


# Names of social networks and messengers, used inside follow/share patterns.
NETWORKS = (
    r"(?:facebook|fb|instagram|insta|twitter|x|threads|tiktok|youtube|telegram|whatsapp|"
    r"viber|linkedin|draugiem(?:\.lv)?|vkontakte|vk|odnoklassniki|ok\.ru|bluesky|mastodon|"
    r"google news|pinterest|reddit|snapchat|signal|rss)"
)
_NET_LIST = rf"{NETWORKS}(?:\s*(?:,|&|\+|and|un|и|і|та|und|et|y|i|e|or|vai|ou|oder|или|або|lub)\s*{NETWORKS})*"
_END = r"\s*[.!:…]*\s*[!.]*"

RULES: tuple[Rule, ...] = (
    # --- SEO lines: keywords go to metadata, never into the body -------------------------
    Rule("seo-focus-keyword", "seo", "SEO plugin keyword line, not article text",
         r"(?:focus\s+key\s*(?:word|phrase)s?|fokusa atslēgvārds|ключевое слово|ключове слово|"
         r"fokus-?keyword|mot-clé principal|palabra clave (?:principal|objetivo)|"
         r"fraza kluczowa|słowo kluczowe)\s*:\s*(?P<value>.{1,120})",
         ("en", "lv", "ru", "uk", "de", "fr", "es", "pl"), Where.SUFFIX, capture="keywords"),
    Rule("seo-meta", "seo", "SEO metadata line (description, keywords, slug), not article text",
         r"(?:meta\s+(?:description|keywords?|title)|seo\s+(?:title|description)|slug|"
         r"keywords?|tags?|atslēgvārdi|birkas|тэги|теги|ключевые слова|ключові слова|"
         r"schlagwörter|stichwörter|mots-clés|étiquettes|etiquetas|palabras clave|tagi|"
         r"słowa kluczowe)\s*:\s*(?P<value>[^.!?]{1,200}?)\.?",
         capture="keywords"),
    # --- related links ---------------------------------------------------------------------
    Rule("related-read-also", "related", "link to another article, not part of this one",
         r"(?:read also|read more|see also|also read|related(?: articles?| stories| news)?|"
         r"more on (?:this|the) (?:story|topic)|lasi arī|lasiet arī|skaties arī|"
         r"читайте также|читайте также|читай также|смотрите также|читайте також|"
         r"дивіться також|lesen sie auch|auch interessant|mehr zum thema|lire aussi|"
         r"à lire aussi|voir aussi|lee también|lea también|ver también|"
         r"czytaj (?:też|także|również)|zobacz (?:też|także|również))"
         r"\s*[:\-–—>»]\s*.{0,200}"),
    # --- follow / share --------------------------------------------------------------------
    Rule("social-follow-us", "social", "call to follow the outlet on social networks",
         rf"(?:follow us|seko mums|sekojiet mums|подписывайтесь на нас|подписывайтесь|"
         rf"следите за нами|підписуйтесь на нас|підписуйтеся|стежте за нами|folgen sie uns|"
         rf"folge uns|suivez-nous|síguenos|siguenos|obserwuj nas|śledź nas)"
         rf"(?:\s+(?:also|arī|тоже|також|auch|aussi|también|też|on|in|at|в|у|na|en|sur|auf|"
         rf"bei|и|а|та|un))*\s*:?\s*{_NET_LIST}?{_END}"),
    Rule("social-share", "share", "share-button prompt",
         rf"(?:share(?: this(?: article| story)?)?(?: on {_NET_LIST})?|dalīties|"
         rf"поделиться|поділитися|teilen|partager|compartir|udostępnij)\s*:?{_END}"),
)
