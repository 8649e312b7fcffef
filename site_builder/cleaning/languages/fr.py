"""French words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="fr",
    related=r"(?:à )?lire aussi|(?:à )?voir aussi|sur le même sujet|articles? (?:liés|similaires)|"
    r"à lire également",
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
    advert=r"publicité|contenu sponsorisé|publireportage",
    advert_continues=r"la suite (?:après|sous) (?:cette|la) publicité",
    cookie_notice=r"(?:ce site|nous) (?:utilise|utilisons) (?:des )?cookies",
    cookie_button=r"accepter les cookies",
    comments=r"commentaires",
    comments_counted=r"commentaires",
    comments_prompt=r"(?:laisser|ajouter) un commentaire|réagir",
    photo_label=r"crédits? photos?",
    source_label=r"sources?",
    rights_reserved=r"tous droits réservés",
    reprint=r"reproduction interdite",
    seo_keywords=r"mots?-clés?(?: principal)?|étiquettes",
    seo_meta=r"méta-description",
    news_word=r"actualités",
    social_media=r"réseaux sociaux",
    conjunctions=r"et|ou",
    channel=r"chaîne|compte|canal",
    credit_words=r"et|de|du|des|la|le",
    illustrative=r"(?:photo|image) d['’](?:illustration|archives?)",
    reported=r"a (?:déclaré|indiqué|affirmé)|selon",
)
