"""Boilerplate rules as data: one immutable table, grouped by kind, each rule with its reason.

A rule's pattern is a regular expression (case-insensitive) written for a normalised line
(spaces collapsed, Markdown emphasis and link syntax reduced to text). ``LINE`` rules must
match the whole line; ``SUFFIX`` rules match a trailing part of a line that follows the end
of a real sentence. Patterns are deliberately anchored and short: a line that merely
*mentions* Facebook or a newsletter in a sentence must never match (precision first).

Patterns are written as templates: ``{NAME}`` (upper-case name in braces) stands for one of
the shared fragments below, so each rule reads as the prompt it recognises. Counted
quantifiers such as ``{0,3}`` are left alone. Every repetition is bounded or runs over
characters that cannot also be matched by what follows it, so no line can make a pattern
backtrack catastrophically (tests/test_cleaning_rules.py times adversarial lines).

Categories: social, share, related, seo, newsletter, advert, cookie, comments (prompts to
drop) and credit (photo, source and copyright lines: not article text, but kept as metadata
through ``capture``).
"""

from __future__ import annotations

import re
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
    layer: str = "rule"  # the cleaning layer that made the decision (explain shows it)


ALL_LANGUAGES = ("en", "lv", "ru", "uk", "de", "fr", "es", "pl")

_FRAGMENTS: dict[str, str] = {}


def _rx(template: str) -> str:
    """Expand ``{NAME}`` placeholders with shared fragments (KeyError on a typo)."""
    return re.sub(r"\{([A-Z][A-Z_]*)\}", lambda m: _FRAGMENTS[m.group(1)], template)


def _fragment(name: str, template: str) -> str:
    _FRAGMENTS[name] = f"(?:{_rx(template)})"
    return _FRAGMENTS[name]


# --- shared fragments ------------------------------------------------------------------------

