"""German words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="de",
    related=r"zum thema|lesen sie dazu(?: auch)?|mehr zu(?:m|r)? [\w-]{3,30}(?=\s*:)|"
    r"lesen sie (?:auch|mehr)|lies auch|auch interessant|mehr zum thema|siehe auch|"
    r"das könnte sie auch interessieren|weitere artikel|verwandte artikel|mehr aus (?:diesem"
    r"|dem) ressort|(?:das )?könnte sie auch interessieren|meistgelesen",
    follow=r"werden sie teil unserer {NET_CHANNEL}\w*(?: und bleiben sie auf dem laufenden)?"
    r"|folg(?:en sie|e|t) uns(?: auch)?"
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
    advert_by=r"in (?:kooperation|zusammenarbeit|partnerschaft) mit|präsentiert von|"
    r"gesponsert von|unterstützt von",
    app_open=r"in der app öffnen|app laden|in der app lesen",
    advert=r"anzeige|werbung|gesponsert",
    advert_continues=r"weiter(?:lesen)? nach der (?:anzeige|werbung)"
    r"|artikel wird nach der anzeige fortgesetzt|(?:der )?artikel wird (?:unterhalb"
    r"|nach) der (?:werbung|anzeige) fortgesetzt|(?:weiter|fortsetzung) (?:unter"
    r"|nach) der (?:werbung|anzeige)",
    cookie_notice=r"(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen)"
    r" cookies|(?:wenn sie (?:die|diese) (?:seite|website) weiter nutzen"
    r"|durch die (?:weitere )?nutzung (?:der|dieser) (?:seite|website))",
    cookie_button=r"alle (?:akzeptieren|ablehnen|zulassen)|"
    r"(?:nur )?notwendige cookies (?:zulassen|akzeptieren)|datenschutzeinstellungen|"
    r"einstellungen verwalten|mit werbung (?:und tracking )?weiterlesen|cookie-einstellungen|"
    r"alle cookies akzeptieren",
    comments=r"kommentare",
    comments_counted=r"kommentare",
    comments_prompt=r"kommentar (?:schreiben|hinzufügen)|(?:jetzt )?kommentieren"
    r"|(?:alle )?(?:\d+ )?kommentare (?:anzeigen|lesen|ansehen)(?: \(\d+\))?"
    r"|schreiben sie den ersten kommentar|diskutieren sie mit",
    comments_notice=r"(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|"
    r"kommentare (?:sind|werden) (?:geschlossen|moderiert)|seien sie (?:der|die) erste, (?:der|"
    r"die) kommentiert|zu den kommentaren|posting-regeln",
    photo_label=r"fotos?|bildquelle",
    source_label=r"quellen?",
    rights_reserved=r"alle rechte vorbehalten",
    reprint=r"vervielfältigung.{0,80}?(?:genehmigung|untersagt|verboten|gestattet).{0,40}"
    r"|nachdruck nur mit (?:genehmigung|erlaubnis).{0,60}",
    seo_keywords=r"fokus-?keyword|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?",
    seo_meta=r"(?:meta|seo)[ -]beschreibung",
    news_word=r"nachrichten",
    social_media=r"sozialen (?:medien|netzwerken)",
    conjunctions=r"und|oder",
    channel=r"kanal|account|profil|seite",
    credit_words=r"und|der|die|von|van|für|im|zur|zum|archiv",
    illustrative=r"archivfoto|archivbild|symbolbild|symbolfoto",
    reported=r"sagte|teilte|erklärte"
    r"|sagt|erklärt|betonte|fügte|schrieb|berichtete|warnte|forderte",
    paywall=r"(?:lesen sie|lies) weiter mit"
    r"|(?:sie haben )?ihr kontingent an (?:kostenlosen )?(?:artikeln|beiträgen)|(?:jetzt "
    r"|weiter(?:lesen)? )?(?:mit|nur (?:für|mit)) (?:\w+[+ ])?(?:abo|abonnement"
    r"|plus|z\+|premium)|(?:dieser |der )?(?:artikel|beitrag|inhalt|text) ist (?:nur "
    r"|exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|plus-leser|\w+-abonnenten"
    r"|digital-abonnenten)|(?:sie sind )?bereits (?:abonnent|registriert|kunde)\w*\?"
    r"|(?:jetzt )?(?:weiterlesen|freischalten|lesen) mit|um (?:weiterzulesen|den (?:ganzen"
    r"|vollständigen|kompletten) (?:artikel|beitrag|text) zu lesen)|exklusiv für abonnenten"
    r"|(?:sie haben|du hast) (?:ihr|dein|alle)(?: \w+){0,3} (?:artikel|limit)",
    donate=r"wenn ihnen unsere arbeit (?:wichtig ist|gefällt|etwas wert ist)"
    r"|unterstützen sie (?:unseren|unsere|den|uns|unabhängigen)|unterstütze (?:uns|unseren"
    r"|unsere)|(?:jetzt )?spenden sie|jetzt spenden|spenden(?=\W*$)"
    r"|werden sie (?:mitglied|unterstützer\w*|förder\w*)"
    r"|wenn (?:ihnen|dir) (?:unser|dieser|der|die)(?: \w+)? (?:journalismus|artikel|beitrag|text"
    r"|arbeit)",
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
    updated=r"(?:zuletzt )?(?:aktualisiert|veröffentlicht|geändert|erschienen|erstellt)(?: am"
    r"| um)?|stand|update|zuletzt aktualisiert",
    # "Zum Inhalt" alone or with its verb: "Zum Inhalt des Vertrags ..." is a sentence.
    skip=r"(?:direkt )?zum (?:inhalt|hauptinhalt|hauptmenü|seitenanfang|menü)(?: springen"
    r"| wechseln|(?=\W*$))|springe? zum (?:inhalt|hauptinhalt)|(?:zurück )?nach oben(?=\W*$)"
    r"|zur navigation",
    click_here=r"(?:hier|jetzt) klicken|klicken sie hier|klick hier",
    read_more=r"hier (?:geht(?:'s| es) zum|mehr erfahren|weiterlesen)|mehr (?:dazu |infos? )?hier"
    r"|mehr erfahren",
    notice_label=r"korrektur(?:hinweis)?|richtigstellung|(?:anmerkung|hinweis) der redaktion|"
    r"triggerwarnung|inhaltswarnung|transparenzhinweis|offenlegung",
    article_age=r"(?:dieser|der) (?:artikel|beitrag|text) ist (?:älter als|mehr als) (?:\d+|\w+) "
    r"(?:jahre?|monate?)",
    originally=r"(?:dieser (?:artikel|beitrag|text) )?(?:erschien|ist) (?:zuerst|ursprünglich"
    r"|erstmals)|(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht)(?: (?:in|bei|auf"
    r"|im))?|(?:dieser (?:artikel|beitrag|text) )?erschien (?:im original|zuerst)"
    r"|der originalartikel",
    byline_role=r"korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|journalist(?:in)?",
    byline_by=r"mitarbeit|mit material von|aufgezeichnet von|protokoll|(?:ein|eine) (?:kommentar|"
    r"analyse|gastbeitrag|reportage) von|von|autor|autorin|text",
    reader=r"sie|ihr|ihre|ihren|ihrem|ihrer|du|dein|deine|dir|dich",
    outlet=r"wir|unser|unsere|unseren|unserem|unserer|uns",
    purpose=r"und|um|damit|mit|so|bleiben|erhalten",
    months=r"januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez",
    date_words=r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|um|uhr|am"
    r"|mo|di|mi|do|fr|sa|so",
    page_tools=r"suche|drucken|merkliste|merken|speichern|schriftgröße|textgröße|link kopiert"
    r"|zurück zur (?:übersicht|startseite)|zur startseite|mehr laden"
    r"|weitere artikel laden|mehr anzeigen|nächster artikel|vorheriger artikel"
    r"|eingebetteter inhalt|hauptmenü|menü schließen",
    views_label=r"aufrufe|gelesen",
    views=r"aufrufe|ansichten|mal gelesen",
    agencies=r"agenturen|nachrichtenagenturen",
    topics=r"themen|mehr zu(?:m thema)?|rubrik|abgelegt unter",
    pagination=r"seite|zurück|weiter|vorherige|nächste|ältere beiträge|neuere beiträge",
    page_of=r"von",
    relative_time=r"vor \d{1,3} (?:sek(?:unden?)?|min(?:uten?)?|std\.?|stunden?|tag(?:en)?|wochen?"
    r"|monat(?:en)?)|vor einer (?:minute|stunde)|gestern(?:,"
    r"| um)? \d{1,2}[:.]\d{2}(?: uhr)?|heute,? \d{1,2}[:.]\d{2}(?: uhr)?|gerade eben",
    ui_words=r"barrierefreiheit|bildergalerie|herunterladen|schriftgrösse|druckansicht"
    r"|druckversion|kommentieren|registrieren|schriftgröße|fotogalerie|gespeichert"
    r"|lesezeichen|vergrössern|verkleinern|verschicken|weiterlesen|abonnieren|aufklappen"
    r"|ausblenden|ausklappen|einblenden|einklappen|gesponsert|kommentare|newsletter"
    r"|textgrösse|vergrößern|vorheriger|übersetzen|abbrechen|abspielen|antworten|ausloggen"
    r"|einloggen|favoriten|kommentar|lesedauer|merkliste|messenger|pinterest|speichern"
    r"|sponsored|textgröße|versenden|vorherige|abmelden|anmelden|anzeigen|download|facebook"
    r"|feedback|kontrast|kopieren|lesezeit|linkedin|nächster|telegram|vorlesen|whatsapp"
    r"|anhören|ansehen|anzeige|drucken|galerie|gefällt|geladen|gemerkt|klicken|kopiert"
    r"|nächste|schrift|threema|twitter|weniger|werbung|bilder|e-mail|logout|melden|merken"
    r"|senden|teilen|videos|weiter|zeigen|zurück|öffnen|audio|email|fotos|hilfe|hören|konto"
    r"|lesen|login|pause|video|alle|foto|link|lädt|mail|mehr|oben|xing|abo|sms|url",
    ui_glue=r"artikel|beitrag|minuten|diesen|dieser|dieses|später|einen|jetzt|meine|seite"
    r"|thema|auch|eine|hier|ihre|mein|nach|wird|über|als|auf|das|dem|den|der|des|die|ein|für"
    r"|min|mir|mit|per|sie|via|von|zum|zur|im|in|zu|x",
)
