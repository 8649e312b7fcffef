"""Dutch words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="nl",
    related=r"lees (?:ook|meer)|zie ook|bekijk ook|gerelateerde artikelen|gerelateerd"
    r"|meer over (?:dit onderwerp|dit thema)|ook interessant|meer (?:nieuws|artikelen) (?:uit"
    r"|over)|misschien ook interessant|meer uit (?:deze|de) rubriek|meest gelezen",
    follow=r"volg (?:ons|ons ook)(?:\s*:|\s+(?:op|via)\s+{NETS})?|volg {QFEW} (?:ook )?(?:op"
    r"|via) {NETS}|(?:word lid van|abonneer je op) (?:ons|onze) (?:{NET_CHANNEL}"
    r"|{CHANNEL}(?: op {NET})?)|(?:vind ons|we zitten ook) op {NETS}",
    newsletter=r"(?:meld je aan|schrijf je in|abonneer je)(?: gratis)?(?: (?:voor|op) (?:onze"
    r"|de)(?: \w+)? nieuwsbrief(?: \w+){0,2})?|ontvang (?:onze|de)(?: \w+)? nieuwsbrief"
    r"|download (?:onze |de )?(?:app|applicatie)(?: {QFEW})?(?: (?:voor|in) {STORES})?"
    r"|vul je e-?mailadres in|ontvang (?:\w+ ){0,4}(?:direct |elke \w+ )?in (?:je|jouw|uw)"
    r" (?:inbox|mailbox)|zet (?:de |push)?meldingen aan(?: in (?:de|onze) app)?",
    share=r"del(?:en|en via|en op) ?(?:{NET})?|deel (?:dit )?(?:artikel|bericht)?(?: (?:op"
    r"|via) {NET})?|kopieer (?:de )?link|link kopiëren|link gekopieerd",
    advert_by=r"in samenwerking met|(?:aangeboden|gepresenteerd|gesponsord) door",
    app_open=r"open in de app|lees in de app|download de app",
    advert=r"advertentie|gesponsord(?:e inhoud)?|reclame|in samenwerking met",
    advert_continues=r"(?:het )?(?:artikel|verhaal) gaat (?:verder )?(?:onder"
    r"|na) (?:de )?(?:advertentie|reclame)",
    cookie_notice=r"(?:deze (?:web)?site|wij|we) (?:gebruikt|gebruiken|maakt gebruik van"
    r"|maken gebruik van) cookies|door verder te (?:surfen|gaan|klikken|browsen)",
    consent_word=r"akkoord",
    cookie_button=r"(?:alles|alle) (?:accepteren|weigeren)|weigeren en abonneren|"
    r"cookie-?instellingen wijzigen|privacy-?instellingen|(?:alle )?cookies accepteren|"
    r"cookie-?instellingen|accepteer (?:alle )?cookies",
    comments=r"reacties",
    comments_counted=r"reacties?",
    comments_prompt=r"(?:plaats|schrijf|geef) een reactie|reageer(?: als eerste)?|(?:bekijk"
    r"|toon) reacties|reageren is (?:niet meer mogelijk|gesloten)|(?:bekijk|toon"
    r"|lees) (?:alle |de )?(?:\d+ )?reacties(?: \(\d+\))?|log in om te reageren",
    comments_notice=r"(?:de )?reactiemogelijkheid is (?:gesloten|uitgeschakeld)|"
    r"reageren is (?:gesloten|alleen mogelijk)|reacties (?:zijn|worden) (?:gesloten|gemodereerd)|"
    r"wees de eerste die reageert",
    photo_label=r"foto|beeld|afbeelding|fotografie",
    source_label=r"bron(?:nen)?",
    rights_reserved=r"(?:alle rechten|auteursrecht(?:en)?) voorbehouden",
    reprint=r"(?:niets uit deze uitgave|overname) (?:mag|is|alleen).{0,100}",
    seo_keywords=r"focus-?zoekwoord|trefwoorden|tags|onderwerpen",
    seo_meta=r"meta[ -]omschrijving|meta[ -]beschrijving",
    news_word=r"nieuws",
    social_media=r"sociale media",
    conjunctions=r"en|of",
    channel=r"kanaal|pagina|account|profiel|groep",
    credit_words=r"en|van|de|het|archief",
    illustrative=r"archiefbeeld|archieffoto|illustratiebeeld|(?:foto |beeld )?ter illustratie",
    reported=r"zei|zegt|verklaarde|aldus|volgens"
    r"|vertelde|vertelt|schreef|waarschuwde|benadrukte",
    paywall=r"(?:dit )?(?:artikel|stuk|verhaal) is (?:alleen|exclusief) (?:beschikbaar "
    r"|te lezen )?voor (?:abonnees|premium|leden)|(?:word abonnee|log in|neem een abonnement"
    r"|sluit een abonnement af) (?:om|en lees) (?:verder|dit artikel|het hele artikel)"
    r"|neem (?:nu )?een (?:\w+ )?abonnement(?: en lees (?:onbeperkt|verder|alles))?"
    r"|al (?:een )?(?:abonnee|account)\?|lees verder met|exclusief voor abonnees"
    r"|(?:dit is )?een (?:plus|premium)-artikel",
    donate=r"steun (?:ons|onze|de|onafhankelijke|het)|doneer(?: nu| vandaag)?|word (?:lid|donateur"
    r"|steunpilaar|vriend|begunstiger)|als je (?:onze|ons|dit)(?: \w+)? (?:journalistiek|werk"
    r"|artikel)|help ons|geef een (?:\w+ )?(?:bijdrage|donatie|gift)(?: via \w+)?",
    region_block=r"niet beschikbaar in (?:jouw|uw) (?:land|regio)|in (?:jouw|uw) (?:land"
    r"|regio) niet (?:beschikbaar|te bekijken)|niet (?:te bekijken|af te spelen) in (?:jouw"
    r"|uw) (?:land|regio)",
    error_report=r"(?:fout|typfout|tikfout|spelfout) (?:gezien|gevonden|gespot|melden)|(?:zie je"
    r"|heb je|zag je|ziet u) een (?:fout|typfout|tikfout)|meld (?:een )?fout|(?:heb je|hebt u)"
    r" (?:een )?(?:nieuws)?tip(?: voor (?:de|onze) redactie)?\?|tips?\? (?:stuur|mail) (?:ze|ons)"
    r"|tip (?:de|onze) redactie",
    reading_time=r"min(?:uten|uut)?\.? (?:lezen|leestijd)",
    reading_label=r"leestijd|(?:luister naar|beluister) (?:dit |het )?(?:artikel|verhaal)|(?:lees"
    r"|luister) voor|laat (?:dit artikel|het artikel) voorlezen",
    updated=r"(?:bijgewerkt|gepubliceerd|aangepast|geüpdatet|gewijzigd|geplaatst|laatst"
    r" bijgewerkt|laatst gewijzigd|laatste update)(?: op| om)?",
    skip=r"(?:ga|spring|direct) naar (?:de )?(?:inhoud|hoofdinhoud|content|navigatie)|naar boven"
    r"|terug naar boven|terug naar (?:het )?overzicht",
    click_here=r"klik (?:hier|dan hier|op deze link)|bekijk hier (?:de|het) (?:volledige )?"
    r"(?:uitzending|video|interview|aflevering|fotoserie)",
    read_more=r"lees (?:hier )?meer|meer (?:info|informatie) (?:hier|vind je hier)|lees verder",
    notice_label=r"correctie|rectificatie|noot van de redactie|naschrift(?: van de)? redactie|"
    r"inhoudswaarschuwing|triggerwaarschuwing",
    article_age=r"(?:dit artikel|dit bericht) is (?:ouder dan|meer dan) (?:\d+|\w+) "
    r"(?:jaar|maanden?)",
    originally=r"(?:dit artikel|dit stuk|dit verhaal) (?:verscheen|is verschenen"
    r"|werd gepubliceerd) (?:eerder|eerst|oorspronkelijk)|(?:oorspronkelijk|eerder) (?:verschenen"
    r"|gepubliceerd)|het oorspronkelijke artikel|(?:dit artikel|dit stuk) verscheen oorspronkelijk",
    byline_role=r"correspondent|verslaggever|journalist|redacteur",
    byline_by=r"tekst|interview door|met medewerking van|samengesteld door|door",
    reader=r"je|jij|jou|jouw|u|uw",
    outlet=r"we|wij|ons|onze",
    purpose=r"om|en|met|zodat|mis",
    months=r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november"
    r"|december|mrt|okt",
    date_words=r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|om|uur"
    r"|ma|di|wo|do|vr|za|zo",
    page_tools=r"zoeken|printen|afdrukken|bewaren|opslaan|lettergrootte|tekstgrootte"
    r"|link gekopieerd|terug naar (?:home|de homepage|het overzicht|overzicht)"
    r"|meer laden|toon meer|meer tonen|volgend artikel|vorig artikel"
    r"|ingesloten (?:inhoud|content)|hoofdmenu|menu sluiten|net binnen",
    views_label=r"weergaven|gelezen",
    views=r"keer bekeken|weergaven|views",
    agencies=r"persbureaus|agentschappen",
    topics=r"onderwerpen|trefwoorden|meer over|gearchiveerd onder",
    pagination=r"pagina|vorige|volgende",
    page_of=r"van",
    relative_time=r"\d{1,3} (?:sec(?:onden)?|min(?:uten|uut)?|uur|dagen?|weken?|maanden?) geleden"
    r"|een (?:minuut|uur) geleden|gisteren(?:,| om)? \d{1,2}[:.]\d{2}"
    r"|vandaag,? \d{1,2}[:.]\d{2}|zojuist",
    ui_words=r"toegankelijkheid|lettergrootte|afbeeldingen|beantwoorden|tekstgrootte"
    r"|advertentie|nieuwsbrief|printversie|rapporteren|registreren|downloaden|favorieten"
    r"|gekopieerd|gesponsord|opgeslagen|uitklappen|verkleinen|abonneren|afdrukken|annuleren"
    r"|beluister|fotoalbum|inklappen|leeslijst|luisteren|messenger|pinterest|uitloggen"
    r"|verbergen|vergroten|versturen|voorlezen|abonneer|afspelen|contrast|download|facebook"
    r"|feedback|inloggen|kopiëren|leestijd|linkedin|reageren|telegram|vergroot|verstuur"
    r"|vertalen|volgende|whatsapp|account|bewaard|bewaren|galerij|geladen|kopieer|luister"
    r"|opslaan|printen|reageer|reclame|twitter|vertaal|video's|bewaar|e-mail|foto's|mailen"
    r"|melden|omhoog|versie|volgen|vorige|alles|audio|boven|delen|email|laden|lezen|pauze"
    r"|print|terug|tonen|video|alle|deel|foto|klik|lees|link|mail|meer|toon|volg|log|sms|url",
    ui_glue=r"artikel|bericht|minuten|minder|pagina|later|wordt|deze|hier|mijn|naar|voor|als"
    r"|dit|een|het|met|min|ons|ook|per|uit|van|via|de|in|je|nu|op|uw|x",
)