# An emoji, arrow or bullet before a prompt ("👉 Subscribe ..."); never a quotation mark or a
# bracket, because a quoted prompt is a quotation in a real sentence.
_fragment("LEAD", r"(?:[^\w\s\"'«»“”„‘’()\[\]]{1,4}\s*)?")
# Closing punctuation or emoji after a prompt ("!", ":", "👇"); never a comma, semicolon or
# quotation mark: those mean the line goes on as a sentence or is a quotation fragment.
_fragment("END", r"(?:\s*[^\w\s\"'«»“”„‘’(),;]){0,6}")
# A short run of words (an outlet's name, an adjective): at most four, spaces between.
_fragment("FEW", r"[\w.&'’-]+(?: [\w.&'’-]+){0,3}")
_fragment("QFEW", r"[«\"„“]?{FEW}[»\"”]?")
# Social networks and messengers, with the case endings Polish, Russian and Ukrainian add
# ("na Facebooku", "в Телеграме", "у Телеграмі").
_fragment(
    "NET_NAME",
    r"facebook|instagram|twitter|threads|tiktok|youtube|telegram|whatsapp|viber|linkedin|"
    r"draugiem(?:\.lv)?|vkontakte|odnoklassniki|bluesky|mastodon|pinterest|reddit|"
    r"snapchat|signal|фейсбук|инстаграм|інстаграм|телеграм|тикток|тікток|ютуб|вайбер|"
    r"вконтакте|одноклассник|дзен|твиттер|твіттер|"
    r"google (?:news|новости|новини|nachrichten|actualités|noticias|wiadomości)",
)
_fragment("NET_SHORT", r"x|fb|vk|вк|ok\.ru|rss|insta|фейсбуці|тіктоці")
_fragment("INFLECT", r"ie|ze|u|e|i|ах|е|і|у")
_fragment(
    "SOCIAL_MEDIA",
    r"social (?:media|networks)|sociālajos tīklos|соцсетях|социальных сетях|соцмережах|"
    r"соціальних мережах|sozialen (?:medien|netzwerken)|réseaux sociaux|redes sociales|"
    r"mediach społecznościowych",
)
NETWORKS = _fragment(
    "NET", r"[«\"„“]?(?:{NET_NAME}(?:{INFLECT})?|{NET_SHORT}|{SOCIAL_MEDIA})[»\"”]?"
)
_fragment(
    "JOIN",
    r"(?:\s*,)?\s+(?:and|un|и|і|та|und|et|y|i|e|or|vai|ou|oder|или|або|lub|oraz|a)\s+"
    r"|\s*[,&+/]\s*",
)
_fragment("NETS", r"{NET}(?:{JOIN}{NET}){0,8}")
# "channel", "page", "account" ... the thing one subscribes to on a network.
_fragment(
    "CHANNEL",
    r"channel|page|account|profile|group|community|kanāl(?:am|ā|s)?|lap(?:ā|u|a)|kont(?:ā|u)|"
    r"канал(?:е|і|у)?|страниц(?:у|е|ы)|аккаунт|паблик|сообщество|групп(?:у|е)|сторінк(?:у|ці)|"
    r"акаунт|спільнот(?:у|і)|груп(?:у|і)|kanal|account|profil|seite|chaîne|compte|canal|"
    r"perfil|grupo|kanał(?:u|em)?|profil(?:u)?|grup(?:y|ie)",
)
_fragment("NET_CHANNEL", r"{NET}[- ]?(?:{CHANNEL})")
# App stores, for "download our app on the App Store and Google Play".
_fragment("STORE", r"ios|android|iphone|ipad|app store|google play|appgallery|rustore")
_fragment("STORES", r"{STORE}(?:{JOIN}{STORE}){0,3}")
# Upper-case letters (Latin and Cyrillic) and digits, matched case-sensitively inside
# (?-i:...): a credit names an agency or a person, a headline clause has lower-case verbs.
_UPPER = "".join(
    chr(c)
    for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x400, 0x530))
    if chr(c).isupper()
)
_fragment("NAME", rf"(?-i:[{_UPPER}0-9])[\w.'’+-]*")
# Lower-case words that do occur in credits: agencies written in lower case, connectors,
# "screenshot", "archive", "press service of ..." (followed by a few words in any case).
_fragment(
    "CREDIT_WORD",
    r"dpa|epa|afp|ap|ddp|imago|picture alliance|getty images|via|and|und|et|y|i|un|и|і|та|"
    r"of|for|de|du|des|la|le|del|der|die|von|van|für|im|zur|zum|z|w|na|from|by|"
    r"courtesy(?: of)?|handout|file|archives?|archiv|archivo|archiwum|arhīvs|архив|архів|"
    r"screenshot|ekrānšāviņš|(?:скриншот|скріншот)(?: видео| відео)?|captura|zrzut ekranu|"
    r"publicitātes foto|ilustratīvs attēls|"
    r"иллюстративное|ілюстративне|ilustracyjne|social media|соцсети|соцмережі|"
    r"sociālie tīkli|privātais arhīvs|личный архив|особистий архів|unsplash|pixabay|"
    r"shutterstock|scanpix|(?:пресс-служба|прес-служба|press service|press office|"
    r"preses dienests)(?: [\w'’-]+){0,4}",
)
_fragment("CREDIT_TOKEN", r"{NAME}|{CREDIT_WORD}")
_fragment("CREDIT_SEP", r"\s*[/|,&–—]\s*|\s+-\s+|\s+")
_fragment("CREDIT", r"(?:{CREDIT_TOKEN})(?:(?:{CREDIT_SEP})(?:{CREDIT_TOKEN})){0,9}\.?")
_fragment("DOMAIN", r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s]*)?")
# "Tags: Ukraine, Russia, energy": short items (at most six words) between separators.
_fragment("TAG_ITEM", r"#?[\w'’.&/-]+(?: [\w'’.&/-]+){0,5}")
_fragment("TAG_LIST", r"{TAG_ITEM}(?:\s*[,;|]\s*{TAG_ITEM}){0,30}")
# The title of a linked article: anything, but not endless.
_fragment("TITLE", r".{1,200}?")
_fragment("REL_SEP", r"\s*[:\-–—>»|]")
# A handle or link after a follow prompt ("... channel: t.me/lsmenglish", "... @lsm_lv").
_fragment("HANDLE", r"(?:\s*:?\s+(?:@[\w.]{1,40}|{DOMAIN}))?")


# "Illustrative photo", "file photo": a credit line of its own, or the label of one.
_fragment(
    "ILLUSTRATIVE",
    r"(?:illustrative|file|archive|stock) (?:photo|image|picture)|"
    r"(?:photo|image) d['’](?:illustration|archives?)|ilustratīv(?:s|a) (?:foto|attēls)|"
    r"(?:фото|изображение) (?:иллюстративное|из архива)|иллюстративное фото|"
    r"(?:фото|зображення) (?:ілюстративне|з архіву)|ілюстративне фото|"
    r"archivfoto|archivbild|symbolbild|symbolfoto|(?:imagen|foto) de archivo|"
    r"(?:foto|imagen) ilustrativa|zdjęcie (?:ilustracyjne|archiwalne)",
)


