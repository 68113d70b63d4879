"""Hand-written HTML pages for ingest tests (written for readout; no real outlet's markup)."""

ARTICLE_BODY = (
    "<p>The two foreign ministers met in Geneva on Tuesday and agreed to resume talks on border trade next month, "
    "according to a joint statement released after the meeting.</p>"
    "<p>“We have made real progress,” the first minister told reporters — adding that the details would follow "
    "once both cabinets had approved the text.</p>"
    "<p>Officials said a further round would be held in March. The statement gave no figures on trade volumes, "
    "and neither side took questions on the disputed crossings.</p>"
)

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Ministers agree to resume talks | The Daily Example</title>
<meta name="author" content="Jane Roe">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2026-02-05T10:00:00Z">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Ministers agree to resume talks","author":{{"@type":"Person","name":"Jane Roe"}},
"datePublished":"2026-02-05"}}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all cookies</button></div>
<div class="lang-switch"><a href="/ru">Русский</a> <a href="/fr">Français</a></div>
<article><h1>Ministers agree to resume talks</h1>{ARTICLE_BODY}
<p class="contact">Jane Roe can be reached at jane.roe@example.org</p></article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
<aside class="newsletter"><h3>Newsletter</h3><p>Sign up for our newsletter to get the news every morning.</p></aside>
<section id="comments"><h3>Comments (2)</h3><div class="comment"><p>Great article, thanks for sharing this with us!</p></div></section>
<footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>
</body></html>"""

UNDATED_PAGE = f"""<html><head><title>Talks</title></head><body><article>
<p>Officials recalled that the previous round took place on 3 March 2024 in another city, with little result.</p>
{ARTICLE_BODY}</article></body></html>"""
