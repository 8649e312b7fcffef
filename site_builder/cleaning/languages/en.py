"""English words of the built-in boilerplate rules (see __init__.py for the fields)."""

from site_builder.cleaning.languages import Phrases

PHRASES = Phrases(
    code="en",
    related=r"related posts|most read in [\w ]{1,20}|top stories|editors'? picks|editor's picks|"
    r"most popular|popular now|more stories"
    r"|latest stories|you may have missed|(?-i:MORE)(?=\s*:)|read (?:also|more)|also read|see also|"
    r"related(?: articles?| stories| coverage| news| content| reading)?|"
    r"more on (?:this|the|that) (?:story|topic)|further reading|"
    r"recommended(?: for you| reading)?|you (?:may|might) also like|more from (?:this"
    r"|the) (?:section|author)|more (?:stories|news) from|(?:you (?:may"
    r"|might) )?also (?:be )?interested in|most read|trending now",
    follow=r"(?:(?:stay (?:informed|updated|up to date|connected|tuned)|"
    r"don't miss (?:out|a thing)|never miss a story)[:!,.] )?"
    r"(?:follow us(?: also| too)?(?:\s*:|\s+(?:on|at|via|in)\s+{NETS})?"
    r"|(?:find|like|join|connect with|add) us(?: also| too)?"
    r" (?:on|at|via|in) {NETS}"
    r"|follow {FEW} on {NETS}"
    r"|(?:subscribe to|join|follow) our (?:{NET} )?(?:channel|page|account|"
    r"profile|group|community)(?: on {NETS})?"
    r"|we(?:'re| are) (?:also )?on {NETS})"
    r"(?: for (?:the )?(?:latest|breaking|more|daily|all the)(?: \w+)?"
    r" (?:news|updates|stories|coverage))?",
    newsletter=r"(?:sign up|subscribe|register(?= (?:for|to) ))"
    r"(?: (?:now|today|here|for free))?"
    r"(?: (?:for|to) (?:our|the)(?: [\w'’-]+){0,3} (?:newsletters?|briefings?|"
    r"digest|bulletin|e-?mail alerts|alerts))?"
    r"|(?:get|receive) (?:our|the)(?: [\w'’-]+){0,3} newsletters?"
    r"|subscribe (?:to|for) (?:continue reading|read the full (?:article|story)|"
    r"full access|unlimited access)"
    r"|(?:this (?:article|story|content) is )?(?:for|available to) subscribers only"
    r"|already a subscriber\?(?: (?:log|sign) in)?"
    r"|(?:download|get|install) (?:our|the)(?: [\w.'’-]+){0,2} app(?:lication)?"
    r"(?: (?:for|on|from) (?:the )?{STORES})?"
    r"(?: (?:for|with) (?:breaking|the latest|live|instant|real-time|news|push"
    r"|all)\b[^\"«»“”„]{0,80})?"
    r"|(?:turn on|enable|allow) (?:push |breaking news )?(?:notifications|alerts)"
    r"|get (?:the latest|our top|the top|the best|the day's)(?: \w+){0,3}"
    r" (?:delivered )?(?:to|in|straight to) your inbox"
    r"(?: every (?:morning|day|week|evening))?(?:[.!] (?:sign up|subscribe)"
    r"(?: now| here| today)?)?",
    byline=r"(?:(?<=\()|(?=.{1,120}; (?:writing|editing) by ))"
    r"(?:additional )?(?:reporting|writing) by [^()]{1,240}?",
    share=r"print(?: this)?(?: article| story| page)?|e-?mail this (?:article|story)"
    r"|send to a friend|share(?: this(?: article| story| post| page)?)?"
    r"(?: (?:on|via|by) (?:{NETS}|e-?mail))?|copy link",
    advert_by=r"in (?:cooperation|partnership|association) with|(?:paid partnership|"
    r"brought to you) (?:with|by)|(?:offered|presented|sponsored|supported) by",
    app_open=r"open in (?:the )?app|read (?:this story |it )?in (?:the|our) app",
    advert=r"advertisement|advertising|advert|sponsored(?: content| post| article| story)?|"
    r"paid (?:content|post|partnership)|partner content|promoted(?: content)?|advertorial",
    advert_continues=r"(?:the )?(?:story|article|text) continues (?:below|after)"
    r"(?: (?:the|this) advertisement| advertisement)?|continue reading below|(?:the )?(?:story"
    r"|article) continues after (?:this|the) (?:advertisement|ad)",
    cookie_notice=r"(?:we|this (?:web)?site|this website|our (?:web)?site) uses? cookies"
    r"|by (?:continuing to (?:browse|use)|using) (?:this|our) (?:site|website)"
    r"|by continuing to browse",
    cookie_button=r"(?:accept|reject|allow|refuse|deny) all|your privacy (?:choices|settings)|"
    r"privacy (?:settings|preferences)|manage (?:consent|preferences|my choices)|(?:accept|allow|"
    r"reject)(?: all)? cookies|"
    r"cookie (?:settings|policy|preferences)|manage cookies",
    comments=r"comments?",
    comments_counted=r"comments?",
    comments_prompt=r"leave a (?:comment|reply)|add (?:a )?comment|post a comment"
    r"|join the (?:discussion|conversation)|comments are closed"
    r"|(?:show|view) comments|be the first to comment|(?:show|view|see|read"
    r"|load)(?: all)?(?: \d+)? comments?(?: \(\d+\))?|join the debate",
    comments_notice=r"comments (?:on this (?:article|story) )?are (?:closed|(?:pre-)?moderated|"
    r"reviewed)|commenting (?:is|has been) (?:closed|disabled)|be the first to comment|"
    r"leave a reply cancel reply",
    photo_label=r"photo(?:graph)?s?(?: credit)?|photo courtesy(?: of)?|images?(?: credit)?|"
    r"pictures?|illustration|(?:photo|image) source",
    photo_by=r"(?:ap|afp|reuters|epa|pa|upi) photos?\s*/|photos? by",
    source_label=r"sources?",
    rights_reserved=r"all rights reserved",
    reprint=r"this material may not be published, broadcast, rewritten or redistributed"
    r"|(?:this|no part of this) (?:article|material|content|story|publication|website) may"
    r"(?: not)? be (?:reproduced|republished|copied|redistributed|reprinted).{0,100}"
    r"|reproduction (?:in whole or in part )?(?:is )?(?:prohibited|forbidden)",
    seo_keywords=r"focus\s+key\s*(?:word|phrase)s?|(?:meta\s+)?keywords?|tags",
    seo_meta=r"(?:meta|seo)[ -](?:description|title)",
    news_word=r"news",
    social_media=r"social (?:media|networks)",
    conjunctions=r"and|or",
    channel=r"channel|page|account|profile|group|community",
    credit_words=r"and|of|for|from|by|courtesy(?: of)?|handout|file|archives?|screenshot|"
    r"social media",
    press_office=r"press service|press office",
    illustrative=r"(?:illustrative|file|archive|stock) (?:photo|image|picture)",
    reported=r"said|says|told|according to"
    r"|asked|added|explained|wrote|recalled|recalls|warned",
    paywall=r"this is your (?:last|final) free (?:article|story)|you have (?:\d+|one|two"
    r"|three) free"
    r" (?:articles?|stories) (?:left|remaining)|to (?:keep|continue) reading|(?:keep"
    r"|continue) reading (?:for|with|from)|this (?:article|story|content) is (?:for"
    r"|available to) (?:paying )?(?:subscribers|members)|(?:subscribe|sign in|log in|register"
    r"|join)(?: now| today| for free)? (?:to"
    r"|and) (?:continue|keep) reading|(?:subscribe|sign in|log in|register) to (?:read|unlock"
    r"|access|view)|(?:this (?:article|story|content|feature) is )?(?:only )?(?:available|reserved"
    r"|exclusive) (?:to|for) (?:subscribers|members|premium)|already (?:a subscriber|a member"
    r"|have an account|subscribed)\?|unlock (?:this|the full|unlimited|all)|you(?:'ve"
    r"| have) (?:reached|read|used)(?: \w+){0,4} (?:free )?(?:articles?|limit|stories)"
    r"|subscribe(?: now| today)? (?:for|from) (?:just|only|as little as)"
    r"|subscribers only|(?:premium|subscriber) (?:article|content|exclusive)|continue reading with",
    donate=r"(?:please )?consider (?:supporting|donating|a (?:donation|contribution|gift)"
    r"|making a (?:donation|contribution)|becoming a (?:member|supporter|subscriber))"
    r"|every (?:contribution|donation|gift|pound|dollar)(?:,| (?:we receive|helps|counts|makes"
    r"|matters))|(?:please )?(?:support|fund|back|help fund|help sustain) (?:our|independent"
    r"|quality"
    r"|local|the|this) (?:\w+ )?(?:journalism|reporting|work|newsroom|coverage|site|outlet"
    r"|news|media)"
    r"|we (?:rely|depend) on (?:your|readers|the support|donations|contributions)"
    r"|(?:please )?donate(?: now| today| here)?|make a (?:donation|contribution)"
    r"|become a (?:member|supporter|patron|subscriber|friend)|if you (?:value|like|enjoy"
    r"|appreciate|rely on) (?:our|this|what we)|chip in|support us|(?:help"
    r"|support) keep \w+ (?:free|independent)",
    region_block=r"(?:not |un)available in your (?:region|country|location|area|territory)"
    r"|(?:cannot|can't|can not) be (?:played|viewed|shown|accessed) in your (?:region|country"
    r"|location|area)|due to (?:licensing|rights|legal|copyright) (?:restrictions|reasons)"
    r"|geo-?(?:blocked|restricted)",
    error_report=r"if you (?:spot|see|notice|find) (?:an? )?(?:error|mistake|typo)|(?:got"
    r"|have) a (?:news )?(?:tip|story(?: idea)?)\?|send us (?:your|a) (?:news )?(?:tips?|story)"
    r"|(?:found|spotted|noticed|see|seen) (?:an? )?(?:error|mistake|typo|inaccuracy)"
    r"|report (?:an? )?(?:error|typo|mistake|correction|inaccuracy)|(?:highlight|select) (?:it"
    r"|the text|the error) and press|(?:spotted|found) something wrong",
    reading_time=r"min(?:ute)?s?\.? (?:read|reading|listen)|minutes? (?:of )?(?:reading|read)",
    reading_label=r"(?:estimated )?reading time|read time|listen to (?:this )?(?:article|story"
    r"|the article)|listen(?: now)?|audio version|(?:this article|story) (?:is )?(?:narrated"
    r"|read aloud)|listen to (?:this )?(?:article|story)(?: \W?\s*\d+ min(?:utes)?)?",
    # "Date" only as a label ("Date: 14 June 2025"): "Date and time: Saturday …" is an event's
    updated=r"(?:last |first )?(?:updated|published|posted|modified|edited|created)(?: on| at)?"
    r"|date(?=\s*:)",
    skip=r"skip to (?:the )?(?:main )?(?:content|navigation|article|menu|search|footer)"
    r"|jump to (?:the )?(?:main )?(?:content|navigation)|back to top"
    r"|go to (?:the )?(?:main )?content|skip navigation",
    click_here=r"(?:click|tap) (?:here|this link|the link)(?: for (?:more|the latest|the full|all"
    r"|our)(?: [\w-]+){0,4})?",
    read_more=r"(?:for )?more (?:coverage|stories|news|updates|details"
    r"|information)(?: like this)?,?"
    r" (?:click here|visit (?:our|the) (?:homepage|website|site)|go to [\w.]+|see [\w ]{1,30}"
    r"|click|visit|go to|see)|(?:read|see|find out|learn) more(?: here)?|more (?:info|information"
    r"|details) here"
    r"|read the full (?:story|article|report|interview) here",
    notice_label=r"corrections?(?: and clarifications)?|clarification|editor['’]?s note|"
    r"note from the editor|content warning|trigger warning|disclosure",
    article_age=r"this (?:article|story) is more than (?:\d+|a|one|two|three|five|six) "
    r"(?:years?|months?) old",
    originally=r"(?:this (?:article|story|piece|post) )?(?:was )?(?:originally"
    r"|first) (?:published"
    r"|appeared|ran|posted)(?: (?:on|in|at|by))?|(?:a version of this (?:article|story"
    r"|piece) )(?:first |originally )?(?:appeared|ran|was published)"
    r"|republished (?:with permission|from|courtesy|under)|this (?:article|story) (?:is"
    r"|was) republished",
    byline_role=r"reporter|correspondent|journalist|(?:staff |football |sports |political |"
    r"senior )?writer|editor|columnist|contributor",
    byline_by=r"interview by|as told to|produced by|story by|(?:additional )?reporting by|"
    r"editing by|edited by|compiled by|by|written by|author"
    r"|words by",
    reader=r"you|your|yours|you're|you've|you'll",
    outlet=r"we|our|us|we're|we've|ours",
    purpose=r"every|each|delivered|straight|to|and|so|so that|in order to|with|get|never|stay|plus",
    months=r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?",
    date_words=r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|at|on|of|the",
    page_tools=r"bookmark|save(?: (?:article|story|for later))?|font size|text size"
    r"|link copied(?: to clipboard)?|copied to clipboard|back to (?:overview"
    r"|homepage|the homepage|home|the front page)|load more(?: (?:stories|articles"
    r"|news))?|show more|next (?:article|story|post)|previous (?:article|story|post)"
    r"|embedded content|main menu|close menu|open menu",
    views_label=r"views|read",
    views=r"views?|reads",
    agencies=r"agencies|news agencies|wires|wire services",
    topics=r"topics|filed under|more about|more on|tagged(?: with)?|related topics",
    pagination=r"page|previous|prev|next|older posts|newer posts|older|newer",
    page_of=r"of",
    relative_time=r"(?:about |over )?\d{1,3} (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?"
    r"|weeks?|months?) ago|(?:about )?(?:an?|one) (?:minute|hour) ago|yesterday(?:,"
    r"| at)? \d{1,2}[:.]\d{2}(?: ?[ap]m)?|today,? \d{1,2}[:.]\d{2}(?: ?[ap]m)?"
    r"|just now",
    ui_words=r"accessibility|advertisement|advertising|favourites|fullscreen|bookmarks"
    r"|favorites|messenger|permalink|pinterest|printable|sponsored|translate|watchlist"
    r"|bookmark|collapse|contrast|decrease|download|facebook|increase|linkedin|previous"
    r"|promoted|telegram|whatsapp|enlarge|gallery|loading|smaller|twitter|advert|copied"
    r"|e-mail|expand|larger|listen|logout|reddit|scroll|aloud|email|login|pause|print|reply"
    r"|saved|share|back|copy|font|hide|link|next|prev|save|show|skip|ads|sms|url",
    ui_glue=r"article|later|story|also|here|page|this|with|your|for|now|our|out|the|via|ad"
    r"|an|as|by|in|it|my|of|on|to|a|x",
)