# Reported speech: a line with one of these is news about a notice, not the notice itself.
_fragment(
    "REPORTED",
    r"\b(?:said|says|told|according to|заявил\w*|сообщил\w*|сказал\w*|заяви\w*|"
    r"повідоми\w*|sagte|teilte|erklärte|a (?:déclaré|indiqué|affirmé)|selon|dijo|afirmó|"
    r"según|powiedział\w*|poinformował\w*|według|paziņoja|sacīja|norādīja)\b",
)


def _prompt(template: str) -> str:
    """A whole-line prompt: optional emoji before it, closing punctuation or emoji after."""
    return _rx("{LEAD}(?:" + template + "){END}")


def _follow_prompt(template: str) -> str:
    """A follow prompt, which may end with the account's handle or link."""
    return _rx("{LEAD}(?:" + template + "){HANDLE}{END}")


# --- SEO lines -------------------------------------------------------------------------------

_SEO_KEYWORD_LABEL = _rx(
    r"focus\s+key\s*(?:word|phrase)s?|(?:meta\s+)?keywords?|tags|"
    r"fokusa atslēgvārds|atslēgvārdi|birkas|"
    r"ключевое слово|ключевые слова|теги|метки|"
    r"ключове слово|ключові слова|мітки|"
    r"fokus-?keyword|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|"
    r"mots?-clés?(?: principal)?|étiquettes|"
    r"palabras? clave(?: principal| objetivo)?|etiquetas|"
    r"fraza kluczowa|słowa? kluczowe?|tagi"
)

SEO_RULES: tuple[Rule, ...] = (
    Rule("seo-keywords", "seo",
         "SEO plugin keyword or tag list (often glued to the last sentence), not article text",
         _rx(rf"(?:{_SEO_KEYWORD_LABEL})\s*:\s*(?P<value>{{TAG_LIST}}){{END}}"),
         ALL_LANGUAGES, Where.SUFFIX, capture="keywords"),
    Rule("seo-meta-description", "seo", "SEO title or meta description line, not article text",
         r"(?:(?:meta|seo)[ -](?:description|title|apraksts|beschreibung|descripción|opis)"
         r"|méta-description|метаописание|мета-описание|метаопис|opis meta)\s*:\s*.{1,300}",
         ALL_LANGUAGES),
    Rule("seo-slug", "seo", "URL slug left over from the CMS, not article text",
         r"(?:url[ -])?slug\s*:\s*[\w-]{1,160}", ALL_LANGUAGES),
)

# --- related links ---------------------------------------------------------------------------

_RELATED = {
    "en": r"(?-i:MORE)(?=\s*:)|read (?:also|more)|also read|see also|"
          r"related(?: articles?| stories| coverage| news| content| reading)?|"
          r"more on (?:this|the|that) (?:story|topic)|further reading|"
          r"recommended(?: for you| reading)?|you (?:may|might) also like",
    "lv": r"lasi(?:et)? arī|skaties(?:t)? arī|skatieties arī|vairāk par tēmu|saistītie raksti",
    "ru": r"читайте (?:также|тоже|по теме)|читай также|смотрите также|(?:ещё |еще )?по теме|"
          r"материалы по теме|похожие (?:новости|материалы)",
    "uk": r"читайте (?:також|теж|на тему)|дивіться також|також читайте|по темі|на тему|"
          r"більше на тему|матеріали (?:за|на) тему|схожі новини",
    "de": r"lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|siehe auch|"
          r"das könnte sie auch interessieren|weitere artikel|verwandte artikel",
    "fr": r"(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|articles? (?:liés|similaires)|"
          r"à lire également",
    "es": r"lee también|lea también|ver también|(?:también )?te puede interesar|"
          r"(?:también )?le puede interesar|noticias relacionadas|contenido relacionado",
    "pl": r"(?:czytaj|przeczytaj|zobacz) (?:też|także|również|więcej)|polecamy|"
          r"powiązane artykuły",
}

