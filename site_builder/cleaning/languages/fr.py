"""French words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="fr",
    related=r"lire aussi|(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|articles? (?:liés|"
    r"similaires)|"
    r"à lire également|(?:vous pourriez|ça pourrait vous) (?:aussi |également )?(?:aimer"
    r"|intéresser)|les plus lus",
    follow=r"(?:suivez|rejoignez|retrouvez)-nous(?: aussi| également)?"
    r"(?:\s*:|\s+(?:sur|via)\s+{NETS})?"
    r"|abonnez-vous à (?:notre|nos) "
    r"(?:{NET_CHANNEL}|(?:{CHANNEL})(?: {NET})?)",
    newsletter=r"(?:abonnez|inscrivez)-vous(?: gratuitement)?(?: à (?:notre|nos|la)"
    r"(?: \w+)? (?:newsletters?|lettres? d['’]information|infolettres?)"
    r"(?: \w+){0,2})?"
    r"|téléchargez (?:notre |l['’]\s?)(?:application|appli)(?: {QFEW})?"
    r"|déjà abonné\s*\?(?: connectez-vous)?",
    share=r"partager(?: (?:cet |l['’]\s?)article| sur {NET})?|copier le lien",
    advert_by=r"en (?:partenariat|collaboration) avec|(?:proposé|présenté|sponsorisé|offert) par",
    app_open=r"ouvrir dans l['’]appli(?:cation)?|télécharger l['’]appli(?:cation)?|"
    r"lire dans l['’]appli(?:cation)?",
    advert=r"pub|annonce|partenaire|publicité|contenu sponsorisé|publireportage",
    advert_continues=r"la suite (?:après|sous) (?:cette|la) publicité|l['’]\s?article (?:continue"
    r"|se poursuit) (?:après|sous) la publicité",
    cookie_notice=r"(?:ce site|nous) (?:utilise|utilisons) (?:des )?cookies|en (?:poursuivant"
    r"|continuant) (?:votre |la )?navigation|en continuant à naviguer",
    cookie_button=r"tout (?:accepter|refuser)|gérer mes choix|paramétrer les cookies|"
    r"(?:continuer )?sans accepter|accepter les cookies",
    comments=r"commentaires",
    comments_counted=r"commentaires|réactions",
    comments_prompt=r"(?:laisser|ajouter) un commentaire|réagir|(?:voir|afficher"
    r"|lire) (?:les )?(?:\d+ )?(?:commentaires|réactions)(?: \(\d+\))?"
    r"|soyez le premier à (?:commenter|réagir)",
    comments_notice=r"les commentaires sont (?:fermés|modérés|clos)|"
    r"cet espace de discussion est modéré|soyez le premier à commenter",
    photo_label=r"crédits? photos?",
    source_label=r"sources?",
    rights_reserved=r"tous droits réservés",
    reprint=r"reproduction interdite",
    seo_keywords=r"mots?-clés?(?: principal)?|étiquettes",
    seo_meta=r"méta-description",
    news_word=r"actualités",
    social_media=r"(?:les )?réseaux sociaux",
    conjunctions=r"et|ou",
    channel=r"chaîne|compte|canal",
    credit_words=r"et|de|du|des|la|le",
    illustrative=r"(?:photo|image) d['’](?:illustration|archives?)",
    reported=r"a (?:déclaré|indiqué|affirmé)|selon"
    r"|a (?:expliqué|ajouté|raconté|précisé|souligné|averti)|raconte|explique|affirme|déclare",
    paywall=r"(?:cet |la suite de cet )?(?:article|contenu) (?:est )?(?:réservé|réservée) (?:aux"
    r"|à nos) abonnés|réservé aux abonnés|(?:abonnez-vous|connectez-vous"
    r"|inscrivez-vous) pour (?:lire|continuer|accéder|débloquer)|il vous reste \d+"
    r"|vous avez atteint|déjà abonné\s*\?|la suite est réservée|(?:article|contenu) premium",
    donate=r"soutenez (?:notre|nos|le|la|un|l['’]\s?|une|nous)|faites un don|(?:je )?fais un don"
    r"|(?:devenez|deveniez) (?:membre|abonné|donateur|donatrice)|si vous (?:appréciez"
    r"|aimez) (?:notre|nos|ce|cet)|soutenir (?:notre|la rédaction)",
    region_block=r"(?:n['’]est pas|pas) disponible dans votre (?:pays|région|zone)"
    r"|indisponible dans votre (?:pays|région|zone)",
    error_report=r"(?:vous avez )?(?:repéré|trouvé|remarqué|vu) une (?:erreur|faute|coquille)"
    r"|signal(?:ez|er) une (?:erreur|faute|coquille)",
    reading_time=r"min(?:utes?)?\.? (?:de )?lecture",
    reading_label=r"temps de lecture|(?:écouter|écoutez) (?:cet |l['’]\s?)article|version audio",
    updated=r"(?:mis à jour|publié|modifié|actualisé|mise à jour)(?: le| à)?|dernière mise à jour",
    skip=r"(?:aller|passer|accéder) (?:au|directement au) (?:contenu|contenu principal|menu)"
    r"|retour en haut",
    click_here=r"cliquez ici",
    read_more=r"(?:en savoir|lire la suite|voir) plus|pour en savoir plus|lire la suite",
    notice_label=r"correctif|rectificatif|erratum|note de la rédaction|ndlr|"
    r"avertissement sur le contenu",
    article_age=r"(?:cet article|ce texte|cet entretien) date de plus d['’e] ?(?:\d+|\w+) "
    r"(?:ans?|mois)",
    originally=r"(?:cet article|ce texte|cet entretien) a (?:d['’]abord |initialement "
    r"|originellement )?(?:été publié|paru)|(?:initialement|originellement|d['’]abord) (?:publié"
    r"|paru)|l['’]\s?article original|publié initialement",
    byline_role=r"correspondante?|journaliste|envoyée? spéciale?|rédact(?:eur|rice)",
    byline_by=r"propos recueillis par|texte|réalisé par|avec la collaboration de|"
    r"(?:une )?interview réalisée par|par",
    reader=r"vous|votre|vos|tu|ton|ta|tes|toi",
    outlet=r"nous|notre|nos",
    purpose=r"et|afin de|afin d['’]|avec|ne|pour",
    months=r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|janv|févr|avr|juil|sept|oct|nov|déc",
    date_words=r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|à|le|h",
    page_tools=r"rechercher|imprimer|sauvegarder|enregistrer|ajouter à (?:mes|vos) favoris"
    r"|taille du texte|taille de (?:la )?police|lien copié|retour à l'accueil"
    r"|retour à la une|charger plus|afficher plus|voir plus d'articles"
    r"|article suivant|article précédent|contenu (?:embarqué|intégré)|menu principal"
    r"|fermer le menu",
    views_label=r"vues",
    views=r"vues|lectures",
    agencies=r"agences",
    topics=r"thématiques|thèmes|sujets|mots-clés|classé dans|plus sur",
    pagination=r"page|page précédente|page suivante|précédent|suivant|précédente|suivante",
    page_of=r"sur|de",
    relative_time=r"il y a \d{1,3} (?:s(?:ec(?:ondes?)?)?|min(?:utes?)?|h(?:eures?)?|jours?"
    r"|semaines?|mois)|il y a une (?:minute|heure)|hier(?:,| à)? \d{1,2}[h:]\d{2}"
    r"|aujourd'hui,? \d{1,2}[h:]\d{2}|à l'instant",
    ui_words=r"accessibilité|abonnez-vous|commentaires|commentaire|déconnexion|enregistrer"
    r"|enregistrée|sauvegarder|sponsorisée|suivez-nous|télécharger|téléchargez|chargement"
    r"|enregistré|imprimable|newsletter|précédente|s'inscrire|sponsorisé|commenter|connecter"
    r"|connexion|contraste|diaporama|messenger|pinterest|publicité|s'abonner|afficher"
    r"|agrandir|courriel|facebook|imprimer|imprimez|inscrire|linkedin|partager|partagez"
    r"|répondre|signaler|suivante|telegram|traduire|whatsapp|abonner|annuler|cliquez|déplier"
    r"|envoyer|envoyez|favoris|galerie|masquer|replier|réduire|suivant|twitter|version"
    r"|écouter|écoutez|compte|copier|copiez|copiée|e-mail|images|j'aime|ouvrir|photos|taille"
    r"|vidéos|audio|copié|email|lisez|moins|pause|photo|video|vidéo|haut|lien|lire|mail|plus"
    r"|tous|tout|voir|pub|sms|url",
    ui_glue=r"maintenant|l'article|article|minutes|aussi|cette|votre|avec|nous|page|pour"
    r"|tard|aux|cet|des|ici|les|mes|min|mon|par|sur|une|via|vos|au|ce|d'|de|du|en|l'|la|le"
    r"|ma|s'|se|un|x|à",
)
