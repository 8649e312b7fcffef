"""Polish words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="pl",
    related=r"(?:czytaj|przeczytaj|zobacz) (?:też|także|również|więcej)|polecamy|"
    r"powiązane artykuły",
    follow=r"(?:obserwuj|śledź|polub) nas(?: też| także| również)?"
    r"(?:\s*:|\s+(?:na|w)\s+{NETS})?"
    r"|dołącz(?:cie)? do nas (?:na|w) {NETS}"
    r"|dołącz do (?:naszego )?(?:kanału|grupy)(?: na)? {NET}",
    newsletter=r"zapisz się (?:do|na) (?:naszego |nasz )?newslett(?:er|era)"
    r"|pobierz (?:naszą )?aplikację(?: {QFEW})?"
    r"|(?:kup|wykup|zamów) (?:subskrypcję|prenumeratę|dostęp)"
    r"(?: (?:i|aby) czyta\w* (?:bez ograniczeń|wszystkie artykuły))?",
    share=r"udostępnij(?: (?:ten )?(?:artykuł|wpis)| na {NET})?|kopiuj link",
    advert=r"reklama|artykuł sponsorowany|materiał (?:partnera|sponsorowany)",
    advert_continues=r"dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem wideo)",
    cookie_notice=r"(?:ta strona|strona|(?:ten )?serwis) (?:używa|wykorzystuje|korzysta z)"
    r" (?:plików )?cookies?"
    r"|używamy (?:plików )?cookies?",
    cookie_button=r"akceptuję(?: cookies)?",
    comments=r"komentarze",
    comments_counted=r"komentarz\w*",
    comments_prompt=r"dodaj komentarz|skomentuj|zobacz komentarze",
    photo_label=r"fotos?|zdjęci[ea]|ilustracja|źródło zdjęcia",
    photo_by=r"fot\.",
    source_label=r"źródł[oa]",
    rights_reserved=r"wszelkie prawa zastrzeżone",
    reprint=r"kopiowanie .{0,60}?(?:bez zgody )?zabronione",
    seo_keywords=r"fraza kluczowa|słowa? kluczowe?|tagi",
    seo_meta=r"(?:meta|seo)[ -]opis|opis meta",
    network_endings=r"ie|ze|u|e|i",
    news_word=r"wiadomości",
    social_media=r"mediach społecznościowych",
    conjunctions=r"i|lub|oraz|a",
    channel=r"kanał(?:u|em)?|profil(?:u)?|grup(?:y|ie)",
    credit_words=r"i|z|w|na|archiwum|zrzut ekranu|ilustracyjne",
    illustrative=r"zdjęcie (?:ilustracyjne|archiwalne)",
    reported=r"powiedział\w*|poinformował\w*|według",
)