RELATED_RULES: tuple[Rule, ...] = tuple(
    Rule(f"related-{lang}", "related", "link to another article, not part of this one",
         _prompt(rf"(?:{phrases})(?:{{REL_SEP}}(?:\s*{{TITLE}})?)?"), (lang,))
    for lang, phrases in _RELATED.items()
)

# --- follow us -------------------------------------------------------------------------------

SOCIAL_RULES: tuple[Rule, ...] = (
    Rule("social-follow-en", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"(?:(?:stay (?:informed|updated|up to date|connected|tuned)|"
                        r"don't miss (?:out|a thing)|never miss a story)[:!,.] )?"
                        r"(?:follow us(?: also| too)?(?:\s*:|\s+(?:on|at|via|in)\s+{NETS})?"
                        r"|(?:find|like|join|connect with|add) us(?: also| too)?"
                        r" (?:on|at|via|in) {NETS}"
                        r"|follow {FEW} on {NETS}"
                        r"|(?:subscribe to|join|follow) our (?:{NET} )?(?:channel|page|account|"
                        r"profile|group|community)(?: on {NETS})?"
                        r"|we(?:'re| are) (?:also )?on {NETS})"
                        r"(?: for (?:the )?(?:latest|breaking|more|daily|all the)(?: \w+)?"
                        r" (?:news|updates|stories|coverage))?"),
         ("en",)),
    Rule("social-follow-lv", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"sek(?:o|ojiet) (?:mums|mūs)(?: arī)?(?:\s*:|\s+{NETS})?"
                        r"|sek(?:o|ojiet) {QFEW}(?: arī)? {NETS}"
                        r"|pievienojie(?:s|ties) (?:mums|mūsu) (?:{NET}[ -]?)?"
                        r"(?:kanālam|grupai|kopienai)|pievienojie(?:s|ties) mums {NETS}"),
         ("lv",)),
    Rule("social-follow-ru", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"подпи(?:сывайтесь|сывайся|шитесь|шись) на "
                        r"(?:нас|(?:наш|наши|нашу|нашего)\s+"
                        r"(?:{NET_CHANNEL}|{CHANNEL}|соцсети|{NET}))"
                        r"(?:\s+(?:в|во|на)\s+{NETS})?"
                        r"|следите за (?:нами|(?:\w+\s+){0,2}новостями) (?:в|во|на) "
                        r"(?:нашем\s+)?(?:{NET_CHANNEL}|канале в {NET}|{NETS})"
                        r"|мы (?:в|во) (?:{NETS})\s*:?"
                        r"|присоединяйтесь к нам (?:в|во|на) {NETS}"
                        r"|наш (?:{NET_CHANNEL}|канал в {NET})"),
         ("ru",)),
    Rule("social-follow-uk", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"підпи(?:суйтесь|суйтеся|суйся|шіться|шись) на "
                        r"(?:нас|(?:наш|наші|нашу|нашого)\s+"
                        r"(?:{NET_CHANNEL}|{CHANNEL}|соцмережі|{NET}))"
                        r"(?:\s+(?:в|у|на)\s+{NETS})?"
                        r"|(?:стежте|слідкуйте) за (?:нами|(?:\w+\s+){0,2}новинами) (?:в|у|на) "
                        r"(?:нашому\s+)?(?:{NET_CHANNEL}|{NETS})"
                        r"|ми (?:в|у) (?:{NETS})\s*:?"
                        r"|приєднуйтеся до нас (?:в|у|на) {NETS}"
                        r"|наш (?:{NET_CHANNEL}|канал (?:в|у) {NET})"),
         ("uk",)),
    Rule("social-read-us-on", "social", "'read us on Telegram' call (Russian, Ukrainian)",
         _follow_prompt(r"читайте (?:нас|{QFEW}) (?:в|во|у|на) {NETS}"),
         ("ru", "uk")),
    Rule("social-follow-de", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"folg(?:en sie|e|t) uns(?: auch)?"
                        r"(?:\s*:|\s+(?:auf|bei|in|über)\s+{NETS})?"
                        r"|(?:jetzt\s+)?(?:unserem|unseren)\s+{NET_CHANNEL}\s+(?:folgen|abonnieren)"
                        r"|(?:jetzt\s+)?(?:{QFEW}\s+)?(?:auf|bei)\s+{NETS}\s+(?:folgen|abonnieren)"),
         ("de",)),
    Rule("social-follow-fr", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"(?:suivez|rejoignez|retrouvez)-nous(?: aussi| également)?"
                        r"(?:\s*:|\s+(?:sur|via)\s+{NETS})?"
                        r"|abonnez-vous à (?:notre|nos) "
                        r"(?:{NET_CHANNEL}|(?:{CHANNEL})(?: {NET})?)"),
         ("fr",)),
    Rule("social-follow-es", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"s[ií]guenos(?: también)?"
                        r"(?:\s*:|\s+(?:en|a través de)\s+(?:nuestras |las )?{NETS})?"
                        r"|(?:únete|unete|súmate|sumate|suscríbete|suscribete) a nuestro"
                        r" (?:canal|grupo|perfil)(?: (?:de|en) {NET})?"),
         ("es",)),
    Rule("social-follow-pl", "social", "call to follow the outlet on social networks",
         _follow_prompt(r"(?:obserwuj|śledź|polub) nas(?: też| także| również)?"
                        r"(?:\s*:|\s+(?:na|w)\s+{NETS})?"
                        r"|dołącz(?:cie)? do nas (?:na|w) {NETS}"
                        r"|dołącz do (?:naszego )?(?:kanału|grupy)(?: na)? {NET}"),
         ("pl",)),
)

