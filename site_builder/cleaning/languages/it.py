"""Italian words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="it",
    related=r"leggi anche|(?:vedi|guarda) anche|potrebbe interessarti|ti potrebbe interessare"
    r"|articoli correlati|correlati|altri articoli(?: della sezione| su questo tema)?"
    r"|sullo stesso argomento|approfondimenti?|(?:ti )?potrebbe (?:anche )?interessar(?:e"
    r"|ti)(?: anche)?|i più letti",
    follow=r"segui(?:teci|ci)(?: anche)?(?:\s*:|\s+su\s+{NETS})?"
    r"|seguite (?:anche )?{QFEW} su {NETS}|(?:unisciti|iscriviti) al nostro (?:{NET_CHANNEL}"
    r"|{CHANNEL}(?: {NET})?)|(?:trovaci|siamo (?:anche )?su) {NETS}",
    newsletter=r"(?:iscriviti|registrati|abbonati)(?: gratis"
    r"| gratuitamente)?(?: alla (?:nostra )?newsletter(?: \w+){0,2})?|ricevi (?:la nostra"
    r"|le nostre) newsletter|scarica (?:la nostra "
    r"|l['’]\s?)app(?:licazione)?(?: {QFEW})?(?: per {STORES})?|inserisci la tua (?:e-?mail|email)",
    share=r"condividi(?: (?:l['’]\s?articolo|su {NET}|via e-?mail))?|copia (?:il )?link",
    advert_by=r"in collaborazione con|(?:offerto|presentato|sponsorizzato) da|"
    r"contenuto pubblicitario a cura di",
    app_open=r"apri nell['’]app|leggi nell['’]app|scarica l['’]app",
    advert=r"adv|pubblicità|contenuto sponsorizzato|sponsorizzato|publiredazionale|annuncio",
    advert_continues=r"(?:l['’]\s?articolo )?continua (?:dopo|sotto) (?:la )?pubblicità",
    cookie_notice=r"(?:questo sito|utilizziamo|usiamo|noi utilizziamo)(?: utilizza)? (?:i )?cookie"
    r"|continuando (?:la navigazione|a navigare)",
    cookie_button=r"(?:accetta|rifiuta) tutt[io]|rifiuta e abbonati|"
    r"gestisci (?:le )?preferenze(?: sui cookie)?|accetta(?: tutti)? i cookie|"
    r"impostazioni (?:dei )?cookie|gestisci i cookie",
    comments=r"commenti",
    comments_counted=r"commenti",
    comments_prompt=r"commenta per primo|lascia un commento|scrivi un commento|commenta|(?:vedi"
    r"|mostra) (?:i )?commenti|(?:vedi|mostra"
    r"|leggi) (?:tutti )?(?:i )?(?:\d+ )?commenti(?: \(\d+\))?",
    comments_notice=r"i commenti sono (?:chiusi|moderati)|sii il primo a commentare|"
    r"i commenti (?:saranno|vengono) moderati",
    photo_label=r"foto|immagine|fotografia|fonte (?:foto|immagine)",
    source_label=r"fonte|fonti",
    rights_reserved=r"tutti i diritti riservati|riproduzione riservata",
    reprint=r"(?:è )?vietata la riproduzione.{0,80}",
    seo_keywords=r"parole? chiave|tag|argomenti",
    seo_meta=r"meta[ -]descrizione",
    news_word=r"notizie",
    social_media=r"social(?: network)?",
    conjunctions=r"e|o",
    channel=r"canale|pagina|profilo|gruppo|account",
    credit_words=r"e|di|da|archivio|ufficio stampa",
    illustrative=r"foto (?:d['’]\s?archivio|di repertorio|illustrativa)|immagine di repertorio",
    reported=r"ha (?:detto|dichiarato|affermato|spiegato)|secondo"
    r"|racconta|spiega|ha (?:raccontato|aggiunto|precisato|sottolineato|chiesto)|dice",
    paywall=r"(?:questo |il resto dell['’]\s?|l['’]\s?)?(?:articolo"
    r"|contenuto) (?:è )?riservato (?:agli|ai) (?:abbonati|utenti registrati)|(?:abbonati|accedi"
    r"|registrati) per (?:continuare a leggere|leggere|proseguire)|sei già abbonato\?"
    r"|contenuto riservato|(?:questo |l['’]\s?)articolo è per (?:gli )?abbonati",
    donate=r"sostieni(?:ci)? (?:il|la|l['’]\s?|con|questo|un)|fai una donazione|dona ora"
    r"|diventa (?:sostenitore|socio|abbonato|membro)|se (?:apprezzi|ti piace) (?:il nostro|questo"
    r"|quello)|sostienici",
    region_block=r"non (?:è )?disponibile nel(?:la)? (?:tu[ao]|vostr[ao]) (?:paese|area"
    r"|area geografica|regione|zona)|non disponibile nel tuo paese",
    error_report=r"(?:hai )?(?:notato|trovato|visto) un (?:errore|refuso)"
    r"|segnala (?:un )?(?:errore|refuso)",
    reading_time=r"min(?:uti)?\.? (?:di )?lettura",
    reading_label=r"(?:tempo di )?lettura(?: di)?|ascolta (?:l['’]\s?articolo|la notizia"
    r"|questo articolo)|versione audio",
    updated=r"(?:aggiornato|pubblicato|modificato|ultimo aggiornamento|ultima modifica)(?: il"
    r"| alle)?|ultimo aggiornamento",
    skip=r"(?:vai|salta|passa) al contenuto(?: principale)?|torna (?:su|in alto)",
    click_here=r"clicca qui|clicca sul link|tocca qui",
    read_more=r"(?:per saperne|leggi) di più|maggiori informazioni|continua a leggere",
    notice_label=r"rettifica|errata corrige|nota della redazione|nota dell['’]editore|"
    r"avviso sui contenuti",
    article_age=r"(?:questo articolo|questa notizia) (?:è stat[oa] pubblicat[oa] |ha )?(?:più "
    r"di|oltre) (?:\d+|\w+) (?:anni|anno|mesi)",
    originally=r"(?:l['’]\s?articolo|questo articolo) (?:è stato |è )?(?:pubblicato|apparso"
    r"|uscito) (?:originariamente|per la prima volta)|(?:pubblicato|apparso) originariamente"
    r"|l['’]\s?articolo originale",
    byline_role=r"corrispondente|giornalista|inviat[oa]|redat(?:tore|trice)",
    byline_by=r"a cura di|testo di|intervista di|testo|di|autore",
    reader=r"tu|tuo|tua|tuoi|tue|ti|te|voi|vostro|vostra",
    outlet=r"noi|nostro|nostra|nostri|nostre|ci",
    purpose=r"e|ed|con|non|per",
    months=r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
    r"|dicembre|genn|febbr|magg|giu|lug|ott|dic",
    date_words=r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|alle|ore|il",
    page_tools=r"cerca|stampa|aggiungi ai preferiti|dimensione (?:del )?testo|link copiato"
    r"|torna alla home(?:page)?|carica altri|mostra altro|altre notizie"
    r"|articolo successivo|articolo precedente|contenuto incorporato(?: da \w+)?"
    r"|menu principale|chiudi menu",
    views_label=r"visualizzazioni|letto",
    views=r"visualizzazioni|letture",
    agencies=r"agenzie",
    topics=r"argomenti|temi|archiviato in",
    pagination=r"pagina|precedente|successivo|successiva|avanti|indietro",
    page_of=r"di",
    relative_time=r"\d{1,3} (?:sec(?:ondi)?|min(?:uti)?|ore|ora|giorni?|settimane?|mesi) fa"
    r"|un'ora fa|un minuto fa|ieri(?:,| alle)? \d{1,2}[:.]\d{2}"
    r"|oggi,? \d{1,2}[:.]\d{2}",
    ui_words=r"accessibilità|sponsorizzata|sponsorizzato|caricamento|condividere|fotogallery"
    r"|ingrandisci|commentare|dimensione|diminuisci|newsletter|pubblicità|registrati"
    r"|stampabile|successiva|successivo|ascoltare|condividi|contrasto|iscriviti|messenger"
    r"|pinterest|preferiti|riproduci|scaricare|abbonati|commenta|commenti|commento|comprimi"
    r"|facebook|feedback|galleria|immagini|indietro|linkedin|nascondi|rispondi|stampare"
    r"|telegram|versione|whatsapp|account|annulla|ascolta|aumenta|copiare|copiata|copiato"
    r"|espandi|inviare|salvare|salvata|salvato|scarica|segnala|seguici|traduci|twitter"
    r"|accedi|clicca|e-mail|riduci|altri|altro|audio|copia|email|invia|leggi|login|pausa"
    r"|piace|salva|segui|torna|tutti|tutto|video|apri|esci|foto|link|mail|meno|più|sms|url",
    ui_glue=r"l'articolo|articolo|notizia|adesso|minuti|pagina|questa|questo|anche|della"
    r"|tardi|all'|alla|dopo|con|del|gli|min|mio|ora|per|qui|tuo|una|uno|via|al|da|di|il|in"
    r"|l'|la|le|lo|mi|su|un|a|i|x",
)
