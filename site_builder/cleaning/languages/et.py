"""Estonian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="et",
    related=r"veel sel teemal|soovitame(?=\s*:)|loe (?:ka|lisaks)|vaata (?:ka|lisaks)|"
    r"seotud (?:artiklid|lood|uudised)|samal teemal"
    r"|soovitame lugeda|sind võib huvitada(?: ka)?|veel selle rubriigi|loetuimad",
    follow=r"jälgi(?:ge)? (?:meid|meie uudiseid)(?: ka)?(?:\s*:|\s+{NETS})?|(?:liitu"
    r"|liituge) (?:meie )?(?:{NET_CHANNEL}|{CHANNEL}(?: {NET})?)|(?:leiad meid|oleme ka) {NETS}",
    newsletter=r"(?:telli|tellige|liitu|liituge)(?: meie)?(?: \w+)? (?:uudiskiri|uudiskirjaga"
    r"|uudiskirja)(?: \w+){0,2}|(?:laadi|laadige) alla (?:meie )?(?:äpp"
    r"|rakendus)(?: {QFEW})?(?: {STORES})?|sisesta oma e-?post",
    share=r"jaga(?: (?:artiklit|lugu|uudist))?(?: {NET})?|kopeeri link",
    app_open=r"ava rakenduses|loe äpis|loe rakenduses|laadi alla äpp",
    advert=r"reklaam|sponsoreeritud|sisuturundus|partneri sisu",
    advert_continues=r"(?:artikkel|lugu) jätkub (?:pärast|reklaami all) reklaami?",
    cookie_notice=r"(?:see veebileht|meie veebileht|me|kasutame)(?: kasutab| kasutame)? küpsiseid"
    r"|jätkates (?:sirvimist|lehe kasutamist|veebilehe kasutamist)",
    consent_word=r"nõustun",
    cookie_button=r"luba kõik(?: küpsised)?|keeldu kõigist|privaatsusseaded|(?:nõustu|"
    r"luba|aktsepteeri)(?: kõigi)? küpsistega|küpsiste seaded",
    comments=r"kommentaarid",
    comments_counted=r"kommentaari(?:d)?",
    comments_prompt=r"(?:lisa|kirjuta) kommentaar|kommenteeri(?: esimesena)?|(?:vaata"
    r"|näita) kommentaare|(?:vaata|näita|loe) (?:kõiki )?(?:\d+ )?kommentaare(?: \(\d+\))?",
    comments_notice=r"kommentaar(?:id)? avaldatakse pärast|kommenteerimine on (?:suletud|"
    r"välja lülitatud)|ole esimene, kes kommenteerib",
    photo_label=r"foto|pilt|illustratsioon|fotod",
    source_label=r"allik(?:as|ad)",
    rights_reserved=r"kõik õigused kaitstud",
    reprint=r"(?:materjalide|artikli) (?:kopeerimine|kasutamine|taasesitamine) .{1,100}",
    seo_keywords=r"märksõnad|sildid|teemad",
    seo_meta=r"meta-?kirjeldus",
    news_word=r"uudised",
    social_media=r"sotsiaalmeedias",
    conjunctions=r"ja|või",
    channel=r"kanal(?:it|is)?|lehekülg(?:e)?|kont(?:ot|o)|grupp(?:i)?",
    network_endings=r"is|ist|i",
    credit_words=r"ja|arhiiv|erakogu|kuvatõmmis",
    illustrative=r"illustreeriv (?:foto|pilt)|arhiivifoto",
    reported=r"ütles|teatas|sõnas|märkis"
    r"|lisas|selgitas|kirjutas|rääkis|hoiatas",
    paywall=r"(?:see )?(?:artikkel|lugu|sisu) on (?:ainult |mõeldud )?(?:tellijatele"
    r"|digitellijatele)|(?:telli|logi sisse|tellige),? et (?:lugeda|jätkata|edasi lugeda)|(?:oled "
    r"|olete )?juba tellija\?|loe edasi|ainult tellijatele",
    donate=r"toeta (?:meid|meie|sõltumatut|ajakirjandust)|toetage (?:meid|meie)|anneta(?: kohe"
    r"| siin)?|hakka (?:toetajaks|liikmeks|tellijaks)",
    region_block=r"(?:pole|ei ole) (?:teie|sinu) (?:riigis|piirkonnas) (?:saadaval|kättesaadav"
    r"|vaadatav)|(?:teie|sinu) (?:riigis|piirkonnas) (?:pole|ei ole) (?:saadaval|kättesaadav)"
    r"|(?:pole|ei ole) saadaval (?:teie|sinu) (?:riigis|piirkonnas)",
    error_report=r"(?:märkasid|leidsid|märkasite|leidsite) (?:vea|kirjavea|trükivea|eksituse)"
    r"|(?:teata|anna teada|andke teada) (?:veast|kirjaveast)|(?:märgista|vali) (?:see|tekst"
    r"|viga) ja vajuta",
    reading_time=r"min(?:\.|utit)? (?:lugemist|lugemiseks|lugemisaega)",
    reading_label=r"lugemisaeg|(?:kuula|kuulake) (?:artiklit|lugu|uudist)",
    updated=r"(?:uuendatud|avaldatud|muudetud|viimati (?:uuendatud|muudetud))",
    skip=r"(?:mine|liigu|hüppa) (?:sisu juurde|põhisisu juurde|sisule|põhisisule)|tagasi üles",
    click_here=r"(?:kliki|klõpsa|vajuta) siia",
    read_more=r"loe (?:lähemalt|rohkem)(?: siit)?|vaata lähemalt",
    notice_label=r"parandus|täpsustus|toimetuse märkus|sisuhoiatus",
    article_age=r"see (?:artikkel|lugu) on (?:vanem kui|rohkem kui|üle) (?:\d+|\w+) "
    r"(?:aasta\w*|kuu\w*)",
    originally=r"(?:artikkel|lugu) (?:ilmus|avaldati) (?:esmalt|algselt|esimest korda)|(?:algselt"
    r"|esmalt) (?:ilmunud|avaldatud)|originaalartikkel|esmakordselt avaldatud",
    byline_role=r"korrespondent|ajakirjanik|toimetaja|reporter",
    byline_by=r"koostas|koostaja|toimetaja|küsitles|vestles|tekst|autor",
    reader=r"sa|sina|sind|sinu|teie|te|teid|teile",
    outlet=r"me|meie|meid|meile",
    purpose=r"et|ja|ning|koos",
    months=r"jaanuar\w*|veebruar\w*|märts\w*|aprill\w*|mai\w*|juuni\w*|juuli\w*|august\w*"
    r"|septemb\w*|oktoob\w*|novemb\w*|detsemb\w*",
    date_words=r"esmaspäev|teisipäev|kolmapäev|neljapäev|reede|laupäev|pühapäev|kell|a",
    page_tools=r"otsi|prindi|trüki|salvesta|lisa lemmikutesse|teksti suurus|fondi suurus"
    r"|link kopeeritud|(?:tagasi )?avalehele|laadi rohkem|näita rohkem"
    r"|järgmine artikkel|eelmine artikkel|manustatud sisu|peamenüü|sulge menüü",
    views_label=r"vaatamisi|loetud",
    views=r"vaatamist|vaatamised|lugemist|lugemised",
    agencies=r"agentuurid|uudisteagentuurid",
    topics=r"teemad|sildid|rubriik|märksõnad",
    pagination=r"lehekülg|leht|eelmine|järgmine",
    page_of=r"/",
    relative_time=r"\d{1,3} (?:sek\.?|min\.?|minutit|tundi|tund|t\.?|päeva|nädalat) tagasi"
    r"|eile(?:,| kell)? \d{1,2}[:.]\d{2}|täna,? \d{1,2}[:.]\d{2}|just praegu",
    ui_words=r"sponsoreeritud|kommentaarid|lemmikutesse|kommentaare|kommenteeri|registreeru"
    r"|salvestatud|kopeeritud|lugemisaeg|salvestage|tagasiside|uudiskirja|e-postiga"
    r"|kopeerida|kopeerige|laadimine|messenger|pinterest|prinditav|uudiskiri|facebook"
    r"|galeriid|järgmine|kontrast|lemmikud|linkedin|printida|printige|salvesta|suurenda"
    r"|telegram|versioon|whatsapp|e-posti|eelmine|galerii|kopeeri|kuulake|kuulata|laienda"
    r"|meeldib|reklaam|twitter|vaadake|vähenda|ahenda|e-mail|e-post|jagage|lugege|prindi"
    r"|reddit|rohkem|saatke|suurus|tagasi|teksti|videot|audio|avage|edasi|email|esita|fondi"
    r"|fotod|jälgi|kuula|laadi|lingi|näita|peida|saada|teata|tekst|telli|tõlgi|vaata|vasta"
    r"|viber|video|vähem|font|foto|jaga|kõik|laeb|link|logi|paus|üles|ava|lae|loe|url",
    ui_glue=r"artiklit|artikli|minutit|sõbrale|hiljem|lisaks|kaudu|lehte|sisse|välja|alla"
    r"|ette|meid|meie|minu|seda|siin|siit|veel|min|oma|see|või|ja|ka",
)
