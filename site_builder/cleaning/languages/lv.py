"""Latvian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="lv",
    related=r"lasi(?:et)? arī|skaties(?:t)? arī|skatieties arī|vairāk par tēmu|saistītie raksti",
    follow=r"sek(?:o|ojiet) (?:mums|mūs)(?: arī)?(?:\s*:|\s+{NETS})?"
    r"|sek(?:o|ojiet) {QFEW}(?: arī)? {NETS}"
    r"|pievienojie(?:s|ties) (?:mums|mūsu) (?:{NET}[ -]?)?"
    r"(?:kanālam|grupai|kopienai)|pievienojie(?:s|ties) mums {NETS}",
    newsletter=r"(?:piesakies|piesakieties|pieraksties|pierakstieties) (?:mūsu )?"
    r"(?:jaunumu vēstulei|jaunumiem|jaunumu saņemšanai|ziņu izsūtnei)"
    r"|lejupielādē(?:jiet)?(?: mūsu)?(?: {QFEW})? lietotni(?: {STORES})?"
    r"|abonē(?:jiet)?(?: {QFEW})?(?: un lasi(?: bez ierobežojumiem| visu saturu)?)?",
    share=r"dalīties|dalies(?: ar (?:šo )?(?:rakstu|ziņu))?|kopēt saiti",
    advert=r"reklāma|reklāmraksts",
    advert_continues=r"raksta turpinājums pēc reklāmas",
    cookie_notice=r"(?:mēs izmantojam|(?:šī |mūsu )?vietne izmanto) sīkdatnes",
    cookie_button=r"sīkdatņu (?:iestatījumi|politika)|akceptēt sīkdatnes",
    comments=r"komentāri",
    comments_counted=r"komentāri",
    comments_prompt=r"pievienot komentāru|raksti komentāru|komentēt|komentāri izslēgti",
    photo_label=r"fotos?|fotogrāfija|attēls|ilustrācija",
    source_label=r"avot[si]",
    rights_reserved=r"visas tiesības aizsargātas",
    reprint=r"(?:jebkur[ua] )?materiāl(?:u|a) (?:pārpublicēšana|izmantošana)"
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
)
