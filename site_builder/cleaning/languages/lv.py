"""Latvian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="lv",
    related=r"vairāk par šo tēmu|iesakām(?=\s*:)|saistītās ziņas|vēl par tēmu|citi raksti|"
    r"citas ziņas|iesakām (?:izlasīt|izlasīt arī"
    r"|arī)|lasi(?:et)? arī|skaties(?:t)? arī|skatieties arī"
    r"|vairāk par tēmu|saistītie raksti"
    r"|(?:tevi|jūs) varētu interesēt(?: arī)?|vairāk no (?:šīs )?sadaļas|populārākie raksti",
    follow=r"(?:mēs )?esam (?:arī )?{NETS}|seko mums sociālajos tīklos|sek(?:o|ojiet) (?:mums"
    r"|mūs)(?: arī)?(?:\s*:|\s+{NETS})?"
    r"|sek(?:o|ojiet) {QFEW}(?: arī)? {NETS}"
    r"|sek(?:o|ojiet) (?:mūsu |{QFEW} )?(?:ziņām|jaunumiem)(?: arī)? (?:{NET_CHANNEL}|{NETS})"
    r"|pievienojie(?:s|ties) (?:mums|mūsu) (?:{NET}[ -]?)?"
    r"(?:kanālam|grupai|kopienai)|pievienojie(?:s|ties) mums {NETS}",
    newsletter=r"instalē(?:jiet)?(?: mūsu)? lietotni(?: {STORES})?|(?:piesakies|piesakieties"
    r"|pieraksties|pierakstieties) (?:mūsu )?"
    r"(?:jaunumu vēstulei|jaunumiem|jaunumu saņemšanai|ziņu izsūtnei)"
    r"|lejupielādē(?:jiet)?(?: mūsu)?(?: {QFEW})? lietotni(?: {STORES})?"
    r"|(?:ieraksti|ievadi|norādi|atstāj)(?:et|iet)? (?:savu )?e-past(?:u|a adresi)"
    r"|abonē(?:jiet)?(?: {QFEW})?(?: un lasi(?: bez ierobežojumiem| visu saturu)?)?",
    share=r"dalīties ar draugiem|nosūtīt draugam|drukāt|kopīgot|dalīties"
    r"|dalies(?: ar (?:šo )?(?:rakstu|ziņu))?|kopēt saiti",
    advert_by=r"sadarbībā ar",
    app_open=r"atvērt lietotnē|lasīt lietotnē|lejupielādēt lietotni",
    advert=r"sponsorēts|sadarbības materiāls|(?:raksts|materiāls|saturs) (?:tapis|sagatavots"
    r"|izveidots) sadarbībā ar (?:[^\"«»“”„]|{QNAME}){1,60}|reklāma|reklāmraksts",
    advert_continues=r"reklāma turpinājumā|(?:raksts|raksta turpinājums) turpinās pēc reklāmas"
    r"|turpinājums pēc reklāmas|raksta turpinājums pēc reklāmas",
    cookie_notice=r"(?:mēs izmantojam|(?:šī |mūsu )?vietne izmanto) sīkfail\w*|(?:mēs izmantojam"
    r"|(?:šī |mūsu )?vietne izmanto) sīkdatnes|turpinot (?:lietot"
    r"|izmantot|pārlūkot) (?:vietni|šo vietni|portālu)",
    consent_word=r"piekrītu",
    cookie_button=r"pieņemt visas?|noraidīt visas?|privātuma iestatījumi|"
    r"sīkdatņu (?:iestatījumi|politika)|akceptēt sīkdatnes",
    comments=r"komentāri",
    comments_counted=r"komentāri",
    comments_prompt=r"izsaki savu viedokli|komentē(?:t)? (?:rakstu|ziņu)|pievienot komentāru"
    r"|raksti komentāru|komentēt|komentāri izslēgti"
    r"|skatīt (?:visus )?(?:\d+ )?komentārus(?: \(\d+\))?|komentē pirmais",
    comments_notice=r"komentāri tiek publicēti pēc|komentēšana (?:šim rakstam )?ir (?:slēgta|"
    r"atslēgta)|esi pirmais, kas komentē|komentāri (?:ir )?(?:slēgti|atslēgti)",
    photo_label=r"fotos?|fotogrāfija|attēls|ilustrācija",
    source_label=r"informācijas avot[si]|avot[si]",
    rights_reserved=r"visas tiesības aizsargātas",
    reprint=r"(?:(?:jebkur|jebkād)[ua] )?materiāl(?:u|a) (?:pārpublicēšan|izmantošan|kopēšan)\w*"
    r" .{1,100}?(?:aizliegta|obligāta|nepieciešama)",
    seo_keywords=r"tēmas|fokusa atslēgvārds|atslēgvārdi|birkas",
    seo_meta=r"(?:meta|seo)[ -]apraksts",
    social_media=r"sociālajos tīklos",
    conjunctions=r"un|vai",
    channel=r"kanāl(?:am|ā|s)?|lap(?:ā|u|a)|kont(?:ā|u)",
    credit_words=r"no|privātā arhīva|arhīva|un|arhīvs|ekrānšāviņš|publicitātes foto"
    r"|ilustratīvs attēls|"
    r"sociālie tīkli|privātais arhīvs",
    press_office=r"preses dienests",
    illustrative=r"ilustratīv(?:s|a) (?:foto|attēls)",
    reported=r"paziņoja|sacīja|norādīja"
    r"|teica|stāsta|skaidroja|piebilda|rakstīja|brīdināja",
    paywall=r"(?:šis )?(?:raksts|saturs|materiāls) (?:ir )?pieejams (?:tikai )?abonentiem"
    r"|lai (?:izlasītu|lasītu) (?:visu |šo )?(?:rakstu|saturu|materiālu)|(?:tu )?(?:esi"
    r"|esat) izlasīj\w* (?:visus |savus )?(?:šī mēneša "
    r"|\d+ )?bezmaksas (?:rakstus|materiālus)|bezmaksas (?:rakstu|materiālu) limit\w*|(?:abonē"
    r"|abonējiet) (?:un|lai) (?:lasi|lasītu|turpinātu)|(?:šis )?(?:raksts|saturs"
    r"|materiāls) (?:ir )?pieejams tikai (?:abonentiem|abonēšanā"
    r"|\w+ abonentiem)|(?:lai )?(?:turpinātu|turpināt) lasīt"
    r"|lai (?:izlasītu|lasītu) (?:visu )?(?:rakstu|saturu|materiālu)"
    r"|(?:jau )?(?:esi|esat) abonents\?"
    r"|pieejams tikai abonentiem",
    donate=r"ja (?:tu )?novērtē\w* (?:mūsu|mūs|žurnālistiku)|ja (?:jums|tev) (?:patīk"
    r"|svarīg\w*) (?:mūsu|mūs)|atbalstīt (?:redakciju|mūs|mūsu \w+|neatkarīgo \w+) (?:vari|variet"
    r"|iespējams|var)|atbalsti (?:redakciju|mūsu darbu)|katrs ziedojums|atbalsti (?:mūs|mūsu"
    r"|neatkarīg\w*|žurnālistiku|kvalitatīv\w*)|atbalstiet (?:mūs|mūsu)"
    r"|ziedo(?:t|jiet)?|kļūsti par (?:atbalstītāju|biedru|abonentu|mecenātu)",
    region_block=r"(?:nav pieejams|nav pieejama|nav skatāms|nav skatāma) (?:jūsu|tavā"
    r"|tavam) (?:reģionā|valstī)|(?:jūsu|tavā) (?:reģionā|valstī) (?:nav pieejams|nav pieejama)"
    r"|nav pieejams jūsu atrašanās vietā",
    error_report=r"ja (?:tu )?(?:pamanīji|pamanījāt|atradi|atradāt) kļūdu|ziņo(?:jiet)? par kļūdu"
    r"|(?:vai tev ir|ir) (?:ziņa|jaunums|stāsts)\?|ziņo redakcijai|raksti redakcijai|(?:pamanīji"
    r"|pamanījāt|atradi|atradāt) (?:kļūdu|drukas kļūdu|neprecizitāti)"
    r"|ziņot par kļūdu|iezīmē(?:jiet)? (?:to|tekstu|kļūdu) un nospied",
    reading_time=r"min(?:ūtes|ūtēs|\.)? lasīšanai|min(?:ūtes)? lasīšana",
    reading_label=r"lasīšanai (?:nepieciešam\w*|vajadzīg\w*)|(?:noklausies|klausies"
    r"|klausieties) (?:šo )?(?:rakstu|ziņu|audio)|lasīšanas laiks|(?:klausīties|noklausīties"
    r"|klausies) (?:rakstu|ziņu|šo rakstu)",
    updated=r"(?:atjaunots|atjaunināts|publicēts|pēdējoreiz atjaunots|labots|publicēšanas datums)"
    r"|pēdējās izmaiņas|pēdējo reizi atjaunots",
    skip=r"(?:pāriet|pārlēkt|doties|pārlēkt) (?:uz|pie) (?:galveno )?(?:saturu|saturs|satura)"
    r"|uz augšu",
    click_here=r"(?:spied|klikšķini|noklikšķini|spiediet|klikšķiniet) (?:šeit|te)",
    read_more=r"vairāk informācijas (?:šeit|te|lasi)|plašāk (?:lasi )?(?:šeit|te)"
    r"|vairāk (?:lasi )?(?:šeit|te)|lasīt vairāk|lasi vairāk",
    notice_label=r"labojums|precizējums|redakcijas piezīme|brīdinājums par saturu",
    article_age=r"šis (?:raksts|materiāls) ir (?:vairāk nekā|vecāks par) (?:\d+|\w+) "
    r"(?:gadus?|gadiem|mēnešus?)",
    originally=r"(?:raksts|materiāls) (?:sākotnēji |pirmoreiz )?(?:publicēts|publicēta|parādījās)"
    r"|(?:sākotnēji|pirmoreiz) publicēt[sa]|oriģināli publicēts|(?:raksts"
    r"|materiāls) pirmo reizi publicēt[sa]",
    byline_role=r"korespondent(?:s|e)|žurnālist(?:s|e)|redaktor(?:s|e)|reportier(?:is|e)",
    byline_by=r"sagatavoja|sarunājās|intervēja|autors|autore|teksts",
    reader=r"tu|tev|tevi|tavs|tava|tavu|jūs|jums|jūsu|jūsējais",
    outlet=r"mēs|mūs|mums|mūsu",
    purpose=r"lai|un|ar|kur",
    months=r"janvār\w*|februār\w*|mart[āas]|aprīl\w*|maij[āas]|jūnij[āas]|jūlij[āas]|august[āas]"
    r"|septembr\w*|oktobr\w*|novembr\w*|decembr\w*|janv|febr|apr|aug|sept|okt|nov|dec",
    date_words=r"pirmdien\w*|otrdien\w*|trešdien\w*|ceturtdien\w*|piektdien\w*|sestdien\w*"
    r"|svētdien\w*|gada|g|plkst",
    photo_by=r"foto no",
    page_tools=r"meklēt|drukāt|drukas versija|saglabāt|pievienot izlasei|burtu izmērs"
    r"|teksta izmērs|saite nokopēta|(?:atpakaļ )?uz sākumlapu|ielādēt (?:vairāk|vēl)"
    r"|rādīt vairāk|nākamais raksts|iepriekšējais raksts|iegultais saturs"
    r"|galvenā izvēlne|aizvērt izvēlni",
    views_label=r"skatījumi|skatīts|lasīts",
    views=r"skatījum(?:i|s|u)|reizes skatīts",
    agencies=r"aģentūras|ziņu aģentūras",
    topics=r"tēmas|birkas|rubrika|vairāk par",
    pagination=r"lapa|iepriekšējā|nākamā|iepriekšējais|nākamais",
    page_of=r"no",
    relative_time=r"pirms \d{1,3} (?:sek\.?|min\.?|minūtēm|minūtes|stundām|stundas|h|dienām|dienas"
    r"|nedēļām)|vakar(?:,| plkst\.?)? \d{1,2}[:.]\d{2}|šodien,? \d{1,2}[:.]\d{2}"
    r"|tikko",
    ui_words=r"iepriekšējais|pierakstīties|fotogalerija|izrakstīties|lejupielādēt"
    r"|noklausīties|reģistrēties|grāmatzīmes|grāmatzīmēm|iepriekšējā|pieteikties|saglabājiet"
    r"|ielogoties|klausīties|komentārus|lejuplādēt|palielināt|sponsorēta|sponsorēts"
    r"|dalieties|drukājiet|komentāri|komentāru|kontrasts|lasīšanas|pievienot|pinterest"
    r"|saglabāta|saglabāts|samazināt|skatīties|atbildēt|atskaņot|dalīties|draugiem|facebook"
    r"|galerija|galeriju|izdrukāt|klausies|komentēt|kopējiet|linkedin|nokopēta|nokopēts"
    r"|nosūtiet|nākamais|reklāmas|saglabāt|sekojiet|telegram|whatsapp|atpakaļ|e-pasts"
    r"|e-pastu|e-pastā|izlasīt|izvērst|kopīgot|nokopēt|nosūtīt|parādīt|paslēpt|reklāma"
    r"|saglabā|sakļaut|twitter|versija|abonēt|atvērt|augšup|dalies|drukas|drukāt|e-mail"
    r"|epasts|ielāde|ielādē|ienākt|izmērs|izmēru|kopīgo|lasiet|nosūti|nākamā|reddit|saites"
    r"|skatīt|teksta|teksts|tulkot|vairāk|abonē|audio|augšu|burtu|email|fonta|fonts|iziet"
    r"|kopēt|lasīt|mazāk|patīk|pauze|rādīt|saite|saiti|sekot|slēpt|sūtīt|tālāk|viber|video"
    r"|visus|ziņot|foto|kopē|lasi|seko|visu|url",
    ui_glue=r"draugam|minūtes|raksta|rakstu|lapas|vēlāk|caur|lapu|mans|mums|savu|šeit|arī"
    r"|man|min|mūs|par|pie|vai|šis|ar|no|pa|un|uz|šo|šī",
)
