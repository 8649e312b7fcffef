"""Portuguese words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="pt",
    related=r"relacionadas|você pode gostar|leia (?:também|mais)|veja também|(?:artigos|"
    r"notícias) relacionad[ao]s|saiba mais"
    r"|mais sobre (?:o|este) assunto|pode (?:também )?interessar|(?:também )?(?:lhe"
    r"|te) pode interessar|mais lidas?|mais artigos da secção",
    follow=r"(?:sig(?:a|am)|acompanhe(?:m)?)-nos(?: também)?(?:\s*:|\s+n[oa]s?\s+{NETS})?"
    r"|(?:siga|acompanhe) (?:o"
    r"|a) {QFEW} n[oa]s? {NETS}|(?:junte-se|entre) (?:ao|no) nosso (?:{NET_CHANNEL}"
    r"|{CHANNEL}(?: n[oa] {NET})?)|(?:estamos|encontre-nos) (?:também )?n[oa]s? {NETS}",
    newsletter=r"(?:inscreva-se|subscreva|assine|receba)(?: já| agora| hoje| grátis"
    r"| gratuitamente)?(?: (?:a|na"
    r"|à) (?:nossa )?newsletter(?: \w+){0,2})?"
    r"|(?:baixe|descarregue|instale) (?:(?:o|a) (?:nosso |nossa )?)?(?:app|aplicativo|aplicação)"
    r"(?: {QFEW})?(?: (?:para|na|no) {STORES})?"
    r"|insira o seu e-?mail",
    share=r"compartilh(?:e|ar)(?: (?:no|via) {NET})?|partilh(?:e|ar)(?: (?:no|via) {NET})?"
    r"|copiar (?:o )?link",
    advert_by=r"em (?:parceria|colaboração) com|(?:oferecido|patrocinado|apresentado) por",
    app_open=r"abrir no app|leia no app|ler na app|abrir na app|descarregar a app|baixe o app",
    advert=r"publicidade|anúncio|conteúdo patrocinado|patrocinado|conteúdo de marca",
    advert_continues=r"(?:o artigo |a notícia )?continua (?:após|depois d)[ao] (?:publicidade"
    r"|anúncio)",
    cookie_notice=r"(?:este site|nós|usamos|utilizamos)(?: utiliza| usa)? (?:cookies)"
    r"|ao continuar a navegar|ao continuar (?:a navegar|navegando)",
    cookie_button=r"(?:aceitar|rejeitar) tud[oa]|gerir preferências|gerenciar preferências|"
    r"definições de privacidade|aceitar(?: todos os)? cookies|definições de cookies|"
    r"configurações de cookies",
    comments=r"comentários",
    comments_counted=r"comentários",
    comments_prompt=r"(?:deixe|escreva|adicione) (?:um|o seu|seu) comentário|comente"
    r"|seja o primeiro a comentar|(?:ver|mostrar) comentários|(?:ver|mostrar"
    r"|ler) (?:os )?(?:\d+ )?comentários(?: \(\d+\))?",
    comments_notice=r"os comentários (?:estão|são) (?:encerrados|fechados|moderados)|"
    r"seja o primeiro a comentar",
    photo_label=r"foto|fotografia|imagem|créditos?(?: da foto)?",
    source_label=r"fontes?",
    rights_reserved=r"todos os direitos reservados",
    reprint=r"(?:é )?proibida a reprodução.{0,80}",
    seo_keywords=r"palavras?-chave|tags|etiquetas|temas",
    seo_meta=r"meta[ -]descrição",
    news_word=r"notícias",
    social_media=r"redes sociais",
    conjunctions=r"e|ou",
    channel=r"canal|página|perfil|grupo|conta",
    credit_words=r"e|de|da|do|arquivo|divulgação|reprodução",
    illustrative=r"(?:foto|imagem) (?:de arquivo|ilustrativa)",
    reported=r"disse|afirmou|declarou|segundo"
    r"|pediu|contou|explicou|acrescentou|afirma|diz|alertou",
    paywall=r"(?:este )?(?:artigo|conteúdo) (?:é )?exclusivo para (?:assinantes|subscritores)"
    r"|(?:assine|subscreva|inicie sessão|faça login|entre),? para (?:continuar a ler"
    r"|continuar lendo|ler|ter acesso)|já é (?:assinante|subscritor)\?|conteúdo exclusivo"
    r"|continue (?:a ler|lendo)|exclusivo para assinantes",
    donate=r"apoie (?:o|a|nosso|nossa|jornalismo|quem)|apoia (?:o|a) (?:nosso|nossa)"
    r""
    r"|faça (?:uma doação|um donativo|um contributo|uma contribuição)"
    r"|(?:doe|contribua) (?:agora|hoje|aqui|com)|torne-se (?:assinante"
    r"|apoiador|membro|sócio)|seja (?:assinante|apoiador|membro)|se (?:gosta|gostou"
    r"|valoriza) d[oa] nosso",
    region_block=r"não (?:está )?disponível (?:no seu|em seu|no teu|na sua|na tua) (?:país|região"
    r"|localização)|indisponível (?:no seu|na sua) (?:país|região)",
    error_report=r"(?:encontrou|viu|detetou|detectou|notou) (?:um |algum )?erro|(?:reportar"
    r"|comunicar|informar|notificar|reporte) (?:um )?erro",
    reading_time=r"min(?:utos?)?\.? (?:de )?leitura",
    reading_label=r"tempo de leitura|(?:ouça|ouvir|ouve) (?:este |o |a )?(?:artigo|notícia|texto)"
    r"|versão em áudio",
    updated=r"(?:atualizado|actualizado|publicado|modificado|atualização)(?: em| às| a)?"
    r"|última atualização|última actualização",
    skip=r"(?:ir|saltar|pular) para o conteúdo(?: principal)?|voltar ao topo",
    click_here=r"clique aqui|(?:carregue|toque) aqui",
    read_more=r"(?:leia|saiba|ler) mais|continue a ler|continuar lendo",
    notice_label=r"correção|correcção|errata|nota da reda(?:cç|ç)ão|nota do editor|"
    r"aviso de conteúdo",
    article_age=r"(?:esta notícia|este artigo|este texto) (?:foi publicad[oa] há|tem) mais de "
    r"(?:\d+|\w+) (?:anos?|meses)",
    originally=r"(?:este artigo|esta reportagem|o artigo|este texto) (?:foi )?(?:publicad[oa]"
    r"|apareceu) (?:originalmente|primeiro|inicialmente)|(?:publicad[oa]"
    r"|divulgad[oa]) originalmente|o artigo original",
    byline_role=r"correspondente|jornalista|repórter|enviad[oa] especial|redator(?:a)?",
    byline_by=r"entrevista de|com reportagem de|colaboração de|texto|por|texto de|reportagem de",
    reader=r"você|vocês|seu|sua|seus|suas|tu|teu|tua|te",
    outlet=r"nós|nosso|nossa|nossos|nossas|nos",
    purpose=r"e|com|não|para",
    months=r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro"
    r"|dezembro|fev|set|out|dez",
    date_words=r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|de"
    r"|às",
    page_tools=r"pesquisar|buscar|imprimir|guardar|salvar|adicionar aos favoritos"
    r"|tamanho (?:da letra|do texto|da fonte)|link copiado"
    r"|voltar (?:à página inicial|ao início)|carregar mais(?: notícias)?"
    r"|mostrar mais|ver mais notícias|próxima notícia|notícia anterior"
    r"|conteúdo incorporado|menu principal|fechar menu",
    views_label=r"visualizações|lido",
    views=r"visualizações|leituras",
    agencies=r"agências",
    topics=r"tópicos|temas|mais sobre|arquivado em",
    pagination=r"página|anterior|próxima|próximo|seguinte",
    page_of=r"de",
    relative_time=r"há \d{1,3} (?:s(?:eg(?:undos?)?)?|min(?:utos?)?|h(?:oras?)?|dias?|semanas?"
    r"|meses)|há uma hora|há um minuto|ontem(?:,| às)? \d{1,2}[h:]\d{2}"
    r"|hoje(?:,| às)? \d{1,2}[h:]\d{2}|agora mesmo",
    ui_words=r"acessibilidade|compartilhar|cadastre-se|comentários|compartilhe|descarregar"
    r"|patrocinada|patrocinado|publicidade|carregando|comentário|newsletter|reproduzir"
    r"|subscrever|cadastrar|contraste|favoritos|messenger|partilhar|pinterest|registrar"
    r"|responder|anterior|aumentar|cancelar|carregar|comentar|diminuir|esconder|expandir"
    r"|facebook|guardado|imprimir|linkedin|partilhe|recolher|registar|reportar|seguinte"
    r"|siga-nos|telegram|traduzir|whatsapp|ampliar|assinar|copiada|copiado|galeria|guardar"
    r"|imagens|imprima|mostrar|ocultar|próxima|próximo|tamanho|twitter|assine|baixar|clique"
    r"|copiar|curtir|e-mail|entrar|enviar|salvar|seguir|versão|videos|voltar|vídeos|abrir"
    r"|audio|conta|copie|email|envie|fotos|login|menos|ouvir|pausa|todos|video|vídeo|áudio"
    r"|foto|leia|link|mail|mais|oiça|ouça|sair|topo|tudo|ler|sms|url|ver",
    ui_glue=r"matéria|minutos|notícia|artigo|depois|página|também|agora|minha|tarde|aqui"
    r"|esta|este|isto|para|com|das|dos|meu|min|por|seu|sua|uma|via|ao|as|da|de|do|em|na|no"
    r"|os|um|a|o|x|à",
)