# --- share -----------------------------------------------------------------------------------

SHARE_RULES: tuple[Rule, ...] = (
    Rule("share-prompt", "share", "share-button prompt",
         _prompt(r"share(?: this(?: article| story| post| page)?)?"
                 r"(?: (?:on|via|by) (?:{NETS}|e-?mail))?"
                 r"|dalīties|dalies(?: ar (?:šo )?(?:rakstu|ziņu))?"
                 r"|поделиться(?: в {NET})?|поделитесь (?:этой |этим )?(?:новостью|статьей|"
                 r"статьёй|материалом|постом)(?: с друзьями)?"
                 r"|поділитися(?: (?:в|у) {NET})?|поділіться (?:цією |цим )?"
                 r"(?:новиною|статтею|матеріалом|дописом)(?: з друзями)?"
                 r"|(?:artikel |beitrag |seite )?teilen(?: (?:auf|per|via) {NET})?"
                 r"|partager(?: (?:cet |l['’]\s?)article| sur {NET})?"
                 r"|compartir(?: (?:en|por) {NET})?|comparte (?:esta|la) (?:noticia|nota)"
                 r"|udostępnij(?: (?:ten )?(?:artykuł|wpis)| na {NET})?"
                 r"|copy link|kopēt saiti|скопировать ссылку|копіювати посилання|link kopieren"
                 r"|copier le lien|copiar enlace|kopiuj link"),
         ALL_LANGUAGES),
    Rule("share-bar", "share", "row of share buttons left as text ('Facebook Twitter Email')",
         _rx(r"(?:{NET}|e-?mail|print|messenger|sms)"
             r"(?:\s*[|·•/,]?\s*(?:{NET}|e-?mail|print|messenger|sms)){1,8}"),
         ALL_LANGUAGES),
)

# --- newsletters, apps, subscriptions --------------------------------------------------------

