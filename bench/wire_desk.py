"""The news desk of the synthetic corpus: picks agency, place, time and length of a story,
writes it with bylines and photo captions, and files lightly edited updates."""

from __future__ import annotations

import math
import random
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import wire_cast as cast
import wire_templates as tpl
import wire_vocab as vocab
from wire_story import Story, StoryWriter, ap_date

AGENCIES = {"Xinhua": 45, "China Daily": 10, "Global Times": 8, "AP": 14, "Reuters": 14, "AFP": 9}
# Where each agency files from: (kind, weight); kinds are resolved by `story_place`.
PLACES = {
    "Xinhua": (("cn", 50), ("foreign", 40), ("un", 7), ("us", 3)),
    "China Daily": (("cn", 80), ("foreign", 20)),
    "Global Times": (("cn", 75), ("foreign", 25)),
    "AP": (("us", 65), ("foreign", 30), ("un", 5)),
    "Reuters": (("foreign", 50), ("us", 30), ("cn", 15), ("un", 5)),
    "AFP": (("foreign", 70), ("cn", 15), ("us", 10), ("un", 5)),
}
WESTERN = ("AP", "Reuters", "AFP")
FRENCH_PLACES = ("PARIS", "GENEVE", "BRUXELLES", "DAKAR", "ABIDJAN", "KINSHASA", "ALGER", "RABAT")
MEDIAN_WORDS, WORDS_SIGMA = 215, 0.55
_FIGURE = re.compile(r"\b\d+(?:\.\d)?\b")


def weighted(rng: random.Random, options: dict | tuple) -> str:
    """One key of {option: weight} or of ((option, weight), ...)."""
    pairs = list(options.items()) if isinstance(options, dict) else list(options)
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def story_place(rng: random.Random, kind: str, language: str) -> cast.Place:
    """A place of `kind`: cn (city or town), foreign, us, un."""
    if language == "fr":
        city = rng.choice(FRENCH_PLACES)
        european = city in ("PARIS", "GENEVE", "BRUXELLES")
        country = vocab.COUNTRY_BY_NAME["France" if european else "Nigeria"]
        return cast.Place(city, cast.title_case(city), "", country)
    if kind == "cn":
        return cast.chinese_place(rng)
    if kind == "un":
        return cast.united_nations(rng)
    if kind == "us":
        city = rng.choice(vocab.US_DATELINES)
        return cast.Place(
            city, cast.title_case(city), "", vocab.COUNTRY_BY_NAME["the United States"]
        )
    return cast.foreign_place(rng)


def publication_time(rng: random.Random, start: date, days: int) -> datetime:
    """A local wall-clock time in the corpus window, busier by day than by night."""
    day = start + timedelta(days=rng.randrange(days))
    hour = min(23, int(abs(rng.gauss(13, 5))))
    return datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


def target_words(rng: random.Random) -> int:
    """Body length in words: log-normal, 100 to 1,200, mean about 260."""
    words = rng.lognormvariate(math.log(MEDIAN_WORDS), WORDS_SIGMA)
    return max(100, min(1200, int(words)))


def write_story(
    rng: random.Random, origin: int, start: date, days: int, force: dict
) -> tuple[Story, StoryWriter]:
    """A fresh story; `force` pins agency, place kind, language or time for coverage."""
    agency = force.get("agency") or weighted(rng, AGENCIES)
    french = agency in ("Xinhua", "AFP") and rng.random() < 0.04
    language = force.get("language") or ("fr" if french else "en")
    place = story_place(rng, force.get("place") or weighted(rng, PLACES[agency]), language)
    published = force.get("published") or publication_time(rng, start, days)
    # Beijing stamps run ahead of datelines abroad, Western stamps behind datelines in Asia
    shift = -1 if published.hour < 3 else 1 if published.hour >= 22 and agency in WESTERN else 0
    shift = shift if rng.random() < 0.6 else 0
    dateline_day = force.get("dateline_day") or published.date() + timedelta(days=shift)
    topic = "politics" if place.city == "United Nations" else rng.choice(list(tpl.TOPICS))
    writer = StoryWriter(rng, agency, topic, place, published, language)
    writer.curly = force.get("curly", writer.curly)
    paragraphs = [writer.render(writer.draw("lead"))]
    words, target = paragraphs[0].count(" ") + 1, target_words(rng)
    target = min(target, 180) if language == "fr" else target  # the French desk files briefs
    while words < target:
        paragraphs.append(writer.next_paragraph())
        words += paragraphs[-1].count(" ") + 1
    if writer.curly:
        paragraphs = [p.replace("'", "’") for p in paragraphs]
    story = Story(
        origin,
        agency,
        language,
        topic,
        published,
        place,
        dateline_day,
        headline=writer.render(writer.draw("headline")),
        paragraphs=paragraphs,
    )
    if force.get("byline") or rng.random() < 0.15:
        story.byline = byline(rng, agency, place)
    if force.get("caption") or rng.random() < 0.15:
        story.captions = captions(writer, len(paragraphs))
    return story, writer


