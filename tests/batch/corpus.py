"""A generated news archive for the batch tests and benchmark: CC-NEWS-style WARC of HTML articles.

Invented people and places: events are meetings of two leaders on a given day,
each covered by several outlets with their own wording, so linking has events
of several documents to find. Optionally the archive holds the faults a batch
must survive: a corrupt record, a page in French, a page over the size cap,
an exact copy and a near copy of an article.

``varied=True`` (the benchmark's archive) is closer to a news day: the
countries of readout's gazetteer (about 200, with their capitals and
demonyms) instead of eight, more invented people, sentences drawn from
several wordings, events spread over six weeks of publication dates, and now
and then a paragraph reporting that an earlier event's agreement was signed
(a genuine report of a commitment). The default archive is left as it was.
``leaders=N`` draws the varied archive's leaders from N names only: each
leader then meets several counterparts within days, as a head of state does
in a busy week (the case where linking by one shared person chains meetings).
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


GAZETTEER = Path(__file__).resolve().parents[2] / "readout" / "analyze" / "data" / "gazetteer" / "countries.tsv"
MORE_FIRST = FIRST + ["Amara", "Bruno", "Chiara", "Dmitri", "Esther", "Farid", "Giulia", "Hamid", "Ingrid", "Jamal", "Kofi", "Leila",
                      "Marta", "Nikolai", "Olga", "Pavel", "Rania", "Samir", "Tomas", "Ulla", "Vera", "Wanjiru", "Yusuf", "Zofia"]
MORE_LAST = LAST + ["Abara", "Bergstrom", "Castellanos", "Dlamini", "Eriksen", "Fontaine", "Gashi", "Haddad", "Ivanova", "Jovanovic",
                    "Kowalczyk", "Lungu", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Rahimi", "Santos", "Takahashi", "Varga"]
MORE_TOPICS = TOPICS + [("fisheries", "fishing quotas"), ("education", "student exchanges"), ("defence", "joint naval patrols"),
                        ("climate", "coastal flood defences"), ("agriculture", "grain exports"), ("tourism", "visa-free travel"),
                        ("finance", "a currency swap line"), ("mining", "copper concessions")]
DAYS_SPREAD = 42  # six weeks of events
INITIALS = "ABCDEFGHJKLMNOPRSTVWZ"


def gazetteer_countries() -> list[tuple[str, str, str]]:
    """(name, demonym, capital) of every country of readout's gazetteer that has a capital and a demonym."""
    found = []
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t") + [""] * 6
        name, capitals, demonyms = cells[2], cells[4], cells[5]
        if capitals and demonyms:
            found.append((name, demonyms.split(";")[0], capitals.split(";")[0]))
    return found


def leader_names(count: int) -> list[str]:
    """``count`` distinct leader names, always the same ones for a count."""
    rng = random.Random(count)
    names = sorted({f"{f} {i}. {l}" for f in MORE_FIRST for i in INITIALS for l in MORE_LAST})
    return rng.sample(names, count)


def _varied_event(number: int, rng: random.Random, countries: list[tuple[str, str, str]], leaders: list[str] | None = None) -> dict:
    a, b = rng.sample(countries, 2)
    day = dt.date(2026, 3, 1) + dt.timedelta(days=rng.randrange(DAYS_SPREAD))
    # a middle initial makes 27,720 names: a person is in few events, as most people in a news day are (with 1,320
    # names, each leader met a few others within days; ``leaders`` makes that case on purpose)
    if leaders:
        names = rng.sample(leaders, 2)
    else:
        names = [f"{rng.choice(MORE_FIRST)} {rng.choice(INITIALS)}. {rng.choice(MORE_LAST)}" for _ in range(2)]
    topic, thing = rng.choice(MORE_TOPICS)
    return {"a": a, "b": b, "day": day, "lead_a": names[0], "lead_b": names[1], "topic": topic, "thing": thing,
            "figure": rng.randrange(2, 60) * 50, "hours": rng.choice([1, 2, 3, 4, 5]), "number": number}


