"""Latvian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="lv",
    related=r"lasi(?:et)? arī|skaties(?:t)? arī|skatieties arī|vairāk par tēmu|saistītie raksti"
    r"|(?:tevi|jūs) varētu interesēt(?: arī)?|vairāk no (?:šīs )?sadaļas|populārākie raksti",
    follow=r"sek(?:o|ojiet) (?:mums|mūs)(?: arī)?(?:\s*:|\s+{NETS})?"
    r"|sek(?:o|ojiet) {QFEW}(?: arī)? {NETS}"
    r"|sek(?:o|ojiet) (?:mūsu )?(?:ziņām|jaunumiem)(?: arī)? (?:{NET_CHANNEL}|{NETS})"
    r"|pievienojie(?:s|ties) (?:mums|mūsu) (?:{NET}[ -]?)?"
    r"(?:kanālam|grupai|kopienai)|pievienojie(?:s|ties) mums {NETS}",
    newsletter=r"(?:piesakies|piesakieties|pieraksties|pierakstieties) (?:mūsu )?"
    r"(?:jaunumu vēstulei|jaunumiem|jaunumu saņemšanai|ziņu izsūtnei)"
    r"|lejupielādē(?:jiet)?(?: mūsu)?(?: {QFEW})? lietotni(?: {STORES})?"
    r"|(?:ieraksti|ievadi|norādi|atstāj)(?:et|iet)? (?:savu )?e-past(?:u|a adresi)"
    r"|abonē(?:jiet)?(?: {QFEW})?(?: un lasi(?: bez ierobežojumiem| visu saturu)?)?",
    share=r"dalīties|dalies(?: ar (?:šo )?(?:rakstu|ziņu))?|kopēt saiti",
    advert=r"reklāma|reklāmraksts",
    advert_continues=r"raksta turpinājums pēc reklāmas",
    cookie_notice=r"(?:mēs izmantojam|(?:šī |mūsu )?vietne izmanto) sīkdatnes|turpinot (?:lietot"
    r"|izmantot|pārlūkot) (?:vietni|šo vietni|portālu)",
    cookie_button=r"sīkdatņu (?:iestatījumi|politika)|akceptēt sīkdatnes",
    comments=r"komentāri",
    comments_counted=r"komentāri",
    comments_prompt=r"pievienot komentāru|raksti komentāru|komentēt|komentāri izslēgti"
    r"|skatīt (?:visus )?(?:\d+ )?komentārus(?: \(\d+\))?|komentē pirmais",
    photo_label=r"fotos?|fotogrāfija|attēls|ilustrācija",
    source_label=r"avot[si]",
    rights_reserved=r"visas tiesības aizsargātas",
    reprint=r"(?:(?:jebkur|jebkād)[ua] )?materiāl(?:u|a) (?:pārpublicēšana|izmantošana|kopēšana)"
    r" .{1,100}?(?:aizliegta|obligāta|nepieciešama)",
    seo_keywords=r"fokusa atslēgvārds|atslēgvārdi|birkas",
    seo_meta=r"(?:meta|seo)[ -]apraksts",
    social_media=r"sociālajos tīklos",
    conjunctions=r"un|vai",
    channel=r"kanāl(?:am|ā|s)?|lap(?:ā|u|a)|kont(?:ā|u)",
    credit_words=r"un|arhīvs|ekrānšāviņš|publicitātes foto|ilustratīvs attēls|"
    r"sociālie tīkli|privātais arhīvs",
    press_office=r"preses dienests",
    illustrative=r"ilustratīv(?:s|a) (?:foto|attēls)",
    reported=r"paziņoja|sacīja|norādīja",
    paywall=r"(?:šis )?(?:raksts|saturs|materiāls) (?:ir )?pieejams tikai (?:abonentiem|abonēšanā"
    r"|\w+ abonentiem)|(?:lai )?(?:turpinātu|turpināt) lasīt"
    r"|lai (?:izlasītu|lasītu) (?:visu )?(?:rakstu|saturu|materiālu)"
    r"|(?:jau )?(?:esi|esat) abonents\?"
    r"|pieejams tikai abonentiem",
    donate=r"atbalsti (?:mūs|mūsu|neatkarīg\w*|žurnālistiku|kvalitatīv\w*)|atbalstiet (?:mūs|mūsu)"
    r"|ziedo(?:t|jiet)?|kļūsti par (?:atbalstītāju|biedru|abonentu|mecenātu)",
    region_block=r"(?:nav pieejams|nav pieejama|nav skatāms|nav skatāma) (?:jūsu|tavā"
    r"|tavam) (?:reģionā|valstī)|(?:jūsu|tavā) (?:reģionā|valstī) (?:nav pieejams|nav pieejama)"
    r"|nav pieejams jūsu atrašanās vietā",
    error_report=r"(?:pamanīji|pamanījāt|atradi|atradāt) (?:kļūdu|drukas kļūdu|neprecizitāti)"
    r"|ziņot par kļūdu|iezīmē(?:jiet)? (?:to|tekstu|kļūdu) un nospied",
    reading_time=r"min(?:ūtes|ūtēs|\.)? lasīšanai|min(?:ūtes)? lasīšana",
    reading_label=r"lasīšanas laiks|(?:klausīties|noklausīties|klausies) (?:rakstu|ziņu|šo rakstu)",
    updated=r"(?:atjaunots|atjaunināts|publicēts|pēdējoreiz atjaunots|labots|publicēšanas datums)"
    r"|pēdējās izmaiņas|pēdējo reizi atjaunots",
    skip=r"(?:pāriet|pārlēkt|doties|pārlēkt) (?:uz|pie) (?:galveno )?(?:saturu|saturs|satura)"
    r"|uz augšu",
    click_here=r"(?:spied|klikšķini|noklikšķini|spiediet|klikšķiniet) (?:šeit|te)",
    read_more=r"vairāk (?:lasi )?(?:šeit|te)|lasīt vairāk|lasi vairāk",
    originally=r"(?:raksts|materiāls) (?:sākotnēji |pirmoreiz )?(?:publicēts|publicēta|parādījās)"
    r"|(?:sākotnēji|pirmoreiz) publicēt[sa]|oriģināli publicēts|(?:raksts"
    r"|materiāls) pirmo reizi publicēt[sa]",
    byline_by=r"autors|autore|teksts",
    reader=r"tu|tev|tevi|tavs|tava|tavu|jūs|jums|jūsu|jūsējais",
    outlet=r"mēs|mūs|mums|mūsu",
    purpose=r"lai|un|ar|kur",
)
