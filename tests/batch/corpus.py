"""A generated news archive for the batch tests and benchmark: CC-NEWS-style WARC of HTML articles.

Invented people and places: events are meetings of two leaders on a given day,
each covered by several outlets with their own wording, so linking has events
of several documents to find. Optionally the archive holds the faults a batch
must survive: a corrupt record, a page in French, a page over the size cap,
an exact copy and a near copy of an article.
"""

from __future__ import annotations

import datetime as dt
import random
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

COUNTRIES = [("Norway", "Norwegian", "Oslo"), ("Chile", "Chilean", "Santiago"), ("Kenya", "Kenyan", "Nairobi"),
             ("Vietnam", "Vietnamese", "Hanoi"), ("Canada", "Canadian", "Ottawa"), ("Portugal", "Portuguese", "Lisbon"),
             ("Ghana", "Ghanaian", "Accra"), ("Peru", "Peruvian", "Lima")]
FIRST = ["Anna", "Boris", "Clara", "Daniel", "Elena", "Felix", "Greta", "Henrik", "Ines", "Jonas", "Karin", "Lukas"]
LAST = ["Halvorsen", "Marquez", "Odhiambo", "Tranh", "Belanger", "Sousa", "Mensah", "Quispe", "Lindqvist", "Ferreira"]
TOPICS = [("trade", "bilateral trade"), ("energy", "gas supplies"), ("transport", "a new rail link"), ("health", "vaccine production")]
OUTLETS = ["coastal-post.example", "nordic-daily.example", "andes-herald.example", "lakeside-times.example"]
FOOTER = "<footer>Subscribe to our newsletter. All rights reserved.</footer>"

FRENCH = ("<html lang='fr'><head><title>Rencontre à Lisbonne</title></head><body><article><h1>Rencontre à Lisbonne</h1>"
          "<p>Les deux ministres se sont rencontrés mardi à Lisbonne pour discuter du commerce et de l'énergie. "
          "Ils ont convenu de poursuivre les négociations au cours des prochains mois, selon un communiqué publié "
          "après la réunion. Les deux gouvernements prévoient une nouvelle série de discussions avant la fin de l'année, "
          "a déclaré le porte-parole du ministère des affaires étrangères.</p></article></body></html>")


def _event(number: int, rng: random.Random) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    day = dt.date(2026, 3, 1) + dt.timedelta(days=3 * number)
    names = rng.sample([f"{f} {l}" for f in FIRST for l in LAST], 2)
    topic, thing = rng.choice(TOPICS)
    return {"a": a, "b": b, "day": day, "lead_a": names[0], "lead_b": names[1], "topic": topic, "thing": thing,
            "figure": rng.choice([2, 3, 4, 5, 7, 9]) * 100, "hours": rng.choice([2, 3, 4])}


def article(event: dict, variant: int) -> tuple[str, str]:
    """(title, paragraphs as HTML) of one outlet's report of an event."""
    e = event
    day = f"{e['day'].day} {e['day']:%B %Y}"
    title = [f"{e['lead_a']} and {e['lead_b']} meet in {e['b'][2]}", f"{e['a'][0]} and {e['b'][0]} agree to expand {e['topic']} ties",
             f"Talks in {e['b'][2]} on {e['thing']}"][variant % 3]
    paragraphs = [
        f"President {e['lead_a']} of {e['a'][0]} met Prime Minister {e['lead_b']} of {e['b'][0]} in {e['b'][2]} on {day}, "
        f"and the two leaders talked for {e['hours']} hours about {e['thing']}.",
        f"\"We agreed to deepen our cooperation on {e['topic']},\" {e['lead_a']} told reporters after the meeting.",
        f"Bilateral trade reached ${e['figure']} million last year, up 12 percent, according to the {e['a'][1]} trade ministry.",
        f"The two governments will sign an agreement on {e['thing']} by the end of 2027, {e['lead_b']} said.",
        ["Critics called the talks a historic turning point that changes everything.",
         f"Officials in {e['a'][2]} said the next round of talks is planned for next year.",
         f"{e['lead_b']} also invited {e['lead_a']} to visit {e['b'][0]} again in the autumn."][variant % 3],
    ]
    if variant % 2:
        paragraphs[0], paragraphs[1] = paragraphs[1], paragraphs[0]
    return title, "".join(f"<p>{p}</p>" for p in paragraphs)


def page(title: str, body: str, published: dt.date, author: str, footer: str = FOOTER) -> bytes:
    return (f"<html lang='en'><head><title>{title}</title><meta name='author' content='{author}'>"
            f"<meta property='article:published_time' content='{published.isoformat()}'></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>{title}</h1>{body}</article>{footer}</body></html>").encode()


def pages(count: int, seed: int = 7, per_event: int = 3) -> list[tuple[str, bytes]]:
    """``count`` (url, html) article pages, ``per_event`` outlets to an event."""
    rng = random.Random(seed)
    found = []
    event = None
    for n in range(count):
        if n % per_event == 0:
            event = _event(n // per_event, rng)
        title, body = article(event, n % per_event)
        outlet = OUTLETS[n % len(OUTLETS)]
        published = event["day"] + dt.timedelta(days=n % 2)
        found.append((f"https://{outlet}/news/{n}", page(title, body, published, f"{FIRST[n % 12]} {LAST[n % 10]}")))
    return found


def write_warc(path: Path, count: int, *, faults: bool = False, huge_bytes: int = 0, seed: int = 7) -> dict:
    """A gzipped WARC of ``count`` article records (plus, with ``faults``, the faulty ones); says what it holds."""
    items = pages(count, seed)
    info = {"articles": count, "corrupt": 0, "french": 0, "huge": 0, "exact_copy": 0, "near_copy": 0}
    if faults:
        url, html = items[4]
        items.insert(count // 2, (url + "?copy", html))  # the same text again: kept once
        info["exact_copy"] = 1
        url, html = items[7]
        items.insert(count // 3, (url + "?syndicated", html.replace(b"</article>", b"<p>This article first appeared in a partner paper.</p></article>")))
        info["near_copy"] = 1
        items.insert(count // 4, ("https://lisbon-news.example/fr/1", FRENCH.encode()))
        info["french"] = 1
        items.insert(count // 5, ("https://huge.example/1", b"<html><body><p>" + b"Filler words. " * (huge_bytes // 14 + 1) + b"</p></body></html>"))
        info["huge"] = 1
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "readout tests"}))
        for n, (url, html) in enumerate(items):
            if faults and n == 2 * len(items) // 3:
                fh.write(b"\x1f\x8b\x08\x00" + b"garbage that is no gzip member and no record " * 3)
                info["corrupt"] = 1
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(html), http_headers=headers))
    return info