NEWSLETTER_RULES: tuple[Rule, ...] = (
    Rule("newsletter-en", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"(?:sign up|subscribe|register(?= (?:for|to) ))"
                 r"(?: (?:now|today|here|for free))?"
                 r"(?: (?:for|to) (?:our|the)(?: [\w'’-]+){0,3} (?:newsletters?|briefings?|"
                 r"digest|bulletin|e-?mail alerts|alerts))?"
                 r"|(?:get|receive) (?:our|the)(?: [\w'’-]+){0,3} newsletters?"
                 r"|subscribe (?:to|for) (?:continue reading|read the full (?:article|story)|"
                 r"full access|unlimited access)"
                 r"|(?:this (?:article|story|content) is )?(?:for|available to) subscribers only"
                 r"|already a subscriber\?(?: (?:log|sign) in)?"
                 r"|(?:download|get|install) (?:our|the)(?: [\w.'’-]+){0,2} app(?:lication)?"
                 r"(?: (?:for|on|from) (?:the )?{STORES})?"
                 r"|get (?:the latest|our top|the top|the best|the day's)(?: \w+){0,3}"
                 r" (?:delivered )?(?:to|in|straight to) your inbox"
                 r"(?: every (?:morning|day|week|evening))?(?:[.!] (?:sign up|subscribe)"
                 r"(?: now| here| today)?)?"),
         ("en",)),
    Rule("newsletter-lv", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"(?:piesakies|piesakieties|pieraksties|pierakstieties) (?:mūsu )?"
                 r"(?:jaunumu vēstulei|jaunumiem|jaunumu saņemšanai|ziņu izsūtnei)"
                 r"|lejupielādē(?:jiet)?(?: mūsu)?(?: {QFEW})? lietotni(?: {STORES})?"
                 r"|abonē(?:jiet)?(?: {QFEW})?(?: un lasi(?: bez ierobežojumiem| visu saturu)?)?"),
         ("lv",)),
    Rule("newsletter-ru", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"подпи(?:шитесь|сывайтесь|сывайся|шись) на (?:нашу )?(?:(?:email|e-mail|"
                 r"новостную|ежедневную|еженедельную)[ -])?рассылку(?: [\w«»\"-]+){0,2}"
                 r"|(?:скачайте|загрузите|установите) (?:наше )?(?:мобильное )?приложение"
                 r"(?: {QFEW})?(?: (?:для|в|на) {STORES})?"
                 r"|оформите подписку(?: и читайте(?: без ограничений| все материалы)?)?"),
         ("ru",)),
    Rule("newsletter-uk", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"підпи(?:шіться|суйтеся|суйтесь|шись) на (?:нашу )?(?:(?:email|e-mail|"
                 r"щоденну|щотижневу)[ -])?розсилку(?: [\w«»\"-]+){0,2}"
                 r"|(?:завантажуйте|завантажте|встановіть) (?:наш )?(?:мобільний )?"
                 r"(?:застосунок|додаток)(?: {QFEW})?(?: (?:для|в|у|на) {STORES})?"
                 r"|оформіть (?:передплату|підписку)"),
         ("uk",)),
    Rule("newsletter-de", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"(?:jetzt |hier )?(?:kostenlos(?:en)? )?(?:den )?(?:[\w-]+-)?newsletter"
                 r" (?:abonnieren|bestellen)"
                 r"|abonnieren sie (?:unseren|den)(?: [\w-]+)? newsletter"
                 r"(?: und erhalten sie .{1,80})?"
                 r"|laden sie (?:sich )?(?:unsere|die)(?: [\w-]+)? app herunter"
                 r"|jetzt (?:abonnieren|abo abschließen)"),
         ("de",)),
    Rule("newsletter-fr", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"(?:abonnez|inscrivez)-vous(?: gratuitement)?(?: à (?:notre|nos|la)"
                 r"(?: \w+)? (?:newsletters?|lettres? d['’]information|infolettres?)"
                 r"(?: \w+){0,2})?"
                 r"|téléchargez (?:notre |l['’]\s?)(?:application|appli)(?: {QFEW})?"
                 r"|déjà abonné\s*\?(?: connectez-vous)?"),
         ("fr",)),
    Rule("newsletter-es", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"(?:suscríbete|suscribete|suscríbase|apúntate|apuntate|regístrate) a "
                 r"(?:nuestr[oa]s?|la|el)(?: \w+)? (?:boletín|boletines|newsletters?)"
                 r"(?: \w+){0,2}"
                 r"|descarga(?:te)? (?:nuestra|la)(?: \w+)? (?:app|aplicación)"
                 r"(?: (?:para|en) {STORES})?"),
         ("es",)),
    Rule("newsletter-pl", "newsletter", "newsletter, app or subscription prompt",
         _prompt(r"zapisz się (?:do|na) (?:naszego |nasz )?newslett(?:er|era)"
                 r"|pobierz (?:naszą )?aplikację(?: {QFEW})?"
                 r"|(?:kup|wykup|zamów) (?:subskrypcję|prenumeratę|dostęp)"
                 r"(?: (?:i|aby) czyta\w* (?:bez ograniczeń|wszystkie artykuły))?"),
         ("pl",)),
)

# --- advertising markers ---------------------------------------------------------------------

