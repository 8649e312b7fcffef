"""Lithuanian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="lt",
    related=r"daugiau tema|populiariausi|panašūs straipsniai|kiti straipsniai|kitos naujienos|"
    r"taip pat skaitykite"
    r"|skaitykite taip pat|daugiau (?:šia tema|naujienų)"
    r"|susiję straipsniai|susijusios naujienos|rekomenduojame|taip pat žiūrėkite"
    r"|(?:jus )?taip pat gali sudominti|daugiau šios rubrikos|skaitomiausi",
    follow=r"seki(?:te|k) (?:naujienas|{QFEW} naujienas)(?: ir)? {NETS}"
    r"|būkite su mumis(?: ir)? {NETS}|seki(?:te|k) (?:mus|mūsų naujienas)(?: ir)?(?:\s*:"
    r"|\s+{NETS})?|(?:prisijunkite"
    r"|prisijunk) prie (?:mūsų )?(?:{NET_CHANNEL}|{CHANNEL}(?: {NET})?)|(?:rasite mus"
    r"|esame) (?:ir )?{NETS}",
    newsletter=r"(?:užsiprenumeruokite|prenumeruokite"
    r"|užsisakykite)(?: mūsų)?(?: \w+)? naujienlaiškį(?: \w+){0,2}|(?:gaukite"
    r"|gauk) (?:mūsų )?naujienlaiškį|(?:atsisiųskite|parsisiųskite"
    r"|įsidiekite) (?:mūsų )?(?:programėlę|programą|aplikaciją)(?: {QFEW})?(?: {STORES})?"
    r"|(?:įveskite|palikite|nurodykite) (?:savo )?el\. pašt(?:ą|o adresą)",
    share=r"pasidalinti|dalinkitės|dalintis|pasidalinkite(?: (?:šiuo )?straipsniu)?"
    r"|kopijuoti nuorodą",
    advert_by=r"bendradarbiaujant su",
    app_open=r"atidaryti programėlėje|skaityti programėlėje|atsisiųsti programėlę",
    advert=r"rėmėjų turinys|reklama|užsakomasis turinys|remiamas turinys|partnerio turinys",
    advert_continues=r"straipsnis tęsiamas po reklamos|tęsinys po reklamos",
    cookie_notice=r"(?:ši svetainė|mes) (?:naudoja|naudojame) slapukus|(?:šioje svetainėje"
    r"|svetainėje) naudojami slapukai|(?:naršydami toliau|tęsdami naršymą)",
    consent_word=r"sutinku",
    cookie_button=r"priimti visus|atmesti (?:visus|nebūtinus)|privatumo nustatymai|"
    r"(?:sutinku|priimti)(?: su)?(?: visus)? slapuk(?:ais|us)|slapukų nustatymai",
    comments=r"komentarai",
    comments_counted=r"komentar(?:ai|ų|as)",
    comments_prompt=r"(?:parašykite|palikite|rašyti) komentarą|komentuoti|komentuokite pirmas"
    r"|(?:rodyti|žiūrėti) komentarus|(?:rodyti|žiūrėti"
    r"|skaityti) (?:visus )?(?:\d+ )?komentarus(?: \(\d+\))?|komentuokite pirmieji",
    comments_notice=r"komentarai (?:išjungti|uždaryti|moderuojami)|komentaras bus paskelbtas po|"
    r"redakcija pasilieka teisę (?:šalinti|trinti)|būk(?:ite)? pirmas, kuris pakomentuos",
    photo_label=r"nuotr(?:\.|auka)?|foto|iliustracija|nuotraukų šaltinis",
    source_label=r"šaltin(?:is|iai)",
    rights_reserved=r"visos teisės saugomos",
    reprint=r"(?:kopijuoti|platinti|skelbti|naudoti"
    r"|atgaminti)[\w ,]{0,60}? be (?:[\w]+ ){0,2}(?:leidimo|sutikimo)(?: yra)? draudžiama"
    r"|(?:draudžiama|be raštiško sutikimo draudžiama) .{1,100}"
    r"|(?:kopijuoti|platinti|skelbti|naudoti)[\w ,]{0,60}? be (?:raštiško )?(?:leidimo|sutikimo)"
    r" draudžiama",
    seo_keywords=r"raktažodžiai|žymos|temos",
    seo_meta=r"meta aprašymas",
    news_word=r"naujienos",
    social_media=r"socialiniuose tinkluose",
    conjunctions=r"ir|arba",
    channel=r"kanal(?:as|ą|e|o)|paskyr(?:a|ą|oje|os)|grup(?:ė|ę|ėje|ės)|puslap(?:is|į|yje|io)",
    network_endings=r"e|o|u",
    credit_words=r"asmeninio archyvo|archyvo|ir|archyvas|asmeninis archyvas|stopkadras",
    illustrative=r"asociatyvi (?:nuotr\.|nuotrauka)|iliustracinė nuotrauka|archyvinė nuotrauka",
    reported=r"sakė|pareiškė|teigė|pranešė"
    r"|sako|teigia|rašė|paaiškino|pridūrė|perspėjo",
    paywall=r"(?:prenumeruokite|užsisakykite) ir skaitykite|(?:jūs )?išnaudojote (?:šio mėnesio "
    r"|savo )?(?:nemokamų )?(?:straipsnių )?limitą"
    r"|norėdami (?:skaityti|perskaityti) (?:toliau|visą)|(?:šis )?(?:straipsnis|turinys"
    r"|tekstas) (?:skirtas "
    r"|prieinamas )?(?:tik )?(?:prenumeratoriams|prenumeratoriai)|(?:prenumeruokite|prisijunkite"
    r"|užsisakykite),? (?:kad|norėdami) (?:skaityti|galėtumėte|perskaityti)|(?:jau )?(?:esate"
    r"|esi) prenumeratorius\?|skaitykite toliau|(?:turinys|straipsnis) tik prenumeratoriams",
    donate=r"kiekviena (?:parama|auka)|jei (?:vertinate|jums svarbi) (?:mūsų|mus)|paremkite (?:mus"
    r"|mūsų|nepriklausomą|žurnalistiką)|parem(?:k|ti) (?:mus|mūsų)"
    r"|(?:paaukokite|aukokite)|tapkite (?:rėmėju|nariu|prenumeratoriumi|mecenatu)",
    region_block=r"(?:neprieinamas|nepasiekiamas|negalimas|nerodomas|neprieinama) (?:jūsų"
    r"|tavo) (?:regione|šalyje)|(?:jūsų|tavo) (?:regione|šalyje) (?:neprieinamas|nepasiekiamas"
    r"|neprieinama)",
    error_report=r"jei (?:pastebėjote|radote) (?:klaidą|netikslumą)|turite (?:naujienų|naujieną"
    r"|istoriją)\?|rašykite mums|praneškite redakcijai|(?:pastebėjote|radote|pastebėjai"
    r"|radai) (?:klaidą|rašybos klaidą|netikslumą)"
    r"|pranešti apie klaidą|pažymėkite (?:ją|tekstą|klaidą) ir paspauskite",
    reading_time=r"min(?:\.|utės|učių)? (?:skaitymo|skaitymui|skaityti)",
    reading_label=r"skaitymo laikas|(?:klausyti|klausykite|paklausykite) (?:straipsnio|naujienos)",
    updated=r"(?:atnaujinta|paskelbta|publikuota|redaguota|paskutinį kartą (?:atnaujinta|redaguota"
    r"|keista)|atnaujintas)"
    r"|paskutinis atnaujinimas",
    skip=r"(?:pereiti|eiti) (?:prie|į) (?:pagrindinio )?(?:turinio|turinį)|į viršų",
    click_here=r"(?:spauskite|paspauskite|spausk) (?:čia|šia nuoroda)",
    read_more=r"daugiau (?:informacijos )?(?:čia|skaitykite)|skaityti daugiau|skaitykite daugiau",
    notice_label=r"patikslinimas|pataisymas|redakcijos (?:pastaba|prierašas)|"
    r"įspėjimas dėl turinio|jautriems skaitytojams",
    article_age=r"šis (?:straipsnis|tekstas) (?:yra )?senesnis (?:nei|kaip) (?:\d+|\w+) "
    r"(?:metai|metų|mėnesi\w*)",
    originally=r"(?:straipsnis|tekstas) (?:pirmą kartą |iš pradžių |anksčiau )?(?:paskelbtas"
    r"|publikuotas|pasirodė)|(?:pirmą kartą|iš pradžių|originaliai) (?:paskelbtas|publikuotas)"
    r"|originalus straipsnis|pirmą kartą paskelbta",
    byline_role=r"korespondent(?:as|ė)|žurnalist(?:as|ė)|redaktor(?:ius|ė)|apžvalgininkas|"
    r"apžvalgininkė",
    byline_by=r"parengė|kalbėjosi|kalbino|autorius|autorė",
    reader=r"jūs|jūsų|jums|jus|tu|tavo|tau|tave",
    outlet=r"mes|mūsų|mums|mus",
    purpose=r"kad|ir|norėdami|su|ir nepraleiskite",
    months=r"sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|rugpjūčio|rugsėjo|spalio"
    r"|lapkričio|gruodžio|sausis|vasaris|kovas|balandis|gegužė|birželis|liepa|rugpjūtis|rugsėjis"
    r"|spalis|lapkritis|gruodis",
    date_words=r"pirmadien\w*|antradien\w*|trečiadien\w*|ketvirtadien\w*|penktadien\w*"
    r"|šeštadien\w*|sekmadien\w*|m|d|val",
    photo_after=r"nuotr\.|nuotrauka|foto",
    page_tools=r"ieškoti|spausdinti|išsaugoti|įsiminti|šrifto dydis|teksto dydis"
    r"|nuoroda nukopijuota|(?:grįžti )?į pradžią|rodyti daugiau|įkelti daugiau"
    r"|kitas straipsnis|ankstesnis straipsnis|įterptas turinys|pagrindinis meniu"
    r"|uždaryti meniu",
    views_label=r"peržiūros|perskaitė|skaitė",
    views=r"peržiūr(?:os|ų|a)|skaitytoj(?:ai|ų)",
    agencies=r"agentūros|agentūrų|naujienų agentūros",
    topics=r"žymės|temos|rubrika|daugiau apie",
    pagination=r"puslapis|ankstesnis|kitas|ankstesnė|kita",
    page_of=r"iš",
    relative_time=r"prieš \d{1,3} (?:sek\.?|min\.?|minutes?|minučių|val\.?|valandas?|valandų|d\."
    r"|dienas?|dienų|savaites?)|vakar,? \d{1,2}[:.]\d{2}|šiandien,? \d{1,2}[:.]\d{2}"
    r"|ką tik",
    ui_words=r"užsiprenumeruoti|užsiregistruoti|naujienlaiškį|pasidalinkite|atspausdinti"
    r"|fotogalerija|nukopijuotas|prenumeruoti|prisijunkite|registruotis|spausdinkite"
    r"|išsaugokite|kopijuokite|nukopijuota|nukopijuoti|pasidalinti|perskaityti|prisijungti"
    r"|spausdinimo|ankstesnis|atsijungti|atsisiųsti|dalinkitės|išskleisti|komentarai"
    r"|komentuoti|kontrastas|paklausyti|pasidalink|peržiūrėti|skaitykite|spausdinti"
    r"|suskleisti|ankstesnė|atidaryti|išsaugota|išsaugoti|klausytis|komentarų|kopijuoti"
    r"|messenger|padidinti|pinterest|spausdink|sumažinti|atsakyti|dalinkis|dalintis|facebook"
    r"|galerija|galeriją|išsiųsti|išversti|klausyti|kraunama|linkedin|nuorodos|parodyti"
    r"|paslėpti|pranešti|reklamos|siųskite|skaitymo|skaityti|telegram|whatsapp|įkeliama"
    r"|aukštyn|dalytis|daugiau|nuoroda|nuorodą|paskyra|patinka|pridėti|reklama|remiama"
    r"|tekstas|twitter|versija|šriftas|žiūrėti|e-mail|mažiau|paštas|reddit|rodyti|sekite"
    r"|siųsti|slėpti|teksto|toliau|šrifto|atgal|audio|dydis|email|groti|kitas|nuotr|pauzė"
    r"|paštu|sekti|viber|video|viršų|visus|foto|el\.|url",
    ui_glue=r"straipsnio|straipsnį|draugams|puslapio|draugui|minutės|minučių|puslapį|vėliau"
    r"|apie|mano|mums|prie|savo|ant|man|min|mus|nuo|pat|per|čia|šis|ar|el|ir|iš|su|šį|į",
)