def varied_article(event: dict, rng: random.Random, earlier: dict | None) -> tuple[str, str]:
    """(title, paragraphs as HTML) of one outlet's report of an event, in one of several wordings."""
    e = event
    day = f"{e['day'].day} {e['day']:%B %Y}"
    title = rng.choice([f"{e['lead_a']} and {e['lead_b']} meet in {e['b'][2]}", f"{e['a'][0]} and {e['b'][0]} agree to expand {e['topic']} ties",
                        f"Talks in {e['b'][2]} on {e['thing']}", f"{e['a'][1]} leader visits {e['b'][2]}",
                        f"{e['lead_a']} seeks closer {e['topic']} ties with {e['b'][0]}"])
    opening = rng.choice([
        f"President {e['lead_a']} of {e['a'][0]} met Prime Minister {e['lead_b']} of {e['b'][0]} in {e['b'][2]} on {day}, "
        f"and the two leaders talked for {e['hours']} hours about {e['thing']}.",
        f"{e['a'][1]} President {e['lead_a']} held talks with {e['b'][1]} Prime Minister {e['lead_b']} in {e['b'][2]} on {day}, "
        f"focusing on {e['thing']}.",
        f"On {day}, {e['lead_a']}, the president of {e['a'][0]}, was received in {e['b'][2]} by Prime Minister {e['lead_b']} "
        f"for {e['hours']} hours of talks on {e['thing']}."])
    quote = rng.choice([f"\"We agreed to deepen our cooperation on {e['topic']},\" {e['lead_a']} told reporters after the meeting.",
                        f"\"This is a good day for {e['topic']} between our countries,\" {e['lead_b']} said.",
                        f"{e['lead_a']} said the talks had been \"frank and useful\"."])
    figure = rng.choice([f"Bilateral trade reached ${e['figure']} million last year, according to the {e['a'][1]} trade ministry.",
                         f"{e['b'][1]} exports to {e['a'][0]} were worth ${e['figure']} million in 2025, official figures show.",
                         f"About {e['figure']} {e['a'][1]} companies operate in {e['b'][0]}, the embassy said."])
    promise = rng.choice([f"The two governments will sign an agreement on {e['thing']} next month, {e['lead_b']} said.",
                          f"{e['a'][0]} plans to open a trade office in {e['b'][2]} next year, officials said.",
                          f"{e['lead_b']} invited {e['lead_a']} to visit {e['b'][0]} again in the autumn."])
    closing = rng.choice(["Critics called the talks a historic turning point that changes everything.",
                          f"Officials in {e['a'][2]} said the next round of talks is planned for next year.",
                          f"Opposition lawmakers in {e['b'][2]} questioned the cost of the deal.", ""])
    paragraphs = [opening, quote, figure, promise, closing]
    if rng.random() < 0.5:
        paragraphs[1], paragraphs[2] = paragraphs[2], paragraphs[1]
    if earlier is not None:  # a genuine report of an earlier promise
        p = earlier
        paragraphs.append(f"{p['a'][0]} and {p['b'][0]} signed the agreement on {p['thing']} in {p['b'][2]} this month.")
    return title, "".join(f"<p>{p}</p>" for p in paragraphs if p)


def _month(day: dt.date) -> int:
    return day.year * 12 + day.month


def varied_pages(count: int, seed: int = 7, per_event: int = 3, leaders: int | None = None) -> list[tuple[str, bytes]]:
    """``count`` (url, html) pages of the varied archive, sorted by publication date as a crawl of the weeks would be."""
    rng = random.Random(seed)
    countries = gazetteer_countries()
    names = leader_names(leaders) if leaders else None
    found = []
    events: list[dict] = []
    for n in range(count):
        if n % per_event == 0:
            events.append(_varied_event(n // per_event, rng, countries, names))
        event = events[-1]
        before = [e for e in events[-300:] if _month(e["day"]) + 1 == _month(event["day"])]  # promised for the next month
        earlier = rng.choice(before) if before and rng.random() < 0.2 else None
        title, body = varied_article(event, rng, earlier)
        outlet = OUTLETS[n % len(OUTLETS)]
        published = event["day"] + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
        author = f"{rng.choice(MORE_FIRST)} {rng.choice(MORE_LAST)}"
        found.append((published, n, f"https://{outlet}/news/{n}", page(title, body, published, author)))
    return [(url, html) for _, _, url, html in sorted(found)]


def pages(count: int, seed: int = 7, per_event: int = 3, varied: bool = False, leaders: int | None = None) -> list[tuple[str, bytes]]:
    """``count`` (url, html) article pages, ``per_event`` outlets to an event (``varied``, ``leaders``: see the module's docstring)."""
    if varied:
        return varied_pages(count, seed, per_event, leaders)
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


def write_warc(path: Path, count: int, *, faults: bool = False, huge_bytes: int = 0, seed: int = 7, varied: bool = False,
               leaders: int | None = None) -> dict:
    """A gzipped WARC of ``count`` article records (plus, with ``faults``, the faulty ones); says what it holds."""
    items = pages(count, seed, varied=varied, leaders=leaders)
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