ADVERT_RULES: tuple[Rule, ...] = (
    Rule("advert-marker", "advert", "advertisement or sponsored-content marker",
         _prompt(r"[\[(—–-]?\s*(?:advertisement|advertising|advert|sponsored(?: content| post|"
                 r" article| story)?|paid (?:content|post|partnership)|partner content|"
                 r"promoted(?: content)?|advertorial|reklāma|reklāmraksts|реклама|"
                 r"на правах рекламы|на правах реклами|партнерский материал|"
                 r"партнерський матеріал|anzeige|werbung|gesponsert|publicité|"
                 r"contenu sponsorisé|publireportage|publicidad|contenido patrocinado|"
                 r"publirreportaje|reklama|artykuł sponsorowany|materiał (?:partnera|"
                 r"sponsorowany))\s*[\])—–-]?"),
         ALL_LANGUAGES),
    Rule("advert-continues", "advert", "'story continues after the advertisement' marker",
         _prompt(r"(?:the )?(?:story|article|text) continues (?:below|after)"
                 r"(?: (?:the|this) advertisement| advertisement)?"
                 r"|continue reading below|raksta turpinājums pēc reklāmas"
                 r"|продолжение (?:статьи )?(?:после рекламы|ниже)"
                 r"|продовження (?:статті )?(?:після реклами|нижче)"
                 r"|weiter(?:lesen)? nach der (?:anzeige|werbung)"
                 r"|artikel wird nach der anzeige fortgesetzt"
                 r"|la suite (?:après|sous) (?:cette|la) publicité"
                 r"|(?:continúa|sigue leyendo) (?:después|debajo) de la publicidad"
                 r"|dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem wideo)"),
         ALL_LANGUAGES),
)

# --- cookie notices --------------------------------------------------------------------------

COOKIE_RULES: tuple[Rule, ...] = (
    Rule("cookie-notice", "cookie", "cookie consent notice",
         _rx(r"{LEAD}(?:(?:we|this (?:web)?site|this website|our (?:web)?site) uses? cookies"
             r"|(?:mēs izmantojam|(?:šī |mūsu )?vietne izmanto) sīkdatnes"
             r"|(?:мы используем|(?:этот |наш )?сайт использует) (?:файлы )?(?:cookie|куки)"
             r"|(?:ми використовуємо|(?:цей |наш )?сайт використовує) (?:файли )?"
             r"(?:cookie|куки)"
             r"|(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen)"
             r" cookies"
             r"|(?:ce site|nous) (?:utilise|utilisons) (?:des )?cookies"
             r"|(?:este (?:sitio(?: web)?|portal)|esta web) (?:utiliza|usa) cookies"
             r"|(?:utilizamos|usamos) cookies"
             r"|(?:ta strona|strona|(?:ten )?serwis) (?:używa|wykorzystuje|korzysta z)"
             r" (?:plików )?cookies?"
             r"|używamy (?:plików )?cookies?)"
             r"(?!.*{REPORTED})(?:[\s,.:;!-][^\"“”«»„]{0,400})?"),
         ALL_LANGUAGES),
    Rule("cookie-button", "cookie", "cookie banner button or link",
         _prompt(r"(?:accept|allow|reject)(?: all)? cookies|cookie (?:settings|policy|preferences)"
                 r"|manage cookies|sīkdatņu (?:iestatījumi|politika)|akceptēt sīkdatnes"
                 r"|cookie-einstellungen|alle cookies akzeptieren|accepter les cookies"
                 r"|aceptar cookies|akceptuję(?: cookies)?"),
         ALL_LANGUAGES),
)

# --- comments --------------------------------------------------------------------------------

COMMENT_RULES: tuple[Rule, ...] = (
    Rule("comments-prompt", "comments", "comment-section prompt or counter",
         _prompt(r"(?:comments?|komentāri|комментарии|коментарі|kommentare|commentaires|"
                 r"comentarios|komentarze)(?: \(\d+\))?"
                 r"|\d+ (?:comments?|komentāri|комментари\w*|коментар\w*|kommentare|"
                 r"commentaires|comentarios|komentarz\w*)"
                 r"|leave a (?:comment|reply)|add (?:a )?comment|post a comment"
                 r"|join the (?:discussion|conversation)|comments are closed"
                 r"|(?:show|view) comments|be the first to comment"
                 r"|pievienot komentāru|raksti komentāru|komentēt|komentāri izslēgti"
                 r"|(?:оставьте|оставить|добавить) комментарий|комментировать"
                 r"|(?:залиште|залишити|додати) коментар|коментувати"
                 r"|kommentar (?:schreiben|hinzufügen)|(?:jetzt )?kommentieren"
                 r"|(?:laisser|ajouter) un commentaire|réagir"
                 r"|(?:deja|dejar|añadir) (?:tu |un )?comentario"
                 r"|dodaj komentarz|skomentuj|zobacz komentarze"),
         ALL_LANGUAGES),
)

