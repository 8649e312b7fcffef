"""German words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="de",
    related=r"lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|siehe auch|"
    r"das könnte sie auch interessieren|weitere artikel|verwandte artikel|mehr aus (?:diesem"
    r"|dem) ressort|(?:das )?könnte sie auch interessieren|meistgelesen",
    follow=r"werden sie teil unserer {NET_CHANNEL}\w*(?: und bleiben sie auf dem laufenden)?"
    r"|folg(?:en sie|e|t) uns(?: auch)?"
    r"(?:\s*:|\s+(?:auf|bei|in|über)\s+{NETS})?"
    r"|(?:jetzt\s+)?(?:unserem|unseren)\s+{NET_CHANNEL}\s+(?:folgen|abonnieren)"
    r"|(?:jetzt\s+)?(?:{QFEW}\s+)?(?:auf|bei)\s+{NETS}\s+(?:folgen|abonnieren)"
    r"|folg(?:en sie|e|t) (?:der |dem |den )?{QFEW}\s+(?:auf|bei)\s+{NETS}"
    r"|abonnier(?:e|en sie|t) (?:jetzt )?(?:unseren|unser|den) {NET_CHANNEL}",
    newsletter=r"(?:jetzt |hier )?(?:kostenlos(?:en)? )?(?:den )?(?:[\w-]+-)?newsletter"
    r" (?:abonnieren|bestellen)"
    r"|abonnieren sie (?:unseren|den)(?: [\w-]+)? newsletter"
    r"(?: und erhalten sie .{1,80})?"
    r"|laden sie (?:sich )?(?:unsere|die)(?: [\w-]+)? app herunter"
    r"|jetzt (?:abonnieren|abo abschließen)"
    r"|(?:hol dir|holen sie sich|bestelle|bestellen sie|abonniere) (?:jetzt )?(?:unseren |den )?"
    r"(?:kostenlosen |gratis-?)?(?:[\w-]+-)?newsletter"
    r"|(?:melde dich|melden sie sich) (?:jetzt )?(?:hier )?(?:für|zu) (?:unseren|den)"
    r"(?: [\w-]+)? newsletter an"
    r"|(?:sie können|du kannst) (?:den|unseren|diesen) newsletter jederzeit(?: [\w-]+){0,8}"
    r" (?:abbestellen|abmelden|kündigen)|ihre e-mail-adresse wird (?:ausschließlich|nur) für den"
    r" versand (?:des|unseres) newsletters verwendet"
    r"|vielen dank für (?:ihre|deine) (?:anmeldung|registrierung)"
    r"|(?:holen sie sich|hol dir|lade dir|laden sie sich) (?:jetzt )?(?:unsere|die)"
    r"(?: kostenlose)? (?:[\w-]+-)?app|in der app (?:weiterlesen|lesen|öffnen)"
    r"|(?:jetzt )?(?:im|bei) (?:google play|app store|play store)(?: store)? herunterladen",
    share=r"(?:artikel |beitrag |seite )?teilen(?: (?:auf|per|via) {NET})?|link kopieren"
    r"|teilen sie (?:diesen|den) (?:artikel|beitrag|text)(?: mit [\w ]{1,40})?"
    r"|auf pinterest merken|(?:diesen )?artikel per e-mail (?:versenden|senden)",
    advert=r"anzeige|werbung|gesponsert",
    advert_continues=r"weiter(?:lesen)? nach der (?:anzeige|werbung)"
    r"|artikel wird nach der anzeige fortgesetzt|(?:der )?artikel wird (?:unterhalb"
    r"|nach) der (?:werbung|anzeige) fortgesetzt|(?:weiter|fortsetzung) (?:unter"
    r"|nach) der (?:werbung|anzeige)",
    cookie_notice=r"mit dem laden des inhalts akzeptieren sie|externer inhalt:? (?:an dieser stelle"
    r"|hier) finden sie|um (?:diesen|den) inhalt (?:anzuzeigen|zu sehen|zu laden)"
    r"|(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen)"
    r" cookies|(?:wenn sie (?:die|diese) (?:seite|website) weiter nutzen"
    r"|durch die (?:weitere )?nutzung (?:der|dieser) (?:seite|website))",
    cookie_button=r"cookie-einstellungen|alle cookies akzeptieren",
    comments=r"kommentare",
    comments_counted=r"kommentare",
    comments_prompt=r"kommentar (?:schreiben|hinzufügen)|(?:jetzt )?kommentieren"
    r"|(?:alle )?(?:\d+ )?kommentare (?:anzeigen|lesen|ansehen)(?: \(\d+\))?"
    r"|schreiben sie den ersten kommentar|diskutieren sie mit|postings:? \d+|\d+ postings"
    r"|um (?:zu )?kommentieren(?: zu können)?,? (?:müssen sie|musst du) (?:sich )?(?:angemeldet"
    r"|eingeloggt|registriert) sein|die kommentarfunktion (?:ist|wurde)(?: für diesen"
    r" (?:artikel|beitrag))? (?:deaktiviert|geschlossen)",
    photo_label=r"fotos?|bildquelle|bild|grafik(?:en)?",
    source_label=r"quellen?",
    rights_reserved=r"alle rechte vorbehalten",
    reprint=r"vervielfältigung.{0,80}?(?:genehmigung|untersagt|verboten|gestattet).{0,40}"
    r"|nachdruck,? (?:auch )?(?:auszugsweise,? )?nur mit (?:genehmigung|erlaubnis|quellenangabe)"
    r".{0,60}|alle inhalte (?:dieser (?:website|seite)|dieses angebots) sind urheberrechtlich"
    r" geschützt.{0,200}|(?:die )?(?:weitergabe|weiterverbreitung|weiterverwendung) (?:dieses"
    r"|des) (?:artikels|beitrags|textes|inhalts)(?: an dritte)? ist nur mit (?:zustimmung"
    r"|genehmigung|erlaubnis).{0,60}|(?:dieser|der) (?:text|artikel|beitrag|inhalt) darf"
    r" (?:nicht )?(?:ohne|nur mit) (?:erlaubnis|genehmigung|zustimmung).{0,100}",
    seo_keywords=r"fokus-?keyword|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|themen|mehr zu|tags",
    seo_meta=r"(?:meta|seo)[ -]beschreibung",
    news_word=r"nachrichten",
    social_media=r"sozialen (?:medien|netzwerken)",
    conjunctions=r"und|oder",
    channel=r"kanal|account|profil|seite",
    credit_words=r"und|der|die|von|van|für|im|zur|zum|archiv",
    illustrative=r"archivfoto|archivbild|symbolbild|symbolfoto",
    reported=r"sagte|teilte|erklärte",
    paywall=r"(?:lesen sie|lies) weiter mit"
    r"|(?:sie haben )?ihr kontingent an (?:kostenlosen )?(?:artikeln|beiträgen)|(?:jetzt "
    r"|weiter(?:lesen)? )?(?:mit|nur (?:für|mit)) (?:\w+[+ ])?(?:abo|abonnement"
    r"|plus|z\+|premium)|(?:dieser |der )?(?:artikel|beitrag|inhalt|text) ist (?:nur "
    r"|exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|plus-leser|\w+-abonnenten"
    r"|digital-abonnenten)|(?:sie sind )?bereits (?:abonnent|registriert|kunde)\w*\?"
    r"|(?:jetzt )?(?:weiterlesen|freischalten|lesen) mit|um (?:weiterzulesen|den (?:ganzen"
    r"|vollständigen|kompletten) (?:artikel|beitrag|text) zu lesen)|exklusiv für abonnenten"
    r"|(?:sie haben|du hast) (?:ihr|dein|alle)(?: \w+){0,3} (?:artikel|limit)"
    r"|(?:sie haben|du hast) bereits ein (?:abo|abonnement|konto)\?"
    r"|(?:sie möchten|möchten sie|willst du|du willst) weiterlesen\?",
    donate=r"wenn ihnen unsere arbeit (?:wichtig ist|gefällt|etwas wert ist)"
    r"|unterstützen sie (?:unseren|unsere|den|uns|unabhängigen)|unterstütze (?:uns|unseren"
    r"|unsere)|(?:jetzt )?spenden sie|jetzt spenden|spenden(?=\W*$)"
    r"|werden sie (?:mitglied|unterstützer\w*|förder\w*)"
    r"|wenn (?:ihnen|dir) (?:unser|dieser|der|die)(?: \w+)? (?:journalismus|artikel|beitrag|text"
    r"|arbeit)|jetzt freiwillig (?:zahlen|bezahlen|unterstützen)|jetzt (?:mit (?:paypal|einer"
    r" spende) )?unterstützen|damit wir (?:weiterhin )?(?:unabhängig(?:en)? )?(?:berichten"
    r"|journalismus machen|recherchieren) können",
    region_block=r"in (?:ihrer region|ihrem land|deinem land|ihrer region|ihrem standort"
    r"|deutschland|österreich|der schweiz) (?:leider )?(?:nicht )?(?:verfügbar|abrufbar|zu sehen)"
    r"|nicht (?:in ihrer region|in ihrem land|an ihrem standort) (?:verfügbar|abrufbar)"
    r"|aus (?:rechtlichen|lizenzrechtlichen) gründen",
    error_report=r"(?:fehler|tippfehler) (?:gefunden|entdeckt|melden|bemerkt)|(?:haben sie"
    r"|hast du) (?:einen )?(?:fehler|tippfehler) (?:gefunden|entdeckt|bemerkt)"
    r"|(?:einen )?fehler melden",
    reading_time=r"min(?:uten)?\.? (?:lesezeit|lesen|lesedauer)|minuten? lesedauer",
    reading_label=r"lesezeit|lesedauer|(?:artikel |beitrag |text )?(?:anhören|vorlesen lassen"
    r"|vorlesen)|audio(?:version)?|hören sie (?:diesen|den) (?:artikel|beitrag)",
    updated=r"(?:zuletzt )?(?:aktualisiert|veröffentlicht|geändert|erschienen|erstellt"
    r"|publiziert)(?: am| um)?|stand|update|zuletzt aktualisiert",
    # "Zum Inhalt" alone or with its verb: "Zum Inhalt des Vertrags ..." is a sentence.
    skip=r"(?:direkt )?zum (?:inhalt|hauptinhalt|hauptmenü|seitenanfang|menü)(?: springen"
    r"| wechseln|(?=\W*$))|springe? zum (?:inhalt|hauptinhalt)|(?:zurück )?nach oben(?=\W*$)"
    r"|zur navigation(?: springen|(?=\W*$))|menü (?:schließen|öffnen)"
    r"|zur (?:bildergalerie|startseite)(?=\W*$)",
    click_here=r"(?:hier|jetzt) klicken|klicken sie hier|klick hier",
    read_more=r"hier (?:geht(?:'s| es) zum|mehr erfahren|weiterlesen)|mehr (?:dazu |infos? )?hier"
    r"|mehr erfahren",
    originally=r"(?:dieser (?:artikel|beitrag|text) )?(?:erschien|ist) (?:zuerst|ursprünglich"
    r"|erstmals)|(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht)(?: (?:in|bei|auf"
    r"|im))?|(?:dieser (?:artikel|beitrag|text) )?erschien (?:im original|zuerst)"
    r"|der originalartikel|(?:dieser (?:artikel|beitrag|text) )?stammt von unserem"
    r" (?:kooperations|content-?)?partner",
    byline_by=r"von|autor|autorin|text",
    reader=r"sie|ihr|ihre|ihren|ihrem|ihrer|du|dein|deine|dir|dich",
    outlet=r"wir|unser|unsere|unseren|unserem|unserer|uns",
    purpose=r"und|um|damit|mit|so|bleiben|erhalten",
    months=r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez",
    date_words=r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|um|uhr|am",
)
