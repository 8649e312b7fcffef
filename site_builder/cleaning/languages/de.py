"""German words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="de",
    related=r"lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|siehe auch|"
    r"das könnte sie auch interessieren|weitere artikel|verwandte artikel",
    follow=r"folg(?:en sie|e|t) uns(?: auch)?"
    r"(?:\s*:|\s+(?:auf|bei|in|über)\s+{NETS})?"
    r"|(?:jetzt\s+)?(?:unserem|unseren)\s+{NET_CHANNEL}\s+(?:folgen|abonnieren)"
    r"|(?:jetzt\s+)?(?:{QFEW}\s+)?(?:auf|bei)\s+{NETS}\s+(?:folgen|abonnieren)",
    newsletter=r"(?:jetzt |hier )?(?:kostenlos(?:en)? )?(?:den )?(?:[\w-]+-)?newsletter"
    r" (?:abonnieren|bestellen)"
    r"|abonnieren sie (?:unseren|den)(?: [\w-]+)? newsletter"
    r"(?: und erhalten sie .{1,80})?"
    r"|laden sie (?:sich )?(?:unsere|die)(?: [\w-]+)? app herunter"
    r"|jetzt (?:abonnieren|abo abschließen)",
    share=r"(?:artikel |beitrag |seite )?teilen(?: (?:auf|per|via) {NET})?|link kopieren",
    advert=r"anzeige|werbung|gesponsert",
    advert_continues=r"weiter(?:lesen)? nach der (?:anzeige|werbung)"
    r"|artikel wird nach der anzeige fortgesetzt",
    cookie_notice=r"(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen)"
    r" cookies",
    cookie_button=r"cookie-einstellungen|alle cookies akzeptieren",
    comments=r"kommentare",
    comments_counted=r"kommentare",
    comments_prompt=r"kommentar (?:schreiben|hinzufügen)|(?:jetzt )?kommentieren",
    photo_label=r"fotos?|bildquelle",
    source_label=r"quellen?",
    rights_reserved=r"alle rechte vorbehalten",
    reprint=r"nachdruck nur mit (?:genehmigung|erlaubnis).{0,60}",
    seo_keywords=r"fokus-?keyword|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?",
    seo_meta=r"(?:meta|seo)[ -]beschreibung",
    news_word=r"nachrichten",
    social_media=r"sozialen (?:medien|netzwerken)",
    conjunctions=r"und|oder",
    channel=r"kanal|account|profil|seite",
    credit_words=r"und|der|die|von|van|für|im|zur|zum|archiv",
    illustrative=r"archivfoto|archivbild|symbolbild|symbolfoto",
    reported=r"sagte|teilte|erklärte",
)