# --- credits, sources, copyright: not article text, kept as metadata -------------------------

CREDIT_RULES: tuple[Rule, ...] = (
    Rule("credit-photo", "credit", "photo credit line: metadata, not article text",
         _rx(r"\(?(?:(?:photo(?:graph)?s?(?: credit)?|photo courtesy(?: of)?|images?(?: credit)?|"
             r"pictures?|illustration|crédits? photos?|fotos?|fotogrāfija|attēls|ilustrācija|"
             r"фото|фотография|фотографія|иллюстрация|ілюстрація|bildquelle|imagen|"
             r"fotografía|zdjęci[ea]|ilustracja|{ILLUSTRATIVE}|(?:источник|джерело) фото|"
             r"(?:photo|image) source|źródło zdjęcia)\s*:\s*|(?:fot\.|photos? by)\s*)"
             r"(?P<value>{CREDIT})\)?"),
         ALL_LANGUAGES, capture="credit"),
    Rule("credit-illustrative", "credit", "'illustrative photo' note: metadata, not article text",
         _prompt(r"\(?(?P<value>{ILLUSTRATIVE})\)?"), ALL_LANGUAGES, capture="credit"),
    Rule("credit-source", "credit", "source line: metadata, not article text",
         _rx(r"\(?(?:sources?|avot[si]|источники?|джерел[оа]|quellen?|fuentes?|źródł[oa]|"
             r"по материалам)\s*:\s*(?P<value>{CREDIT}|{DOMAIN})\)?"),
         ALL_LANGUAGES, capture="source"),
    Rule("credit-copyright", "credit", "copyright line: metadata, not article text",
         r"(?P<value>(?:copyright\s*)?©\s*.{1,200}|(?:copyright\s*)?\(c\)\s*\d{4}.{0,200}"
         r"|copyright\s+\d{4}\b.{0,200})",
         ALL_LANGUAGES, capture="credit"),
    Rule("credit-rights-reserved", "credit", "'all rights reserved' notice",
         _prompt(r"(?P<value>all rights reserved|visas tiesības aizsargātas|"
                 r"все права защищены|(?:усі|всі) права захищені|alle rechte vorbehalten|"
                 r"tous droits réservés|todos los derechos reservados|"
                 r"wszelkie prawa zastrzeżone)"),
         ALL_LANGUAGES, capture="credit"),
    Rule("credit-reprint", "credit", "reprint and reuse notice",
         _prompt(r"(?P<value>(?:jebkur[ua] )?materiāl(?:u|a) (?:pārpublicēšana|izmantošana)"
                 r" .{1,100}?(?:aizliegta|obligāta|nepieciešama)"
                 r"|при (?:полном или частичном )?(?:использовании|копировании|перепечатке)"
                 r" материалов .{1,100}?обязательн[аоы]"
                 r"|перепечатка материалов .{1,80}?запрещена"
                 r"|(?:передрук|використання|копіювання) матеріалів (?:дозволено|можливе|"
                 r"можливий) лише (?:з|за) (?:гіпер)?посиланням .{1,80}"
                 r"|(?:передрук|копіювання) матеріалів .{1,80}?заборонено"
                 r"|this material may not be published, broadcast, rewritten or redistributed"
                 r"|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)"
                 r"|nachdruck nur mit (?:genehmigung|erlaubnis).{0,60}"
                 r"|reproduction interdite|(?:queda )?prohibida (?:su|la) reproducción.{0,60}"
                 r"|kopiowanie .{0,60}?(?:bez zgody )?zabronione)"),
         ALL_LANGUAGES, capture="credit"),
    Rule("credit-reporting-by", "credit", "wire-service byline ('Reporting by ...; Editing by')",
         r"(?=\(|.{1,120}; (?:writing|editing) by )\(?(?P<value>(?:additional )?"
         r"(?:reporting|writing) by [^()]{1,240}?)\)?",
         ("en",), capture="credit"),
)

RULES: tuple[Rule, ...] = (
    *SEO_RULES,
    *RELATED_RULES,
    *SOCIAL_RULES,
    *SHARE_RULES,
    *NEWSLETTER_RULES,
    *ADVERT_RULES,
    *COOKIE_RULES,
    *COMMENT_RULES,
    *CREDIT_RULES,
)
