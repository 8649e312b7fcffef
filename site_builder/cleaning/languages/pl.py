"""Polish words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="pl",
    related=r"więcej na ten temat|zobacz również|(?:czytaj|przeczytaj|zobacz) (?:też|także|"
    r"również|więcej)|polecamy|"
    r"powiązane artykuły|(?:może cię|mogą cię) (?:też |także )?zainteresować|więcej z działu"
    r"|najczęściej czytane",
    follow=r"(?:obserwuj|śledź|polub) nas(?: też| także| również)?"
    r"(?:\s*:|\s+(?:na|w)\s+{NETS})?"
    r"|dołącz(?:cie)? do nas (?:na|w) {NETS}"
    r"|dołącz do (?:naszego )?(?:kanału|grupy)(?: na)? {NET}",
    newsletter=r"zapisz się (?:do|na) (?:naszego |nasz )?newslett(?:er|era)"
    r"|pobierz (?:naszą )?aplikację(?: {QFEW})?"
    r"|(?:kup|wykup|zamów) (?:subskrypcję|prenumeratę|dostęp)"
    r"(?: (?:i|aby) czyta\w* (?:bez ograniczeń|wszystkie artykuły))?",
    share=r"udostępnij(?: (?:ten )?(?:artykuł|wpis)| na {NET})?|kopiuj link",
    advert_by=r"we współpracy z|(?:partnerem|sponsorem) (?:materiału|cyklu) jest|"
    r"sponsorowane przez",
    app_open=r"otwórz w aplikacji|czytaj w aplikacji|pobierz aplikację",
    advert=r"ogłoszenie|treść promocyjna|reklama|artykuł sponsorowany|materiał (?:partnera|"
    r"sponsorowany)",
    advert_continues=r"dalsza część (?:artykułu|tekstu) pod (?:reklamą|materiałem wideo)",
    cookie_notice=r"(?:ta strona|strona|(?:ten )?serwis) (?:używa|wykorzystuje|korzysta z)"
    r" (?:plików )?cookies?"
    r"|używamy (?:plików )?cookies?|korzystając (?:z|ze) (?:serwisu|strony|witryny)",
    consent_word=r"wyrażam zgodę|akceptuję",
    cookie_button=r"akceptuję wszystkie|odrzuć wszystkie|(?:ustawienia|preferencje) prywatności|"
    r"zarządzaj zgodami|ustawienia zaawansowane|akceptuję cookies",
    comments=r"komentarze",
    comments_counted=r"komentarz\w*",
    comments_prompt=r"dodaj komentarz|skomentuj|zobacz komentarze|(?:zobacz|pokaż"
    r"|czytaj) (?:wszystkie )?(?:\d+ )?komentarz[ey]?(?: \(\d+\))?|skomentuj jako pierwszy",
    comments_notice=r"komentarze (?:są|zostały) (?:moderowane|wyłączone|zamknięte)|"
    r"redakcja zastrzega sobie prawo do usuwania komentarzy|bądź pierwsz[ya]|"
    r"dodaj pierwszy komentarz",
    photo_label=r"fotos?|zdjęci[ea]|ilustracja|źródło zdjęcia|fot\.?",
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
    reported=r"powiedział\w*|poinformował\w*|według"
    r"|mówi|dodał\w*|wyjaśni\w*|napisał\w*|ostrzegł\w*|relacjon\w*",
    paywall=r"(?:ten )?(?:artykuł|tekst|materiał) (?:jest )?dostępny (?:tylko"
    r"|wyłącznie) (?:dla )?(?:subskrybentów|prenumeratorów)|(?:zaloguj się|wykup dostęp"
    r"|kup subskrypcję|subskrybuj|wykup prenumeratę),? (?:aby|by) (?:czytać|przeczytać"
    r"|kontynuować)|masz już (?:konto|subskrypcję|prenumeratę)\?|czytaj dalej z|(?:dostęp"
    r"|treść) (?:tylko )?dla (?:subskrybentów|prenumeratorów)",
    donate=r"wesprzyj (?:nas|naszą|nasze|nasz|niezależne|redakcję)|przekaż darowiznę|(?:zostań"
    r"|zostań naszym) (?:patronem|darczyńcą|subskrybentem)|wpłać|wspieraj (?:nas|niezależne)",
    region_block=r"(?:nie jest |jest nie)dostępn\w* w (?:twoim|twojej|pana|pani) (?:kraju"
    r"|regionie)|niedostępn\w* w (?:twoim|twojej) (?:kraju|regionie)",
    error_report=r"(?:znalazłeś|zauważyłeś|widzisz|znalazłaś|zauważyłaś) (?:błąd|literówkę)"
    r"|zgłoś błąd|zaznacz (?:go|tekst|fragment) i naciśnij",
    reading_time=r"min(?:ut[ay]?|\.)? czytania",
    reading_label=r"czas czytania|(?:posłuchaj|słuchaj|odsłuchaj) (?:artykułu|tekstu)|wersja audio",
    updated=r"(?:aktualizacja|zaktualizowano|opublikowano|data publikacji|publikacja)"
    r"|ostatnia (?:aktualizacja|zmiana|modyfikacja)|data (?:aktualizacji|modyfikacji)|zmieniono",
    skip=r"przejdź do (?:(?:głównej )?treści(?: głównej)?|zawartości|menu)|do góry",
    click_here=r"kliknij (?:tutaj|tu)",
    read_more=r"więcej (?:informacji )?(?:tutaj|tu)|czytaj (?:więcej|dalej)",
    notice_label=r"sprostowanie|korekta|od redakcji|nota redakcji|ostrzeżenie o treści",
    article_age=r"(?:ten )?(?:artykuł|tekst) (?:ma ponad|ma więcej niż|jest starszy niż) "
    r"(?:\d+|\w+) (?:lat[a]?|rok|miesięcy)",
    originally=r"(?:artykuł|tekst) (?:ukazał się|został opublikowany) (?:pierwotnie|pierwszy raz"
    r"|wcześniej)|pierwotnie (?:opublikowan\w*|ukazał)|oryginalny (?:artykuł|tekst)|(?:artykuł"
    r"|tekst) (?:pierwotnie|ukazał się pierwotnie)",
    byline_role=r"korespondent(?:ka)?|dziennikar(?:z|ka)|reporter(?:ka)?|redaktor(?:ka)?|"
    r"publicyst(?:a|ka)",
    byline_by=r"rozmawia(?:ł|ła|li)|oprac\.|opracowanie|opracowa(?:ł|ła)|tekst|współpraca|autor|"
    r"autorka",
    reader=r"ty|ciebie|ci|twój|twoja|twoje|pan|pani|państwo|wy|wasz",
    outlet=r"my|nas|nam|nasz|nasza|nasze|naszą|naszego|naszej",
    purpose=r"aby|by|żeby|i|oraz|z",
    months=r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    r"|listopada|grudnia|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień"
    r"|październik|listopad|grudzień",
    date_words=r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|r|godz|o",
    page_tools=r"szukaj|wyszukaj|drukuj|zapisz|dodaj do ulubionych|rozmiar (?:czcionki|tekstu)"
    r"|link skopiowany|skopiowano link|(?:wróć|powrót) do strony głównej"
    r"|załaduj więcej|pokaż więcej|wczytaj więcej|następny artykuł|poprzedni artykuł"
    r"|treść osadzona|menu główne|zamknij menu|wróć na górę|najnowsze",
    views_label=r"odsłony|wyświetlenia|przeczytano",
    views=r"wyświetle(?:ń|nia|nie)|odsło(?:n|ny|na)",
    agencies=r"agencje|agencji",
    topics=r"tematy|tagi|więcej o|więcej na temat",
    pagination=r"strona|poprzednia|następna|poprzedni|następny",
    page_of=r"z",
    relative_time=r"\d{1,3} (?:sek\.?|min\.?|minut[ay]?|godz\.?|godzin[ay]?|dni|dzień"
    r"|tygodni[e]?) temu|wczoraj(?:,| o)? \d{1,2}[:.]\d{2}|(?:dzisiaj"
    r"|dziś),? \d{1,2}[:.]\d{2}|przed chwilą",
    ui_words=r"sponsorowana|sponsorowane|sponsorowany|zasubskrybuj|fotogaleria|przetłumacz"
    r"|wczytywanie|zarejestruj|komentarze|komentarzy|newsletter|poprzednia|poprzednie"
    r"|przeczytaj|skopiowano|skopiowany|subskrybuj|udostępnij|udostępnić|ulubionych"
    r"|logowanie|messenger|odpowiedz|odsłuchaj|pinterest|podzielić|pomniejsz|poprzedni"
    r"|posłuchaj|skomentuj|skopiować|wstrzymaj|wszystkie|zalogować|ładowanie|czcionka"
    r"|czcionki|czcionkę|czytania|drukować|e-mailem|facebook|komentuj|kontrast|kopiować"
    r"|linkedin|następna|następne|następny|obejrzyj|obserwuj|odnośnik|powiększ|telegram"
    r"|ulubione|whatsapp|wydrukuj|zakładek|zapisano|zmniejsz|galeria|galerię|odtwórz|oglądaj"
    r"|pobierz|podziel|reklama|reklamy|rozmiar|skopiuj|słuchaj|twitter|wyloguj|zaloguj"
    r"|zapisać|zwiększ|czytaj|drukuj|e-mail|kopiuj|mailem|otwórz|pobrać|reddit|rozwiń|tekstu"
    r"|wersja|wersję|więcej|wstecz|wysłać|wyślij|zapisz|zobacz|audio|dalej|dodaj|druku|email"
    r"|linku|lubię|mniej|pauza|pokaż|polub|tekst|ukryj|viber|video|wideo|zgłoś|foto|górę"
    r"|link|mail|wróć|zwiń|fot|url",
    ui_glue=r"znajomemu|artykułu|znajomym|artykuł|później|minuty|strony|stronę|minut|przez"
    r"|także|tutaj|albo|moje|nami|oraz|dla|lub|min|mój|nas|się|ten|też|do|na|od|tu|tą|tę|we"
    r"|ze|i|o|w|z",
)
