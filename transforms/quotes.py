"""Direct quotations in article bodies and who said them (the grain of `quotes`).

One row per quotation: the words inside the quotation marks (`body[char_start:char_end]`),
the speech verb as written, and the speaker as written and as an entity. Wire copy
attributes quotations in a few fixed shapes, so a small regex grammar does it:

- trailing: `"...," Ren said`, `"...," said Ren`, `"...," said biologist Eduardo Carrillo`,
  `"...," according to Ren`, `"...", Ren told Xinhua`, `"...," Ren Xianliang, ..., said`;
- leading: `Ren said "..."`, `Ren said: "..."`, `According to Ren, "..."`;
- continued: an unattributed quotation of five words or more takes the speaker of the
  previous one in its paragraph, or of the paragraph before when it is a whole paragraph.

A quotation left open at a paragraph's end continues when the next paragraph opens with a
quotation mark (wire convention); its text then holds the break and the re-opening mark,
staying a plain slice of `body`, and `paragraph_end_index` says where it ends. Single
quotes inside double quotes stay in the text; typographic (“ ”) and straight (") marks are
both read. Not quotations: quoted titles and names (Title-Case spans; spans right after
`the`, `titled`, `dubbed`...) and short unattributed scare quotes. Speakers resolve to
entities as `_Cast.speaker_of` says.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from transforms.article import Article

QUOTES_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("quote_index", pa.int32(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("speaker_entity_id", pa.string()),
        pa.field("speaker_text", pa.string(), nullable=False),
        pa.field("verb", pa.string(), nullable=False),
        pa.field("char_start", pa.int32(), nullable=False),
        pa.field("char_end", pa.int32(), nullable=False),
        pa.field("paragraph_index", pa.int32(), nullable=False),
        pa.field("paragraph_end_index", pa.int32(), nullable=False),
        pa.field("attribution", pa.string(), nullable=False),  # trailing|leading|continued
        pa.field("speaker_char_start", pa.int32(), nullable=False),
        pa.field("speaker_char_end", pa.int32(), nullable=False),
    ]
)

_SPEECH_VERB_LIST = (
    "said says say told tells added adds noted notes stressed stresses asked asks warned warns"
    " explained explains wrote writes stated declared remarked emphasized emphasised underlined"
    " underscored insisted insists argued commented recalled recalls acknowledged admitted"
    " announced replied responded concluded observed suggested urged claimed confirmed"
    " reiterated highlighted predicted cautioned conceded agreed vowed pledged promised"
    " disclosed revealed recounted exclaimed affirmed tweeted"
)
_SPEECH_VERBS = _SPEECH_VERB_LIST.split()
_VERBS = "|".join([*_SPEECH_VERBS, r"pointed\s+out", r"was\s+quoted\s+as\s+saying"])
_ADVERB = r"(?:also|later|then|further|once|again|earlier)\s+"
_TITLE_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Amb|Rev|St|Mt|Jr|Sr)\."
_CAP_WORD = rf"(?:(?:[A-Z]\.){{1,3}}|{_TITLE_ABBREVIATION}|[A-ZÀ-ÖØ-Þ][\w'’-]*)"
_WORD = rf"(?:{_CAP_WORD}|[\w'’-]+)"
_NAME_LINK = r"(?:of|the|for|de|da|van|von|bin|al|del|la|le)"
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_NAME_LINK}\s+)?{_CAP_WORD}){{0,5}}"
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)"
# Before the verb the speaker is the shortest phrase that reaches it (lazy), so a name,
# a pronoun or a description (`the secretary-general`) all fit.
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SPEAKER = rf"(?:{_PRONOUN}|(?:{_DETERMINER}\s+{_WORD}|{_CAP_WORD})(?:\s+{_WORD}){{0,6}}?)"
# After the verb the speaker has nothing to stop it, so it ends at the first word that
# begins a new phrase. A name may follow a lowercase role: `said biologist Eduardo Carrillo`.
_STOP = r"(?:in|at|on|during|while|when|who|which|that|as|after|before|with|from|adding|noting)"
_ROLE = rf"(?:(?!{_STOP}\b|last\b|this\b|next\b)[a-z][\w'’-]*\s+){{1,3}}"
_SPEAKER_AFTER = (
    rf"(?:{_NAME}|{_ROLE}{_NAME}|{_DETERMINER}\s+{_WORD}(?:\s+(?!{_STOP}\b){_WORD}){{0,6}}"
    r"|he|she|they)"
)
_APPOSITIVE = r",\s[^,\"“”;]{1,80}?,"

_TRAILING = re.compile(
    rf"""\s*,?\s*(?:
        (?P<inverted_verb>{_VERBS})\s+(?P<inverted>{_SPEAKER_AFTER})
      | (?P<according_verb>according\ to)\s+(?P<according>{_SPEAKER_AFTER})
      | (?:(?P<named>{_NAME}){_APPOSITIVE}|(?P<speaker>{_SPEAKER}))
        \s+(?:{_ADVERB})?(?P<verb>{_VERBS})
    )\b""",
    re.VERBOSE,
)
_LEADING = re.compile(
    rf"""(?<![\w'’.-])(?:
        (?P<according_verb>[Aa]ccording\ to)\s+(?P<according>{_SPEAKER_AFTER})\s*,
      | (?:(?P<named>{_NAME}){_APPOSITIVE}|(?P<speaker>{_SPEAKER}))\s+(?:{_ADVERB})?
        (?P<verb>{_VERBS})\b(?:\s+[\w'’-]+){{0,8}}?\s*[:,]?
    )\s*$""",
    re.VERBOSE,
)
# A quoted span right after one of these names something (a report, a slogan, a term).
_NAMING_WORD_LIST = "the a an its his her their our titled entitled called dubbed named themed"
_NAMING_WORDS = frozenset([*_NAMING_WORD_LIST.split(), "so-called", "slogan", "theme", "motto"])
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to"}
# Words that must sit near an opening mark for `_LEADING` to be worth running.
_LEADING_CUES = {*_SPEECH_VERBS, "according", "According", "out", "saying"}
_QUOTE_MARK = re.compile('["“”]')
_PRONOUN_TYPES = {"he": ("PERSON",), "she": ("PERSON",), "they": ("PERSON", "ORG")}
# Heads of descriptions that name an organization or a document, never a person.
_ORGANIZATION_HEAD_LIST = (
    "ministry government company commission agency council committee department office embassy"
    " organization group firm bank court police authority authorities board association"
    " federation institute union university report statement study survey document plan paper"
)
_ORGANIZATION_HEADS = frozenset(_ORGANIZATION_HEAD_LIST.split())
_ROLE_DISTANCE = 30  # most chars between a name and its role: `Ren Xianliang, secretary-general`
_LEADING_WINDOW = 250  # chars before an opening mark searched for `X said:`
_LEADING_CUE_WORDS = 12  # a leading verb sits within this many words of the opening mark
_MIN_UNATTRIBUTED_WORDS = 5


class _Quoted(NamedTuple):
    """A span between quotation marks: mark offsets and the paragraphs it covers."""

    open_mark: int
    close_mark: int
    first_paragraph: int
    last_paragraph: int


class _Attribution(NamedTuple):
    speaker_text: str
    speaker_start: int
    speaker_end: int
    verb: str
    kind: str  # trailing | leading | continued


class _Entity(NamedTuple):
    entity_type: str
    names: tuple[str, ...]  # casefolded canonical name, then aliases


_Quote = tuple[_Quoted, _Attribution, str | None]  # span, attribution, speaker entity_id
_Mention = tuple[int, int, str, str]  # char_start, char_end, entity_id, entity type
_Spans = list[tuple[int, int]]  # (char_start, char_end) of each paragraph


def extract_quotes(articles: Sequence[Article], mentions: pa.Table, entities: pa.Table) -> pa.Table:
    """One row per direct quotation in each article's body, in reading order."""
    entity_by_id = _entities_by_id(entities, mentions)
    # a mention of an entity missing from `entities` is typed OTHER
    type_of = defaultdict(lambda: "OTHER", {i: e.entity_type for i, e in entity_by_id.items()})
    mentions_by_article = _mentions_by_article(mentions)
    rows = []
    for article in articles:
        body = article.body
        if '"' not in body and "“" not in body:
            continue  # most stories quote no one; skip them before any parsing
        starts, ends, ids = mentions_by_article.get(article.article_id, ([], [], []))
        typed = sorted(zip(starts, ends, ids, map(type_of.__getitem__, ids), strict=True))
        quotes = _article_quotes(article, body, _Cast(typed, entity_by_id, body))
        for index, (quoted, said, entity_id) in enumerate(quotes):
            text = body[quoted.open_mark + 1 : quoted.close_mark]
            rows.append(
                (
                    *(article.article_id, index, text, entity_id, said.speaker_text, said.verb),
                    *(quoted.open_mark + 1, quoted.close_mark),
                    *(quoted.first_paragraph, quoted.last_paragraph, said.kind),
                    *(said.speaker_start, said.speaker_end),
                )
            )
    columns = [list(column) for column in zip(*rows, strict=True)] or [[]] * len(QUOTES_SCHEMA)
    return pa.table(dict(zip(QUOTES_SCHEMA.names, columns, strict=True)), schema=QUOTES_SCHEMA)


def _article_quotes(article: Article, body: str, cast: _Cast) -> list[_Quote]:
    """Quotations of one article with their attribution and resolved speaker."""
    spans = article.paragraph_spans()
    found: list[_Quote] = []
    window_start = 0  # a leading attribution never reaches back past the last quotation
    for quoted in _quoted_spans(body, [start for start, _ in spans]):
        paragraph_start = spans[quoted.first_paragraph][0]
        lead_from = max(window_start, paragraph_start)
        window_start = quoted.close_mark + 1
        if _is_not_speech(body, quoted, paragraph_start):
            continue
        attribution = _trailing(body, quoted, spans) or _leading(body, quoted, lead_from)
        if attribution is None:
            attribution = _continued(body, quoted, spans, found)
            if attribution is None:
                continue
            entity_id = found[-1][2]
        else:
            entity_id = cast.speaker_of(attribution, quoted)
        found.append((quoted, attribution, entity_id))
    return found


def _quoted_spans(body: str, paragraph_starts: list[int]) -> list[_Quoted]:
    """Pair quotation marks, carrying an open quotation over a paragraph break.

    A typographic opening mark inside a quotation nests (it needs its own closing mark);
    a straight mark inside a typographic quotation is nested too. An opening mark left
    open at the end of a paragraph survives only if the next paragraph opens with a mark.
    """
    found: list[_Quoted] = []
    pending: tuple[int, int, str] | None = None  # open mark offset, paragraph, mark
    current = -1  # paragraph of the previous mark
    nested, straight_inside = 0, False
    for match in _QUOTE_MARK.finditer(body):
        offset, mark = match.start(), match.group()
        paragraph = bisect.bisect_right(paragraph_starts, offset) - 1
        if paragraph != current:
            nested, straight_inside = 0, False
            reopens = offset == paragraph_starts[paragraph] and mark != "”"
            continues = pending is not None and paragraph == current + 1 and reopens
            current = paragraph
            if continues:
                continue  # the re-opening mark of a quotation carried over the break
            pending = None
        if pending is None:
            if mark != "”":
                pending = (offset, paragraph, mark)
            continue
        if mark == "“":
            nested += 1
        elif mark == '"' and pending[2] == "“":
            straight_inside = not straight_inside
        elif mark == "”" and nested:
            nested -= 1
        else:
            found.append(_Quoted(pending[0], offset, pending[1], paragraph))
            pending = None
    return found


def _is_not_speech(body: str, quoted: _Quoted, paragraph_start: int) -> bool:
    """An empty span, or a quoted title, name or term.

    A title has every significant word capitalized (`"China Internet Development Report
    2023"`); a name or term follows a word that introduces one (`the`, `titled`, `dubbed`).
    """
    previous = body[max(paragraph_start, quoted.open_mark - 20) : quoted.open_mark].split()
    if previous and previous[-1].lower() in _NAMING_WORDS:
        return True
    inner = body[quoted.open_mark + 1 : quoted.close_mark]
    words = inner.split()
    if len(words) < 2 or inner.rstrip(",").endswith((".", "?", "!")):
        return not words
    for word in words:  # real quotations show a lowercase word within the first few
        word = word.lstrip("'‘([")
        if word[:1].islower() and word.rstrip(",.;:!?'’)") not in _SMALL_WORDS:
            return False
    return True


def _trailing(body: str, quoted: _Quoted, spans: _Spans) -> _Attribution | None:
    """`"...," X said` and its variants, read right after the closing mark.

    A quotation ending in a full stop ends its sentence, so what follows is not its
    attribution.
    """
    if body[quoted.close_mark - 1] == ".":
        return None
    paragraph_end = spans[quoted.last_paragraph][1]
    match = _TRAILING.match(body, quoted.close_mark + 1, paragraph_end)
    return _attribution(match, "trailing") if match else None


def _leading(body: str, quoted: _Quoted, lead_from: int) -> _Attribution | None:
    """`X said: "..."` and its variants, read in the sentence before the opening mark."""
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    # The full pattern is costly to try at every offset; most openings have no verb near.
    near = body[window_from : quoted.open_mark].split()[-_LEADING_CUE_WORDS:]
    if not any(word.rstrip(":,") in _LEADING_CUES for word in near):
        return None
    match = _LEADING.search(body, window_from, quoted.open_mark)
    return _attribution(match, "leading") if match else None


def _attribution(match: re.Match[str], kind: str) -> _Attribution:
    """Speaker and verb of a `_TRAILING` or `_LEADING` match. Its last group is the
    speaker of `said Ren` and `according to Ren`, else the verb of `Ren said`."""
    speaker = match.lastgroup or ""
    if speaker == "verb":
        speaker, verb = "named" if match["named"] else "speaker", match["verb"]
    else:
        verb = match[f"{speaker}_verb"]
    return _Attribution(match[speaker], *match.span(speaker), verb, kind)


def _continued(
    body: str, quoted: _Quoted, spans: _Spans, found: list[_Quote]
) -> _Attribution | None:
    """The previous quotation's speaker, for a quotation of five words or more (shorter
    ones are scare quotes) in its paragraph, or making up the paragraph after it."""
    if not found:
        return None
    inner = body[quoted.open_mark + 1 : quoted.close_mark]
    if len(inner.split()) < _MIN_UNATTRIBUTED_WORDS:
        return None
    previous_quoted, previous, _ = found[-1]
    start, end = spans[quoted.first_paragraph]
    after = body[quoted.close_mark + 1 : end]
    whole_paragraph = quoted.open_mark == start and not after.strip(" .,;")
    same_paragraph = previous_quoted.last_paragraph == quoted.first_paragraph
    next_paragraph = previous_quoted.last_paragraph == quoted.first_paragraph - 1
    if same_paragraph or (next_paragraph and whole_paragraph):
        return previous._replace(kind="continued")
    return None


class _Cast:
    """The people and organizations of one article, to put a name to a speaker."""

    def __init__(self, mentions: list[_Mention], entity_by_id: dict[str, _Entity], body: str):
        self.mentions, self.entity_by_id, self.body = mentions, entity_by_id, body

    def speaker_of(self, attribution: _Attribution, quoted: _Quoted) -> str | None:
        """The speaker's entity_id, or None; tried in order: a mention inside the speaker
        span (a person, or one ending the span: in `the UN chief` the `UN` is not the
        speaker); for a pronoun the last PERSON (or ORG, for `they`) before it; a name,
        alias or surname ending the span; a description (`the minister`)."""
        start, end = attribution.speaker_start, attribution.speaker_end
        inside = [m for m in self.mentions if m[0] < end and m[1] > start]
        inside = [m for m in inside if m[1] >= end or m[3] == "PERSON"]
        if inside:  # `Foreign Ministry spokesperson Wang Wenbin`: the person, not the ministry
            return min(inside, key=lambda m: (m[3] != "PERSON", -m[0]))[2]
        before, speaker = min(start, quoted.open_mark), attribution.speaker_text
        if speaker.lower() in _PRONOUN_TYPES:
            return self.last_mentioned(before, _PRONOUN_TYPES[speaker.lower()])
        return self.by_name(speaker, before) or self.by_description(speaker, before)

    def last_mentioned(self, before: int, types: tuple[str, ...]) -> str | None:
        """The entity of those types mentioned last before `before`."""
        earlier = [m for m in self.mentions if m[1] <= before and m[3] in types]
        return max(earlier, key=lambda m: m[1])[2] if earlier else None

    def named_with_role(self, role: str, before: int) -> str | None:
        """The person named right beside the last use of a role word before `before`:
        `Ren Xianliang, secretary-general of the WIC`, `UN Secretary-General Antonio Guterres`."""
        people = [m for m in self.mentions if m[1] <= before and m[3] == "PERSON"]
        text, found = self.body[:before].lower(), None
        for use in re.finditer(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text):
            gap = {m: max(m[0] - use.end(), use.start() - m[1]) for m in people}
            nearest = min(gap, key=gap.get, default=None)
            found = nearest if nearest and gap[nearest] <= _ROLE_DISTANCE else found
        return found[2] if found else None

    def by_name(self, speaker_text: str, before: int) -> str | None:
        """The PERSON/ORG whose name, alias or surname (first or last word of a person's
        name: Chinese and Western order) ends the speaker text; latest mentioned first."""
        speaker = f" {speaker_text.casefold()}"
        surname = speaker.split()[-1]
        candidates = [m for m in self.mentions if m[3] in ("PERSON", "ORG")]
        by_recency = sorted(candidates, key=lambda m: m[0] if m[0] < before else -1, reverse=True)
        for _, _, entity_id, entity_type in by_recency:
            names = self.entity_by_id[entity_id].names
            if any(speaker.endswith(f" {name}") for name in names):
                return entity_id
            name_words = names[0].split() or [""]
            if entity_type == "PERSON" and surname in (name_words[0], name_words[-1]):
                return entity_id
        return None

    def by_description(self, speaker_text: str, before: int) -> str | None:
        """`the secretary-general`, `the UN chief`: the person last named with that role, else
        the last person named; `the ministry`: the organization so named. `a spokesperson`
        introduces someone new and stays unresolved."""
        words = speaker_text.lower().split()
        if len(words) < 2 or words[0] != "the":
            return None
        head = words[-1]
        if head not in _ORGANIZATION_HEADS:
            return self.named_with_role(head, before) or self.last_mentioned(before, ("PERSON",))
        named = [m for m in self.mentions if m[0] < before and m[3] == "ORG"]
        named = [m for m in named if any(head in n.split() for n in self.entity_by_id[m[2]].names)]
        return max(named)[2] if named else None


def _entities_by_id(entities: pa.Table, mentions: pa.Table) -> dict[str, _Entity]:
    """The entities these mentions point to, filtered in Arrow before the Python loop."""
    mentioned = pc.is_in(entities["entity_id"], value_set=pc.unique(mentions["entity_id"]))
    columns = entities.filter(mentioned).select(["entity_id", "name", "type", "aliases"])
    by_id = {}
    for entity_id, name, entity_type, aliases in zip(*columns.to_pydict().values(), strict=True):
        names = tuple(n.casefold() for n in (name, *(aliases or ())) if n)
        by_id[entity_id] = _Entity(entity_type, names or ("",))
    return by_id


def _mentions_by_article(mentions: pa.Table) -> dict[str, tuple[list, list, list]]:
    """Each article's mention offsets and entity ids, grouped in Arrow rather than Python."""
    lists = [("char_start", "list"), ("char_end", "list"), ("entity_id", "list")]
    grouped = mentions.group_by("article_id").aggregate(lists).to_pydict()
    per_article = zip(*(grouped[f"{name}_list"] for name, _ in lists), strict=True)
    return dict(zip(grouped["article_id"], per_article, strict=True))