def byline(rng: random.Random, agency: str, place: cast.Place) -> str:
    """The byline line in the agency's style."""
    chinese = 0.8 if agency in ("Xinhua", "China Daily", "Global Times") else 0.1
    first, second = cast.writer_name(rng, chinese), cast.writer_name(rng, chinese)
    two = rng.random() < 0.4
    match agency:
        case "Xinhua":
            return f"by Xinhua writers {first} and {second}" if two else f"by Xinhua writer {first}"
        case "China Daily":
            return f"By {first} in {place.city}"
        case "Global Times":
            return f"By Global Times reporter {first}"
        case "AP":
            return f"By {first.upper()} and {second.upper()}" if two else f"By {first.upper()}"
    return f"By {first} and {second}" if two else f"By {first}"


def captions(writer: StoryWriter, paragraphs: int) -> list[tuple[int, str]]:
    """One or two photo captions, each placed after a body paragraph."""
    rng, place, day = writer.rng, writer.place, writer.published.date()
    out = []
    for _ in range(1 if rng.random() < 0.7 else 2):
        scene = writer.render(rng.choice(writer.pools.get("scenes") or ("a view of the city",)))
        shot = day - timedelta(days=rng.randint(0, 2))
        where = place.where.removeprefix("in ")
        photographer = cast.writer_name(rng, 0.8 if writer.agency == "Xinhua" else 0.2)
        credit = {
            "Xinhua": f"(Xinhua/{photographer})",
            "AP": f"(AP Photo/{photographer})",
            "Reuters": f"REUTERS/{photographer}",
            "AFP": f"(Photo by {photographer} / AFP)",
            "China Daily": f"[Photo by {photographer}/China Daily]",
        }.get(writer.agency, "(Photo: VCG)")
        if rng.random() < 0.5:
            text = f"Photo taken on {ap_date(shot, True)} shows {scene[0].lower()}{scene[1:]} "
            text += f"in {where}. {credit}"
        else:
            text = f"{scene} in {where}, {ap_date(shot, True)}. {credit}"
        out.append((rng.randint(1, max(1, paragraphs - 1)), text))
    return out


def revise(story: Story, writer: StoryWriter, rng: random.Random) -> Story:
    """An update filed hours later: a figure corrected, a paragraph added, maybe one cut."""
    writer.rng = rng
    paragraphs = list(story.paragraphs)
    k = rng.randrange(len(paragraphs))
    paragraphs[k] = _FIGURE.sub(lambda m: _bump(m.group(), rng), paragraphs[k], count=1)
    paragraphs.insert(rng.randint(1, len(paragraphs)), writer.next_paragraph())
    if len(paragraphs) > 6 and rng.random() < 0.3:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    later = story.published + timedelta(minutes=rng.randint(40, 360))
    headline = story.headline if rng.random() < 0.7 else writer.render(writer.draw("headline"))
    return replace(
        story,
        paragraphs=paragraphs,
        published=later,
        headline=headline,
        revision=story.revision + 1,
    )


def _bump(figure: str, rng: random.Random) -> str:
    if "." in figure:
        return f"{float(figure) + rng.randint(1, 9) / 10:.1f}"
    return str(int(figure) + rng.randint(1, 9))
