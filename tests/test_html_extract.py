"""Tests for the HTML input path: article body extraction and page metadata."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from lxml import html as lxml_html

from site_builder.source.html_extract import ExtractedPage, _preclean, extract_page, html_to_text
from tests.conftest import shared_data

PARAGRAPHS = (
    "The city council voted on Tuesday to extend the night bus network to the eastern suburbs, "
    "a change residents have requested for almost a decade.",
    "Officials said the first routes would start running in March, with buses every twenty "
    "minutes between midnight and five in the morning on weekdays.",
    "Transport planners expect roughly four thousand extra passengers a night once all the "
    "routes open, according to the council's own estimate published last month.",
    "Opposition members questioned the cost of the plan but agreed that the current service "
    "leaves many shift workers without a safe way to get home after work.",
)


def _page(head: str, body: str, *, lang: str = "") -> str:
    lang_attr = f' lang="{lang}"' if lang else ""
    return f"<!DOCTYPE html><html{lang_attr}><head>{head}</head><body>{body}</body></html>"


def _article(extra: str = "") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"<article><h1>Night buses reach the suburbs</h1>{paragraphs}{extra}</article>"


# --- metadata ---------------------------------------------------------------------------------
def test_json_ld_graph_supplies_article_metadata() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Daily Example", "inLanguage": "en"},
            {
                "@type": "NewsArticle",
                "headline": "Night buses reach the suburbs",
                "author": [{"@type": "Person", "name": "Anna Ozola"}, {"name": "Jānis Bērziņš"}],
                "datePublished": "2024-03-05T08:30:00+02:00",
                "dateModified": "2024-03-05T10:00:00+02:00",
                "description": "The council extends the night network.",
                "image": {"@type": "ImageObject", "url": "/img/bus.jpg"},
                "keywords": ["transport", "Riga", "transport"],
                "inLanguage": "lv-LV",
                "mainEntityOfPage": {"@id": "https://news.example/bus"},
            },
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    page = extract_page(_page(head, _article()))
    assert page.title == "Night buses reach the suburbs"
    assert page.author == "Anna Ozola, Jānis Bērziņš"
    assert page.date == "2024-03-05T08:30:00+02:00"
    assert page.modified == "2024-03-05T10:00:00+02:00"
    assert page.description == "The council extends the night network."
    assert page.canonical_url == "https://news.example/bus"
    assert page.image == "https://news.example/img/bus.jpg"
    assert page.language == "lv"
    assert page.tags == ("transport", "Riga")


def test_opengraph_and_meta_tags_are_the_fallback() -> None:
    head = (
        '<meta property="og:title" content="OG headline">'
        '<meta property="og:description" content="OG description">'
        '<meta property="og:image" content="https://cdn.example/lead.jpg">'
        '<meta property="og:locale" content="en_GB">'
        '<meta property="article:published_time" content="2023-11-19T07:00:00Z">'
        '<meta property="article:modified_time" content="2023-11-20T09:15:00Z">'
        '<meta property="article:tag" content="Politics">'
        '<meta property="article:tag" content="Elections">'
        '<meta property="article:author" content="https://social.example/anna">'
        '<meta name="author" content="By Anna Ozola">'
        "<title>Page title | Daily Example</title>"
    )
    page = extract_page(_page(head, _article()))
    assert page.title == "OG headline"
    assert page.description == "OG description"
    assert page.image == "https://cdn.example/lead.jpg"
    assert page.language == "en"
    assert page.date == "2023-11-19T07:00:00Z"
    assert page.modified == "2023-11-20T09:15:00Z"
    assert page.tags == ("Politics", "Elections")
    assert page.author == "Anna Ozola"


def test_canonical_link_is_resolved_against_the_page_url() -> None:
    head = '<link rel="canonical" href="/2024/03/night-buses">'
    page = extract_page(_page(head, _article()), url="https://news.example/print/123")
    assert page.canonical_url == "https://news.example/2024/03/night-buses"


def test_html_lang_and_time_element_without_other_metadata() -> None:
    body = _article('<p>Updated <time datetime="2024-01-02T03:04:05Z">2 Jan</time>.</p>')
    page = extract_page(_page("<title>Night buses | Daily Example</title>", body, lang="lv-LV"))
    assert page.language == "lv"
    assert page.date == "2024-01-02T03:04:05Z"
    assert page.title == "Night buses reach the suburbs"
    assert page.canonical_url is None
    assert page.tags == ()


def test_site_name_suffix_placeholder_dates_and_double_escaping() -> None:
    article = {
        "@type": "NewsArticle",
        "headline": "Why buses can&#39;t wait - Daily Example",
        "datePublished": "0001-01-01T00:00:00Z",
        "publisher": {"@type": "Organization", "name": "Daily Example"},
    }
    head = (
        f'<script type="application/ld+json">{json.dumps(article)}</script>'
        '<meta property="article:published_time" content="2024-02-29T12:00:00+02:00">'
    )
    page = extract_page(_page(head, _article()))
    assert page.title == "Why buses can't wait"
    assert page.date == "2024-02-29T12:00:00+02:00"


def test_a_date_found_by_heuristics_does_not_depend_on_the_day_of_the_build() -> None:
    # htmldate's default latest date is today's: this page (dated by its URL only, years
    # after this test was written) would get its date on one day and none before it.
    page = extract_page(_page("", _article()), url="https://example.org/2031/03/05/night-buses/")
    assert page.date is not None and page.date.startswith("2031-03-05")


def test_an_address_slug_given_as_the_title_gives_way_to_the_headline() -> None:
    head = '<meta property="og:title" content="night-buses-suburbs-2026">'
    page = extract_page(_page(head + "<title>Night buses | Daily</title>", _article()))
    assert page.title == "Night buses reach the suburbs"


def test_a_title_made_of_the_headline_and_section_and_site_names_gives_way_to_it() -> None:
    head = '<meta property="og:title" content="Night buses reach the suburbs / City / daily.lv">'
    page = extract_page(_page(head, "<h1>Daily</h1>" + _article()))
    assert page.title == "Night buses reach the suburbs"
    # A longer title that only begins with the headline's words is a title of its own.
    head = '<meta property="og:title" content="Night buses reach the suburbs at last">'
    assert extract_page(_page(head, _article())).title == "Night buses reach the suburbs at last"
    # A one-word headline is no evidence: "Ukraine - what the talks decided" stays whole.
    head = '<meta property="og:title" content="Ukraine - what the talks decided">'
    body = "<h1>Ukraine</h1>" + _article()
    assert extract_page(_page(head, body)).title == "Ukraine - what the talks decided"


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    page = extract_page(_page(head + "<title>Fallback title</title>", _article()))
    assert page.title == "Night buses reach the suburbs"


# --- structure --------------------------------------------------------------------------------
STRUCTURED = _article(
    "<h2>What changes for riders</h2>"
    "<ul><li>Route N1 runs to the airport</li><li>Route N2 serves the harbour</li></ul>"
    "<ol><li>Buy a ticket before boarding</li><li>Validate it on the bus</li></ol>"
    "<blockquote><p>We finally have a way home after the late shift, said a nurse.</p></blockquote>"
    '<p>The full timetable is on the <a href="https://transport.example/night">council site</a> '
    "and <em>changes</em> will be <strong>announced</strong> in advance.</p>"
    '<figure><img src="https://cdn.example/n1.jpg" alt="A night bus at a stop">'
    "<figcaption>A night bus on route N1 during a test run.</figcaption></figure>"
    "<p>The council will review passenger numbers after the first six months of service.</p>"
)


@pytest.fixture(scope="module")
def structured() -> ExtractedPage:
    return extract_page(_page("", STRUCTURED), url="https://news.example/bus")


def test_body_keeps_headings_lists_and_quotes(structured: ExtractedPage) -> None:
    body = structured.body_html
    assert "<h2>What changes for riders</h2>" in body
    assert "<li>Route N1 runs to the airport</li><li>Route N2 serves the harbour</li></ul>" in body
    assert "<ul><li>Route N1" in body
    assert "<ol><li>Buy a ticket before boarding</li>" in body
    assert "<blockquote>" in body and "way home after the late shift" in body


def test_body_keeps_links_formatting_and_figures(structured: ExtractedPage) -> None:
    body = structured.body_html
    assert '<a href="https://transport.example/night">council site</a>' in body
    assert "<em>changes</em>" in body and "<strong>announced</strong>" in body
    assert '<img src="https://cdn.example/n1.jpg" alt="A night bus at a stop">' in body
    assert "<figcaption>A night bus on route N1 during a test run.</figcaption>" in body


def test_headline_is_not_in_body(structured: ExtractedPage) -> None:
    assert structured.title == "Night buses reach the suburbs"
    assert "<h1" not in structured.body_html
    assert "Night buses reach the suburbs" not in structured.body_html


def test_html_to_text_gives_one_block_per_line(structured: ExtractedPage) -> None:
    lines = html_to_text(structured.body_html).splitlines()
    assert lines[0] == PARAGRAPHS[0]
    assert "What changes for riders" in lines
    assert "Route N1 runs to the airport" in lines
    timetable = (
        "The full timetable is on the council site and changes will be announced in advance."
    )
    assert timetable in lines
    assert all(line == line.strip() and line for line in lines)


def test_html_to_text_of_a_fragment() -> None:
    fragment = "<p>One <em>two</em></p><ul><li>three</li><li>four<br>five</li></ul>"
    assert html_to_text(fragment) == "One two\nthree\nfour\nfive"
    assert html_to_text("  ") == ""


def test_inline_code_stays_in_its_sentence_and_a_code_block_keeps_its_lines() -> None:
    extra = (
        "<p>Install the dependencies first, from a <code>requirements.txt</code> file, so "
        "that a change to the code alone does not reinstall every package in the image.</p>"
        "<pre><code>FROM python:3.7\nCOPY requirements.txt /tmp\nRUN pip install -r "
        "/tmp/requirements.txt</code></pre>"
    )
    body = extract_page(_page("", _article(extra))).body_html
    assert "from a <code>requirements.txt</code> file, so" in body
    assert "<pre><pre>" not in body
    block = body[body.index("<pre>") : body.index("</pre>")]
    assert "FROM python:3.7\nCOPY requirements.txt /tmp\nRUN pip install" in block
    lines = html_to_text(body).splitlines()
    assert any(line.startswith("Install the dependencies") and "file, so" in line for line in lines)


def test_soft_hyphens_are_left_out_of_the_body() -> None:
    """Hyphenation hints ("Mit&shy;tel&shy;al&shy;ter") split the words for search and the
    cleaning rules; the body, its text and its image captions go without them."""
    hinted = "Im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus&shy;hänge&shy;schild der Stadt."
    extra = (
        f"<p>{hinted} Die Winzer schlossen sich 1927 zu einer Gemeinschaft zusammen.</p>"
        '<figure><img src="https://cdn.example/w.jpg" alt="Wein&shy;berg">'
        "<figcaption>Der Wein&shy;berg im Herbst</figcaption></figure>"
    )
    body = extract_page(_page("", _article(extra))).body_html
    assert "Im Mittelalter war der Wein das Aushängeschild der Stadt." in body
    assert "\u00ad" not in body and "&shy;" not in body
    assert "Mittelalter" in html_to_text(body)


# --- boilerplate ------------------------------------------------------------------------------
NOISY = _page(
    '<style>.x{color:red}</style><script>var trackingPixel = "TRACKER-7";</script>',
    '<nav class="site-nav"><a href="/">Home</a><a href="/world">World desk</a></nav>'
    '<div id="cookie-consent">We use cookies to improve COOKIE-BANNER-TEXT. '
    "<button>Accept all</button></div>"
    + _article(
        '<div class="share-bar"><a href="https://facebook.example/share">Share on Facebook</a>'
        '<a href="https://x.example/intent">SHARE-BAR-TEXT on X</a></div>'
        '<p style="color:red" onclick="steal()">Inline styled paragraph stays as text only.</p>'
        '<img src="https://cdn.example/pixel.jpg" alt="pixel" onerror="alert(1)">'
        '<iframe src="https://ads.example/frame">IFRAME-TEXT</iframe>'
        '<div class="promo-box"><p>PROMO-TEXT: get unlimited access to every story for '
        "one euro a week, cancel at any time you like.</p></div>"
        '<div role="complementary"><p>ASIDE-ROLE-TEXT: a box of background facts that sits '
        "next to the story and is not part of it at all.</p></div>"
        '<div class="newsletter-box"><h3>NEWSLETTER-BOX-TEXT: get the morning briefing</h3>'
        '<form action="/subscribe"><input type="email" name="email">'
        "<button>Subscribe</button></form></div>"
    )
    + '<aside class="related-articles"><h2>Related stories</h2><ul>'
    '<li><a href="/a">RELATED-ONE: trams get new timetable</a></li>'
    '<li><a href="/b">RELATED-TWO: ferry prices rise again</a></li></ul></aside>'
    '<section id="comments" class="comments"><h2>3 comments</h2>'
    "<p>COMMENT-TEXT: this is the best news I have read all year, thanks council.</p>"
    "<p>COMMENT-TEXT: finally, my daughter can get home from her shift safely now.</p></section>"
    '<footer class="site-footer">FOOTER-TEXT © Daily Example</footer>',
)

NOISE_MARKERS = (
    "TRACKER-7",
    "World desk",
    "COOKIE-BANNER-TEXT",
    "SHARE-BAR-TEXT",
    "Share on Facebook",
    "IFRAME-TEXT",
    "NEWSLETTER-BOX-TEXT",
    "RELATED-ONE",
    "RELATED-TWO",
    "COMMENT-TEXT",
    "FOOTER-TEXT",
    "Accept all",
    "PROMO-TEXT",
    "ASIDE-ROLE-TEXT",
)
FORBIDDEN_MARKUP = (
    "<script",
    "<style",
    "<iframe",
    "<form",
    "<input",
    "<button",
    "<nav",
    "<aside",
    "<footer",
    "onerror",
    "onclick",
    "style=",
    "class=",
    "id=",
)


def test_boilerplate_text_is_removed() -> None:
    body = extract_page(NOISY).body_html
    assert PARAGRAPHS[0] in body and PARAGRAPHS[-1] in body
    leaked = [marker for marker in NOISE_MARKERS if marker in body]
    assert leaked == []


def test_unsafe_markup_is_removed() -> None:
    body = extract_page(NOISY).body_html
    leaked = [markup for markup in FORBIDDEN_MARKUP if markup in body]
    assert leaked == []


def test_javascript_links_are_unwrapped() -> None:
    extra = '<p>Read the <a href="javascript:alert(1)">full report</a> before the vote.</p>'
    body = extract_page(_page("", _article(extra))).body_html
    assert "full report" in body
    assert "javascript:" not in body


def test_hidden_elements_are_removed() -> None:
    extra = (
        '<p style="display: none">HIDDEN-STYLE text that must not appear in the article.</p>'
        "<div hidden><p>HIDDEN-ATTR text that must not appear in the article either.</p></div>"
    )
    body = extract_page(_page("", _article(extra))).body_html
    assert "HIDDEN-STYLE" not in body and "HIDDEN-ATTR" not in body


def test_article_split_into_sibling_chunks_is_kept_whole() -> None:
    chunk = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    later = "<p>SECOND-CHUNK: the story goes on after the advertisement with more detail.</p>"
    body = (
        f'<main><h1>Night buses</h1><div class="article-body">{chunk}</div>'
        '<div class="ad-slot">Advertisement</div>'
        f'<div class="article-body">{later}{chunk.replace("The ", "A ")}</div></main>'
    )
    page = extract_page(_page("", body))
    assert PARAGRAPHS[0] in page.body_html
    assert "SECOND-CHUNK" in page.body_html
    assert "Advertisement" not in page.body_html


@pytest.mark.parametrize(
    "html",
    ["", "   ", "not html at all", "\x00\x01\x02", "<html></html>", "<<<>>>", "<p>", "{}"],
)
def test_empty_or_garbage_input_gives_empty_body(html: str) -> None:
    page = extract_page(html)
    assert page.body_html == ""
    assert page.tags == ()


def test_page_without_article_text_gives_empty_body() -> None:
    page = extract_page(_page("<title>Only a title</title>", "<div><a href='/'>Home</a></div>"))
    assert page.body_html == ""
    assert page.title == "Only a title"


# --- issue 15: causes of lost or extra text on pages never tuned on --------------------------
@pytest.mark.parametrize("name", ["kb-tip-print-step", "TestReport__Section--Ads", "non-paywall"])
def test_a_furniture_word_inside_a_class_name_keeps_the_article(name: str) -> None:
    wrapped = f'<div class="{name}">{_article()}</div><div class="share-buttons">Share now</div>'
    body = html_to_text(extract_page(_page("", wrapped)).body_html)
    assert all(text in body for text in PARAGRAPHS), name


@pytest.mark.parametrize("name", ["share-buttons", "site-footer", "related-posts"])
def test_a_class_name_starting_or_ending_with_a_furniture_word_is_dropped(name: str) -> None:
    furniture = f'<div class="{name}"><p>{"Furniture text that is not the article. " * 3}</p></div>'
    body = extract_page(_page("", _article(furniture))).body_html
    assert "Furniture text" not in body and PARAGRAPHS[0] in body


def test_the_element_holding_most_of_the_text_is_never_dropped() -> None:
    # Article text in <div>s with <br>, not <p>: the guard counts all text, not paragraphs.
    lines = "<br>".join(PARAGRAPHS)
    tree = lxml_html.document_fromstring(
        _page("", f'<div class="main-menu"><div>{lines}</div></div><nav class="menu">x</nav>')
    )
    _preclean(tree)
    text = tree.text_content()
    assert PARAGRAPHS[0] in text and PARAGRAPHS[-1] in text and "x" not in text.split()


def test_headings_before_the_first_paragraph_stay_unless_they_repeat_the_title() -> None:
    article = (
        "<article><h1>Night buses reach the suburbs</h1><h2>What the council decided</h2>"
        + "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
        + "</article>"
    )
    head = "<title>Night buses reach the suburbs</title>"
    body = extract_page(_page(head, article)).body_html
    assert "<h2>What the council decided</h2>" in body
    assert "Night buses reach the suburbs" not in body


def test_a_caption_is_shown_under_its_image_not_as_a_body_paragraph() -> None:
    caption = "Passengers board the first night bus at the central station. Photo: J. Doe"
    figure = (
        f'<figure><img src="https://cdn.example/bus.jpg" alt="A bus">'
        f"<figcaption>{caption}</figcaption></figure>"
    )
    credit = '<p class="photo-credit">Photo: City archive</p>'
    paragraphs = [f"<p>{text}</p>" for text in PARAGRAPHS]
    article = (
        "<article><h1>Night buses</h1>"
        + paragraphs[0]
        + figure
        + credit
        + "".join(paragraphs[1:])
        + "</article>"
    )
    body = extract_page(_page("", article), url="https://news.example/bus").body_html
    assert f"<figcaption>{caption}</figcaption>" in body
    assert f"<p>{caption}</p>" not in body and "City archive" not in body
    # The image stands where it stood in the page: after the first paragraph.
    assert body.index(PARAGRAPHS[0]) < body.index("bus.jpg") < body.index(PARAGRAPHS[1])


def test_a_caption_inside_a_paragraph_does_not_run_into_its_text() -> None:
    # <p><a><img><span class="legend">caption</span></a>Text</p>, as some CMSs float a
    # book cover or photo into a paragraph: the caption is not the paragraph's first words.
    inline = (
        '<p><a class="zoom" href="/img/cover.jpg"><img src="/img/cover-thumb.jpg" alt="">'
        '<span class="legend legend--allow-br"><strong>A. Author, "A Book"</strong>. '
        "Publisher, 264 pages</span></a>" + PARAGRAPHS[1] + "</p>"
    )
    paragraphs = [f"<p>{text}</p>" for text in PARAGRAPHS]
    article = "<article><h1>Night buses</h1>" + paragraphs[0] + inline
    body = extract_page(_page("", article + "".join(paragraphs[2:]) + "</article>")).body_html
    assert f"<p>{PARAGRAPHS[1]}</p>" in body
    assert "264 pages" not in body


def test_images_outside_the_article_blocks_are_left_out() -> None:
    logo = '<img src="https://cdn.example/logo.png" alt="Logo">'
    pixel = '<img src="https://cdn.example/px.gif" width="1" height="1">'
    article = _article(pixel + "<p>" + PARAGRAPHS[0].replace("city", "town") + "</p>")
    body = extract_page(_page("", logo + article)).body_html
    assert "logo.png" not in body and "px.gif" not in body


# --- benchmark floor --------------------------------------------------------------------------
BENCHMARK_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "html_extraction.py"
F1_FLOOR = 0.967  # measured 0.9681 (extraction + cleaning). It was 0.973 before leading
# headings were kept and images placed back with their captions (issue 15): see the README.


def _benchmark_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("html_extraction_benchmark", BENCHMARK_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def test_scoring_matches_the_benchmark_rules() -> None:
    bench = _benchmark_module()
    perfect = bench.shingle_scores(
        {"a": "one two three four five"}, {"a": "one two three four five"}
    )
    assert perfect == (1, 1, 1, 1)
    # Empty prediction: recall 0, precision undefined and left out of the average.
    _, precision, recall, _ = bench.shingle_scores(
        {"a": "one two three four five", "b": "six seven eight nine"},
        {"a": "one two three four five", "b": ""},
    )
    assert (precision, recall) == (1.0, 0.5)


def test_segment_scoring_follows_trafilatura() -> None:
    """Whitespace-normalised substring matching, micro-averaged over all segments."""
    bench = _benchmark_module()
    segments = bench.Segments(keep=("kept  text", "lost text"), drop=("menu item", "footer"))
    counts = bench.segment_counts(segments, "Some kept\ntext and a menu   item here")
    assert counts == {"tp": 1, "fn": 1, "fp": 1, "tn": 1}
    assert bench.micro_scores(counts) == (0.5, 0.5, 0.5)


def test_held_out_split_is_fixed_by_url_hash() -> None:
    bench = _benchmark_module()
    urls = [f"https://site{i}.example/page" for i in range(2000)]
    share = sum(map(bench.is_held_out, urls)) / len(urls)
    assert 0.25 < share < 0.35
    assert [bench.is_held_out(u) for u in urls] == [bench.is_held_out(u) for u in urls]


def test_benchmark_f1_does_not_regress() -> None:
    bench = _benchmark_module()
    directory = shared_data("extract_eval", "article-extraction-benchmark")
    truth, pages = bench.load_scrapinghub(directory)
    predicted = {key: bench.ours_cleaned(data) for key, data in pages.items()}
    assert bench.shingle_scores(truth, predicted)[0] >= F1_FLOOR


def test_benchmark_judges_each_target_of_the_issue() -> None:
    """The closing lines say, per target, the figure reached and whether it is met."""
    bench = _benchmark_module()
    lines = bench.target_lines(
        {
            "held-out trafilatura pages": bench.Figures(0.950, 0.940, (40.0, 30.0), (45.0, 29.0)),
            "scrapinghub": bench.Figures(0.970, 0.950, (40.0, 30.0), (41.0, 31.0)),
        }
    )
    by_label = {line.split(": ")[0][10:]: line[:9].strip() for line in lines[1:]}
    assert by_label == {
        "held-out trafilatura pages F1 >= 0.945": "met",
        # 0.950 is only 0.010 above trafilatura's 0.940.
        "held-out trafilatura pages F1 >= trafilatura + 0.015": "NOT MET",
        "held-out trafilatura pages mean CPU ms/page <= trafilatura's": "met",
        "held-out trafilatura pages median CPU ms/page <= trafilatura's": "NOT MET",
        "scrapinghub F1 >= 0.975": "NOT MET",
        "scrapinghub mean CPU ms/page <= trafilatura's": "met",
        "scrapinghub median CPU ms/page <= trafilatura's": "met",
    }
