"""Spanish words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="es",
    related=r"más información|lee también|lea también|ver también|(?:también )?te puede interesar|"
    r"(?:también )?le puede interesar|noticias relacionadas|contenido relacionado"
    r"|(?:también )?(?:le|te) puede interesar|lo más leído",
    follow=r"s[ií]guenos(?: también)?"
    r"(?:\s*:|\s+(?:en|a través de)\s+(?:nuestras |las )?{NETS})?"
    r"|(?:únete|unete|súmate|sumate|suscríbete|suscribete) a nuestro"
    r" (?:canal|grupo|perfil)(?: (?:de|en) {NET})?",
    newsletter=r"(?:suscríbete|suscribete|suscríbase|apúntate|apuntate|regístrate) a "
    r"(?:nuestr[oa]s?|la|el)(?: \w+)? (?:boletín|boletines|newsletters?)"
    r"(?: \w+){0,2}"
    r"|descarga(?:te)? (?:nuestra|la)(?: \w+)? (?:app|aplicación)"
    r"(?: (?:para|en) {STORES})?",
    share=r"compartir(?: (?:en|por) {NET})?|comparte (?:esta|la) (?:noticia|nota)"
    r"|copiar enlace",
    advert_by=r"en colaboración con|(?:ofrecido|patrocinado|presentado) por",
    app_open=r"abrir en la app|leer en la app|descarga(?:r)? la app",
    advert=r"anuncio|patrocinado|publicidad|contenido patrocinado|publirreportaje",
    advert_continues=r"(?:continúa|sigue leyendo) (?:después|debajo) de la publicidad"
    r"|la noticia (?:continúa|sigue) (?:tras|después de) la publicidad"
    r"|continúa (?:leyendo )?(?:tras|después del?) (?:la publicidad|el anuncio)",
    cookie_notice=r"(?:este (?:sitio(?: web)?|portal)|esta web) (?:utiliza|usa) cookies"
    r"|(?:utilizamos|usamos) cookies|(?:si |al )?(?:continúa|sigue|continuar|seguir) navegando",
    cookie_button=r"(?:aceptar|rechazar) tod(?:o|as|os)|configuración de privacidad|"
    r"gestionar (?:preferencias|cookies)|aceptar cookies",
    comments=r"comentarios",
    comments_counted=r"comentarios",
    comments_prompt=r"(?:deja|dejar|añadir) (?:tu |un )?comentario|(?:ver|mostrar"
    r"|leer) (?:los )?(?:\d+ )?comentarios(?: \(\d+\))?|sé el primero en comentar",
    comments_notice=r"los comentarios (?:están|son) (?:cerrados|moderados)|"
    r"normas de participación|sé el primero en comentar",
    photo_label=r"fotos?|imagen|fotografía",
    source_label=r"fuentes?",
    rights_reserved=r"todos los derechos reservados",
    reprint=r"(?:queda )?prohibida (?:su|la) reproducción.{0,60}",
    seo_keywords=r"palabras? clave(?: principal| objetivo)?|etiquetas",
    seo_meta=r"(?:meta|seo)[ -]descripción",
    news_word=r"noticias",
    social_media=r"redes sociales",
    conjunctions=r"y|e",
    channel=r"canal|perfil|grupo",
    credit_words=r"y|de|la|del|archivo|captura",
    illustrative=r"(?:imagen|foto) de archivo|(?:foto|imagen) ilustrativa",
    reported=r"dijo|afirmó|según"
    r"|dice|explicó|añadió|aseguró|señaló|contó|pidió|advirtió",
    paywall=r"(?:este )?(?:artículo|contenido) (?:es )?(?:exclusivo|solo"
    r"|sólo) (?:para )?(?:suscriptores|socios|abonados)|(?:suscríbete|suscríbase|inicia sesión"
    r"|regístrate) para (?:seguir leyendo|continuar|leer)|¿ya (?:eres|es) (?:suscriptor|socio)\?"
    r"|contenido exclusivo para|sigue leyendo",
    donate=r"apoya (?:nuestro|nuestra|el|al|a|la)|haz (?:una )?donación|dona (?:ahora|aquí|hoy)"
    r"|hazte (?:socio|socia|miembro|mecenas|suscriptor)|si (?:te gusta|valoras"
    r"|aprecias) (?:nuestro|nuestra|este)|colabora con",
    region_block=r"no (?:está|esta) disponible en (?:tu|su) (?:país|región|zona|ubicación)"
    r"|no disponible en (?:su|tu) (?:país|región)",
    error_report=r"¿?(?:has |ha )?(?:encontrado|visto|detectado) (?:un |algún )?(?:error|errata)"
    r"|(?:reportar|informar de|comunicar|notificar) (?:un )?error",
    reading_time=r"min(?:utos?)?\.? (?:de )?lectura",
    reading_label=r"tiempo de lectura|escucha(?:r)? (?:este |el |la )?(?:artículo|noticia)"
    r"|versión en audio",
    updated=r"(?:actualizado|publicado|modificado)(?: el| a las)?"
    r"|última (?:actualización|modificación)|fecha de (?:publicación|actualización)",
    skip=r"(?:ir|saltar) al contenido(?: principal)?|volver arriba",
    click_here=r"(?:haz|haga|pincha|pulsa) clic aquí|(?:pincha|pulsa|clica) aquí",
    read_more=r"(?:lee|leer) más|más información aquí",
    notice_label=r"corrección|fe de err(?:or|at)es|nota del editor|nota de la redacción|"
    r"aviso de contenido|advertencia de contenido",
    article_age=r"(?:esta noticia|este artículo|este texto) (?:tiene|se publicó hace|fue "
    r"publicad[ao] hace) más de (?:\d+|\w+) (?:años?|meses)",
    originally=r"(?:este artículo|esta noticia|este texto) (?:se publicó|fue publicad[ao]"
    r"|apareció) (?:originalmente|primero)|(?:publicado|publicada) originalmente"
    r"|el artículo original",
    byline_role=r"corresponsal|periodista|redactora?|enviad[oa] especial",
    byline_by=r"entrevista (?:realizada )?por|texto|elaborado por|redacción de|por",
    reader=r"tu|tus|te|ti|usted|su|sus",
    outlet=r"nuestro|nuestra|nuestros|nuestras|nosotros|nos",
    purpose=r"y|e|con|no|y no|para",
    months=r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre|ene|abr|ago|dic",
    date_words=r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|de|a las|del|el|h|hrs",
    page_tools=r"buscar|imprimir|guardar|añadir a favoritos|tamaño de (?:letra|texto|fuente)"
    r"|enlace copiado|volver a la portada|volver al inicio|cargar más(?: noticias)?"
    r"|ver más noticias|mostrar más|siguiente noticia|noticia anterior"
    r"|contenido incrustado|menú principal|cerrar menú",
    views_label=r"visitas|vistas|leído",
    views=r"visitas|vistas|lecturas|visualizaciones",
    agencies=r"agencias",
    topics=r"temas|más sobre|archivado en|etiquetas",
    pagination=r"página|anterior|siguiente",
    page_of=r"de",
    relative_time=r"hace \d{1,3} (?:s(?:eg(?:undos?)?)?|min(?:utos?)?|h(?:oras?)?|días?|semanas?"
    r"|meses)|hace una hora|hace un minuto|ayer(?:,| a las)? \d{1,2}[:.]\d{2}"
    r"|hoy,? \d{1,2}[:.]\d{2}|ahora mismo",
    ui_words=r"accesibilidad|comentarios|fotogalería|patrocinada|patrocinado|registrarse"
    r"|suscribirse|comentario|imprimible|newsletter|publicidad|registrate|regístrate"
    r"|reproducir|suscribete|suscríbete|compartir|contraste|descargar|disminuir|favoritos"
    r"|guardados|messenger|pinterest|responder|siguiente|anterior|aumentar|cancelar|cargando"
    r"|comentar|comparta|comparte|escuchar|expandir|facebook|guardada|guardado|imprimir"
    r"|imágenes|linkedin|reportar|siguenos|síguenos|telegram|traducir|whatsapp|acceder"
    r"|ampliar|copiada|copiado|galería|guardar|imprime|iniciar|mostrar|ocultar|twitter"
    r"|versión|arriba|copiar|correo|cuenta|e-mail|enlace|enviar|seguir|sesión|tamaño|videos"
    r"|volver|vídeos|abrir|audio|email|envia|envía|fotos|gusta|menos|pausa|pulsa|todos|video"
    r"|vídeo|clic|foto|leer|link|mail|todo|lee|más|sms|url|ver",
    ui_glue=r"artículo|después|minutos|noticia|también|página|ahora|tarde|aquí|esta|este"
    r"|esto|para|con|del|haz|las|los|min|mis|por|una|via|vía|al|de|el|en|la|lo|me|mi|su|tu"
    r"|un|a|x",
)
