"""Direct quotations in article bodies and who said them (the grain of `quotes`).

One row per quotation: the words inside the quotation marks (`body[char_start:char_end]`),
the speech verb as written, and the speaker as written and as an entity. Wire copy
attributes quotations in a few fixed shapes, so a small regex grammar does it:

- trailing: `"...," Ren said`, `"...," said Ren`, `"...," said biologist Eduardo Carrillo`,
  `"...," according to Ren`, `"...", Ren told Xinhua`, `"...," Ren Xianliang, ..., said`;
- leading: `Ren said "..."`, `Ren said: "..."`, `According to Ren, "..."`, `AP quoted
  Ren as saying "..."` (the one quoted speaks, not the agency);
- participles and relative clauses: `with analyst David Strauss saying "..."`, `Jobs
  resigned in a letter stating, "..."`, `Charles O'Reilly, an expert, who stated, "..."`;
- across a break: an introduction that ends the paragraph before (`he tweeted:`), and a
  verb alone on the line after (`"..."` then `said Stephen Harper.`);
- fragments: `X said the plan was "...`, and after a verb of judging or asking
  (`accused Y of being "..."`, `called for "..."`, `described it as "..."`, `praised by
  Jobs as "..."`);
- continued: an unattributed quotation of five words or more takes the speaker of the
  previous one in its paragraph, or of the paragraph before when it opens its paragraph;
- documents: `Facebook released a statement which read, "..."`, `"...", reads an AEW press
  release`, `according to a tweet by Mike Pompeo`: whoever issued or wrote it speaks;
- last, a quotation of four words or more inside a sentence of speech that none of the
  above reads (`Remarked scientist Tierra Curry, "..."`) goes to the sentence's subject,
  unless the sentence gives it to someone after it or its subject only heard it.

A quotation left open at a paragraph's end continues when the next paragraph opens with a
quotation mark (wire convention); its text then holds the break and the re-opening mark,
staying a plain slice of `body`, and `paragraph_end_index` says where it ends; where the
breaks were lost, a straight mark that can only open (`home. "Next`) ends the open
quotation and opens the next, the same speaker's. Single quotes inside double quotes stay
in the text; typographic (“ ”) and straight (") marks are both read. Not quotations: quoted
titles and names (Title-Case spans; spans right after `the`, `titled`, `dubbed`...) and
short unattributed scare quotes. Speakers resolve to entities as `_Cast.speaker_of` says:
`he`/`she` to the subject of the last sentence that names a person of that gender (not
`with Hans Blix`, and first who spoke in it), `it`/`they` and documents (`the memorandum`)
to the organization in context, and an unnamed speaker (`one observer`, `a local farmer`,
`the farmer`) keeps its text with no entity.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import pyarrow as pa
import pyarrow.compute as pc

from transforms.article import Article
from transforms.entities.rules import AGE
from transforms.entities.vocabulary import (
    ARABIC_ARTICLES,
    CALENDAR,
    COMPANY_ENDINGS,
    DEMONYMS,
    FEMALE_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
    NAME_PARTICLES,
    NEWS_AGENCIES,
    ORG_CUES,
    OTHER_OFFICE,
    PARTIES,
    PARTY_WORDS,
    POSTNOMINALS,
    SPEECH_ADVERBS,
    TITLES,
    UPPER_LETTERS,
    WEEKDAYS,
)
from transforms.entities.vocabulary import TITLE_MODIFIERS as _TITLE_MODIFIERS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DATE_WORDS = frozenset(w.casefold() for w in CALENDAR) | frozenset(map(str, range(1, 32)))


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
    " disclosed revealed recounted exclaimed affirmed tweeted joked quipped boasted complained"
    " lamented smiled smiles laughed laughs mused states claims comments declares remarks"
    " argues admits acknowledges announces replies responds concludes observes suggests"
    " confirms predicts enthused enthuses continued continues indicated indicates asserted"
    " asserts reasoned reads read informed reported countered counters concedes speculated"
    " opines opined answered answers"
)
_SPEECH_VERBS = _SPEECH_VERB_LIST.split()
_SPEECH_VERB_SET = frozenset(_SPEECH_VERBS)
# `was quoted by the Interfax news agency as saying`, `is quoted in the Chicago Sun-Times
# as saying`: the paper or agency only relays the words.
_QUOTED_AS = (
    r"(?:is|was|were|are)\s+quoted\s+(?:(?:by|in)\s+(?:[\w'’.-]+\s+){1,6}?)?"
    r"as\s+(?:saying|telling)"
)
# `Al-Majid is reported to have said "Thanks be to God"`: the report only relays them.
_REPORTED_TO_HAVE = (
    r"(?:is|was|were|are)\s+(?:reported|said|understood|believed|thought)\s+to\s+have\s+"
    r"(?:said|told|added|remarked|declared|shouted)"
)
# `Senator John Cornyn issued a statement regarding the decision. "..."`
_STATEMENT = r"(?:issued|released|put\s+out)\s+a\s+statement"
# (`the article continues to "needlessly spread fear"`: going on doing something, not
# going on speaking, unless what it goes on doing is speaking: `continued to warn`)
_CONTINUED = (
    r"continue[sd](?!\s+to\b)|continue[sd]\s+to\s+(?:warn|say|insist|argue|claim|maintain|stress)"
)
# (`It was keen to point out that any new tax ... should not hurt the "competitiveness of
# the airlines"`: the EU, whose `It` is the subject, spoke)
_KEEN_TO = (
    r"(?:was|were|is|are)\s+(?:keen|quick|eager|careful|anxious|at\s+pains)\s+to\s+"
    r"(?:say|stress|point\s+out|add|insist|emphasi[sz]e|note|underline|reassure)"
)
_VERBS = "|".join(
    [
        *(v for v in _SPEECH_VERBS if not v.startswith("continue")),
        _CONTINUED,
        _KEEN_TO,
        r"(?:pointed|points?)\s+out",
        _QUOTED_AS,
        _REPORTED_TO_HAVE,
    ]
)
# (`a foreign banker here recently told Reuters`: two at most)
_ADVERB = rf"(?:(?:{'|'.join(sorted(SPEECH_ADVERBS))})\s+){{1,2}}"
_TITLE_ABBREVIATION = r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Amb|Rev|St|Mt|Jr|Sr)\."
_DOMAIN = r"(?:\.(?:com|net|org))?"  # `Detik.com quoted Djamal as saying`
# A surname may open with its article in lower case: `," al-Maliki said`.
_ARTICLE = rf"(?:(?:{'|'.join(sorted(ARABIC_ARTICLES))})-(?=[A-Z]))"
_CAP_WORD = (
    rf"(?:(?:[A-Z]\.){{1,3}}|{_TITLE_ABBREVIATION}"
    rf"|{_ARTICLE}?[{UPPER_LETTERS}](?:[\w'’-]|&(?=[A-Z]))*{_DOMAIN})"
)
# ... or with its particle, a word of its own: `," van Horick added`, `," du Plessis told`
# (inside a longer name the particle links its words: `Heinrich von Moltke`).
_PARTICLE = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+(?:(?:der|den|de|la)\s+)?(?=[A-Z]))"
# `National Crime Agency (NCA)`, `Member of parliament (MP)`: a short form in brackets
# stays inside the speaker's phrase.
_SHORT_FORM = r"\([A-Z][A-Za-z.]{1,7}\)"
_WORD = rf"(?:{_CAP_WORD}|[\w'’-]+|{_SHORT_FORM})"
_NAME_LINK = r"(?:of|the|for|de|da|van|von|bin|al|del|la|le)"
# `Chancellor of the Exchequer Gordon Brown`: `of the` links a name's parts too.
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_NAME_LINK}\s+(?:the\s+)?)?{_CAP_WORD}){{0,5}}"
# A linking word set off by a comma opens a sentence; it names no one with an appositive
# (`However, one dealer, who asked not to be named, told`).
_LINKING_WORD = (
    r"(?:But|And|Yet|So|Meanwhile|However|Still|Now|Also|Then|Later|Earlier|Separately|Instead)"
)
_NAMED = rf"(?!{_LINKING_WORD},){_NAME}"
_DETERMINER = r"(?:[Tt]he|[Aa]nother|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)"
# Before the verb the speaker is the shortest phrase that reaches it (lazy), so a name,
# a pronoun or a description (`the secretary-general`) all fit.
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)"


_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)\s+"  # `1st Fleet Command's ... head Arba Agung`
# A word opening a clause that goes on in lower case is no speaker (`When asked if ...
# Eriksson replied:`; but `As Heald told The Huffington Post,` names him)
_SUBORDINATOR = r"(?:When|If|After|Before|While|As|Although|Though|Unless|Until|Once|Because)"
_STAGE_NUMBER = r"\d{1,2}\s+(?=[A-Z])"  # (`50 Cent said`: a stage name's number)


def _speaker_phrase(most: int) -> str:
    """A pronoun, a description or a name of at most `most` + 1 words, shortest first;
    a name may carry an age (`19-year-old Simpson revealed`), an ordinal or a stage name's
    number before it."""
    return (
        # (`," one said`: one of those the story spoke of, unnamed)
        rf"(?:{_PRONOUN}|[Oo]ne|(?:{_DETERMINER}\s+{_WORD}|(?!{_SUBORDINATOR}\s+[a-z])"
        rf"(?:{AGE}\s+|{_ORDINAL}|{_PARTICLE}|{_STAGE_NUMBER})?{_CAP_WORD})"
        rf"(?:\s+{_WORD}){{0,{most}}}?)"
    )


_SPEAKER = _speaker_phrase(6)
# Right after a quotation the speaker's phrase may run longer, its start being fixed:
# `," the central bank's vice president Farhat Omar Ben Gadaravice said`.
_SPEAKER_AFTER_QUOTE = _speaker_phrase(9)
# After the verb the speaker has nothing to stop it, so it ends at the first word that
# begins a new phrase. A name may follow a lowercase role: `said biologist Eduardo Carrillo`.
_STOP = r"(?:in|at|on|during|while|when|who|which|that|as|after|before|with|from|adding|noting)"
# How a document reached the press is no part of whose it is: `said the statement
# broadcast on local radio`, `said the communique issued after the talks` (but `released
# by Erdogan's office` says whose it is).
_HANDED_OUT = (
    r"(?:issued|released|published|broadcast|carried|circulated|distributed|posted|faxed"
    r"|obtained|sent|read\s+out)\b(?!\s+by\b)"
)
# A people's or a region's word may sit inside the role: `chief Asian strategist`; two
# roles may be joined: `president and chief executive officer`, `former Olympian and BBC
# pundit`, `former Nevada Sen. and Reagan confidant`.
_ROLE = (
    rf"(?!and\b|or\b|one\b|another\b)(?:(?!{_STOP}\b|last\b|this\b|next\b|the\b|an?\b)[a-z][\w'’-]*\s+"
    rf"(?:(?:(?:[A-Z][a-z]+\s+)?{_TITLE_ABBREVIATION}|[A-Z][a-z]+|[A-Z]{{2,5}})\s+(?=[a-z]))?){{1,6}}"
)
# Heads of descriptions that name a document.
_DOCUMENT_HEAD_LIST = (
    "report statement study survey document plan paper memorandum memo communique letter"
    " release notice declaration filing circular bulletin resolution email e-mail decree"
    " opinion ruling judgment judgement post tweet message description instructions guidance"
    " editorial article commentary book pitch brief order motion petition manifesto warning"
)
_DOCUMENT_HEADS = frozenset(_DOCUMENT_HEAD_LIST.split())
_DOCUMENT_ALTERNATION = "|".join(sorted(_DOCUMENT_HEADS))
_TITLE_WORD = "|".join(
    sorted((re.escape(t) for t in TITLES if " " not in t), key=len, reverse=True)
)
# A firm's name may join two names (`said Carroll McEntee and McGinley analyst Denis
# Karnosky`, `added Ernst and Young's Sanjay Mehta`): the analyst speaks. Wire copy
# capitalizes joined roles (`said Advanced Genetic Sciences President and Chief Executive
# Officer Joseph Bouckaert`): the name after the second role speaks. A portfolio of two
# names is one role (`said Economic and Fiscal Policy Minister Heizo Takenaka`).
_SPEAKER_AFTER = (
    rf"(?:{_NAME}\s+and\s+(?i:(?=(?:{_TITLE_WORD})\b)){_NAME}"
    rf"|[A-Z][a-z]+\s+and\s+(?:[A-Z][a-z]+\s+){{1,3}}?(?i:{_TITLE_WORD})\s+{_NAME}"
    rf"|{_NAME}(?:\s+(?:and|&)\s+{_NAME})?\s+{_ROLE}{_NAME}"
    rf"|{_NAME}\s+(?:and|&)\s+[A-Z][\w-]*['’]s\s+{_NAME}|{_NAME}|{_ROLE}{_NAME}"
    # (`said a commentary in the official China Daily`: the paper's)
    rf"|{_DETERMINER}\s+(?:[a-z-]+\s+){{0,2}}(?:{_DOCUMENT_ALTERNATION})\s+in\s+(?:the\s+)?"
    rf"(?:[a-z-]+\s+)?{_NAME}"
    rf"|{_DETERMINER}\s+{_WORD}(?:\s+(?!{_STOP}\b|{_HANDED_OUT}\b){_WORD}){{0,9}}"
    r"|he|she|they|it|him|her|them)"
)
# `Ren Xianliang, secretary-general of the WIC, said`, also with a relative clause on the
# role (`Nick Davies, spokesman for the IAAF, which handed out the bans, said`); copy often
# drops the closing comma (`Luigi Lucchini, president of the employers organisation
# Confindustria said`): a role that starts in lower case and holds `of`, `at` or `for` runs
# on to the verb.
# An appositive ends no sentence inside it (`Letisha Shakespeare, 17. Size, whose album
# won ..., said`: Size speaks).
_IN_APPOSITIVE = r"(?:(?!(?<=\d)\.\s|(?<=[a-z]{3})\.\s)[^,\"“”;])"
# (`Supermarkets General -- responding to a letter by Dart -- said`: an aside between dashes)
_DASHED_ASIDE = r"\s(?:--|[–—])\s(?:(?!\s--)[^\"“”;:–—]){1,100}?\s(?:--|[–—])"
# (`Richard Jacob, Day chairman and chief executive officer said`: a firm and a role, the
# closing comma lost; `Yao Liu, president of Chi Shun Hwa Steel Co, a leading shipbreaker,
# told`: two parts)
_APPOSITIVE = (
    rf"(?:{_DASHED_ASIDE}|,\s(?:{_IN_APPOSITIVE}{{1,100}}?,(?:\s{_IN_APPOSITIVE}{{1,80}}?,)??"
    r"(?:\s[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?,)?"
    r"(?:\s(?:which|who|whose|where)\s[^,\"“”;]{1,60}?,)?"
    r"|(?=[a-z])[^,\"“”;.:]{0,50}?\b(?:of|at|for|from)\s[^,\"“”;.:]{1,60}?(?=\s)"
    # (`Stephen G. Jerritts, president and chief operating officer said`: a role alone)
    rf"|(?=[a-z])(?!(?:the|an?|his|her|its|their)\s)[^,\"“”;.:]{{0,50}}?\b(?:{_TITLE_WORD})(?=\s)"
    rf"|[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){{0,2}}(?:\s[a-z][\w-]*){{0,6}}?\s(?:{_TITLE_WORD})(?=\s)))"
)
# `the official, who asked not to be named, told Reuters`: a relative clause between
# commas on an unnamed speaker. One of `whose` may hold a list (`The Oscar-nominated actor,
# whose films include Schindler's List, Michael Collins and ..., said`).
_RELATIVE_SET_OFF = (
    r"(?:,\s(?:(?:who|which)\s[^,\"“”;]{1,60}?"
    r"|whose\s(?:(?!(?<=[a-z]{3})\.\s)[^\"“”;]){1,120}?),)"
)
# The pronoun or the name that opens a sentence (`Van Ittersum noted ... and added`).
# (A sentence found to open at `." ` opens after the closing mark: `peace." He called`.)
_OPENING_PRONOUN = re.compile(
    rf"(?:(?<=[.!?])[\"”])?\s*(?:[\w'’-]+,?\s+){{0,3}}?(?P<speaker>{_PRONOUN})\b"
)
_OPENING_NAME = re.compile(rf"\s*(?P<speaker>{_NAME})(?=\s+[a-z])")
# What follows a possessive after the verb: `said Mr Blair's [official spokesman]`.
_POSSESSED = re.compile(rf"(?:\s+(?!{_STOP}\b){_WORD}){{1,5}}?(?=\s*[,.;:]|\s+{_STOP}\b|\s*$)")

# `AP quoted prosecutor Lena Fischer as saying`: the one quoted is the speaker, not the
# paper or agency that quotes; its name may run to a few words (`the Times`).
_QUOTING = rf"(?:{_NAME}|{_DETERMINER}\s+{_WORD}(?:\s+{_WORD}){{0,3}}?)\s+"
# (`The daily al-Riyadh reported Prince Sultan as saying`, `The statement quoted Fernandez
# as stressing`: the one reported speaks)
_QUOTED_OBJECT = (
    rf"(?P<quoted_as_verb>quoted|reported|cited)\s+(?P<quoted_as>{_SPEAKER_AFTER})"
    # (`quoted an insider in the talks as saying`: where the one quoted sits)
    r"(?:\s+(?:in|at|on|close\s+to)\s+(?:the\s+)?[\w'’-]+)?"
    r"\s+as\s+(?:saying|stressing|adding|warning|telling)\b"
)
_TRAILING = re.compile(
    rf"""\s*,?\s*(?:
        {_QUOTING}{_QUOTED_OBJECT}
      # (`said 25-year-old Amina Muhammad`: the age is no part of the name)
      | (?P<inverted_verb>{_VERBS})\s+(?:{AGE}\s+)?(?P<inverted>{_SPEAKER_AFTER})
      | (?P<according_verb>according\ to)\s+(?P<according>{_SPEAKER_AFTER})
      | (?:(?P<named>{_NAMED}){_APPOSITIVE}
          # `the play's organiser in Uganda, Sarah Mukasa, told`, `Escom chairman, John
          # Maree, told`
          |(?P<described>{_DETERMINER}\s+{_WORD}(?:\s+{_WORD}){{0,8}}?
            |{_NAME}(?:\s+[a-z][\w'’-]*){{1,4}}),\s{_NAME},
          |(?P<speaker>{_SPEAKER_AFTER_QUOTE}|{_NAME}\s+{_ROLE}{_NAME}|{_ROLE}{_NAME})
            {_RELATIVE_SET_OFF}?
          # (`," JP Morgan chief executive William Harrison and chief operating officer
          # James Dimon said`: two who speak together; the first named stands for both)
          |(?P<joint>(?:{_NAME}\s+)?{_ROLE}{_NAME})\s+and\s+{_ROLE}{_NAME})
        # (`," shop owner Hayriye Evren, told Associated Press`: a stray comma)
        ,?\s+(?:{_ADVERB})?(?P<verb>{_VERBS})
    )\b""",
    re.VERBOSE,
)
# `," said chairman of the ISM's survey committee.`: a role of a body, its article
# dropped, names someone the story does not name (not the last speaker).
_ROLE_OF_BODY_AFTER = re.compile(
    rf"""\s*,?\s*(?P<inverted_verb>{_VERBS})\s+(?P<inverted>(?!{_STOP}\b|{_ADVERB})[a-z][\w'’-]*
    (?:\s+[a-z][\w'’-]*){{0,2}}\s+(?:of|at|for)\s+[^,.;:"“”]{{2,60}}?)(?=\s*[.,;])""",
    re.VERBOSE,
)
# `"...," is the dry assessment of Graham Lane`: whose judgement the words are.
_VERDICT_OF = re.compile(
    r"\s*,?\s*(?:is|was)\s+the\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<verdict_verb>assessment|verdict|view|opinion|judgement|judgment|conclusion|advice)"
    rf"\s+of\s+(?P<verdict>{_SPEAKER_AFTER})"
)
# (`, said the minister.`; not `, told the crowd through loudspeakers.`: an object)
_INVERTED_VERBS = r"(?:said|says|added|adds|insisted|insists|warned|warns)"
# (`..." to make the offer, Thomas Kay, administrator of the service, told Reuters.`: a
# role may follow the name, and whom they spoke to the verb)
_CLAUSE_THEN_SPEAKER = re.compile(
    rf"""\s+[a-z][^.!?;\"“”\n]{{0,150}}?,\s+(?:(?P<speaker>{_NAME}|he|she)
    (?:,\s+[a-z][^,.;\"“”\n]{{1,80}},)?\s+(?P<verb>{_VERBS})
    # (`"...separately," breaking its historical pattern, says Luckey.`)
    |(?P<inverted_verb>{_INVERTED_VERBS})\s+(?P<inverted>{_NAME}))(?:\s+(?:Reuters|reporters))?\.""",
    re.VERBOSE,
)
# `but "sustained and deep reform efforts" are needed, the International Monetary Fund
# (IMF) has said.`: the sentence a fragment sits in closes with its attribution. A short
# quoted name may stand in the clause between (`his "Nazi" comment`).
_CLAUSE_TO_ATTRIBUTION = re.compile(
    rf"""(?:[^.!?;"“”\n]|["“][^"“”\n.!?]{{1,40}}["”]){{0,200}}?(?:,\s+(?:
        (?P<speaker>{_ROLE}{_NAME}|{_SPEAKER_AFTER_QUOTE})\s+(?:(?:has|have|had)\s+)?
        (?:{_ADVERB})?(?P<verb>{_VERBS})
      | (?P<inverted_verb>{_INVERTED_VERBS})\s+(?P<inverted>{_SPEAKER_AFTER}))
      # (`recovered "broken into two pieces" from the mud, according to investigators.`)
      | ,?\s+(?P<according_verb>according\ to)\s+(?P<according>{_SPEAKER_AFTER}
        |(?:[a-z][\w-]*\s)?[a-z][\w-]*s(?=\.)))
    # (`, spokesman Rich Hall said in a telephone interview.`: where or when it was said)
    (?:\s+(?:in|on|at|during|after|from|to)\s[^.!?;,"“”\n]{{1,80}})?\.(?=\s|$)""",
    re.VERBOSE,
)
# `Economist Colen Garrow said the budget would help. "It's pleasant to see..."`: the
# sentence before an unattributed quotation reports the same speaker.
# It may open with a phrase of its own (`As a result, Woodward stressed...`) and hold a
# quoted fragment (`He said the philosopher was a "towering contributor".`).
# (`Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of ...`: what a
# person is known for, in brackets after the name)
_KNOWN_FOR = r"(?:\s\([^()\"“”]{1,80}\))?"
# A body's long name, a role and a name may run past a description's length: `White House
# National Security Council spokesman Gordon Johndroe called on Turkey "to continue ..."`.
# A phrase may come first, or two when the first's second word is in lower case (`At the
# press conference, held at the airport, Yayi thanked Bush ... and praised him for his
# "..."`; not `Lindner, the Cincinnati, Ohio, investor`).
_REPORTING_SUBJECT = rf"""(?:[A-Z][^,.!?"“”]{{0,100}},\s+
    |[A-Z][a-z]*\s[a-z][^,.!?"“”]{{0,58}},\s+[a-z][^,.!?"“”]{{0,60}},\s+)??
    (?<![\w'’.-])
    (?:(?P<named>{_NAMED}){_APPOSITIVE}
      |(?P<speaker>{_SPEAKER}|{_NAME}\s+{_ROLE}{_NAME})(?:{_KNOWN_FOR}|{_RELATIVE_SET_OFF}),?)
    \s+(?:{_ADVERB})?"""
_REPORTED = re.compile(
    rf"{_REPORTING_SUBJECT}(?P<verb>{_VERBS}|{_STATEMENT})\b[^.!?]{{0,300}}[.!?][\"”]?\s*$",
    re.VERBOSE,
)
# `A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown had a
# role. "..."`: the subject of a verb that `and` joins to a verb of speech.
_REPORTED_JOINED = re.compile(
    rf"""(?P<speaker>{_DETERMINER}\s+{_WORD}(?:\s+{_WORD}){{0,5}}?|{_NAME})
    \s+[a-z]+(?:ed|s)\b(?:\s+[^\s.!?"“”]+){{0,10}}?\s+and\s+(?:{_ADVERB})?(?P<verb>{_VERBS})\b
    [^.!?]{{0,300}}[.!?][\"”]?\s*$""",
    re.VERBOSE,
)
# `Strong winds presented difficulty during the crossing, Zapata said, adding it required
# endurance. "It's an isometric exercise..."`: a clause of any length may come before a
# subject and verb that close the sentence or lead only to a participle.
_REPORTED_AFTER = re.compile(
    rf"""[A-Z][^.!?\"“”]{{20,300}}?,\s+(?<![\w'’.-])
    (?:(?:(?P<named>{_NAMED}){_APPOSITIVE}|(?P<speaker>{_SPEAKER}))\s+(?:{_ADVERB})?(?P<verb>{_VERBS})
      # (`... will disappear into one's clothing, says Mr Pearson. "So the gadgets ..."`;
      # not `Dolores M Troiani, said her client was likely to sue`: what she said)
      |(?P<inverted_verb>{_INVERTED_VERBS})\s+(?P<inverted>(?:{_ROLE})?{_NAME}
        |(?:the|an?)\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}))
    (?:,\s+(?:adding|noting|saying)\b[^.!?]{{0,300}})?[.!?][\"”]?\s*$""",
    re.VERBOSE,
)
# `Lord Goldsmith said the answer represented his "genuinely held view"`: a fragment
# quoted inside a sentence that reports what its subject said.
# A fragment also gives the words of one who judges or asks for something in them
# (`accused the firm of being "totally irresponsible"`, `called for "an end to the
# killing"`), though such verbs report no whole quotation. A full stop inside a number
# (`8.5 pct`) or a short form (`the U.S. economic growth rate`) does not end the sentence.
_STANCE_VERBS = (
    r"accused|accuses|described|describes|branded|brands|labelled|labeled|condemned|criticised"
    r"|criticized|hailed|praised|dismissed|called\s+for|calls\s+for|demanded|blamed"
    r"|called|calls|termed|alleged|alleges|characterized|characterised|thanked"
    r"|commended|commends"
    r"|found|finds|ruled|rules"  # `The court found Johnson's advice "was motivated by..."`
    # `Trump assailed the event as the "darkest ... convention"`, `lauded Cain as a "..."`
    r"|assailed|assails|lauded|lauds|slammed|slams|blasted|blasts|lambasted|decried|decries"
    r"|denounced|denounces|regarded|regards|apologised|apologized|apologises|apologizes"
    # `encouraged people to "get off the shoreline"`, `pleads with the prime minister to
    # utilise "every way possible"`: asking someone to do something, in the asker's words
    r"|encouraged|encourages|pleaded|pleads|begged|begs|appealed|appeals"
)
# `A spokesman for the bank said`: the body a spokesperson speaks for, by its kind.
_FOR_DESCRIBED_BODY = re.compile(r"\s+for\s+the\s+([a-z]+)\b(?!\s+[A-Z])")
# People a story does not name, speaking as many: `police said`, `sources said`.
_MANY_UNNAMED_SAID = re.compile(
    r"\b(?:[Pp]olice|[Oo]fficials|[Ss]ources|[Aa]nalysts|[Ee]xperts|[Dd]ealers|[Tt]raders"
    r"|[Bb]rokers|[Ee]conomists|[Dd]iplomats|[Ww]itnesses|[Rr]esidents|[Ll]eaders|[Ww]orkers"
    r"|[Pp]rotesters|[Ff]armers|[Ee]xecutives|[Oo]rgani[sz]ers|[Bb]ankers|[Oo]bservers"
    rf"|[Rr]esearchers|[Ss]cientists|[Ii]nstitutes|[Uu]nions)\s+(?:{_ADVERB})?"
    rf"(?:{_VERBS})\b"
)
# `said Anton Winkler`: a verb of speech right before a name.
_SAID_BEFORE = re.compile(rf"\b(?:{_VERBS}),?\s+(?:[\w.'’-]+\s+){{0,3}}$")
_PRONOUN_SAID = re.compile(rf"\b{_PRONOUN}\s+(?:{_ADVERB})?(?:{_VERBS})\b")
# A verb right after a name that makes its sentence a new speaker's (`Dave Prentis
# criticised the plans.`).
_GAP_VERB = re.compile(rf"\s+(?:{_ADVERB})?(?:{_VERBS}|{_STANCE_VERBS})\b")
# A subject's mood before its words: `Martyn Williams was keen not to talk about`.
_MOOD = (
    r"\s+(?:was|is|were|are|remained|seemed)\s+(?:[a-z]+ly\s+)?(?:keen|delighted|pleased|happy"
    r"|adamant|confident|upbeat|philosophical|bullish|cautious|disappointed|frustrated|angry"
    r"|relieved|optimistic|ecstatic|unhappy|furious|satisfied|convinced|full\s+of\s+praise"
    r"|in\s+no\s+doubt|quick\s+to)\b"
)
# (`Ian Pearson, BT's futurologist, told`)
_GAP_VERB_AFTER_ROLE = re.compile(rf"(?:{_APPOSITIVE})?(?:{_GAP_VERB.pattern}|{_MOOD})")
_STANCE_CUES = frozenset(re.sub(r"\\s\+for", "", _STANCE_VERBS).split("|"))
_EMBEDDING = re.compile(
    rf"""{_REPORTING_SUBJECT}(?P<verb>{_VERBS}|{_STANCE_VERBS})\b
    (?:[^.!?\"“”]|\.(?=\d|\s[a-z0-9]|[A-Z]\.)){{0,300}}$""",
    re.VERBOSE,
)
# Whose someone unnamed is: `the aide to Lyng`.
_WHOSE = re.compile(r"\s+to\s+[A-Z]")
# Between a verb of speech and the name that opens what was said.
_OPENS_REPORT = re.compile(r"\s+(?:that\s+)?")
# Someone known only by whom they are near: `a source close to Reagan`.
_CLOSE_TO = re.compile(r"\b(?:close|closest|near|familiar)\s+(?:to|with)\s")
# An auxiliary makes a passive (`the point was argued`): no one reporting.
_AUXILIARY = r"(?:was|were|is|are|be|been|being|had|has|have)"
# A report inside a report (see `_reported_speaker`): `noted that a recent article in
# Izvestia said`, `USDA said the petitioning firms claimed`.
_NESTED_REPORT = re.compile(
    # (`NATO has insisted ..., and the United Nations said the death marked a "..."`: the
    # last clause that reports before the quotation)
    rf"""(?:\b(?:that|said|says)|,\s+and)\s+(?:(?:the\s+)?(?P<named>{_NAME})(?:{_APPOSITIVE})?
    |(?P<described>{_DETERMINER}\s+[a-z][\w'’-]*(?:\s+(?!{_AUXILIARY}\b)[a-z][\w'’-]*){{0,2}}?
      (?:\s+(?:in|of|by)\s+{_NAME})?))
    \s+(?:{_ADVERB})?(?P<verb>{_VERBS})\b""",
    re.VERBOSE,
)
_LEADING = re.compile(
    rf"""(?<![\w'’.-])(?:
        (?P<according_verb>[Aa]ccording\ to)\s+(?P<according>{_SPEAKER_AFTER})\s*,
      # `in the words of the Crown prosecutor, Mark Tedeschi, QC,`
      | (?P<words_verb>in\ the\ words\ of)\s+(?P<words>[^.;:\"“”]{{3,90}}?)\s*,
      | {_QUOTING}{_QUOTED_OBJECT}(?:\s+[\w'’-]+){{0,8}}?\s*[:,]?
      # `The study's lead author, doctoral candidate Maninder Thind, said`: a description
      # may carry the appositive that names it.
      | (?:(?P<named>{_NAMED}){_APPOSITIVE}
        |(?P<described>{_DETERMINER}\s+{_WORD}(?:\s+{_WORD}){{0,8}}?),\s[^,\"“”;]{{0,60}}?{_NAME},
        |(?P<speaker>{_SPEAKER}){_RELATIVE_SET_OFF}?)\s+(?:{_ADVERB})?
        # (`..., the resolution said, and "constitute another..."`; `told Space.com:`)
        (?P<verb>{_VERBS})\b(?:,\s+(?:and|but)|(?:\s+[\w'’-]+(?:\.[\w'’-]+)*){{0,8}}?\s*[:,;]?)
    )\s*$""",
    re.VERBOSE,
)
# `..., with UBS analyst David Strauss saying "..."`, `Jobs resigned in a letter stating,
# "..."`, `the UAW issued a statement saying "..."`: a participle of speech before the
# opening mark (a fragment may sit between them); `Charles O'Reilly, a management expert,
# who stated, "..."`: a relative clause of speech.
_PARTICIPLE_VERBS = (
    "saying|stating|adding|noting|declaring|explaining|insisting|asking|writing|telling"
    "|calling|posting|tweeting|accusing|describing|urging|claiming|arguing"
    "|screaming|shouting|yelling"
)
_NAMING_VERBS = "called|calls|termed|terms|dubbed|dubs"
_NAMING_VERB_SET = frozenset(_NAMING_VERBS.split("|"))
# A clause that goes on to speech: `..., saying it was a sign of strength.`
_SPEAKING_ON = re.compile(
    r",\s+(?:saying|stating|adding|noting|declaring|explaining|insisting|arguing|claiming)\s"
)
_PARTICIPIAL = re.compile(
    rf"""(?:(?<=,)|(?<=\s))(?:(?P<relative>who)\s+(?:{_ADVERB})?(?P<relative_verb>{_VERBS})
        |(?P<participle>{_PARTICIPLE_VERBS}))\b
        (?:\s+[\w'’$%.,:()-]+){{0,10}}?\s*[:,]?\s*$
      # `was praised by Jobs as "..."`, `what Steve Jobs described as "..."`, `and
      # described him as "..."`: a judgement in the judge's words.
      |(?<=\s)(?P<stance>described|called|termed|branded|labell?ed|hailed|praised|characteri[sz]ed)
        (?:\s+by\s+(?:the\s+)?(?P<agent>{_NAME}
          # (`described by one civil service union as "..."`: someone unnamed)
          |(?:one|an?|another)\s+(?:[a-z-]+\s+){{0,3}}[a-z]+))?(?:\s+[\w'’-]+){{0,4}}?\s+as
        (?:\s+an?)?\s*$
      # `what spokeswoman Phyllis Oakley called, "..."`, `which the New York Times called
      # "..."`, `what he calls a "..."`: the one who named it so.
      |(?<=\s)(?:what|which)\s+(?:(?:the|[a-z]+)\s+){{0,2}}(?P<namer>{_NAME}|he|she|it|they)
        \s+(?P<naming>{_NAMING_VERBS})(?:\s+(?:an?|the))?\s*,?\s*$""",
    re.VERBOSE,
)
# A quoted span right after one of these names something (a report, a slogan, a term).
_NAMING_WORD_LIST = "the a an its his her their our titled entitled called dubbed named themed"
_NAMING_WORDS = frozenset([*_NAMING_WORD_LIST.split(), "so-called", "slogan", "theme", "motto"])
# After a determiner (`the word "present"`, not `a longer term "step change"`): a term.
_TERM_WORDS = _words("word term phrase expression nickname codename")
_TERM_DETERMINERS = _words("the a an this that")
# Of those, the ones that may stand before a quoted fragment of someone's words.
_DETERMINER_WORDS = frozenset(["the", "a", "an", "its", "his", "her", "their", "our"])
_SPOKESPEOPLE = frozenset(["spokesman", "spokeswoman", "spokesperson", "spokespeople"])
_SPOKESPEOPLE_ALTERNATION = "|".join(sorted(_SPOKESPEOPLE))
_SPOKESPERSON_FOR = re.compile(
    rf"\b(?:{_SPOKESPEOPLE_ALTERNATION})\s+(?:for|of)\s+(?P<body>the(?:\s+[a-z]+){{1,2}})\b"
)
_SPOKESPERSON_BEFORE = re.compile(
    rf"\b(?:{_SPOKESPEOPLE_ALTERNATION})\s+(?:for|of|at)\s+(?:the\s+)?$"
)
_SPOKESPERSON_AFTER = re.compile(rf"\s(?:[a-z]+\s)?(?:{_SPOKESPEOPLE_ALTERNATION})\b")
# `the prime minister's official spokesman`: one who speaks for whoever holds an office.
_OFFICE_SPOKESPERSON = re.compile(
    rf"(?P<office>the(?:\s+[a-z][\w-]*){{1,3}})['’]s\s+(?:official\s+)?(?:{_SPOKESPEOPLE_ALTERNATION})"
)
# `The Game, whose real name is Jayceon Taylor,`: a stage name's real one after it.
_REAL_NAME = re.compile(r",\s+(?:whose\s+real\s+name\s+is|real\s+name|born)\s+")
# `French economists, including Cheval`: one named among the people of a sentence's subject.
_INCLUDING_BEFORE = re.compile(r",\s+including\s+$")
# `A Labour source`, `party sources`: a body's source, after the body's name.
_SOURCE_AFTER = re.compile(r"\s(?:[a-z]+\s)?sources?\b")
# Words that open a description standing for a named speaker (`Another co-author, ...`).
_DESCRIPTION_OPENERS = _DETERMINER_WORDS | {"another", "one"}
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "the", "to"}
# Words that must sit near an opening mark for `_LEADING` to be worth running.
_LEADING_CUES = {*_SPEECH_VERBS, "according", "According", "out", "saying", "words", "statement"}
_QUOTE_MARK = re.compile('["“”]')
_JOINED_VERB = re.compile(rf"\s*and\s+(?:{_ADVERB})?(?P<verb>{_VERBS})\s*[:,]?\s*")
# What a pronoun may stand for, most likely first: `they` and `it` are mostly bodies.
_PRONOUN_TYPES = {
    "he": ("PERSON",),
    "she": ("PERSON",),
    "they": ("ORG",),
    "it": ("ORG",),
}
# Heads of descriptions that name an organization, never a person (a document's head,
# `_DOCUMENT_HEADS`, speaks for the body that issued it: the last one named).
_ORGANIZATION_HEAD_LIST = (
    "ministry government company commission agency council committee department office embassy"
    " chamber jury panel"
    " organization organisation group firm bank court police authority authorities board"
    " association federation institute union university service bureau administration cabinet"
    " parliament party club corporation exchange secretariat regulator watchdog army military"
    " city municipality centre center"
    " presidency kremlin delegation mission fund foundation alliance coalition league team"
    " magazine newspaper journal website broadcaster channel station network"
)
_ISSUED_BY = re.compile(
    rf"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:{_DOCUMENT_ALTERNATION})"
    r"\s+(?:released|issued|published|adopted|signed)\s+by\s+the\s+(?P<issuer>[a-z]+(?:\s+[a-z]+)?)"
)
# A document only a newspaper or a broadcaster writes.
_EDITORIAL_HEADS = _words("editorial commentary")
# `the firm said in a prepared statement`: the document a speaker's words came in.
_IN_A_DOCUMENT = re.compile(
    rf"\s+(?:{_VERBS})\s+in\s+an?\s+(?:[a-z-]+\s+){{0,2}}?(?P<document>{_DOCUMENT_ALTERNATION})\b"
)
# A trade's word for a company (`the airline said`, `the insurer added`): never a group
# of investors or of people.
_TRADE_HEADS = _words(
    "company firm airline carrier insurer lender retailer carmaker automaker brewer"
    " conglomerate utility corporation mill refiner miner brokerage publisher"
    # (`the software giant`, `the former monopoly`, `the number two U.S. auto maker`)
    " maker giant monopoly operator manufacturer supplier chain concern"
)
# `The company said`, `the firm added`: the organization the story is about, when it has
# no such head word in its name.
_BODY_HEADS = (
    _words(
        "group bank club team organisation organization agency charity union body watchdog"
        " regulator partnership consortium cooperative fund board institute trust"
    )
    | _TRADE_HEADS
)
_BODY_DOCUMENT = re.compile(
    # (`A Union statement`: wire copy capitalizes the body's word)
    rf"[Aa]n?\s+(?P<issuer>(?i:{'|'.join(sorted(_BODY_HEADS))}))\s+(?:{_DOCUMENT_ALTERNATION})"
)
# What a newspaper's or a broadcaster's name holds (casefolded, as entity names are here).
_PRINT_NAME_WORDS = _words(
    "daily times post herald journal tribune gazette telegraph guardian mail express chronicle"
    " observer independent mirror globe bao ribao zeitung shimbun izvestia pravda review weekly"
    " magazine"
)
_BROADCAST_NAME_WORDS = _words("radio television tv broadcasting broadcaster channel")
_MEDIUM_NAME_WORDS = _PRINT_NAME_WORDS | _BROADCAST_NAME_WORDS
# `the paper said`, `the radio said`: the head, and the words the medium's name holds.
_DEMONYM_WORDS = frozenset(word.casefold() for word in DEMONYMS)
# Offices of state and party words: a description by them may be anyone's in the story.
_OFFICES_OF_STATE = _words("chancellor premier minister secretary")
# Offices one holder at a time: `the president` is no `former president` the story named.
_HELD_OFFICES = _OFFICES_OF_STATE | _words("president governor mayor")
_PARTY_NAMES = frozenset(p.lower() for p in PARTIES | PARTY_WORDS) | {"conservative"}
_PRINT_HEADS = ("newspaper", "paper", "daily", "weekly")
_MEDIA_HEADS = {
    **dict.fromkeys([*_PRINT_HEADS, "magazine"], _PRINT_NAME_WORDS),
    "radio": _words("radio"),  # `the radio`: not the BBC that monitored it
    "television": _words("television tv"),
    **dict.fromkeys(["broadcaster", "station"], _BROADCAST_NAME_WORDS),
}
_ORGANIZATION_HEADS = frozenset(_ORGANIZATION_HEAD_LIST.split()) | _DOCUMENT_HEADS | _BODY_HEADS
# A medium's or a body's word after its name: `The Economic Daily newspaper said`.
_BODY_WORDS = frozenset(_MEDIA_HEADS) | _BODY_HEADS
# What a body is, set before its name (`Swedish mining group Boliden AB`): no verb.
_DESCRIPTOR_NOUNS = _BODY_HEADS | _words(
    "producer developer distributor subsidiary unit specialist provider courier exporter"
    " importer shipper broker"
)
# Heads of descriptions of someone the story does not name (`the farmer`, `one observer`):
# never resolved to a person named earlier unless that person was given the same role.
_UNNAMED_HEAD_LIST = (
    "observer observers farmer worker resident residents villager witness source sources man"
    " woman person people shopper passer-by passerby customer voter driver local student"
    " onlooker bystander neighbour neighbor mother father parent tourist visitor fan patient"
    " broker host aide"
)
_UNNAMED_HEADS = frozenset(_UNNAMED_HEAD_LIST.split())
_ROLE_LINKS = _words("of the for at to and in on")
# `a European ambassador who`, `an official`: someone brought in by a role and no name.
# A body's name inside the role counts as one word (`a senior Bank of Japan official`).
_BODY_IN_ROLE = r"[A-Z][\w.&'’-]*(?: (?:of |and |for )?[A-Z][\w.&'’-]*)*"
_INDEFINITE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne) ((?:(?:{_BODY_IN_ROLE}|[\w'’-]+) ){{0,5}}[\w'’-]+)")
# `..., an ONGC spokesman said.`: one who closes the sentence before.
_UNNAMED_SAID = re.compile(
    rf",\s+(?P<description>(?:[Oo]ne|[Aa]n?|[Aa]nother|the)\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*"
    # (`..., Smith Barney's spokeswoman said.`: a body's)
    rf"|[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){{0,3}}['’]s\s(?:{_SPOKESPEOPLE_ALTERNATION}))"
    rf"\s+(?:{_VERBS})(?:\s+(?:[A-Z][\w'’.-]*|reporters|journalists))?\.\s*$"
)
# `The senior bank official said`, `a senior central bank official told`: someone brought
# in by a role, speaking as a sentence's subject.
_UNNAMED_SUBJECT = re.compile(
    rf"(?<![\w'’-])(?P<description>(?:[Tt]he|[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"[a-z][\w-]*)(?:\s+to\s+{_NAME})?(?:\s+here)?\s+(?:{_ADVERB})?(?:{_VERBS})\b"
)
_UNNAMED_OR_OFFICIAL = _UNNAMED_HEADS | TITLES | _SPOKESPEOPLE
_ROLE_WORDS = "|".join(
    sorted((w for w in _UNNAMED_OR_OFFICIAL if re.fullmatch(r"[a-z-]+", w)), key=len, reverse=True)
)
# `The official also rejected a suggestion by Wright`: one brought in by a role, the
# subject of a verb in the past.
_UNNAMED_ACTS = re.compile(
    rf"(?:But\s+|And\s+)?(?P<description>[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*)"
    rf"\s+(?:{_ADVERB})?[a-z]{{3,}}ed\b"
)
# A sentence opening on someone of a role it does not name: `One official attending the
# talks`, `However, one fund manager does not agree`.
_UNNAMED_ROLE_OPENS = re.compile(
    r"\s*(?:(?:But|However|And),?\s+)?(?P<description>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLE_WORDS}))"
    # (`A spokesman for the American Stock Exchange would neither confirm`: whom for)
    r"(?:\s+(?:for|at|of|from)\s+(?:the\s+)?[A-Z][\w&.'’-]*"
    r"(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.'’-]*)*(?:\s+\([^()]{1,20}\))?)?(?=\s+[a-z]|,)"
)
_OBJECT_BEFORE = re.compile(r"\b(?:with|to|by|from|against)\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")
# `Deputies from three provinces said ... One said the state had cut spending`: one of
# several the story does not name.
_ONE_OF_THEM_SAID = re.compile(
    rf"(?<=[.!?] )(?P<description>One)(?:\s+of\s+(?:them|those|the\s+[a-z]+))?\s+(?:{_VERBS})\b"
)
# `according to an ntl spokesman,`
_ACCORDING_TO_UNNAMED = re.compile(
    r"\b[Aa]ccording\s+to\s+(?P<description>(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,3}?"
    r"[a-z][\w-]*)(?=[,.;])"
)
# Words that say a description names no one.
_UNNAMED_MARKS = _words("unidentified unnamed anonymous")
_INDEFINITE_WORDS = _words("a an one another")
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:a|an|another)\s+(?:[\w.'’-]+\s+){0,2}$")
_SOURCES = _words("source sources")
_STAFF = _SOURCES | _words("official officials executive employee worker banker trader dealer")
# What stands between a speaker and a verb of speech yet to be said: `He is expected to say`.
_EXPECTED_TO = re.compile(r"\s+(?:is|are|was|were)\s+(?:expected|due|set|likely|going)\s+to$")
# The office after a body's name with no name after it: `The Tory leader will`.
_OFFICE_OF_BODY = re.compile(r"\s+([a-z][\w-]*)(?=\s+[a-z])")
_NAME_OF = re.compile(rf"(?<![\w'’.-]){_NAME}\s+(?:of|at|from)\s+$")
# `One analyst said`, `A company spokesman told`, `A spokesman for Zenith criticized`: an
# unnamed speaker opening a sentence.
_UNNAMED_SPEAKS = re.compile(
    rf"\s*(?:(?:But|And)\s+)?(?P<description>(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){{0,5}}?"
    rf"[a-z][\w-]*)(?:\s+for\s+[^,.;\"“”]{{1,60}}?)?"
    # (`A spokesperson for NISA, the Japanese government nuclear authority, said`; but `A
    # spokesman for DLF Builders, Dr Vancheshwar, told` names him)
    rf"(?:,\s(?:the|an?|which|who)\s[^,.;\"“”]{{1,60}}?,)?\s+(?:{_ADVERB})?(?:{_VERBS}|{_STANCE_VERBS})\b"
)
# `the allegations were put to Wenger`, `reporters asked Blair`: the one who answers.
_PUT_TO = re.compile(r"\b(?:(?:was|were) put to|(?:was|were) addressed to|asked) (?=[A-Z])")
# A body's head word in British and American spelling, each to the other.
_OTHER_SPELLING = {
    "centre": "center", "center": "centre", "organisation": "organization",
    "organization": "organisation", "defence": "defense", "defense": "defence",
}  # fmt: skip
# A lawsuit, a complaint or a legal submission speaks for whoever the story says filed it
# (`Apple has issued a lawsuit`), else for no one.
_LAWSUIT_HEADS = frozenset(["suit", "lawsuit", "submission", "complaint"])
_SUIT_WORD = re.compile(r"(?P<the>\b[Tt]he\s+)?\b(?:sued|sues|suing|lawsuit|suit|complaint)\b")
# `Apple has issued a lawsuit`: right after the name of whoever brought the suit.
_FILED_SUIT = re.compile(
    r"(?:(?:has|have|had)\s+)?(?:filed|issued|brought|lodged)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:lawsuit|suit|complaint)\b"
)
# A description resolves to the last person named at most this many paragraphs back.
_DESCRIPTION_PARAGRAPHS = 2
# A person right after one of these words is an object (`a meeting with Hans Blix`,
# `told Reuters`, `met Antonio Guterres`), not who `he said` refers back to.
_OBJECT_CUE_LIST = (
    "with to for from of at on in about against between among including than like into"
    " toward towards over under after before without via beside besides alongside behind"
    " met meet meets meeting visited visit visits thanked called urged told asked invited"
    " received welcomed accused criticized criticised praised replaced succeeded defeated beat"
    " beats appointed named elected hosted joined interviewed sued charged arrested killed"
    " phoned greeted congratulated hugged backed supported blamed fired dismissed sacked"
    " nominated questioned as"
)
_OBJECT_CUES = frozenset(_OBJECT_CUE_LIST.split())
# Words that stand between a cue and a name without ending the name's phrase: titles and
# the like (`with IAEA chief Hans Blix`, `met the U.N. envoy`).
_PHRASE_WORDS = _words(
    "the a an his her their its our chief head envoy minister president director general"
    " secretary-general director-general spokesman spokeswoman spokesperson prime foreign"
    " deputy vice former acting senior chairman chairwoman leader ambassador counterpart"
    " colleague rival opponent and or"
)
# Words near a name that give a person's gender, for `he said` and `she said`.
_MALE_WORDS = _words(
    "mr mr. sir lord king prince emperor duke brother father son husband uncle nephew"
    " grandfather spokesman chairman congressman businessman sportsman policeman fireman"
    " monsieur señor signor herr sheikh emir sultan"
)
_FEMALE_WORDS = _words(
    "mrs mrs. ms ms. miss madam mme mme. lady dame queen princess empress duchess sister"
    " mother daughter wife aunt niece grandmother spokeswoman chairwoman congresswoman"
    " businesswoman sportswoman policewoman actress madame señora signora frau"
)
# Words after which a name still opens a clause of its own (`..., but Brabazon said`);
# after any other lower-case word it is an object or in a subordinate clause.
_CLAUSE_LINKS = _words(
    "and but or nor yet so then while whereas although though because since if when once"
    " unless until where also later earlier however meanwhile now today yesterday that"
    " said says added told"
)
# `was made by X`: X did it; `the role played by X`: X is an object.
_PASSIVE = frozenset(["is", "are", "was", "were", "been", "be", "being"])
# A name right before one of these is the subject of its clause.
# A past tense without `-ed` (`the first time Flynn made a speech`): its verb follows a
# subject, not an object.
_IRREGULAR_PAST = _words(
    "made took gave went came got left won lost began became brought bought built chose drew"
    " drove fell felt fought found flew held kept knew led meant ran saw sent spent stood"
    " struck taught thought threw wrote"
)
_SUBJECT_VERBS = (
    frozenset([*_SPEECH_VERBS, "is", "was", "has", "had", "will", "would", "met"]) | _IRREGULAR_PAST
)
_PRONOUN_GENDER = {"he": "M", "she": "F"}
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# Whose office or campaign speaks, speaks: `Erdogan's office`, `the senator's campaign`.
_RELATIVE_OPENER = re.compile(r"(?:who|whose|which|where)\b")
_DESCRIBED_MEDIUM = re.compile(r"(?:(?:[Tt]he|[Aa]n?)(?:\s[a-z-]+){0,3})?")
_OWNERS_VOICES = _words("office campaign administration government")
# `the court's summary`, `the company's statement`, `the council's spokesperson`: a
# document or a voice of a body not named here (`summary` only here: as a document word,
# `according to the summary` of a judge's finding would become the last body's)
_DESCRIBED_OWNER = re.compile(
    rf"[Tt]he\s+(?P<owner>[a-z]+)['’]s\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{_DOCUMENT_ALTERNATION}|summary|{_SPOKESPEOPLE_ALTERNATION})"
)
# A description with a relative clause: `The barrister who had represented Mr Martin`.
_DESCRIBED_WHO = re.compile(
    r"(?P<description>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)(?:\s[\w'’-]+){1,4}?)\s(?=(?:who|that)\s)"
)
# What makes a verb of speech say that nothing was said.
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\b(?:declined|refused|unable) to)$")
_AUXILIARIES = _words("has had have is was were are will would could should may might did does")
# First words of a phrase that may stand before the pronoun that says something.
_CLAUSE_OPENERS = _words(
    "in at on but yet and so then later earlier asked when after before speaking separately"
    " however meanwhile also now today last this while although though because since"
)
# What a quoted name before them names: `"General" brand`, `"B" shares`.
_NAMED_KINDS = _words(
    "brand brands label shares class grade rating model series programme program project"
    " operation scheme campaign initiative show"
)
# A medium's word between a quoted name and its kind: `"Moneyline" television program`.
_MEDIUM_KINDS = _words("television tv radio")
# Abbreviations ending in a full stop that do not end a sentence.
_TITLE_DOTS = _words(
    "mr. mrs. ms. dr. gen. sen. rep. gov. lt. col. capt. prof. st. u.s. u.n. atty. sgt. adm."
    " rev. hon. messrs."
)
# Words that open a sentence even after an abbreviation's full stop (`in the U.S. He said`).
_SENTENCE_OPENERS = _words("He She It They We I The A An But In On This That There")
# Capitalized words opening a sentence that are no one's name: `After an emergency meeting
# ..., a statement was issued saying` names no speaker `After`.
_OPENING_NON_NAMES = _SENTENCE_OPENERS | _words(
    "After Before When While Since Until Although Though Because Despite During Following"
    " At From For With Without Under Over By Amid Among If As Once Unlike"
)
# Most chars between a name and a description of the person set beside it (`Sen. Pete
# Domenici, a New Mexico Republican,`).
_DESCRIBED_REACH = 60
_ROLE_DISTANCE = 30  # most chars between a name and its role: `Ren Xianliang, secretary-general`
_LEADING_WINDOW = 250  # chars before an opening mark searched for `X said:`
_LEADING_CUE_WORDS = 12  # a leading verb sits within this many words of the opening mark
_MIN_UNATTRIBUTED_WORDS = 5
_MIN_FRAGMENT_WORDS = 3  # a quoted fragment inside a reporting sentence
_SENTENCE_GOES_ON = re.compile(r" \w")  # after a closing mark: the sentence goes on
# A few lower-case words joining two quoted fragments of one sentence (` who was `, ` and `)
_LINKED_FRAGMENT = re.compile(r"[\s,]*(?:[a-z]+[\s,]+){1,10}")
# Heads of descriptions of one person that neither list of titles nor unnamed heads holds.
_PEOPLE_WORDS = _words("dealer insider diplomat")
_OF_WORDS = _words("of for at from with in")
_OF_WORDS_BEFORE = re.compile(r"\b(?:of|for|at|from|with|in)\s+$")
# Most chars between an unnamed speaker's quotation and a `he said` that goes on with it.
_DESCRIPTION_REACH = 400
_ATTRIBUTION_GAP = 60  # most chars of `, he said. ` between a quotation and the next
_SPEAKER_FRONT = re.compile(
    rf"(?:.*\s(?:but|while|although|though|whereas|because|which)\s+(?=[A-Z])"
    rf"|.*[.!?]\s+(?={_PRONOUN}$)|(?:Said|Says|Added|Adds)\s+(?=(?:the|an?)\s)"
    # `a new deal and he`, `her best actress nomination she`: a pronoun ending a span
    # that began mid-sentence (a lower-case word) or after `and`/`but` is the subject.
    rf"|(?:[a-z].*|.*\s(?:and|but|after|when|as|because|before|since|until|once))"
    rf"\s(?=(?:he|she|they|it)$)"
    # `On Sunday near Chicago he`: where, then the subject
    rf"|.*\b(?:in|at|on|near|outside|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    rf"\s(?=(?:he|she|they|it)$)"
    # `Mr Pound after her birth mother`: the subject of the clause that speaks
    rf"|.*\s(?:after|when|because|before|since|until|once)\s(?=(?:his|her|their)(?:\s[a-z]+){{1,2}}$)"
    # `Reagan said Japanese Prime Minister-designate Noboru Takeshita said that "..."`:
    # the words are the one's whom the reporter reports.
    rf"|.*\s(?:said|says|told)\s(?=[A-Z]))"
)
# `In a filing to US regulators the airline`: an opening phrase that lost its comma
# before the subject, a determiner and a noun ending the span right after a noun (not
# after `of`, `for` or `representing`: `a lawyer representing the family` is one).
_LOST_COMMA = re.compile(
    r"(?:(?:In|At|After|Following|With|Under|Through)\s+)?(?:an?|the)\s.*\s"
    r"(?!(?:of|for|to|in|on|at|by|with|from|and|or|than|as)\s)[a-z]+(?<!ing)(?<!ed)\s"
    r"(?=(?:the|its|their)\s[a-z]+$)"
)
_DASH_ASIDE = re.compile(rf"(?P<name>{_NAME})\s[-–—]\s(?:(?:him|her|it)self\s)?$")
# The heads of a law's or a treaty's name: `The 14th Amendment states` names no one.
_LAW_HEADS = _words("Amendment Act Bill Constitution Treaty Convention Code Charter Law Accord")
# Speech verbs that are also plural nouns, and a verb that makes them its object.
_NOUN_VERBS = _words("notes stresses states claims comments remarks replies reads recalls")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|of|to|from|with)\s+$")
_VERB_BEFORE_NOUN = re.compile(r"\s(?:[a-z]+ed|made|gave|sent|took|had|has|have)$")
_PARTICIPLE_LINKS = frozenset(["when", "if", "as", "unless", "once"])
# Words after `'s` that make it `is` or `has`: `Curry's been`, `she's not`, `he's a`.
_CONTRACTED = _words("been got not a an the also now still going")
_WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"
_TIME_TAIL = re.compile(
    rf"\s+(?:(?:on|last|late|early)\s+)?(?:{_WEEKDAY}|yesterday|today|tonight)$"
)
# What opens the sentence before its subject: `But Smith said`, `And producer Shogo
# Tomiyama`, `Meanwhile Mark Oaten`, `On Wednesday Irish Transport Minister Martin Cullen`,
# `But on Friday he`: no part of who speaks.
_SPEAKER_OPENER = re.compile(
    rf"(?:{_LINKING_WORD}\b,?\s+)*(?:(?:[Oo]n|[Ll]ast|[Ll]ate|[Ee]arly)\s+{_WEEKDAY},?\s+)?"
)
# `before he left for Africa on Tuesday the chancellor`: a day that lost its comma ends
# the clause before the subject.
_DAY_BEFORE_SUBJECT = re.compile(rf".*\s{_WEEKDAY}\s(?=(?:the|its|their)\s[a-z-]+(?:\s[a-z-]+)?$)")
_LINK_BEFORE = re.compile(r"(?<=[.!?] )[A-Z][a-z]+,\s*$")
_BELIEVED = re.compile(
    r"\b(?:believes|believed|thinks|thought|feels|felt|hopes|hoped|expects|expected|knows"
    r"|knew|fears|feared|reckons|suspects|doubts)\s+(?:that\s+)?$"
)
# `misled the programme when, in August last year, he stated`: an aside after a word that
# opens a subordinate clause, the pronoun that clause's subject (no reporting clause set
# after what it reports: `Mr Blair has failed, he claimed`).
_SUBORDINATE_ASIDE = re.compile(
    r"\b(?:when|as|after|before|because|while|if|although|though|since|until)"
    r",\s[^,\"“”]{1,50},$"
)
# `As Tory leader Michael Howard kicked off his campaign, Charles Kennedy dismissed...`:
# a clause set before the subject, up to its comma.
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:(?:And|But|Yet|So)\s+)?(?:As|When|While|Whilst|After|Before|Although|Though|Since|Like"
    r"|If|Because|Once|Until|Unless|[A-Z][a-z]+ing"
    # (`In a statement released through her attorney Rich Nichols, Jones repeated`)
    r"|In|At|On|With|Through|Despite|During|Under|Amid|Unlike)\s[^,;:\"“”]*,"
)
# `But the 25-year-old Dubliner underlined ...`, `In a furious response, the first minister
# said ...`: a sentence that opens on `the` (its subject a description, its verb after).
_DESCRIBED_SUBJECT = re.compile(
    r"[\"”]?\s*(?:(?:And|But|Yet|So|However,?)\s+)?(?:[A-Z][^,;:\"“”]{0,60},\s+)?"
    r"(?P<words>[Tt]he(?:\s+[\w'’-]+){2,5})"
)
_OWNERS = frozenset(["his", "her", "its", "their"])
_RELATIVE_PRONOUNS = frozenset(["which", "who", "whom", "that"])
# Nouns for a person beside the titles: `the former Scotland international added`.
_PERSON_NOUNS = _UNNAMED_HEADS | _words("international veteran star champion forward politician")
# With a home town or a country before them, whom the story is about (`the Waterford man`,
# `the former Scotland international`); not `the European cross-country champion` or `the
# Chelsea star`, who may be anyone it names.
_DESCRIBED_HEADS = _words("man woman international")
_QUALIFIED = re.compile(
    r"\s+(?:administration|government|era|years|presidency|cabinet|shares|stock)\b"
)
_RELATIVE = re.compile(r",?\s+who\s+(?!is\b|was\b|are\b|were\b)")
# What ends a company's name (`Haitian American Sugar Company`), as entity names are kept.
_COMPANY_NAME_ENDINGS = frozenset(e.casefold() for e in (*COMPANY_ENDINGS, "Company"))
_BODY_OR_OFFICE = _ORGANIZATION_HEADS - _DOCUMENT_HEADS  # (`the survey committee`)
# A document's head word in a speaker phrase (`an AEW press release`).
_DOCUMENT_WORD = re.compile(rf"\b(?:{_DOCUMENT_ALTERNATION})\b", re.IGNORECASE)
# What stands between a subject's head person and the tail the grammar took for the
# speaker: `of the Holy See`, `, of CNN, one of her sons,`, `from the pro-Beijing camp`.
_GOVERNMENT_SUBJECT = re.compile(
    r"\s*\W?\s*(?:But\s+|And\s+)?[Tt]he\s+(?:[A-Z][\w.]*\s+){0,2}(?:government|administration)\b"
)
_SPOKEN_HEADS = "|".join(sorted(_ORGANIZATION_HEADS | frozenset(_MEDIA_HEADS)))
_DESCRIBED_SPOKE = re.compile(
    rf"\b(?:(?:{_VERBS})\s+(?P<description>[Tt]he\s+(?:[a-z]+\s+)?(?:{_SPOKEN_HEADS}))(?=\s*[.,;:]|\s+in\s+an?\s)"
    # (`a government statement said`: a body the story does not name)
    rf"|(?P<subject>(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+)?(?:{_SPOKEN_HEADS}))"
    rf"(?:\s+(?:today|yesterday))?\s+(?:{_ADVERB})?(?:{_VERBS})\b)"
)
# A sentence that opens on a body by its kind: `The union's sugar beet committee met`.
_DESCRIBED_OPENING = re.compile(r"\s*[Tt]he\s+(?P<head>[a-z]+)(?:['’]s)?\s+[a-z]")
# Someone's document that spoke: `Mr Crosby's statement said`.
_OWNED_DOCUMENT_SPOKE = re.compile(
    rf"(?P<owner>{_NAME})['’]s\s+(?:[a-z-]+\s+)?(?:{_DOCUMENT_ALTERNATION})\s+(?:{_VERBS})\b"
)
# A band's people (`Franz Ferdinand frontman Alex Kapranos`): the band employs them.
_BAND_ROLES = _words("frontman frontwoman guitarist drummer bassist keyboardist vocalist")
_ROLE_AFTER = re.compile(r"(?:\s[a-z-]+){0,2}?\s([a-z-]+)\s(?=[A-Z])")
_NAME_BEFORE_OF = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:of|from) ")
_OF_PHRASE = re.compile(r',?\s+(?:of|from)\s+[^.;:!?"“”]*')
# Between a body and the person its role phrase names: `'s chief economist`, ` Press
# Secretary `; no comma, clause or verb.
# (`Bayern's coach, Carlo Ancelotti,`: the role may be set off by a comma before the name)
_ROLE_GAP_WORD = r"\s+(?!(?:which|who|that|and|said|says)\b)[\w.-]+"
_ROLE_GAP = re.compile(
    rf"(?:['’]s)?(?:(?:{_ROLE_GAP_WORD}){{0,5}}\s+|(?:{_ROLE_GAP_WORD}){{1,4}},\s+)"
)
# A gloss set off by dashes between an office in another tongue and its holder's name.
_DASHED_GLOSS = re.compile(r"\s+[—–]\s+[A-Z][\w ]{0,40}?\s+[—–]\s+")
_SITES = r"(?:website|site|page|blog|account)"
_ISSUED_FROM = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+)?(?=[A-Z])"
    rf"|\s+on\s+(?:the\s+)?(?=[A-Z][^\s]*(?:'s|’s)\s+{_SITES}\b)"
)
# `a statement`, `the draft resolution`: a document the sentence brings in.
_DOCUMENT_PHRASE = rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+)?(?:{_DOCUMENT_ALTERNATION})\b"
_OPENING_DOCUMENT = re.compile(rf"\s*{_DOCUMENT_PHRASE}")
_RANKS = _words("top first second third fourth fifth sixth seventh eighth ninth tenth")
_SUBJECT_FORMS = {"him": "he", "her": "she", "them": "they"}
_WRITTEN_BY_PRONOUN = re.compile(
    rf"(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+)?(?:{_DOCUMENT_ALTERNATION})\s+"
    r"(?:[a-z]+\s+)?by\s+(?P<pronoun>him|her|them)"
)
# Right before the one someone spoke to: `told Reuters`, `told the Miami Herald`.
_TOLD = re.compile(r"\btold\s+(?:the\s+)?$")
_BILLED = _words("billed marketed promoted advertised")
_GLOSS_AFTER = re.compile(r"\s*\((?:[A-Z][\w'’-]*\s?){1,6}\)")
_ON_OWN_SITE = re.compile(rf"\s+on\s+(his|her|its|their)\s+{_SITES}\b")
# A verb of writing and, within its clause, the document written (`has written U.S. Trade
# Representative Clayton Yeutter a letter`, `published the demands in an editorial`).
_WRITING = (
    r"\b(?:wrote|written|sent|issued|drafted|signed|released|published|submitted|delivered)"
    r"\b(?:[^.;:\n\"“”]|(?<=\b[A-Z])\.){{0,80}}?\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
    r"{head}\b"
)


@functools.lru_cache(maxsize=64)
def _wrote(head: str) -> re.Pattern[str]:
    return re.compile(_WRITING.format(head=re.escape(head)))


_PREPOSITIONS = _words("of for to with by at in on from about")
# `a tweet on Monday by`, `the editorial, signed by`
_BY_AUTHOR = re.compile(
    r"(?:\s+(?:on|last|this|\w+day|in|from)\b[\w\s]{0,25}?|,\s+(?:signed|written)"
    # (`A resolution passed by the European Parliament`)
    r"|\s+(?:passed|adopted|approved|issued|released|published|drafted|sent|signed|written))?"
    r"\s+by\s"
)
# Between the speaker span after the verb and the person who closes the sentence: a role,
# with at most one more comma (`, San Diego's chancellor, `).
# (`said the committee chairman, MP Edward Leigh.`: a title may stand before the name)
_ROLE_BEFORE_NAME = re.compile(
    r'[^,.;"“”\n]*(?:,\s[^,.;"“”\n]{1,60})?,\s(?:(?:[A-Z]{2,4}|Sir|Dame|Dr|Prof)\.?\s)?'
)
_BRACKETED_START = re.compile(rf"^{_SHORT_FORM}\s*")
_BRACKETED_END = re.compile(rf"\s{_SHORT_FORM}$")
_RELATIVE_SPEAKER = re.compile(rf",\s+who\s+(?:{_ADVERB})?(?:{_VERBS})\b")
_VERB_AFTER_NAME = re.compile(rf",?\s+(?:{_ADVERB})?(?:{_VERBS})\b")
# (`," said former Nevada Sen. and Reagan confidant Paul Laxalt. `: a title's stop ends
# no sentence)
_BARE_ATTRIBUTION = re.compile(rf'(?:[^"“”.!?]|{_TITLE_ABBREVIATION})*[.!?]\s*')


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
        starts_of = [start for start, _ in article.paragraph_spans()]
        cast = _Cast(typed, entity_by_id, body, starts_of)
        quotes = _article_quotes(article, body, cast)
        for index, (quoted, said, entity_id) in enumerate(quotes):
            text = body[quoted.open_mark + 1 : quoted.close_mark]
            said = _tidy_speaker(body, said)
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


# Words around a speaker's phrase that the phrase keeps only because they sit between the
# subject and the verb: `Mr Hockney meanwhile told`, `the Protestants who`, `Ms Tan of
# Lintel's results`, and the scene before a pronoun (`At first he`, `Last season he`).
_SPEAKER_TAIL = re.compile(
    r"(?:\s+-)?\s+(?:who|which|that|meanwhile|reportedly|immediately|initially|already|"
    r"previously|merely|only|also|later|then|however|too|now|again|still|both|"
    r"have|has|had|would|will|could|did|"
    r"(?:last|this|next)\s+(?:week|weekend|month|year|season))$"
)
# What a speaker named in full spoke of (`Analyst Ines Moro of Lintel's results`; but `a
# member of SBC's property team` and `One of China's top economists` are who spoke).
_SPOKE_OF = re.compile(r"(?<=[a-z])\s+of\s+[A-Z][^,]*?['’]s(?:\s+[a-z]+)+$")
_SCENE_BEFORE_PRONOUN = re.compile(r"^.*\s(?P<pronoun>he|she|they|it)$", re.DOTALL)


def _tidy_speaker(body: str, said: _Attribution) -> _Attribution:
    """The attribution with only the words that name the speaker (the resolved speaker is
    the same either way)."""
    start, end, text = said.speaker_start, said.speaker_end, said.speaker_text
    if body[start:end] != text or " " not in text:
        return said
    while (tail := _SPEAKER_TAIL.search(text)) and tail.start() > 0:
        text = text[: tail.start()]
    spoke_of = _SPOKE_OF.search(text)
    named = text[: spoke_of.start()].split()[-2:] if spoke_of else []
    if len(named) == 2 and all(word.istitle() for word in named):
        text = text[: spoke_of.start()]
    end = start + len(text)
    if scene := _SCENE_BEFORE_PRONOUN.match(text):
        start = end - len(scene["pronoun"])
        text = scene["pronoun"]
    return said._replace(speaker_text=text, speaker_start=start, speaker_end=end)


def _article_quotes(article: Article, body: str, cast: _Cast) -> list[_Quote]:
    """Quotations of one article with their attribution and resolved speaker."""
    spans = article.paragraph_spans()
    quoted_spans = _quoted_spans(body, [start for start, _ in spans])
    cast.quoted = [(q.open_mark, q.close_mark) for q in quoted_spans]
    found: list[_Quote] = []
    window_start = 0  # a leading attribution never reaches back past the last quotation
    # the last quotations left without a speaker, each running into the next
    unattributed: list[_Quoted] = []
    for position, quoted in enumerate(quoted_spans):
        paragraph_start = spans[quoted.first_paragraph][0]
        lead_from = max(window_start, paragraph_start)
        if quoted.open_mark == paragraph_start and quoted.first_paragraph > 0:
            # `Obama tweeted using his account:` closing the paragraph before: it
            # introduces the quotation that opens this one.
            before_start, before_end = spans[quoted.first_paragraph - 1]
            if body[before_start:before_end].rstrip().endswith((":", ",")):
                lead_from = max(window_start, before_start)
        window_start = quoted.close_mark + 1
        if _is_not_speech(body, quoted, paragraph_start):
            if not _named_fragment(body, quoted, paragraph_start):
                # `which the New York Times called "the steamiest book ..."`: the namer's
                namer = _namer(body, quoted, lead_from, cast)
                if namer is not None:
                    found.append((quoted, namer, cast.speaker_of(namer, quoted)))
                continue
            # `represented his "genuinely held independent view"`: only a sentence that
            # reports speech makes such a fragment a quotation.
            attribution = (
                _participial(body, quoted, lead_from, cast)
                or _embedded(body, quoted, lead_from)
                or _closed_by(body, quoted, spans)
            )
            if attribution is not None:
                found.append((quoted, attribution, cast.speaker_of(attribution, quoted)))
            continue
        # A reporting sentence may hold fragments that were no quotation of their own, and
        # a quotation opening its paragraph may be reported at the end of the one before.
        reported_from = found[-1][0].close_mark + 1 if found else 0
        if quoted.open_mark != paragraph_start or quoted.first_paragraph == 0:
            reported_from = max(reported_from, paragraph_start)
        else:
            reported_from = max(reported_from, spans[quoted.first_paragraph - 1][0])
        trailing = _trailing(body, quoted, spans)
        if trailing is not None and _relays_a_fragment(body, quoted, trailing):
            # `Birendra said the government had "maintained a sharp vigilance", the
            # newspaper said`: the words are the one the medium reports speaking
            trailing = (
                _leading(body, quoted, lead_from) or _embedded(body, quoted, lead_from) or trailing
            )
        attribution = (
            trailing
            or _leading(body, quoted, lead_from)
            or _participial(body, quoted, lead_from, cast)
            or _reported(body, quoted, reported_from, paragraph_start)
            or _embedded(body, quoted, lead_from)
            or _introduced(body, quoted, lead_from, cast)
            or _joined(body, quoted, lead_from, cast)
            or _closed_by(body, quoted, spans)
        )
        if attribution is None:
            # (a quotation that runs into an attributed one is its speaker's)
            ahead = _attributed_after(body, quoted_spans, position, spans)
            attribution = _continued(body, quoted, spans, found, ahead)
            if attribution is None:
                attribution = _sentence_subject(body, quoted, lead_from, cast)
                if attribution is None and not ahead:
                    attribution = _subject_before(body, quoted, paragraph_start, cast)
                if attribution is None:
                    if not (unattributed and _runs_into(body, unattributed[-1], quoted)):
                        unattributed = []
                    unattributed.append(quoted)
                    continue
                found.append((quoted, attribution, cast.speaker_of(attribution, quoted)))
                unattributed = []
                continue
            entity_id = found[-1][2]
            # `He insisted the changes were "modest". But Unison's Dave Prentis criticised
            # the plans. "If you want..."`: one who spoke since is the speaker now.
            since = cast.new_speaker(found[-1][0].close_mark + 1, quoted.open_mark, entity_id)
            if since is not None:
                attribution, entity_id = since
        else:
            if attribution.speaker_text.endswith((" and", " but")):
                # `Mr Clarke said he recognised the concerns but argued: "..."`
                attribution = cast.clause_subject(attribution)
            entity_id = cast.speaker_of(attribution, quoted)
            if found:
                entity_id = cast.same_unnamed(found[-1], attribution, entity_id)
            cast.note_speaker(attribution, entity_id)
            if unattributed and _runs_into(body, unattributed[-1], quoted):
                # `"It was nice to win." "I felt good," said Holmes`: the sentences just
                # before, with nothing between them, are the same speaker's.
                continued = attribution._replace(kind="continued")
                found.extend((before, continued, entity_id) for before in unattributed)
        unattributed = []
        found.append((quoted, attribution, entity_id))
    # (dropped only now: a quotation after the name may go on from the name's speaker)
    return [quote for quote in found if not _quoted_name(body, quote[0])]


def _quoted_name(body: str, quoted: _Quoted) -> bool:
    """`the high quality "General" will help`, `journal "Building" earlier this year`,
    `Burkhard "Bobby" Junger`: a word or two, each capitalized, in the middle of a sentence
    and after a lower-case word that is no verb of speech (or between two of a person's
    names), is a name the sentence quotes, not words anyone said."""
    inner = body[quoted.open_mark + 1 : quoted.close_mark].split()
    if not inner or len(inner) >= _MIN_FRAGMENT_WORDS:
        return False
    if not all(word[:1].isupper() and word[-1:].isalnum() for word in inner):
        return False
    if not _SENTENCE_GOES_ON.match(body, quoted.close_mark + 1):
        return False
    previous = "".join(body[max(0, quoted.open_mark - 30) : quoted.open_mark].split()[-1:])
    if previous[:1].isupper() and previous.isalpha():
        return body[quoted.close_mark + 2 : quoted.close_mark + 3].isupper()  # a nickname
    word = previous.replace("-", "")  # (`anti-ship "Silkworm" missiles`)
    return word.isalpha() and word.islower() and previous not in _SPEECH_VERB_SET


def _attributed_after(body: str, quoted_spans: list[_Quoted], position: int, spans: _Spans) -> bool:
    """Whether the quotation at `position` runs into later ones, the last of which has an
    attribution after it (`"It was nice to win." "I felt good," said Holmes`)."""
    last = position
    while last + 1 < len(quoted_spans) and _runs_into(
        body, quoted_spans[last], quoted_spans[last + 1]
    ):
        last += 1
    return last > position and _trailing(body, quoted_spans[last], spans) is not None


def _runs_into(body: str, first: _Quoted, second: _Quoted) -> bool:
    """Whether `first` is a whole sentence that `second` follows in the same paragraph
    with only white space between them."""
    inner = body[first.open_mark + 1 : first.close_mark].rstrip()
    return (
        first.last_paragraph == second.first_paragraph
        and not body[first.close_mark + 1 : second.open_mark].strip()
        and inner.endswith((".", "?", "!"))
        and len(inner.split()) >= 2
    )


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
    skip = -1  # the closing mark of a quotation nested in straight marks
    for match in _QUOTE_MARK.finditer(body):
        offset, mark = match.start(), match.group()
        if offset == skip:
            continue
        paragraph = bisect.bisect_right(paragraph_starts, offset) - 1
        if paragraph != current:
            nested, straight_inside = 0, False
            reopens = offset == paragraph_starts[paragraph] and mark != "”"
            continues = pending is not None and paragraph == current + 1 and reopens
            # `said, "In the first half it felt good.` / `We could've scored... early."`:
            # the break lost its re-opening mark, and this paragraph's first mark closes.
            closes = pending is not None and paragraph == current + 1 and _closes(body, offset)
            current = paragraph
            if continues:
                continue  # the re-opening mark of a quotation carried over the break
            if closes and mark != "“":
                found.append(_Quoted(pending[0], offset, pending[1], paragraph))
                pending = None
                continue
            pending = None
        if pending is None:
            # A straight mark that ends a sentence, with no quotation open (`...from
            # Europe." When he was`): copy that lost the opening mark. Taken for an
            # opening one, it would pair every later mark the wrong way round. (After a
            # comma it may be a misplaced opening one: `said," [Warhol] liked`.)
            if mark != "”" and not (mark == '"' and _ends_sentence(body, offset)):
                pending = (offset, paragraph, mark)
            continue
        if mark == '"' and pending[2] == '"' and _opens(body, offset):
            inner_close = _nested_close(body, offset, paragraph_starts, paragraph)
            if inner_close is not None:
                # `"... The "United States" is not holding any detainees."`: a short
                # quotation inside a straight-marked one, in the middle of a sentence.
                skip = inner_close
                continue
            # `"...nothing happened. "If he has to talk...`: copy that lost its paragraph
            # breaks re-opens a quotation carried over without closing it; the first part
            # ends at the break and the next, the same speaker's, opens here.
            found.append(_Quoted(pending[0], offset - 1, pending[1], paragraph))
            pending = (offset, paragraph, mark)
            continue
        if mark == "“" and not nested and _closes(body, offset):
            # `...misguided decision.“ However,`: a typo closes with an opening mark.
            found.append(_Quoted(pending[0], offset, pending[1], paragraph))
            pending = None
        elif mark == "“":
            nested += 1
        elif mark == '"' and pending[2] == "“":
            straight_inside = not straight_inside
        elif mark == "”" and nested:
            nested -= 1
        else:
            found.append(_Quoted(pending[0], offset, pending[1], paragraph))
            pending = None
    return found


def _nested_close(
    body: str, offset: int, paragraph_starts: list[int], paragraph: int
) -> int | None:
    """The closing mark of a quotation of a few words opening at `offset` inside another
    straight-marked one, or None when the mark at `offset` follows the end of a sentence
    (copy that lost a paragraph break re-opens the same speaker's words there)."""
    if body[:offset].rstrip().endswith((".", "!", "?", ":", ",")):
        return None
    following = _QUOTE_MARK.search(body, offset + 1)
    if following is None or following.group() != '"' or not _closes(body, following.start()):
        return None
    next_paragraph = (
        paragraph_starts[paragraph + 1] if paragraph + 1 < len(paragraph_starts) else len(body)
    )
    inner = body[offset + 1 : following.start()]
    if following.start() >= next_paragraph or len(inner.split()) > 6:
        return None
    if not body[following.end() : next_paragraph].strip():
        return None  # the paragraph ends there: that mark closes the outer quotation
    return following.start()


def _closes(body: str, offset: int) -> bool:
    """Whether the mark at `offset` can only close a quotation: a word or a stop right
    before it and no word right after it (`early."`)."""
    before, after = body[offset - 1 : offset], body[offset + 1 : offset + 2]
    return (before.isalnum() or before in ".,!?'’") and not after.isalnum()


def _ends_sentence(body: str, offset: int) -> bool:
    """Whether the straight mark at `offset` closes a sentence (`Europe." When`)."""
    return body[offset - 1 : offset] in (".", "!", "?") and _closes(body, offset)


def _opens(body: str, offset: int) -> bool:
    """Whether the straight mark at `offset` can only open a quotation: a space before it
    and a word right after it (`said. "If`), where a closing mark has them the other way."""
    before, after = body[offset - 1 : offset], body[offset + 1 : offset + 2]
    return before in (" ", "(") and (after.isalnum() or after in "'‘")


def _is_not_speech(body: str, quoted: _Quoted, paragraph_start: int) -> bool:
    """An empty span, a quoted title, name or term, or a code (`"B"`).

    A title has every significant word capitalized (`"China Internet Development Report
    2023"`); a name or term follows a word that introduces one (`the`, `titled`, `dubbed`).
    """
    previous = body[max(paragraph_start, quoted.open_mark - 20) : quoted.open_mark].split()
    if previous and previous[-1].lower() in _NAMING_WORDS:
        return True
    term = previous[-1:] and previous[-1].lower() in _TERM_WORDS
    if term and previous[-2:-1] and previous[-2].lower() in _TERM_DETERMINERS:
        return True  # `the word "present"`: a term
    if len(previous) > 1 and previous[-2].lower() in _BILLED and previous[-1] == "as":
        return True  # `the match, billed as "Ronaldo's friends against Zidane's friends"`
    inner = body[quoted.open_mark + 1 : quoted.close_mark]
    words = inner.split()
    attached = quoted.open_mark > 0 and not body[quoted.open_mark - 1].isspace()
    if attached and inner[:1].isspace() and words and words[0][:1].islower():
        # `them," said Mr Davis. Earlier ... "But`: a closing mark whose opening one the
        # copy lost, paired with the next quotation's opening mark, spans narrative
        return True
    if len(words) == 1 and not any(ch.islower() for ch in inner):
        return True  # `a bonus issue of "B" shares`: a class, a grade or a code
    following = body[quoted.close_mark + 1 : quoted.close_mark + 28].split()
    if following and following[0].lower() in _MEDIUM_KINDS:
        following = following[1:]  # `Cable News Network's "Moneyline" television program`
    named_kind = following and following[0].rstrip(".,;:") in _NAMED_KINDS
    if named_kind and not inner.rstrip().endswith((",", ".")):
        # `"General" brand cigarettes`, `its "Sensible Solution" label`, `on NBC's "Today"
        # program.`
        return True
    if len(words) < 2 or inner.rstrip(",").endswith((".", "?", "!")):
        return not words
    for word in words:  # real quotations show a lowercase word within the first few
        word = word.lstrip("'‘([")
        if word[:1].islower() and word.rstrip(",.;:!?'’)") not in _SMALL_WORDS:
            return False
    return True


def _named_fragment(body: str, quoted: _Quoted, paragraph_start: int) -> bool:
    """Whether a span after a determiner (`his "genuinely held independent view"`) reads
    as someone's words: three words or more, not a title, a lower-case word among them,
    and no naming verb (`dubbed`, `titled`) before it."""
    previous = body[max(paragraph_start, quoted.open_mark - 20) : quoted.open_mark].split()
    if not previous or previous[-1].lower() not in _DETERMINER_WORDS:
        return False
    if _GLOSS_AFTER.match(body, quoted.close_mark + 1):
        return False  # `the "Partido contra la Pobreza" (Game Against Poverty)`: a name
    return _reads_as_words(body[quoted.open_mark + 1 : quoted.close_mark].split())


def _reads_as_words(words: list[str]) -> bool:
    """Three words or more with a lower-case one among them that is no small word: someone's
    words, not a name (`"Office in a Pocket"`) or a title."""
    return len(words) >= _MIN_FRAGMENT_WORDS and any(
        w[:1].islower() and w.strip(",.;:!?") not in _SMALL_WORDS for w in words
    )


def _namer(body: str, quoted: _Quoted, lead_from: int, cast: _Cast) -> _Attribution | None:
    """`which the New York Times called "the steamiest book ever written"`: words of three
    or more, a lower-case one among them that is no small word, after `what` or `which`
    someone named so."""
    if not _reads_as_words(body[quoted.open_mark + 1 : quoted.close_mark].split()):
        return None  # (`what it calls "Office in a Pocket" devices`: a name)
    attribution = _participial(body, quoted, lead_from, cast)
    named = attribution is not None and attribution.verb in _NAMING_VERB_SET
    return attribution if named else None


def _embedded(body: str, quoted: _Quoted, lead_from: int) -> _Attribution | None:
    """`X said the rules "make it hard..."`: a fragment inside a sentence whose subject
    said something takes that subject, when the sentence starts after `lead_from`."""
    if len(body[quoted.open_mark + 1 : quoted.close_mark].split()) < _MIN_FRAGMENT_WORDS:
        return None  # `were "worthless"`: a word or two is a scare quote or a term
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    before = body[window_from : quoted.open_mark]
    cues = _LEADING_CUES | _STANCE_CUES
    if not before.strip() or not any(w.rstrip(",:") in cues for w in before.split()):
        return None
    sentence_from = _last_sentence(body, window_from, quoted.open_mark)
    if sentence_from == window_from and window_from > lead_from:
        return None  # the sentence starts before the window: too long to be sure of
    while body[sentence_from : sentence_from + 1].isspace():
        sentence_from += 1
    match = _EMBEDDING.match(body, sentence_from, quoted.open_mark)
    if match is None:
        return None
    return _attribution(_reported_speaker(body, match, quoted.open_mark), "leading")


def _reported_speaker(body: str, match: re.Match[str], open_mark: int) -> re.Match[str]:
    """`The spokesman confirmed that Volcker, who spoke to analysts, said ... that "..."`,
    `Mr Peston's book claimed that Mr Brown told Mr Blair: "..."`: the words are those of
    the one the subject reports (the last such clause before the quotation), else the
    subject's. The lazy subject may hold the clause (`Endotronics reported that its
    auditing firm said its opinion "..."`)."""
    reported = list(_NESTED_REPORT.finditer(body, match.start(), open_mark))
    return reported[-1] if reported else match


def _last_sentence(body: str, window_from: int, end: int) -> int:
    """Where the last sentence before `end` starts, or `window_from` when it starts earlier.
    A stop before a lower-case word or a number ends no sentence (`the U.S. economic
    growth rate`, `Nevada Sen. and Reagan confidant`)."""
    start = window_from
    for stop in _SENTENCE_BREAK.finditer(body, window_from, end):
        start = stop.end()
    return start


def _participial(body: str, quoted: _Quoted, lead_from: int, cast: _Cast) -> _Attribution | None:
    """`with David Strauss saying "..."`: the name right before a participle of speech,
    else the subject of its sentence; `X, a management expert, who stated, "..."`: the
    person the relative clause is about."""
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    sentence_from = _last_sentence(body, window_from, quoted.open_mark)
    match = _PARTICIPIAL.search(body, sentence_from, quoted.open_mark)
    if match is None:
        return None
    inner = body[quoted.open_mark + 1 : quoted.close_mark].split()
    if len(inner) < _MIN_FRAGMENT_WORDS and body[match.end() - 1] not in ",:":
        return None  # `saying it was "idiotic"`: a word or two is a scare quote or a term
    at = match.start()
    verb = match["relative_verb"] or match["participle"] or match["stance"] or match["naming"]
    blank = _Attribution("", at, at, verb, "leading")
    agent = "agent" if match["agent"] else "namer" if match["namer"] else None
    if agent:
        start, end = match.span(agent)
        return blank._replace(speaker_text=match[agent], speaker_start=start, speaker_end=end)
    after = _AGENT_AFTER.match(body, quoted.close_mark + 1) if match["stance"] else None
    if after:  # `the movie described as "a tender and cruel comedy" by Lelouche`
        start, end = after.span("agent")
        return blank._replace(speaker_text=after["agent"], speaker_start=start, speaker_end=end)
    if match["stance"] and _PASSIVE_BEFORE.search(body, max(0, at - 12), at):
        # `later being described as "pretty damn average" ... by scouts`: the sentence's
        # subject is the one described; whoever described it the story does not name
        return None
    said = _SAID_THEN.search(body, sentence_from, at)
    if match["participle"] and said:
        # `U.S. banks have half the seats, he said, adding "..."`: the one who said it
        start, end = said.span("speaker")
        return blank._replace(speaker_text=said["speaker"], speaker_start=start, speaker_end=end)
    issued = _ISSUED_DOCUMENT.search(body, sentence_from, at)
    if match["participle"] and issued:  # `a statement was issued saying`: its issuer unnamed
        start, end = issued.span("document")
        return blank._replace(speaker_text=body[start:end], speaker_start=start, speaker_end=end)
    # The person a relative clause is about (`the producer Quincy Jones, who described him
    # as a "..."`; `King Hamad of Bahrain, who argued for force; stating: "..."`, where
    # the participle goes on with the clause), or the one named right before the participle.
    who = body.rfind(", who ", sentence_from, at)
    goes_on = who != -1 and "," not in body[who + 6 : at].rstrip(" ,;:")
    relative = match["relative"] or goes_on
    until = who if goes_on else at
    types = ("PERSON",) if relative else ("PERSON", "ORG")
    earlier = [
        m for m in cast.mentions if sentence_from <= m[0] and m[1] <= until and m[3] in types
    ]
    if earlier and (relative or _right_before(body, earlier[-1], at, cast)):
        start, end = earlier[-1][:2]
        return blank._replace(speaker_text=body[start:end], speaker_start=start, speaker_end=end)
    subject = cast.clause_subject(blank)
    return subject if subject.speaker_text else None


_AGENT_AFTER = re.compile(rf"\s*,?\s+by\s+(?:the\s+)?(?P<agent>{_NAME})")
_ISSUED_DOCUMENT = re.compile(
    rf"(?P<document>\b{_DOCUMENT_PHRASE})"
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:issued|released|published|circulated"
    r"|distributed|sent|posted|put\s+out)\s+$"
)
_PASSIVE_BEFORE = re.compile(r"\b(?:being|been|was|were|is|are|be)\s+$")
_SAID_THEN = re.compile(rf"\b(?P<speaker>{_PRONOUN})\s+(?:{_VERBS}),\s+$")
_ADVERB_LY = re.compile(r"[a-z]{3,}ly")
_DESCRIBED_IN_CLAUSE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+[a-z][\w-]*(?=\s+[a-z]+ed\b)")
_SUBORDINATOR_BEFORE = re.compile(r"\b(?:when|while|after|before|because|as|since|until)\s+$")
_PLACE_PREPOSITION = re.compile(r"\b(?:at|in|on|near|outside|inside|into)\s+(?:the\s+)?$")
_FIRM_AFTER = re.compile(r"\s+(?:of|at|with|from)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}")
_AFFILIATION = re.compile(r"\s+(?:of|from)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}\s+")
# Words that may stand between a name and its participle: what the name is.
_ROLE_NOUNS = TITLES | ORG_CUES | {"magazine", "website", "site", "paper"}


# Words of a sentence whose subject may be the one a quotation inside it quotes: verbs of
# speech and judgement, and of wanting, believing or thanking.
_SUBJECT_CUES = (
    frozenset(word.lower() for word in _LEADING_CUES)
    | _STANCE_CUES
    | _words(
        "welcomed welcomes thanked thanks criticise criticises committed according hoped talked"
        " hopes believes believed thinks thought feels felt instructed conceded suggested"
        " accused promised pledged vowed reacted defended posted spoke speaks forecast forecasts"
        " fears feared"
        # what someone left or sent in words: `Jobs left this farewell, "..."`
        " farewell message letter remarks tribute"
    )
)
# `Mr Bradshaw was told that`, `it was put to Mr Kinnock`: the subject heard the words.
_HEARD = re.compile(r"\b(?:was|were|been|being)\s+(?:told|asked|put\s+to|informed)\b")
_POSED_TO = re.compile(r"\b(?:put|posed|addressed)\s+to\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_SENTENCE_BREAK = re.compile(r"[.!?] (?![a-z0-9])|\n")
_SPEECH_AFTER = re.compile(rf"\b(?:{_VERBS})\b")
# A name right after a verb of speech opens what was said: it is no speaker.
_REPORTED_SUBJECT = re.compile(r"\b(?:said|says|told|reported)\s+(?:that\s+)?$")


def _sentence_subject(
    body: str, quoted: _Quoted, lead_from: int, cast: _Cast
) -> _Attribution | None:
    """`Remarked scientist Tierra Curry, "..."`, `Ali Reza Raisi, speaking for the Health
    Ministry, reported yesterday, "..."`: a quotation of four words or more inside a
    sentence that no shape above reads, and that continues no one's, goes to the person
    or body the sentence names first as its subject."""
    if len(body[quoted.open_mark + 1 : quoted.close_mark].split()) < 4:
        return None
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    sentence_from = _last_sentence(body, window_from, quoted.open_mark)
    if sentence_from == window_from and window_from > lead_from:
        return None  # the sentence starts before the window
    before = body[sentence_from : quoted.open_mark]
    words = {word.strip(",;:-").lower() for word in before.split()}
    if not words & _SUBJECT_CUES or _HEARD.search(before):
        return None  # `It is being built on the Jinshajiang - or "..."`: no one speaks
    sentence_end = _SENTENCE_END.search(body, quoted.close_mark + 1)
    after = body[quoted.close_mark + 1 : sentence_end.start() if sentence_end else len(body)]
    if body[quoted.close_mark - 1] in ".!?":
        after = ""  # the quotation ends its sentence
    if _SPEECH_AFTER.search(after):
        return None  # `Mr Livingstone "should have..." once he realised, said Mr Blair`
    blank = _Attribution("", quoted.open_mark, quoted.open_mark, "", "leading")
    according = list(_ACCORDING_TO_NAME.finditer(body, sentence_from, quoted.open_mark))
    for start, end, _, entity_type in cast.mentions if according else ():
        if start == according[-1].end() and entity_type in ("PERSON", "ORG"):
            # `Cahill gave a count of 116 injured; according to Derrec Becker, public
            # information officer for ..., injuries ranged "from cuts ..."`: whose account
            return _Attribution(body[start:end], start, end, "according to", "leading")
    documents = list(_ACCORDING_TO_DOCUMENT.finditer(body, sentence_from, quoted.open_mark))
    if documents:
        document = documents[-1]
        # `According to a memo posted online by Senator Juan Dalmau, the Senate cancelled
        # its hearing because Pierluisi did "..."`: the document's author
        begin, finish = document.span("document")
        return _Attribution(body[begin:finish], begin, finish, "according to", "leading")
    subject = cast.clause_subject(blank, named_only=True)
    if _REPORTED_SUBJECT.search(body, max(0, subject.speaker_start - 20), subject.speaker_start):
        return None  # `the Standard newspaper, which said Goldman Sachs "is feared ..."`
    fronted = _FRONTED_CLAUSE.match(body, sentence_from)
    # (not `According to X,`, whose X speaks)
    fronted = None if fronted is None or fronted[0].lstrip().startswith("According") else fronted
    if subject.speaker_text and fronted and subject.speaker_start < fronted.end():
        # `After Minister Richard Sulik failed to ..., the Prime Minister apologised for
        # "having an idiot as economy minister"`: the name sits in a clause set before
        # the subject, who is the one after it
        after = _DESCRIBED_AFTER_CLAUSE.match(body, fronted.end(), quoted.open_mark)
        if after is None:
            return None
        start, end = after.span("speaker")
        return _Attribution(after["speaker"], start, end, "", "leading")
    return subject if subject.speaker_text else None


_ACCORDING_TO_NAME = re.compile(r"\b[Aa]ccording\s+to\s+(?=[A-Z])")
# `, the Prime Minister apologised`: a description opening a sentence's main clause.
_DESCRIBED_AFTER_CLAUSE = re.compile(
    r"\s*(?P<speaker>[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b)"
)
_ACCORDING_TO_DOCUMENT = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<document>(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_DOCUMENT_ALTERNATION})\s+[^,;:\"“”]{{0,30}}?\bby\s+[^,;:\"“”]{{2,60}}),"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|we|we're|we've|us|our)\b")
# Nothing but a conjunction or capitalized words (a title) before a sentence's subject.
_OPENS_SENTENCE = re.compile(r"(?:(?:And|But|So|Yet)\s+)?(?:[A-Z][\w.'’-]*\s+)*")


def _subject_before(
    body: str, quoted: _Quoted, paragraph_start: int, cast: _Cast
) -> _Attribution | None:
    """`McGurk also criticized the decision via Twitter. "The statement shows ..."`: a
    quotation of whole sentences that no words of its own attribute, right after a
    sentence of the same paragraph that a person is the subject of, is that person's."""
    inner = body[quoted.open_mark + 1 : quoted.close_mark].strip()  # (`" By using`)
    if len(inner.split()) < 4 or not inner[:1].isupper() or not inner.endswith((".", "!", "?")):
        return None  # (`"We used to see hustlers do this," Andrei Illarionov - then ...`)
    before = body[paragraph_start : quoted.open_mark].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    stop = paragraph_start + len(before) - 1
    sentence_from = _last_sentence(body, paragraph_start, stop)
    if any(mark in body[sentence_from:stop] for mark in '"“”') or any(
        opening < stop and closing > sentence_from for opening, closing in cast.quoted
    ):
        return None  # the sentence before quotes someone itself, or is quoted
    if body.startswith(":", paragraph_start):
        return None  # `: Well 1981 was to be the year`: an interview's answer
    if _FIRST_PERSON.search(body, sentence_from, stop):
        return None  # `Bob was the most driven man I have known.`: someone speaks already
    blank = _Attribution("", stop, stop, "", "leading")
    subject = cast.clause_subject(blank)
    if not subject.speaker_text or subject.speaker_start < sentence_from:
        return None
    if not _OPENS_SENTENCE.fullmatch(body, sentence_from, subject.speaker_start):
        return None  # `Associates of Volcker have assumed`: he is no subject
    if subject.speaker_text.lower() not in ("he", "she"):
        entity_id = cast.speaker_of(subject, quoted)
        if entity_id is None or cast.entity_by_id[entity_id].entity_type != "PERSON":
            return None
    return subject


def _right_before(body: str, mention: _Mention, at: int, cast: _Cast) -> bool:
    """Whether the participle at `at` is the mention's own (`with David Strauss saying`,
    `TV Guide magazine describing`, `quoted Zemljaric as saying`): nothing but `as` or a
    word or two of what the mention is between them, and the mention is no object of a
    preposition (`leaflets at Munich University calling for`)."""
    between = body[mention[1] : at].split()
    if between == ["as"] or _AFFILIATION.fullmatch(body, mention[1], at):
        return True  # `quoted Zemljaric as saying`, `Ross Spano of Florida calling`
    if len(between) > 2 or not _ROLE_NOUNS.issuperset(between):
        return False
    if _PLACE_PREPOSITION.search(body, max(0, mention[0] - 12), mention[0]):
        return False  # `leaflets at Munich University calling for`: a place says nothing
    return not between or not cast._is_object(*mention[:2])


# Whom something was sent or written to (`a message he sent to AIP vice chairman Mark
# Seidenberg:`): the one who sent it speaks.
_ADDRESSEE = re.compile(
    r"\b(?:sent|wrote|written|addressed|delivered)\s+to\s+(?:[\w.'’-]+\s+){0,4}$"
)


def _introduced(body: str, quoted: _Quoted, lead_from: int, cast: _Cast) -> _Attribution | None:
    """`He continued: "..."`, `BBC Two controller Roly Keating: "..."`, `A statement read:"`:
    a colon right before the opening mark hands the quotation to the subject of its
    sentence (a person or body named there that is no object, or its opening pronoun);
    the verb is the word before the colon when it is one."""
    before = body[lead_from : quoted.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = lead_from + len(before) - 1
    if _POSED_TO.search(body, _last_sentence(body, lead_from, colon), colon):
        return None  # `the first question put to them was:`: the one asked says nothing
    # `He continued:`, `Obama tweeted using his account:`: the last verb of speech among
    # the words before the colon, not `account`.
    words = before[:-1].split()[-_LEADING_CUE_WORDS:]
    verb = next((word for word in reversed(words) if word in _SPEECH_VERB_SET), "")
    blank = _Attribution("", colon, colon, verb, "leading")
    for start, end, _, entity_type in cast.mentions:  # `Roly Keating:`, not `told the BBC:`
        if end == colon and entity_type in ("PERSON", "ORG"):
            words = body[max(0, start - 40) : start].lower().split()
            while words and words[-1] in ("the", "a", "an"):
                words.pop()
            addressee = _ADDRESSEE.search(body, max(0, start - 40), start)
            if (not words or words[-1] not in _OBJECT_CUES) and addressee is None:
                return blank._replace(speaker_text=body[start:end], speaker_start=start)
    subject = cast.clause_subject(blank)
    if subject.speaker_text.lower() in _SMALL_WORDS:
        return None  # `A statement ... read:`: an article is no name
    return subject if subject.speaker_text else None


def _joined(body: str, quoted: _Quoted, lead_from: int, cast: _Cast) -> _Attribution | None:
    """`Duda also characterised the deaths as "crushing" and wrote "..."`: a verb joined by
    `and` right after a quoted fragment speaks for the subject of its clause."""
    match = _JOINED_VERB.fullmatch(body, lead_from, quoted.open_mark)
    if match is None:
        return None
    verb_at = match.start("verb")
    subject = cast.clause_subject(_Attribution("", verb_at, verb_at, match["verb"], "leading"))
    return subject if subject.speaker_text else None


# What may close a sentence that is only a speaker and a verb: `said.`, `told reporters.`
# (`"...!" Macron told the world on Thursday via Twitter.`)
_ATTRIBUTION_END = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s*[.;]")


def _trailing(body: str, quoted: _Quoted, spans: _Spans) -> _Attribution | None:
    """`"...," X said` and its variants, read right after the closing mark.

    A quotation ending in a full stop ends its sentence, so what follows is not its
    attribution.
    """
    # (a quotation inside it may close with it: `ask: 'What am I doing there?'"`)
    paragraph_end = spans[quoted.last_paragraph][1]
    # (`everything. " The only parts ...`: a space may stand before the closing mark; an
    # ellipsis, `nine years... " Hailey later recalled`, ends no sentence)
    before = body[max(0, quoted.close_mark - 5) : quoted.close_mark].rstrip("'’ ")
    closing = "" if before.endswith(("...", "…")) else before[-1:]
    if closing in (".", "?", "!"):
        # `"...year." said Janco analyst Martin Pyykkonen`, `"Where's the fun?" they asked`:
        # a sentence never opens in lower case, so a lower-case word after the closing mark
        # still attributes the quotation; a capital opens the next sentence, unless a
        # question's or an exclamation's speaker and verb make a short one of their own
        # (`"...the movie?" Mr Kashyap's lawyer Mihir Desai said.`).
        following = body[quoted.close_mark + 1 : quoted.close_mark + 8].lstrip()
        if not following[:1].islower():
            match = _TRAILING.match(body, quoted.close_mark + 1, paragraph_end)
            if closing == "." or match is None or match.lastgroup != "verb":
                return None
            if not _ATTRIBUTION_END.match(body, match.end()):
                return None
            return _attribution(match, "trailing")
    match = _TRAILING.match(body, quoted.close_mark + 1, paragraph_end)
    if match is None and not body[quoted.close_mark + 1 : paragraph_end].strip():
        # `"...a short-term collapse."` then a paragraph `said Stephen Harper, Prime
        # Minister of Canada.`: copy split into sentences puts the attribution on a line
        # of its own, which opens with the verb in lower case.
        following = quoted.last_paragraph + 1
        if following < len(spans):
            start, end = spans[following]
            first = body[start:end].split(" ", 1)[0]
            if first in _SPEECH_VERB_SET:
                match = _TRAILING.match(body, start, end)
    if match is None and _opens_sentence(body, quoted.open_mark):
        # `"At this point, it's too early to say" whether the plant will be struck,
        # McGhee said.`: the sentence the quotation opens ends with its attribution.
        match = _CLAUSE_THEN_SPEAKER.match(body, quoted.close_mark + 1, paragraph_end)
        if match is not None and match.lastgroup == "inverted" and closing != ",":
            match = None  # (`"Info cards" will help people ..., said Microsoft`: a name)
    if match is None:
        match = _ROLE_OF_BODY_AFTER.match(body, quoted.close_mark + 1, paragraph_end)
    if match is None:
        match = _VERDICT_OF.match(body, quoted.close_mark + 1, paragraph_end)
    if match is None and closing == ",":
        # `"...in today's economy," Jesse Toprak, an analyst for Edmunds.`: copy that lost
        # the verb still names who spoke, and what they are, as the paragraph's last words.
        bare = _NAME_WITHOUT_VERB.fullmatch(body, quoted.close_mark + 1, paragraph_end)
        if bare is not None:
            return _Attribution(bare["bare"], bare.start("bare"), bare.end("bare"), "", "trailing")
    return _attribution(match, "trailing") if match else None


_NAME_WITHOUT_VERB = re.compile(
    # (`Willard Brown, senior analyst for First Albany Corp.`: a title needs no article)
    rf"\s+(?P<bare>{_NAME}),\s+(?:(?:an?|the)\s+[a-z]|(?:[a-z]+\s+)?(?:{_TITLE_WORD})\b)"
    r"[^.!?;:\"“”]{0,80}\.\s*"
)


# What a medium that relays someone's words is called after the quotation.
_RELAYING = frozenset(
    ["it", "the newspaper", "the paper", "the daily", "the agency", "the news agency", "the radio"]
)


# Lower-case words a name with its role may hold (`Ways and Means chairman Dan Rostenkowski`).
_NAME_WORDS = TITLES | {"and", "of", "the", "for", "de", "van", "von"}
_CAPITAL_AFTER = re.compile(r"[\s,]*[A-Z]")  # a capital right after a closing mark


def _closed_by(body: str, quoted: _Quoted, spans: _Spans) -> _Attribution | None:
    """`Ken Livingstone should "stick to his guns" and not apologise, Boris Johnson has
    insisted.`: a fragment inside a sentence that closes with its attribution."""
    inner = body[quoted.open_mark + 1 : quoted.close_mark].rstrip()
    if len(inner.split()) < _MIN_FRAGMENT_WORDS:
        return None  # (`The ageing "myth" needs to be ...`: a word, not someone's words)
    if inner.endswith((".", "!", "?")):
        return None  # the quotation ends its sentence: what follows is the next one
    paragraph_end = spans[quoted.last_paragraph][1]
    match = _CLAUSE_TO_ATTRIBUTION.match(body, quoted.close_mark + 1, paragraph_end)
    said = _attribution(match, "trailing") if match else None
    if said is None:
        return None
    capital = _CAPITAL_AFTER.match(body, quoted.close_mark + 1)
    between = body[capital.end() - 1 : said.speaker_start].split() if capital else []
    if any(word[:1].islower() and word.strip(",") not in _NAME_WORDS for word in between):
        return None  # (`... across the UK," Digital prints cost less ..., said Ms Deans`:
        # a capital after the quotation opens a sentence of its own, unless it names the
        # speaker: `," Gail Martell, chief meteorologist for E.F. Hutton said`)
    if said.speaker_text != "it" and _relays_a_fragment(body, quoted, said):
        return None  # `Naina Yeltsin has undergone "a planned operation" ..., Itar-Tass
        # news agency said`: the medium relays words it does not say whose they are
    return said


def _relays_a_fragment(body: str, quoted: _Quoted, trailing: _Attribution) -> bool:
    """Whether a quotation inside its sentence is followed by a medium's `said`."""
    speaker = trailing.speaker_text.removesuffix(" news agency")
    relaying = speaker.lower() in _RELAYING or speaker in NEWS_AGENCIES
    return relaying and not _opens_sentence(body, quoted.open_mark)


def _opens_sentence(body: str, offset: int) -> bool:
    before = body[max(0, offset - 3) : offset]
    return offset == 0 or before.endswith("\n") or before.rstrip().endswith((".", "?", "!"))


def _leading(body: str, quoted: _Quoted, lead_from: int) -> _Attribution | None:
    """`X said: "..."` and its variants, read in the sentence before the opening mark."""
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    # The full pattern is costly to try at every offset; most openings have no verb near.
    near = body[window_from : quoted.open_mark].split()[-_LEADING_CUE_WORDS:]
    if not any(word.rstrip(":,;") in _LEADING_CUES for word in near):
        return None
    match = _LEADING.search(body, window_from, quoted.open_mark)
    if match is None:
        return None
    if match.lastgroup == "verb":
        match = _reported_speaker(body, match, quoted.open_mark)
    return _attribution(match, "leading")


def _reported(
    body: str, quoted: _Quoted, lead_from: int, paragraph_start: int
) -> _Attribution | None:
    """`X said <what>. "..."`: a quotation of five words or more opening the sentence after
    one whose subject said something takes that subject, after the last quotation found
    and within the paragraph, or at the end of the one before when it opens its own."""
    inner = body[quoted.open_mark + 1 : quoted.close_mark]
    if len(inner.split()) < _MIN_UNATTRIBUTED_WORDS:
        return None
    window_from = max(lead_from, quoted.open_mark - _LEADING_WINDOW)
    # `Keefe said the level will hold. Furthermore, "we still have...`: a linking word
    # may open the quotation's sentence; the reporting sentence ends before it.
    link = _LINK_BEFORE.search(body, window_from, quoted.open_mark)
    until = link.start() if link is not None else quoted.open_mark
    before = body[window_from:until]
    if not any(word.rstrip(".,:") in _LEADING_CUES for word in before.split()):
        return None
    sentence_from = window_from
    for mark in (". ", "! ", "? ", "\n"):  # the reporting sentence alone, not those before
        cut = before.rfind(mark, 0, len(before.rstrip()) - 1)
        sentence_from = max(sentence_from, window_from + cut + len(mark) if cut != -1 else 0)
    # (`...as you go." Mr Armes warned that ...`: the window opens on the space after a
    # quotation that closed the sentence before; after `...everyone," Ren said.` the
    # sentence is that quotation's attribution)
    if body[max(0, sentence_from - 3) : sentence_from].rstrip("\"”’' ")[-1:] in (".", "?", "!"):
        while sentence_from < until and body[sentence_from].isspace():
            sentence_from += 1
    # (the attribution that closes the sentence first: in `Phones will vanish into our
    # clothing, says Mr Pearl.` the clause before the comma is no subject)
    match = (
        _REPORTED_AFTER.match(body, sentence_from, until)
        or _REPORTED.match(body, sentence_from, until)
        or _REPORTED_JOINED.match(body, sentence_from, until)
    )
    if match is None:
        return None
    groups = match.groupdict()
    speaker = groups.get("named") or groups.get("speaker") or groups["inverted"]
    if sentence_from < paragraph_start and re.match(rf"{_DETERMINER}\s", speaker):
        return None  # `The restoration of the films revealed...`: across a break, names only
    return _attribution(match, "leading")


def _attribution(match: re.Match[str], kind: str) -> _Attribution | None:
    """Speaker and verb of a `_TRAILING` or `_LEADING` match. Its last group is the
    speaker of `said Ren` and `according to Ren`, else the verb of `Ren said`. None for
    a passive (`Despite being told`, `Smith was asked`): its subject heard the words."""
    speaker = match.lastgroup or ""
    if speaker == "verb":
        groups = match.groupdict()
        speaker = next(g for g in ("named", "described", "speaker", "joint") if groups.get(g))
        verb = match["verb"]
    else:
        verb = match[f"{speaker}_verb"]
    text, (start, end) = match[speaker], match.span(speaker)
    if speaker in ("named", "speaker") and text.rpartition(" ")[2] in _PASSIVE | _PARTICIPLE_LINKS:
        return None  # `Despite being told`, `but when asked`: a participle, no attribution
    if speaker in ("named", "speaker") and text.rpartition(" ")[2] in _DETERMINER_WORDS:
        return None  # `the claims`, `his comments were`: a noun, not a verb of speech
    if verb in _NOUN_VERBS and _VERB_BEFORE_NOUN.search(text):
        return None  # `the pilots' union filed comments opposing`: a verb's object
    if (
        verb in _NOUN_VERBS
        and _PREPOSITION_BEFORE.search(match.string, max(0, start - 6), start)
        and not {"which", "that", "who"}.intersection(text.split())
    ):
        # `reflects this view in Ballot Access News comments:`: a noun (but `in its
        # submission which states that`: a verb)
        return None

    rest, _, last = text.rpartition(" ")
    if speaker in ("named", "speaker") and _NEGATED.search(text):
        return None  # `The spokesman could not say what ...`: nothing was said
    before_adverb = rest.rpartition(" ")[2].lower()
    if (
        last.endswith("ly")
        and last.islower()
        and (before_adverb in _NAMING_WORDS or before_adverb.endswith(("'s", "’s")))
    ):
        return None  # `the (or GenCorp's) previously announced merger`: a participle
    # What the lazy speaker pattern takes in front of the subject: the clause before
    # `but` (`ruled out with an injury but Cole said`), the sentence before a pronoun that
    # opens one (`in the U.S. He said`) and a capitalized speech verb (`Said the Pew`).
    front = _SPEAKER_FRONT.match(text)
    if front is not None and front.end() < len(text):
        text, start = text[front.end() :], start + front.end()
    if speaker in ("named", "speaker") and _SPEAKER_OPENER.match(f"{text} ").end() > len(text):
        return None  # `Instead, said Mr Doctorow, DRM...`: a linking word, no speaker
    opener = _SPEAKER_OPENER.match(text)
    if 0 < opener.end() < len(text):
        text, start = text[opener.end() :], start + opener.end()
    if text.endswith((" -", " –", " —")):
        # `Mr Bez - himself a former executive at rival Porsche - said`: an aside set off
        # by dashes describes the name before it, who speaks.
        aside = _DASH_ASIDE.search(match.string, max(0, start - 80), start)
        if aside is not None:
            text, start, end = aside["name"], aside.start("name"), aside.end("name")
    if speaker == "speaker" and re.match(rf"{_DETERMINER}\s", text):
        # `Pius Haffner of the Catholic charity Justitia et Pax told`: the lazy span began
        # at what the person is of, too long for it; the person speaks.
        owner = _NAME_OF.search(match.string, max(0, start - 60), start)
        if owner is not None:
            text, start = match.string[owner.start() : end], owner.start()
    lost = _LOST_COMMA.match(text) or _DAY_BEFORE_SUBJECT.match(text)
    if lost is not None:
        text, start = text[lost.end() :], start + lost.end()
    tail = _TIME_TAIL.search(text)
    if tail is not None and tail.start() > 0:
        text, end = text[: tail.start()], start + tail.start()  # `The prime minister on Sunday`
    expected = _EXPECTED_TO.search(text)
    if expected is not None and expected.start() > 0:
        text, end = text[: expected.start()], start + expected.start()  # `He is expected to`
    while (cut := text.rfind(" ")) > 0 and (
        text[cut + 1 :] in _AUXILIARIES
        or (_ADVERB_LY.fullmatch(text, cut + 1) and text[:cut].rpartition(" ")[2] in _AUXILIARIES)
    ):
        # `Tony Blair has said`, `The company had previously announced`: the subject
        text, end = text[:cut], start + cut
    if text.endswith(("'s", "’s")) and speaker in ("inverted", "according", "quoted_as"):
        # `said Mr Blair's official spokesman`: whose the speaker is, then the speaker
        rest = _POSSESSED.match(match.string, end)
        if rest is not None:
            text, end = text + rest.group(), rest.end()
    return _Attribution(text, start, end, verb, kind)


def _continued(
    body: str, quoted: _Quoted, spans: _Spans, found: list[_Quote], ahead: bool = False
) -> _Attribution | None:
    """The previous quotation's speaker, for a quotation of five words or more (shorter
    ones are scare quotes) in its paragraph, or opening the paragraph after it. `ahead`:
    the quotation runs into an attributed one, whose speaker it has unless it follows
    the previous one's attribution right away."""
    if not found:
        return None
    inner = body[quoted.open_mark + 1 : quoted.close_mark]
    previous_quoted, previous, _ = found[-1]
    # `"Nobody else does it," he said. "It's special."`: right after the attribution of
    # the one before, a quotation of any length goes on with the same speaker.
    gap = body[previous_quoted.close_mark + 1 : quoted.open_mark]
    if (
        previous.kind == "trailing"
        and len(gap) <= _ATTRIBUTION_GAP
        and _BARE_ATTRIBUTION.fullmatch(gap)
    ):
        return previous._replace(kind="continued")
    if len(inner.split()) >= _MIN_FRAGMENT_WORDS and _LINKED_FRAGMENT.fullmatch(gap):
        # `She described him as "a guiding force" who was "one of the most distinguished
        # scientists" and "always interested in ..."`: one sentence, one speaker
        return previous._replace(kind="continued")
    reopened = body[previous_quoted.close_mark] not in '"“”'
    if reopened and not gap.strip() and previous_quoted.last_paragraph == quoted.first_paragraph:
        # `...billed to you. "It's a social phenomenon."`: copy that lost a paragraph
        # break re-opens the same speaker's words, however short, whoever speaks next
        return previous._replace(kind="continued")
    if ahead:
        # (`," said Rick Egelton, deputy chief economist at BMO Financial Group. "We are
        # not ..." "The economy ...," said Ken Mayland`: a longer attribution alone between
        # still holds the speaker; a sentence of narration hands over to the next one)
        bare = previous.kind == "trailing" and _BARE_ATTRIBUTION.fullmatch(gap)
        return previous._replace(kind="continued") if bare else None
    if (
        len(inner.split()) < _MIN_UNATTRIBUTED_WORDS
        or previous.verb.partition(" ")[0] in _STANCE_CUES
    ):
        return None  # `It blamed "continuing uncertainties"`: a judgement, not a speech
    start = spans[quoted.first_paragraph][0]
    # Wire copy opens the next paragraph with the same speaker's next words (`"If not,
    # someone will take their place." In the year that...`): what follows is new matter.
    opens_paragraph = quoted.open_mark == start
    same_paragraph = previous_quoted.last_paragraph == quoted.first_paragraph
    next_paragraph = previous_quoted.last_paragraph == quoted.first_paragraph - 1
    if same_paragraph or (next_paragraph and opens_paragraph):
        return previous._replace(kind="continued")
    return None


class _Cast:
    """The people and organizations of one article, to put a name to a speaker."""

    def __init__(
        self,
        mentions: list[_Mention],
        entity_by_id: dict[str, _Entity],
        body: str,
        paragraph_starts: Sequence[int] = (0,),
    ):
        self.mentions, self.entity_by_id, self.body = mentions, entity_by_id, body
        self.starts = {m[0] for m in mentions}
        self.paragraph_starts = list(paragraph_starts) or [0]
        self._genders: dict[str, str | None] = {}
        self.quoted: list[tuple[int, int]] = []  # (open mark, close mark) of each quotation
        self.spoke: set[int] = set()  # starts of the mentions an attribution resolved to
        self.issued: dict[str, tuple[int, str]] = {}  # a document -> where, and whose
        self.pronouns: dict[str, tuple[int, str]] = {}  # `he`/`she` -> where, and whom it was

    def note_speaker(self, attribution: _Attribution, entity_id: str | None) -> None:
        """Remember which mention of an attribution spoke: in `said Carroll McEntee and
        McGinley analyst Denis Karnosky` the analyst, for a `he` after it."""
        start, end = attribution.speaker_start, attribution.speaker_end
        self.spoke.update(m[0] for m in self.mentions if m[2] == entity_id and start <= m[0] < end)
        pronoun = attribution.speaker_text.lower()
        if pronoun in _PRONOUN_GENDER and entity_id is not None:
            self.pronouns[pronoun] = (end, entity_id)
        issued = _IN_A_DOCUMENT.match(self.body, end)
        if issued is not None and entity_id is not None:
            # `," the firm said in a prepared statement.`: a later `the statement` is its
            self.issued[issued["document"]] = (end, entity_id)
        # `..., the resolution stated.` given to the Senate: a later `the resolution
        # said` is the Senate's too, not the body last named.
        said = attribution.speaker_text.lower().split()
        document = len(said) == 2 and said[0] == "the" and said[1] in _DOCUMENT_HEADS
        if document and entity_id is not None:
            self.issued[said[1]] = (end, entity_id)

    def speaker_of(self, attribution: _Attribution, quoted: _Quoted) -> str | None:
        """The speaker's entity_id, or None (see `_speaker_of`). `The barrister who had
        represented Mr Martin said`: whom a relative clause on a description names is
        not the speaker."""
        relative = _DESCRIBED_WHO.match(attribution.speaker_text)
        if relative is None:
            return self._speaker_of(attribution, quoted)
        cut = attribution.speaker_start + relative.end()
        inside = any(attribution.speaker_start <= m[0] and m[1] < cut for m in self.mentions)
        if not inside and relative["description"].rpartition(" ")[2] not in _ORGANIZATION_HEADS:
            return None  # a person the clause brings in, named nowhere: unnamed
        head = attribution._replace(speaker_text=relative["description"], speaker_end=cut - 1)
        found = self._speaker_of(head, quoted)
        named = {m[2] for m in self.mentions if cut <= m[0] < attribution.speaker_end}
        return None if found in named else found

    def _speaker_of(self, attribution: _Attribution, quoted: _Quoted) -> str | None:
        """The speaker's entity_id, or None; tried in order: a mention inside the speaker
        span (a person, or one ending the span: in `the UN chief` the `UN` is not the
        speaker); for a pronoun the last subject of its kind before it (`he`/`she` a
        person of that gender, `it` an organization, `they` an organization or a person);
        a name, alias or surname ending the span; a description (`the minister`)."""
        start, end = attribution.speaker_start, attribution.speaker_end
        bracket = _BRACKETED_END.search(self.body, start, end)
        if bracket is not None:
            end = bracket.start()  # `the National Crime Agency (NCA)`: the name before
        fronted = _FRONTED_CLAUSE.match(self.body, self._sentence_start(start) + 1)
        if fronted is not None and start < fronted.end() <= end + 2:
            # `Noting the nosediving New York Stock Exchange, Rep David Obey, ..., said`:
            # the name in the clause set before the subject is no speaker; the one after is
            after = [m for m in self.mentions if fronted.end() < m[0] < fronted.end() + 12]
            if after and after[0][3] == "PERSON":
                return after[0][2]
        real = _REAL_NAME.match(self.body, end)
        staged = any(start <= m[0] and m[1] <= end and m[3] == "PERSON" for m in self.mentions)
        if real is not None and not staged:
            # `The Game, whose real name is Jayceon Taylor, told`: the person so named
            # (`Jay-Z, whose real name is Shawn Carter`: the stage name's own entity)
            named = [m for m in self.mentions if m[0] == real.end() and m[3] == "PERSON"]
            if named:
                return named[0][2]
        words = attribution.speaker_text.lower().split(" ")
        if words[0] in _INDEFINITE_WORDS and words[-1] in _SOURCES and len(words) > 2:
            return None  # `A Campeau source said`: someone who is not named, at Campeau
        if words[0] in _INDEFINITE_WORDS and _CLOSE_TO.search(attribution.speaker_text):
            return None  # `a source close to Reagan`: not Reagan
        spokes = next((i for i, w in enumerate(words[:3]) if w in _SPOKESPEOPLE), None)
        if spokes is not None and words[spokes + 1 : spokes + 2] in (["for"], ["at"], ["of"]):
            # `A spokesman at Airbus headquarters in Toulouse said`: the body spoken for
            body = [m for m in self.mentions if start < m[0] < end and m[3] == "ORG"]
            if body:
                return body[0][2]
        staff = next((i for i, w in enumerate(words[1:5], 1) if w in _STAFF), 0)
        staff_of = staff and " ".join(words[staff + 1 : staff + 2]) in ("of", "at", "with")
        if words[0] in _INDEFINITE_WORDS and staff_of:
            return None  # `a former official of Sedren Mine said`: one of its people, unnamed
        if words[0] in _DESCRIPTION_OPENERS or (len(words) > 1 and words[-1] in TITLES):
            # `The Higher Education Minister, Kim Howells, said`, `Escom chairman, John
            # Maree, told`: the appositive names the one the description stands for.
            # `The study's lead author, doctoral candidate Maninder Thind, said`: a role
            # may stand before the name.
            # (`Another analyst, Richard Cohen at Brown Baldwin Nisker Ltd, noted`: with
            # the one's firm)
            # (within the sentence: `said one of their lawyers, Michalis
            # Dimitrakopoulos. Kenteris, 31, who won` names no Kenteris)
            comma = self.body.find(",", end + 2, end + 80)
            if comma > 0 and self._sentence_start(comma) != self._sentence_start(end):
                comma = -1
            # (`The financial daily, Boersenzeitung, wrote`: a body's name after a body's;
            # not `Ben Summerskill of the gay rights organization, Stonewall, said`)
            bodies = words[-1] in _BODY_WORDS and not _OF_WORDS_BEFORE.search(
                self.body, max(0, start - 6), start
            )
            kinds = ("PERSON", "ORG") if bodies else ("PERSON",)
            named = [
                m
                for m in self.mentions
                if m[3] in kinds
                and end + 2 <= m[0]
                and (
                    m[1] == comma
                    or (m[0] == end + 2 and _FIRM_AFTER.fullmatch(self.body, m[1], comma))
                )
            ]
            relative = _RELATIVE_OPENER.match(self.body, end + 2)
            if named and self.body[end : end + 2] == ", " and relative is None:
                return named[0][2]  # (not `The actor, whose films include Michael Collins,`)
        apposed = self.body[start - 2 : start] == ", " and self.body[end : end + 1] == ","
        if words[0] == "the" and words[-1] in _BODY_WORDS and apposed:
            # `The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting
            # regulator, said`: the body the description is set off after (not `In a
            # filing with the SEC, the group disclosed`)
            close = start - 3 if self.body[start - 3 : start - 2] == ")" else start - 2
            bodies = [m for m in self.mentions if m[1] == close and m[3] == "ORG"]
            if bodies:
                return bodies[-1][2]
        role = attribution.speaker_text.split(" ", 1)[0].lower()
        whole = [m for m in self.mentions if m[0] == start and m[1] == end and m[3] == "ORG"]
        if self.body[start - 2 : start] == ", " and whole:
            # `Colin Asplin, Blackpool Hotel Association said:`: the body after a person's
            # comma, its own comma lost, is whom the person speaks for
            named = [m for m in self.mentions if m[1] == start - 2 and m[3] == "PERSON"]
            if named:
                return named[0][2]
        if self.body[start - 2 : start] == ", " and role in TITLES:
            # `Ramon Diaz, Chairman of the PCGG (PCGG) told`: a role set after the name,
            # its closing comma lost, is that person's
            named = [m for m in self.mentions if m[1] == start - 2 and m[3] == "PERSON"]
            if named:
                return named[0][2]
        if attribution.kind == "trailing" and not self._full_name_set_off(attribution, end):
            named = self._named_after(end)
            if named is not None:
                return named
        issuer = self._issuer(start, end)
        if issuer is not None:
            return issuer
        if self._is_object(start, end):
            # `Speaking to Agence France-Presse, the president of the league, Jamel
            # Msallem, said`: the one spoken to is no speaker; the appositive names him.
            named = self._appositive_person(end, quoted.open_mark)
            if named is not None:
                return named

        named_inside = [m[0] for m in self.mentions if start <= m[0] < end and m[3] == "PERSON"]
        if any(
            _OBJECT_BEFORE.search(self.body, max(0, at - 60), at) for at in [start, *named_inside]
        ):
            opening = _UNNAMED_ROLE_OPENS.match(self.body, self._sentence_start(start) + 1)
            head = opening["description"].rsplit(" ", 1)[-1] if opening else None
            if head is not None and head not in _SPOKESPEOPLE:
                # `One official attending the talks with Finance Minister Dilson Funaro
                # said`: the one the sentence opens on, whom it does not name (a
                # spokesperson speaks for a body: `A company spokesman told Reuters`)
                return None
        office = len(words) > 3 and words[0] == "the" and words[2] in ("for", "of")
        office = office and (words[1] in TITLES or words[1].upper() in POSTNOMINALS)
        # (a full name in it is the holder: `the minister for civil aviation Praful Patel`;
        # a seat's word is none, though the model may call it a person)
        if office and not any(
            start <= m[0] and m[1] <= end and m[3] == "PERSON" and " " in self.body[m[0] : m[1]]
            for m in self.mentions
        ):
            # `The MP for Sittingbourne and Sheppey said`: the member named with that role
            # before, else the subject of the sentence before (not the seat)
            before = min(start, quoted.open_mark)
            found = self.named_with_role(words[1], before)
            return found or self.last_subject(before, "PERSON", None, strict=True)
        inside = [m for m in self.mentions if m[0] < end and m[1] > start]
        if any(m[1] == end and self._is_law(m) for m in inside):
            return None  # `The 14th Amendment states`: a law, no one the story names
        inside = [m for m in inside if m[3] in ("PERSON", "ORG")]  # `Holland said`: no place
        # (`a Reagan administration official`: a name that only qualifies a word is no one)
        inside = [m for m in inside if m[1] >= end or not _QUALIFIED.match(self.body, m[1])]
        # (`The Economic Daily newspaper`: the body a medium's or a body's word ends with)
        inside = [
            m
            for m in inside
            if m[1] >= end or m[3] == "PERSON" or self._names_body(start, m[0], m[1], end)
        ]
        # `Aguilera's agent Meghan Prophet` is Meghan Prophet; `Mr Blair's official
        # spokesman`, named nowhere, gives Mr Blair's words.
        owners = [m for m in inside if self._possessor(m[1], end)]
        inside = [m for m in inside if not self._possessor(m[1], end)]
        if not inside and self._possessor_in(start, end):
            # `United's statement to the stock exchange`: a document speaks for whose it is.
            # `Stardom's official statement`, `a statement released by Erdogan's office`
            owned = self.body[owners[-1][1] : end].split()[1:3] if owners else []
            if any(word in _DOCUMENT_HEADS or word in _OWNERS_VOICES for word in owned):
                return owners[-1][2]
            described = _DESCRIBED_OWNER.fullmatch(self.body, start, end)
            if not owners and described:
                # `The court's summary concluded`: the body the description names
                before = min(start, quoted.open_mark)
                return self.by_description(f"the {described['owner'].lower()}", before)
            if owners and self.body[start:end].rpartition(" ")[2].lower() in _SPOKESPEOPLE:
                return owners[-1][2]
            office = _OFFICE_SPOKESPERSON.fullmatch(self.body, start, end)
            if not owners and office and office["office"].rpartition(" ")[2] in TITLES:
                # `the prime minister's official spokesman said`: the office holder's
                return self.by_description(office["office"], min(start, quoted.open_mark))
            if owners and self.body[start:end].rpartition(" ")[2].lower() in _BODY_OR_OFFICE:
                # `Day's animal foundation said`: the body the story names with those words
                # and the owner's name (the Doris Day Animal Foundation), before or after
                owner = self.body[owners[-1][0] : owners[-1][1]].split()[-1]
                words = [*self.body[owners[-1][1] : end].lower().split()[1:], owner.lower()]
                named = self._body_named_with(words)
                if named is not None:
                    return named
            if not owners and self.body[start:end].rpartition(" ")[2].lower() in TITLES:
                # `The political reform group's general secretary` after `The Fabian
                # Society's Sundar Katwala said`: the one person its paragraph names.
                # (or, in a lead, the one the next sentence has speaking: `Scotland's
                # justice minister has warned ... Cathy Jamieson said`)
                # (`the group's president` after `its president Rilwanu Lukman said`: the
                # one named with the role)
                before = min(start, quoted.open_mark)
                role = self.body[start:end].rpartition(" ")[2].lower()
                return (
                    self.only_person_near(before)
                    or self._named_next(before)
                    or self.named_with_role(role, before)
                )
            return None
        if not any(m[3] == "PERSON" for m in inside):
            head = self._head_person(start)
            if head is not None:
                return head
        before, speaker = min(start, quoted.open_mark), attribution.speaker_text
        pronoun = speaker.lower().removesuffix(" too")  # `He too suggested`
        pronoun = _SUBJECT_FORMS.get(pronoun, pronoun)  # `the radio quoted him as saying`
        opener, _, last = pronoun.rpartition(" ")
        if last in _PRONOUN_TYPES and (
            opener.split(" ", 1)[0] in _CLAUSE_OPENERS or (opener and last != "it")
        ):
            # `In February 2004 he said`, `But he said`, `Of the government's stake he
            # stated`: no name ends in a pronoun, so a phrase before one is fronted (and
            # a name in it is someone else: `When challenged by Bollinger ... he stated`).
            pronoun = last
        if inside and pronoun not in _PRONOUN_TYPES:
            # `Foreign Ministry spokesperson Wang Wenbin`: the person, not the ministry
            return min(inside, key=lambda m: (m[3] != "PERSON", -m[0]))[2]
        if pronoun in _PRONOUN_TYPES:
            lead = self.body[:start].rstrip()
            if (
                lead.endswith(",")
                and not lead[:-1].rstrip().endswith(('"', "”"))
                and _SUBORDINATE_ASIDE.search(lead, max(0, len(lead) - 80)) is None
            ):
                # `Mr Blair has failed, he claimed`: the pronoun of a reporting clause set
                # after what it reports is no one that clause names; look before it (but
                # in `Blankenship concurred: "...", he argued` the quotation is what it
                # reports, and the one before the quotation may be whom it means).
                before = min(before, self._sentence_start(start) + 1)
            unnamed = self._unnamed_before(before, pronoun)
            if unnamed is not None:
                # `A spokeswoman for Oxford University said`: the body spoken for
                start, end = unnamed.span("description")
                if (
                    unnamed["description"].startswith("the ")
                    and unnamed["description"].count(" ") > 1
                ):
                    # `..., the Tory leader said. "...," he said`: whom it describes
                    described = self.by_description(unnamed["description"], start)
                    if described is not None:
                        return described
                # (or the person: `a spokesman for Mr Blair`)
                # (not the one spoken to: `a company spokeswoman told Reuters`)
                spoken = [
                    m
                    for m in self.mentions
                    if end < m[0] < unnamed.end()
                    and m[3] != "PLACE"
                    and _SPEECH_AFTER.search(self.body, end, m[0]) is None
                ]
                if spoken:
                    return spoken[0][2]
                body = _FOR_DESCRIBED_BODY.match(self.body, end)
                if body is not None and body[1] in _BODY_HEADS:
                    # `A spokesman for the bank said`: the body the story is about
                    return self.story_subject(end, anywhere=True)
                return self._spoken_for(start, end)
            return self.referent(pronoun, before)
        words = speaker.split(" ")
        while len(words) > 2 and words[0].lower() in _CLAUSE_OPENERS:
            words = words[1:]  # `But the foreign secretary`: the foreign secretary
        speaker = " ".join(words)
        found = self.by_name(speaker, before) or self._surname_of(speaker, before)
        found = found or self.by_description(speaker, before)
        return found or self._described(start) or self._spoken_for(start, end)

    def _surname_of(self, speaker_text: str, before: int) -> str | None:
        """`Meier of the Social Democrats complained`: the person named before whose
        name the words ahead of `of` end, when the model saw no name there."""
        named = _NAME_BEFORE_OF.match(speaker_text)
        found = named and self.by_name(named[1], before)
        return found if found and self.entity_by_id[found].entity_type == "PERSON" else None

    def same_unnamed(
        self, previous: _Quote, attribution: _Attribution, entity_id: str | None
    ) -> str | None:
        """`A spokesman for the BPI said ... "...," he said`: `he` or `she` after the
        quotation of one the story describes but does not name (`the BPI spokesman`,
        `one observer`), within `_DESCRIPTION_REACH` characters and with no person named
        between, is that one again (and speaks for what that one spoke for), not the last
        name before the description. Else `entity_id` as found."""
        pronoun = attribution.speaker_text.lower()
        earlier_quoted, earlier, earlier_id = previous
        words = earlier.speaker_text.lower().split()
        # the head comes before what it is of: `a spokesman for the Vinyl Guild`
        ahead = zip(words, [*words[1:], ""])
        head = next((word for word, after in ahead if after in _OF_WORDS), words[-1])
        if (
            pronoun not in _PRONOUN_GENDER
            or len(words) < 2
            or words[0] not in _DESCRIPTION_OPENERS
            or not (head in TITLES or head in _UNNAMED_HEADS or head in _PEOPLE_WORDS)
            or not (_MALE_WORDS if pronoun == "she" else _FEMALE_WORDS).isdisjoint(words)
            or earlier.speaker_start >= attribution.speaker_start
            or attribution.speaker_start - earlier_quoted.close_mark > _DESCRIPTION_REACH
        ):
            return entity_id
        between = range(earlier.speaker_end, attribution.speaker_start)
        if any(
            m[3] == "PERSON" and m[0] in between and not self._in_quotation(m[0])
            for m in self.mentions
        ):
            return entity_id
        # (`The trade minister said "...". The spokesman said ... He said`: another one
        # the story does not name spoke since)
        others = _UNNAMED_SUBJECT.finditer(self.body, between.start, between.stop)
        heads = [
            o["description"].lower().rpartition(" ")[2]
            for o in others
            if not self._in_quotation(o.start())
        ]
        if any(other in _UNNAMED_OR_OFFICIAL and other != head for other in heads):
            return entity_id
        if entity_id is not None and self._mentioned_at(entity_id, attribution.speaker_start) > (
            earlier.speaker_start
        ):
            return entity_id  # named again since: `... the spokesman said. Smith added ...`
        return earlier_id

    def _body_of_source(self, before: int) -> str | None:
        """The body of the last `a Labour source` or `party sources` before `before`."""
        sourced = [
            m
            for m in self.mentions
            if m[1] <= before and m[3] == "ORG" and _SOURCE_AFTER.match(self.body, m[1])
        ]
        return sourced[-1][2] if sourced else None

    def _bodies_with_spokespeople(self, before: int) -> list[_Mention]:
        """The mentions before `before` of bodies named with their spokesperson: `a Henley
        spokesman`, `a spokesman for the Information Commissioner's Office`."""
        return [
            m
            for m in self.mentions
            if m[1] <= before
            and m[3] == "ORG"
            and (
                _SPOKESPERSON_AFTER.match(self.body, m[1])
                or _SPOKESPERSON_BEFORE.search(self.body, max(0, m[0] - 30), m[0])
            )
        ]

    def _spoken_for(self, start: int, end: int) -> str | None:
        """`an Interpol spokesperson stated`, `A Hampshire Police spokesman said`: one who
        speaks for a body and is named nowhere gives the body's words."""
        body_for = _SPOKESPERSON_FOR.search(self.body, start, end)
        if body_for is not None and body_for.end() == end:
            # `NTL said ... "...," said a spokesman for the company`: the body the sentence
            # before is about, else the company the story is about
            return self._body_just_before(start) or self.by_description(body_for["body"], start)
        if self.body[start:end].rpartition(" ")[2].lower() not in _SPOKESPEOPLE:
            return None
        bodies = [m for m in self.mentions if start <= m[0] and m[1] < end and m[3] == "ORG"]
        if bodies:
            return bodies[0][2]
        called = self._body_called(self.body[start:end])
        if called is not None:
            return called
        # `a Henley spokesman said` earlier: `the spokesman` is still the same body's.
        spoken = self._bodies_with_spokespeople(start)
        # `a spokesman for the airplane manufacturer said` earlier: that body's, too; of
        # the shapes, the latest (`A Labour Party spokesman told ... A spokesman for the
        # Information Commissioner's Office said ... The spokesman said`: the commissioner's)
        introduced = list(_SPOKESPERSON_FOR.finditer(self.body, 0, start))
        if spoken and not (introduced and introduced[-1].start() > spoken[-1][0]):
            return spoken[-1][2]
        if introduced:
            body, at = introduced[-1]["body"], introduced[-1].start()
            head = body.rpartition(" ")[2]
            if head in _ORGANIZATION_HEADS:
                return self.by_description(body, at)
            if head in _DESCRIPTOR_NOUNS:  # `the airplane manufacturer`: the story's body
                return self.story_subject(at)
        words = self.body[start:end].split()
        if len(words) == 2 or (len(words) == 3 and words[1] in _DESCRIPTOR_NOUNS):
            # `But Sky denied the programme breached guidelines. A spokesperson said`, `A
            # company spokesman told Reuters`: the body the sentence before is about, else
            # the body the story is about
            return self._body_just_before(start) or self.story_subject(start)
        if len(words) == 3 and words[1].lower() in _ORGANIZATION_HEADS:
            # `a ministry spokesman said` after `The Agriculture Ministry expects`
            return self.by_description(f"the {words[1].lower()}", start)
        if len(words) == 3 and words[1].islower():
            # `The executive spokeswoman said` after `The Scottish Executive said`: the one
            # body whose name ends with that word
            ending = f" {words[1]}"
            bodies = {m[2] for m in self.mentions if m[3] == "ORG" and m[1] <= start}
            named = [b for b in bodies if self.entity_by_id[b].names[0].endswith(ending)]
            return named[0] if len(named) == 1 else None
        return None

    def _named_next(self, before: int) -> str | None:
        """`... needs to be "exploded", the work and pensions minister has said. This was
        why ..., Alan Johnson said.`: a lead that names no one before the office it
        describes names the holder as the next sentence's speaker."""
        if any(m[0] < before and m[3] == "PERSON" for m in self.mentions):
            return None
        opens = _SENTENCE_END.search(self.body, before)
        if opens is None:
            return None
        rest = self.body[opens.end() :]
        following = opens.end() + len(rest) - len(rest.lstrip())  # the next sentence
        closes = _SENTENCE_END.search(self.body, following + 1)
        closes_at = closes.end() if closes else len(self.body)
        people = [m for m in self.mentions if opens.end() < m[0] < closes_at and m[3] == "PERSON"]
        return people[0][2] if len(people) == 1 and self._speaks(people[0][1]) else None

    def _names_anyone(self, start: int, end: int) -> bool:
        """Whether a person is named or someone quoted (not a term: `"voter
        identification" calls`) between `start` and `end`."""
        quoted = any(
            start < close
            and opening < end
            and len(self.body[opening:close].split()) >= _MIN_FRAGMENT_WORDS
            for opening, close in self.quoted
        )
        return quoted or any(start <= m[0] < end and m[3] == "PERSON" for m in self.mentions)

    def _body_named_with(self, words: list[str]) -> str | None:
        """The one body the story names anywhere with all those words in its name, a
        plural's by its singular too (`the Conservatives`: the Conservative Party)."""
        found = set()
        for m in self.mentions:
            if m[3] != "ORG":
                continue
            for name in self.entity_by_id[m[2]].names:
                held = set(name.lower().split())
                if all(w in held or (w.endswith("s") and w[:-1] in held) for w in words):
                    found.add(m[2])
        return found.pop() if len(found) == 1 else None

    def _body_called(self, description: str) -> str | None:
        """`A Conservative spokeswoman` where no mention is: the one body the story names
        whose name opens with that capitalized word (the Conservative Party); else the first
        it names whose name ends with it (`an Exchange spokesman`: the London Stock
        Exchange)."""
        words = {w.casefold() for w in description.split()[1:] if w[:1].isupper()}
        bodies = [(m[2], self.entity_by_id[m[2]].names) for m in self.mentions if m[3] == "ORG"]
        found = {
            entity_id
            for entity_id, names in bodies
            if any(n.split(" ", 1)[0] in words for n in names)
        }
        if found:
            return found.pop() if len(found) == 1 else None
        heads = [entity_id for entity_id, names in bodies if names[0].rpartition(" ")[2] in words]
        return heads[0] if heads else None

    def _body_just_before(self, start: int) -> str | None:
        """The body the sentence before the one holding `start` is about, if any: one it
        opens on by description (`The union's sugar beet committee met ... A spokesman
        said`: the union), else the last body that is its subject."""
        sentence = self._sentence_start(start)
        previous = self._sentence_start(sentence - 1) + 1 if sentence > 0 else -1
        opening = _DESCRIBED_OPENING.match(self.body, previous) if previous >= 0 else None
        if opening is not None and opening["head"] in _ORGANIZATION_HEADS:
            found = self.by_description(f"the {opening['head']}", sentence)
            if found is not None:
                return found
        found = self.last_subject(sentence, "ORG", None, strict=True)
        if found and self._sentence_start(sentence - 1) <= self._mentioned_at(found, sentence):
            return found
        return None

    def _unnamed_before(self, before: int, pronoun: str) -> re.Match[str] | None:
        """`One analyst said objections were understandable. "...," he said`: the sentence
        just before, or the quotation's own, opens (the one before may close: `..., an ONGC
        spokesman said.`) with someone brought in by a role and no name who speaks, and
        `he` or `she` is that one (who may speak for a body: `A Foster spokesman`)."""
        if pronoun not in _PRONOUN_GENDER:
            return None
        opens = self._sentence_start(before)
        found = self._unnamed_opening(opens + 1, before)
        if found is None and opens > 0:
            found = self._unnamed_before_sentence(opens, pronoun)
        if found is None:
            return None
        words = found["description"].lower().split()
        if not (words[-1] in TITLES or words[-1] in _UNNAMED_HEADS or words[-1] in _PEOPLE_WORDS):
            return None
        other = _MALE_WORDS if pronoun == "she" else _FEMALE_WORDS
        return found if other.isdisjoint(words) else None

    def _unnamed_before_sentence(self, opens: int, pronoun: str) -> re.Match[str] | None:
        """Someone brought in by a role who speaks in the sentence before the one opening
        at `opens`, or in the one before that if it carries them on."""
        previous = self._sentence_start(opens - 1) + 1
        found = self._unnamed_in(previous, opens)
        same = re.compile(rf"\s*{pronoun.capitalize()}\s")
        for _ in range(2):
            if found is not None or previous <= 1:
                break
            if not same.match(self.body, previous) and self._names_anyone(previous, opens):
                break
            # `..., a company spokeswoman told Reuters. She said ... "...," she said`: a
            # sentence opening with the same pronoun, or naming no one and quoting nothing,
            # carries the one before it on
            opens, previous = previous - 1, self._sentence_start(previous - 2) + 1
            while self.body[previous : previous + 1] in ('"', "”"):
                previous += 1  # (a sentence that follows a quotation's `."`)
            found = self._unnamed_in(previous, opens)
        return found

    def _unnamed_opening(self, opens: int, before: int) -> re.Match[str] | None:
        """`The former GM executive says closures are likely, but he adds, "..."`: the
        quotation's own sentence opens with someone brought in before by that role and no
        name, who speaks."""
        found = _UNNAMED_SPEAKS.match(self.body, opens, before)
        if found is not None:
            return found
        opens += len(self.body[opens:before]) - len(self.body[opens:before].lstrip())
        found = _UNNAMED_SUBJECT.match(self.body, opens, before) or _UNNAMED_ACTS.match(
            self.body, opens, before
        )
        if found is None:
            return None
        head = found["description"].rpartition(" ")[2].lower()
        if self.named_with_role(head, opens) is None and self._introduced_unnamed(head, opens):
            return found
        return None

    def _unnamed_in(self, previous: int, opens: int) -> re.Match[str] | None:
        """Someone brought in by a role who speaks, opening (or closing) the sentence from
        `previous` to `opens`."""
        found = self._unnamed_opening(previous, opens) or _UNNAMED_SAID.search(
            self.body, previous, opens + 1
        )
        if found is None:
            # `However, one fund manager does not agree that ...`: a sentence whose subject
            # is someone of a role, unnamed, and that names no one else
            found = _UNNAMED_ROLE_OPENS.match(self.body, previous, opens)
            if found is None or self._names_anyone(previous, opens):
                return None
        return found

    def _mention_end(self, entity_id: str, before: int) -> int:
        """Where the entity's last mention before `before` ends (0 if none)."""
        return max((m[1] for m in self.mentions if m[2] == entity_id and m[1] <= before), default=0)

    def _mentioned_at(self, entity_id: str, before: int) -> int:
        """Where the entity is last mentioned before `before` (-1 if not)."""
        return max((m[0] for m in self.mentions if m[2] == entity_id and m[0] < before), default=-1)

    def referent(self, pronoun: str, before: int) -> str | None:
        """Whom `he`, `she`, `it` or `they` before `before` stands for: the last subject of
        the kinds the pronoun can be (`they` a body, never one person; `he` and `she` a person)."""
        if pronoun in _PRONOUN_GENDER:
            answerer = self._answerer(before, _PRONOUN_GENDER[pronoun])
            if answerer is not None:
                return answerer
            said = self._same_pronoun(pronoun, before)
            if said is not None:
                return said
        if pronoun == "they" and self._many_unnamed_spoke_last(before):
            return None  # `police said ... , they said`: people the story does not name
        if pronoun == "it":
            described, spoken = self._body_spoke_before(before)
            if described:
                return spoken
            if self._government_before(before):
                return None  # `The US government denied the claims. In a statement, it said`
        for entity_type in _PRONOUN_TYPES[pronoun]:
            found = self.last_subject(before, entity_type, _PRONOUN_GENDER.get(pronoun))
            if entity_type == "PERSON" and pronoun in _PRONOUN_GENDER:
                since = self._mentioned_at(found, before) if found else -1
                unnamed = self._unnamed_speaker_since(since, before)
                if unnamed is not None:
                    # (`The KLM spokesman said ... , he said`: whom a spokesman speaks for)
                    if unnamed["description"].rpartition(" ")[2].lower() in _SPOKESPEOPLE:
                        return self._spoken_for(*unnamed.span("description"))
                    return None
            if found:
                return found
        if pronoun in _PRONOUN_GENDER:
            # `The attorney general has denied ... "...," he insisted. Lord Goldsmith said`:
            # a lead that names no one yet names the speaker in the next sentence
            return self._named_next(before)
        return None

    def _same_pronoun(self, pronoun: str, before: int) -> str | None:
        """`"...," she said, thanking France. She added`: whom the same pronoun stood for
        when it last spoke, where no person of its gender, named or not, came since."""
        if pronoun not in self.pronouns:
            return None
        since, entity_id = self.pronouns[pronoun]
        if self._paragraph_of(before) - self._paragraph_of(since) > 1:
            return None
        gender = _PRONOUN_GENDER[pronoun]
        named = any(
            since <= m[0] < before and m[3] == "PERSON" and self.gender(m[2]) in (None, gender)
            for m in self.mentions
        )
        if named or self._unnamed_speaker_since(since, before) is not None:
            return None
        return entity_id

    def _many_unnamed_spoke_last(self, before: int) -> bool:
        """Whether the last to speak before `before`, within its paragraph and the two
        before, were people the story names by a plural noun (`police said`,
        `international monetary sources said`), after any named one who spoke."""
        opens = self.paragraph_starts[max(0, self._paragraph_of(before) - _DESCRIPTION_PARAGRAPHS)]
        unnamed = [
            m.start()
            for m in _MANY_UNNAMED_SAID.finditer(self.body, opens, before)
            if not self._in_quotation(m.start())
        ]
        if not unnamed:
            return False
        named = [
            m[0]
            for m in self.mentions
            if opens <= m[0] < before
            and m[3] in ("PERSON", "ORG")
            and not self._in_quotation(m[0])
            and (
                _GAP_VERB.match(self.body, m[1])
                or _SAID_BEFORE.search(self.body, max(0, m[0] - 60), m[0])
            )
        ]
        return not named or max(unnamed) > max(named)

    def _government_before(self, before: int) -> bool:
        """Whether the sentence before the one holding `before` is about a government
        the story names by its country alone (no body of its own to speak for)."""
        previous, opens = self._sentence_before(before)
        subject = _GOVERNMENT_SUBJECT.match(self.body, previous, opens)
        return subject is not None and not any(
            previous <= m[0] < before and m[3] == "ORG" and not self._in_quotation(m[0])
            for m in self.mentions
        )

    def _body_spoke_before(self, before: int) -> tuple[bool, str | None]:
        """`"...," said the magazine. "...," it concluded`, `..., the statement said. "...,"
        it said`: `it` after a sentence in which a body or a document, described, spoke
        is that one (not a body named as an object since): (whether one did, its entity).
        A document whose author the story does not name stays unnamed (`The Greek
        statement today said, "..." "...," it said`)."""
        previous, _ = self._sentence_before(before)
        # (the sentence before may be one inside a quotation: the one that opens it counts)
        index = bisect.bisect_right(self.quoted, (previous, len(self.body))) - 1
        if index >= 0 and self.quoted[index][0] < previous < self.quoted[index][1]:
            previous = self._sentence_start(self.quoted[index][0]) + 1
        for owned in _OWNED_DOCUMENT_SPOKE.finditer(self.body, previous, before):
            # `Mr Crosby's statement said: "..." It added:`: the statement's owner
            owner = [m for m in self.mentions if m[1] == owned.end("owner")]
            if owner and not self._in_quotation(owned.start()):
                return True, owner[-1][2]
        described = list(_DESCRIBED_SPOKE.finditer(self.body, previous, before))
        described = [found for found in described if not self._in_quotation(found.start())]
        if not described:
            return False, None
        last = described[-1]
        description = last["description"] or last["subject"]
        found = self.by_description(description, last.start())
        head = description.rpartition(" ")[2].lower()
        if found is None:
            # (`said the group in a statement`: a body the story does not name, not the
            # firm named since)
            return head in _DOCUMENT_HEADS or head in _BODY_HEADS - _TRADE_HEADS, None
        if self.entity_by_id[found].entity_type != "ORG":
            # (`the letter said` of a letter Smith wrote: `it` is still the letter's)
            return (True, found) if head in _DOCUMENT_HEADS else (False, None)
        bodies = [
            m
            for m in self.mentions
            if last.end() <= m[0] < before and m[3] == "ORG" and not self._in_quotation(m[0])
        ]
        return not bodies, None if bodies else found

    def _sentence_before(self, before: int) -> tuple[int, int]:
        """Where the sentence before the one holding `before` starts, and where that one
        starts (`before` may sit on the space after a full stop)."""
        opens = self._sentence_start(before + 1) + 1
        return self._sentence_start(max(0, opens - 2)) + 1, opens

    def _unnamed_speaker_since(self, since: int, before: int) -> re.Match[str] | None:
        """`Finance Minister Kiichi Miyazawa told parliament ... The senior bank official
        said he expects ... , he said`: someone the story never names (`a senior central
        bank official`, and `the official` after it) spoke, as a sentence's subject,
        after the last person named; `he` is that one."""
        opens = self._sentence_start(since) + 1 if since >= 0 else 0
        spoke = [
            *_UNNAMED_SUBJECT.finditer(self.body, opens, before),
            *_ACCORDING_TO_UNNAMED.finditer(self.body, opens, before),
            *_ONE_OF_THEM_SAID.finditer(self.body, opens, before),
        ]
        # (of two who spoke since, the later: `A GM spokesman says ... The former GM
        # executive says ..., but he adds`)
        for found in sorted(spoke, key=lambda found: found.start(), reverse=True):
            words = found["description"].lower().split()
            head = words[-1]
            if not (
                head in TITLES or head in _UNNAMED_HEADS or head in _PEOPLE_WORDS or head == "one"
            ):
                continue
            # One who spoke before the last person named is not `he`, unless that person is
            # named inside the phrase (`the aide to Lyng said`) or opens what was said
            # (`The spokesman said Lizano, 56, announced ...`).
            named_in = since < found.end() or _OPENS_REPORT.fullmatch(self.body, found.end(), since)
            if (found.start() <= since and not named_in) or self._in_quotation(found.start()):
                continue
            if words[0] in ("a", "an", "one", "another"):
                return found
            # (`The spokesman said ...`, a spokesman the story brings in by no other phrase;
            # `the aide to Lyng said`: brought in by whose he is)
            whose = _WHOSE.match(self.body, found.end("description"))
            if self.named_with_role(head, found.start()) is None and (
                head in _SPOKESPEOPLE or whose or self._introduced_unnamed(head, found.start())
            ):
                return found
        return None

    def _answerer(self, before: int, gender: str) -> str | None:
        """`Those allegations were put to Wenger after the game. At first he said`: in the
        sentence before, with no person as its subject, the one something was put to or
        who was asked is whom `he` means."""
        opens = self._sentence_start(before)
        sentence = self._sentence_start(opens - 1) + 1 if opens > 0 else 0
        put = _PUT_TO.search(self.body, sentence, max(sentence, opens))
        if put is None:
            return None
        people = [m for m in self.mentions if sentence <= m[0] < opens and m[3] == "PERSON"]
        asked = [m for m in people if m[0] == put.end()]
        if not asked or any(not self._is_object(*m[:2]) for m in people if m not in asked):
            return None
        return asked[0][2] if self.gender(asked[0][2]) in (None, gender) else None

    def _issuer(self, start: int, end: int) -> str | None:
        """`an AEW press release`, `Stardom's official statement`, `Facebook released a
        statement which`: a document speaks for the person or body its phrase names before
        it."""
        head = _DOCUMENT_WORD.search(self.body, start, end)
        if head is None:
            return None
        following = self.body[head.end() : end].split()[:1]
        if following and (following[0] in _BODY_OR_OFFICE or following[0] in TITLES):
            return None  # `the ISM's survey committee`: a body, no document
        named = [
            m
            for m in self.mentions
            if start <= m[0] and m[1] <= head.start() and m[3] in ("PERSON", "ORG")
        ]
        if named:
            return named[-1][2]
        pronoun = self.body[start:end].split(" ", 1)[0].lower()
        pronoun = _POSSESSIVE_PRONOUNS.get(pronoun, pronoun)  # `its report`: it issued it
        if pronoun in _PRONOUN_TYPES and head.start() > start:
            return self.referent(pronoun, start)  # `They released a statement which said`
        # `a statement from the Foreign Ministry`, `the instructions on Microsoft's website`
        source = _ISSUED_FROM.match(self.body, head.end())
        if source is not None:
            issued = [
                m for m in self.mentions if m[0] == source.end() and m[3] in ("PERSON", "ORG")
            ]
            if issued:
                return issued[0][2]
        # `a statement on her website`: whose website it is
        site = _ON_OWN_SITE.match(self.body, head.end())
        if site is not None:
            return self.referent(_POSSESSIVE_PRONOUNS[site[1].lower()], start)
        # `according to a tweet on Monday by US Secretary of State Mike Pompeo`: its author
        by = _BY_AUTHOR.match(self.body, head.end())
        if by is None:
            return None
        authors = [m for m in self.mentions if by.end() <= m[0] < by.end() + 60]
        authors = [m for m in authors if m[3] in ("PERSON", "ORG")]
        return min(authors, key=lambda m: (m[3] != "PERSON", m[0]))[2] if authors else None

    def _is_law(self, mention: _Mention) -> bool:
        """A law, treaty or charter the story names (not a people's name; a work, such as
        the Beige Book, speaks for its author)."""
        last = self.body[mention[0] : mention[1]].rpartition(" ")[2]
        return mention[3] == "OTHER" and last in _LAW_HEADS

    def _head_person(self, start: int) -> str | None:
        """`Cardinal Marc Ouellet of the Holy See said`, `Jennifer Daskal of American
        University and contributor to Slate wrote`: the span the grammar found is the tail
        of a subject whose head is the person before `of` or `from`."""
        sentence = self._sentence_start(start) + 1
        people = [
            m for m in self.mentions if sentence <= m[0] and m[1] <= start and m[3] == "PERSON"
        ]
        if not people or self._is_object(*people[0][:2]):
            return None
        if _OF_PHRASE.fullmatch(self.body, people[0][1], start):
            return people[0][2]
        return None

    def _appositive_person(self, end: int, until: int) -> str | None:
        """The person named between commas after `end` and right before a verb of speech."""
        for m_start, m_end, entity_id, entity_type in self.mentions:
            if m_start <= end or m_start >= until:
                continue
            comma = self.body[m_start - 2 : m_start] == ", "
            if entity_type == "PERSON" and comma and _VERB_AFTER_NAME.match(self.body, m_end):
                return entity_id
        return None

    def _described(self, start: int) -> str | None:
        """`Ralph Crosby, EADS's North America CEO and ex Northrop executive commented`:
        a role that names no one is the appositive of the person before its comma, the
        subject of the sentence. A phrase after another person (`Lucy, 36, tracked down
        Mr Pound after her birth mother told`) is someone else."""
        sentence = self._sentence_start(start) + 1
        for m_start, m_end, entity_id, entity_type in self.mentions:
            if m_start < sentence or m_end > start:
                continue
            if entity_type == "PERSON" and self.body[m_end : m_end + 2] == ", ":
                if any(m[3] == "PERSON" and m_end < m[0] < start for m in self.mentions):
                    return None
                return None if self._is_object(m_start, m_end) else entity_id
        return None

    def _full_name_set_off(self, attribution: _Attribution, end: int) -> bool:
        """`said Hiten Mehta, manager of ... firm, Fortune Financial Services`: a person's
        full name with its appositive right after it speaks, whatever that names (but in
        `said Bell Curve Trading chief strategy expert, Bill Strazzullo` the name is a
        firm's, and in `said the spokesman, Hamid Ibrahimi` a description)."""
        words = attribution.speaker_text.split()
        return (
            self.body.startswith(",", end)
            and len(words) > 1
            and all(w[:1].isupper() for w in words)
            and any(
                m[:2] == (attribution.speaker_start, end) and m[3] == "PERSON"
                for m in self.mentions
            )
        )

    def _named_after(self, end: int) -> str | None:
        """`said the senior market strategist for Invesco AIM, Fritz Meyer.`: the person
        whose name, after a comma, closes the sentence the speaker span opened."""
        for m_start, m_end, entity_id, entity_type in self.mentions:
            if m_start < end or entity_type != "PERSON":
                continue
            between = self.body[end:m_start]
            if _GAP_VERB.search(between):
                # (`... said North Korean Red Cross president Li Song-ho said in a message
                # to his southern counterpart, Kang Young-hoon.`: the one spoken to)
                return None
            closes = self.body[m_end : m_end + 1] in (".", "\n", "")
            # `said University of California, San Diego's chancellor, Pradeep Khosla.`
            if _ROLE_BEFORE_NAME.fullmatch(between) and closes:
                return entity_id
            return None
        return None

    def new_speaker(self, start: int, end: int, previous: str | None):
        """(attribution, entity_id) of a person who opens the last sentence between `start`
        and `end` with a verb of speech or judgement and is not `previous`; else None."""
        last = end - 1  # the stop that ends the gap's sentence
        while last >= start and self.body[last].isspace():
            last -= 1
        if last < start or self.body[last] not in ".!?":
            return None  # the quotation goes on a sentence begun before it
        sentence = self._sentence_start(last) + 1
        if not self.body[sentence:start].strip('"”’ '):
            sentence = max(sentence, start)  # (`...yet." Treasury Secretary John Snow`)
        if sentence < start:
            return None  # the sentence began before the gap
        while True:
            people = [m for m in self.mentions if sentence <= m[0] < end and m[3] == "PERSON"]
            people = [m for m in people if not self._is_object(*m[:2])]
            said = people and (
                _GAP_VERB_AFTER_ROLE.match(self.body, people[0][1])
                # `Treasury Secretary John Snow put a brave face on the news, saying it
                # was a sign of strength. "..."`: the one whose clause goes on to speak
                or (len(people) == 1 and _SPEAKING_ON.search(self.body, people[0][1], end))
            )
            if said and people[0][2] != previous:
                m_start, m_end, entity_id, _ = people[0]
                attribution = _Attribution(self.body[m_start:m_end], m_start, m_end, "", "leading")
                return attribution, entity_id
            if people:
                return None
            # `Ian Pearson told the BBC that the closure was a "real shame". BT had worked
            # with the Labs. "There were ..."`: over sentences that name no one, to the
            # last that does
            end, sentence = sentence, self._sentence_start(max(start, sentence - 2)) + 1
            if sentence < start or sentence >= end:
                return None

    def _possessor(self, mention_end: int, span_end: int) -> bool:
        """Whether the mention ending at `mention_end` is followed by `'s` and more of the
        speaker span: it names whose the speaker is, not the speaker."""
        return mention_end < span_end - 2 and self.body.startswith(
            ("'s ", "’s ", "' ", "’ "), mention_end
        )

    def _possessor_in(self, start: int, end: int) -> bool:
        """Whether the speaker span is a possessive description (`Mr Blair's spokesman`)."""
        text = self.body[start:end]
        marks = ("'s ", "’s ", "s' ", "s’ ")  # (`Peres' office`)
        return any(mark in text for mark in marks) and text[-1:].islower()

    def last_mentioned(self, before: int, types: tuple[str, ...]) -> str | None:
        """The entity of those types mentioned last before `before`."""
        earlier = [m for m in self.mentions if m[1] <= before and m[3] in types]
        return max(earlier, key=lambda m: m[1])[2] if earlier else None

    def last_subject(
        self, before: int, entity_type: str, gender: str | None, strict: bool = False
    ) -> str | None:
        """The entity of that type a pronoun before `before` refers to: the subject of
        the last sentence that has one (its first: in `Baldrige said he hopes Nakasone
        will...` Baldrige), never an object (`with Hans Blix`, `told Reuters`) and, for a
        person, not of the other gender; else (unless `strict`) the last one mentioned
        that fits the gender."""
        earlier = [m for m in self.mentions if m[1] <= before and m[3] == entity_type]
        # A name someone speaks inside a quotation is no referent of the narrative's `he`.
        earlier = [m for m in earlier if not self._in_quotation(m[0])]
        if gender is not None:
            earlier = [m for m in earlier if self.gender(m[2]) in (None, gender)]
            # `she and Anton Dolin jointly established ...`: the one beside the pronoun is
            # someone else than its referent.
            earlier = [m for m in earlier if not self._beside_pronoun(m, gender)]
        # `the Carter administration years`: a name that only qualifies a word is no one.
        earlier = [m for m in earlier if not _QUALIFIED.match(self.body, m[1])]
        # `the defender believes Mourinho is suited`: a name opening what someone believes
        # is not who the sentence is about (but in `..., thinks Tim Danton, editor of PC
        # Pro` the name after the verb is the one who thinks).
        earlier = [m for m in earlier if not self._believed(*m[:2])]
        # `Moore's documentary ..., says Tim Dams`: a possessor is no subject either.
        subjects = [m for m in earlier if not self._is_object(*m[:2]) and not self._owns(m[1])]
        # (`Malu replaced ... John Inienger, who told officers ...`: one who speaks in a
        # relative clause is a subject of his own)
        subjects += [
            m
            for m in earlier
            if m not in subjects and _RELATIVE_SPEAKER.match(self.body, m[1]) is not None
        ]
        # `French economists, including Cheval at Indosuez, agreed`: one named among the
        # subject's people is whom the sentence is about
        subjects += [m for m in earlier if m not in subjects and self._among_subject(m[0])]
        # `Larne boss Jimmy McGeough has yet to confirm`: the employer before a role and
        # the person who holds it is not whom the sentence is about.
        subjects = [m for m in subjects if not self._employs(m)]
        # `Actor Brendan Fraser's appearance at the convention was ... He quipped`: a
        # possessor opening a sentence that has no subject of its own is whom it is about.
        sentences = {self._sentence_start(m[0]) for m in subjects}
        # (Not where someone else speaks in it: `Mr Brown's Budget was not about ..., the
        # Tory leader said`.)
        subjects += [
            m
            for m in earlier
            if self._owns(m[1])
            and self._sentence_start(m[0]) not in sentences
            and len(self.body[self._sentence_start(m[0]) + 1 : m[0]].split()) <= 1
            and not self._reports_speech(m[1], before)
        ]
        # A name in a clause set before the subject is not whom the sentence is about,
        # when the sentence has a subject of its own after it.
        fronted = {m for m in subjects if self._in_fronted_clause(m[0])}
        main = {self._sentence_start(m[0]) for m in subjects if m not in fronted}
        subjects = [
            m for m in subjects if m not in fronted or self._sentence_start(m[0]) not in main
        ]
        if gender is not None and earlier:
            # `He must remember his confrontation with Sharron Storer ... "...," she told
            # Mr Blair`: a sentence whose subject is a pronoun of the other gender is about
            # the one of this gender it names, object or not.
            latest = max(earlier, key=lambda m: m[0])
            sentence = self._sentence_start(latest[0]) + 1
            other = "F" if gender == "M" else "M"
            if latest not in subjects and self._opens_with_pronoun(sentence, latest[0], other):
                later = [m for m in subjects if self._sentence_start(m[0]) + 1 >= sentence]
                if not later:
                    return latest[2]
        if entity_type == "PERSON" and not strict:
            described = self._described_subject(before, gender)
            # (`The Colombian-French politician was greeted by the First Lady, Carla
            # Bruni-Sarkozy. "...," she said`: the description is the sentence's subject)
            if described is not None and not any(
                self._sentence_start(m[0]) > self._sentence_start(described[0]) for m in subjects
            ):
                return described[1]
        if subjects:
            # In the latest sentence, one who speaks (`..., but Brabazon said`), else its first.
            # Of two who speak there (`Duda said ... while Brudziński wrote ...`), the later.
            chosen = max(
                subjects,
                key=lambda m: (
                    self._sentence_start(m[0]),
                    self._spoke(m),
                    m[0] if self._spoke(m) else -m[0],
                ),
            )
            sentence = self._sentence_start(chosen[0]) + 1
            genders = (gender,) if gender is not None else ("M", "F")
            opener = next(
                (g for g in genders if self._opens_with_pronoun(sentence, chosen[0], g)), None
            )
            if entity_type == "PERSON" and opener is not None:
                # `She thanked the woman she played, Katharine Hepburn`, `But he said Mr
                # Blair had...`: that sentence is about the earlier `she`, whose referent
                # this one is too (and `the defender` after `He was once threatened with
                # the sack by City boss Kevin Keegan` is not Keegan).
                found = self.last_subject(sentence, entity_type, opener, strict=True)
                if found:
                    return found
            return chosen[2]
        if entity_type == "ORG":
            # `Alvarado told Reuters.` ... `"...," it said` of a note: the paper someone
            # spoke to is not what `it` stands for
            earlier = [m for m in earlier if not _TOLD.search(self.body, max(0, m[0] - 20), m[0])]
        if strict or not earlier:
            return None
        return max(earlier, key=lambda m: m[1])[2]

    def _among_subject(self, start: int) -> bool:
        """Whether the name at `start` follows `including` set off after the few words
        that open its sentence (`French economists, including Cheval`)."""
        opening = self._sentence_start(start) + 1
        lead = _INCLUDING_BEFORE.search(self.body, opening, start)
        return lead is not None and len(self.body[opening : lead.start()].split()) <= 4

    def _reports_speech(self, start: int, before: int) -> bool:
        """Whether the rest of the sentence from `start`, up to `before`, has a verb of
        speech."""
        end = _SENTENCE_END.search(self.body, start, before)
        words = self.body[start : end.start() if end else before].split()
        return any(word.strip(',;:"”') in _SPEECH_VERB_SET for word in words)

    def _described_subject(self, before: int, gender: str | None) -> tuple[int, str] | None:
        """`But the 25-year-old Dubliner underlined his intention to stay. He added`: the
        sentence before the pronoun's has a description of a person for its subject; where
        it stands and whom it describes, if that is a person of the pronoun's gender."""
        own = self._sentence_start(before)
        while own > 0 and self._in_quotation(own):
            # (`"I have been dreaming of this moment. I owe everything to you," she said`:
            # the pronoun's sentence opens with the quotation, not inside it)
            own = self._sentence_start(self._quotation_opening(own))
        if own <= 0:
            return None
        ends = own
        while ends > 0 and self.body[ends - 1].isspace():
            ends -= 1  # (a paragraph's break is one sentence's end, not two)
        start = self._sentence_start(ends) + 1
        found = _DESCRIBED_SUBJECT.match(self.body, start, own)
        if found is None:
            return None
        words = found["words"].split()
        # The description is the words up to the first verb: `the first minister said`.
        cut = next(
            (
                i
                for i, verb in enumerate(words[2:], 2)
                if verb in _SPEECH_VERB_SET or verb in _SUBJECT_VERBS or verb.endswith("ed")
            ),
            None,
        )
        if cut is None:
            return None
        description = " ".join(words[:cut])
        head = words[cut - 1]
        aged = any(word.endswith("-year-old") for word in words[1 : cut - 1])
        if head not in TITLES and head not in _PERSON_NOUNS and not aged:
            return None  # `the ball struck`, `the company said`: no person
        if not (head.islower() or aged):
            return None  # `the Financial Times reported`: a name
        if words[cut] in ("is", "was"):
            # `The musical's British director is Matthew Warchus`: the name it is
            copula = found.start("words") + len(" ".join(words[: cut + 1])) + 1
            named = [m for m in self.mentions if m[0] == copula and m[3] == "PERSON"]
            if named and (gender is None or self.gender(named[0][2]) in (None, gender)):
                return named[0][0], named[0][2]
        entity_id = self.by_description(description, found.start("words"))
        if entity_id is None or self.entity_by_id[entity_id].entity_type != "PERSON":
            return None
        if gender is not None and self.gender(entity_id) not in (None, gender):
            return None
        return found.start("words"), entity_id

    def _in_fronted_clause(self, start: int) -> bool:
        opening = _FRONTED_CLAUSE.match(self.body, self._sentence_start(start) + 1)
        if opening is None or start >= opening.end():
            return False
        # (`Beijing, which ...,`: a name in -ing opens no participle's clause)
        first = opening.start() + len(opening[0]) - len(opening[0].lstrip())
        return first not in self.starts

    def _believed(self, start: int, end: int) -> bool:
        """Whether the mention opens a clause after a verb of belief (`believes Mourinho
        is`), the clause's verb following it."""
        if not _BELIEVED.search(self.body, max(0, start - 20), start):
            return False
        return self.body[end : end + 1] == " " and self.body[end + 1 : end + 2].islower()

    def _owns(self, end: int) -> bool:
        """Whether the mention ending at `end` is a possessor (`Moore's film`, `Edwards'
        sister`), not the subject of a contraction (`Curry's pressing ahead`, `Smith's
        been`)."""
        if self.body[end - 1 : end] == "s" and self.body.startswith(("' ", "’ "), end):
            return True
        if not self.body.startswith(("'s ", "’s "), end):
            return False
        following = self.body[end + 3 : end + 30].split()[:1]
        return not following or not (following[0].endswith("ing") or following[0] in _CONTRACTED)

    def _in_quotation(self, offset: int) -> bool:
        index = bisect.bisect_right(self.quoted, (offset, len(self.body))) - 1
        return index >= 0 and self.quoted[index][0] < offset < self.quoted[index][1]

    def _quotation_opening(self, offset: int) -> int:
        """The opening mark of the quotation holding `offset`."""
        return self.quoted[bisect.bisect_right(self.quoted, (offset, len(self.body))) - 1][0]

    def _beside_pronoun(self, mention: _Mention, gender: str) -> bool:
        """Whether `and` joins the mention to a subject pronoun of that gender (`she and
        Anton Dolin`, `Mr Brown and he`)."""
        pronoun = "he" if gender == "M" else "she"
        before = self.body[max(0, mention[0] - 10) : mention[0]].lower().split()
        after = self.body[mention[1] : mention[1] + 10].lower().split()
        return before[-2:] == [pronoun, "and"] or after[:2] == ["and", pronoun]

    def _opens_with_pronoun(self, sentence: int, until: int, gender: str) -> bool:
        """Whether the sentence starting at `sentence` has a subject pronoun of that gender
        among its first words, before `until` (`In 1999 she`, `But he`), or right after a
        clause set before it (`Pointing to retail data released yesterday, he said`)."""
        text = self.body[sentence:until]
        pronoun = "he" if gender == "M" else "she"
        if any(word.strip(",").lower() == pronoun for word in text.split()[:4]):
            return True
        _, comma, rest = text.partition(", ")
        return bool(comma) and rest.split(" ", 1)[0].lower() == pronoun

    def _sentence_start(self, offset: int) -> int:
        """Where the sentence holding `offset` starts (roughly: after `. ` or a break; not
        after `U.S.`, `Mr.` or an initial)."""
        body, end = self.body, offset
        while True:
            found = max(body.rfind(mark, 0, end) for mark in (". ", "? ", "! ", "\n", '." '))
            if found <= 0 or body[found] != ".":
                return found
            word = body[body.rfind(" ", 0, found) + 1 : found + 1].lower()
            following = body[found + 2 : found + 12].split(" ", 1)[0]
            if following in _SENTENCE_OPENERS or (
                word not in _TITLE_DOTS and not (len(word) == 2 and word[0].isalpha())
            ):
                return found  # `in the U.S. He said`: a sentence opens after all
            end = found

    def clause_subject(self, attribution: _Attribution, named_only: bool = False) -> _Attribution:
        """`Fitzwater defended the new sanctions against Japan and said "..."`: the speaker of
        a verb joined to another by `and` is the subject of the first, the person or body
        that opens the sentence, or its pronoun; the phrase before `and` is none."""
        start = attribution.speaker_start
        described = _DESCRIBED_IN_CLAUSE.match(attribution.speaker_text)
        if described and _SUBORDINATOR_BEFORE.search(self.body, max(0, start - 12), start):
            # `Capra was the butt of a gaffe when the host opened the envelope and
            # declared "..."`: the subject of the clause the verbs share
            text = described[0]
            return attribution._replace(speaker_text=text, speaker_end=start + len(text))
        sentence = self._sentence_start(start) + 1
        subjects = [
            m
            for m in self.mentions
            if sentence <= m[0] <= start  # `Max Lawson welcomed ... and said`: its own
            and m[3] in ("PERSON", "ORG")
            and not self._is_object(*m[:2])
            # (`He said Iraq's President Saddam Hussein was the cause and said`: a name in
            # what the subject said is not the subject)
            and not self._said_before(sentence, m[0])
            # (`A statement ... displays the text "Steve Jobs 1955-2011", states:`: a name
            # quoted is no subject)
            and not self._in_quotation(m[0])
        ]
        main = [m for m in subjects if not self._in_fronted_clause(m[0])]
        subjects = main or subjects  # (`When Carson died, President Bush led ..., saying`)
        if subjects:
            # The first; `White House spokesman Marlin Fitzwater`: the person its role
            # phrase names, not the body (`the Department of Defense justified the strike,
            # which was approved by President Donald Trump,`: the department).
            subjects.sort()
            first = subjects[0]
            people = [m for m in subjects if m[3] == "PERSON"]
            if (
                first[3] != "PERSON"
                and people
                and _ROLE_GAP.fullmatch(self.body, first[1], people[0][0])
            ):
                first = people[0]
            later = [m for m in people if m[0] > first[1]]
            if later and _DASHED_GLOSS.fullmatch(self.body, first[1], later[0][0]):
                first = later[0]  # `Irish Taoiseach — Prime Minister — Leo Varadkar said`
            m_start, m_end, _, entity_type = first
            office = _OFFICE_OF_BODY.match(self.body, m_end)
            if entity_type == "ORG" and office and office[1].lower() in TITLES:
                # `The Tory leader will also call ... arguing that`: the body's officer,
                # whom the description names (a name after it would be a person mention)
                if self.body[max(0, m_start - 4) : m_start] in ("The ", "the "):
                    m_start -= 4
                m_end = office.end()
            text = self.body[m_start:m_end]
            return attribution._replace(speaker_text=text, speaker_start=m_start, speaker_end=m_end)
        if named_only:
            return attribution
        # `A statement on Apple's website, ..., states:`: a document whose source the
        # sentence names opens it
        document = _OPENING_DOCUMENT.match(self.body, sentence, start)
        if document is not None and _ISSUED_FROM.match(self.body, document.end()):
            begin, finish = document.span()
            return attribution._replace(
                speaker_text=self.body[begin:finish], speaker_start=begin, speaker_end=finish
            )
        for pattern in (_OPENING_PRONOUN, _OPENING_NAME):  # else its pronoun or a name
            # (the pronoun may open the phrase itself: `He did not give details but said`)
            until = attribution.speaker_end if pattern is _OPENING_PRONOUN else start
            opening = pattern.match(self.body, sentence, until)  # the tables missed
            if opening is not None and not (
                pattern is _OPENING_NAME and opening["speaker"] in _OPENING_NON_NAMES
            ):  # `The documentary showed`: no name
                begin, finish = opening.span("speaker")
                return attribution._replace(
                    speaker_text=opening["speaker"], speaker_start=begin, speaker_end=finish
                )
        return attribution

    def _said_before(self, sentence: int, start: int) -> bool:
        """Whether a pronoun or a name said something in the sentence before `start`."""
        if _PRONOUN_SAID.search(self.body, sentence, start):
            return True
        return any(
            sentence <= m[0] and m[1] < start and _GAP_VERB.match(self.body, m[1])
            for m in self.mentions
        )

    def _employs(self, mention: _Mention) -> bool:
        role = _ROLE_AFTER.match(self.body, mention[1])
        return (
            role is not None
            # (a band's role right after its name: not `Universal said frontman X`)
            and (role[1] in TITLES or (role[1] in _BAND_ROLES and len(role[0].split()) == 1))
            and any(m[0] == role.end() and m[3] == "PERSON" for m in self.mentions)
        )

    def _spoke(self, mention: _Mention) -> bool:
        return (
            mention[0] in self.spoke
            or self._speaks(mention[1])
            or _RELATIVE_SPEAKER.match(self.body, mention[1]) is not None
        )

    def _speaks(self, end: int) -> bool:
        """Whether a speech verb follows the mention ending at `end` (`Brabazon said`)."""
        after = self.body[end : end + 20].split()
        return bool(after) and after[0].rstrip(",.;:") in _SPEECH_VERB_SET

    def _is_object(self, start: int, end: int) -> bool:
        """Whether the mention at `start` follows a preposition or a verb that takes it
        as its object, across the titles before it (`with IAEA chief Hans Blix`). A name
        followed by its verb (`Ambassador to China Willy Bett said`) is a subject."""
        after = self.body[end : end + 30].split()
        following = after[0].rstrip(",;:.") if after else ""
        if following in _SUBJECT_VERBS or following.endswith("ed"):
            # (but in `computer failures at Comair left 30,000 passengers stranded` the
            # failures left them)
            preceding = "".join(self.body[max(0, start - 20) : start].split()[-1:]).lower()
            if following not in _IRREGULAR_PAST or preceding not in _OBJECT_CUES:
                return False
        if _RELATIVE.match(self.body, end):
            # `reserved for The Aviator star Leonardo DiCaprio, who paused to sign`: a
            # relative clause makes the object the one the story goes on about.
            return False
        window = max(0, start - 80)
        words = self.body[window:start].split()
        if window and not self.body[window - 1].isspace():
            words = words[1:]  # a word cut by the window (`th|is`) is none of its own
        titled = False  # a role stands between this word and the name
        relative = False  # `, which the BBC describes`: the name opens a relative clause
        while words:
            word = words.pop()
            bare = word.strip("\"“”'‘’(),<>")  # `<Cooper Canada Ltd> said`: a Reuters tag
            if word.endswith((".", "!", "?", ";", ":")) and bare.lower() not in _TITLE_DOTS:
                return False  # the sentence (or clause) starts here: a subject
            if word.endswith(('"', "”")):
                return False  # `"...wonderful," Simon said`: a quotation ends before it
            if not bare:
                continue
            lower = bare.lower()
            # `rocket engineer Zhou Meiling`, `metals group Boliden AB`
            role = lower in TITLES or lower in _PHRASE_WORDS or lower in _DESCRIPTOR_NOUNS
            if bare[0].isupper() or role or bare.endswith(("'s", "’s")):
                if word.endswith(","):
                    return False  # `In Tehran, Rafsanjani...`: a clause opens the sentence
                titled = titled or role
                continue
            if word.endswith(","):
                # `Another guest, rocket engineer Zhou Meiling`: a new phrase; but `of his
                # former wife, Nicole Brown Simpson, and her friend, Ronald Goldman` names
                # whom an object is
                return not relative and self._possessed_object(words)
            if lower in NAME_PARTICLES:
                continue  # `Mayor de Blasio`: the name's own particle
            if words and words[-1].endswith(("'s", "’s", "s'", "s’")):
                titled = True  # `Edwards' sister Rachel`: what a possessor's one is
                continue
            if titled and lower not in _OBJECT_CUES and lower != "by":
                relative = relative or lower in _RELATIVE_PRONOUNS
                continue  # `rocket engineer`: what the role is, not a verb
            if lower == "to" and words and words[-1].lower() == "according":
                return False  # `according to John Houlihan`: the source who speaks
            if lower in ("quoted", "cited"):
                return False  # `The agency quoted Zhang Yan, a delegate, ... He said`
            title_link = (
                lower in ("to", "of", "for")
                and words
                and words[-1][:1].isupper()
                and not words[-1].lower().endswith("ing")  # `Speaking to AFP`: an object
            )
            if title_link:  # `Minister of Foreign Affairs`, `Ambassador to China`
                continue
            if lower in ("by", "from") and words and words[-1].lower() in _DOCUMENT_HEADS:
                return False  # `An email from Burkhardt & Associates`: its author speaks
            if lower == "by":  # the agent of a passive (`was made by Paul Volcker`) is
                clause = words[-12:]  # a subject; the clause is this sentence's (`... are
                # limited". The changes proposed by Lord Dubs were`: no passive)
                ends = [
                    i for i, w in enumerate(clause) if w.rstrip("\"”'’)").endswith((".", "!", "?"))
                ]
                clause = clause[ends[-1] + 1 :] if ends else clause
                return not _PASSIVE.intersection(w.lower() for w in clause)
            if bare[0].isdigit():
                continue  # `In 1999 Smith said`
            if lower in _SPEECH_VERB_SET and words and words[-1].endswith((",", ',"', ",”")):
                # `..., argued Lewis.`, `"...," predicted Ted Cohen`: a report turned round
                return False  # names its speaker
            # `..., but Brabazon said` opens a clause; `He underlined Lib Dem plans` and
            # `which Arsenal lost` do not make their name the one who speaks next.
            return lower in _OBJECT_CUES or lower not in _CLAUSE_LINKS
        return False

    @staticmethod
    def _possessed_object(words: list[str]) -> bool:
        """Whether the words before an appositive's comma end on a possessor's noun that is
        an object: `murders of his former wife, ... and her friend,`."""
        owner = next(
            (i for i in range(len(words) - 1, -1, -1) if words[i].lower() in _OWNERS), None
        )
        if owner is None or len(words) - owner > 3 or owner < 2:
            return False
        if words[owner - 2].endswith((".", "!", "?", ";", ":", '"', "”")):
            return False  # `For his part, Adam Curry's pressing ahead`: a phrase set before
        cue = words[owner - 1].lower()
        if cue == "and":
            return any(w.lower() in _OBJECT_CUES for w in words[max(0, owner - 9) : owner - 1])
        return cue in _OBJECT_CUES

    def gender(self, entity_id: str) -> str | None:
        """`M`, `F` or None: from words next to the person's mentions (`Mr.`, `Queen`,
        `spokeswoman`) or a common given name."""
        if entity_id in self._genders:
            return self._genders[entity_id]
        votes = {"M": 0, "F": 0}
        names = self.entity_by_id[entity_id].names
        # A given name counts where it stands first in the name, not after a title:
        # `Ms James` is a woman whose surname is a man's given name.
        words = names[0].split()[:1]
        votes["M"] += words[0] in MALE_GIVEN_NAMES
        votes["F"] += words[0] in FEMALE_GIVEN_NAMES
        for m_start, m_end, m_id, _ in self.mentions:
            if m_id == entity_id:
                # the words just before it in its sentence (`Mr McConnell. Margaret
                # Davidson`: another's title)
                window = self.body[max(0, m_start - 25) : m_start]
                window = window[max(window.rfind(". "), window.rfind("\n")) + 1 :]
                words += window.lower().split()[-2:]
                words += self.body[m_start:m_end].lower().split()[:1]
        for word in words:
            word = word.strip(",")
            votes["M"] += word in _MALE_WORDS
            votes["F"] += word in _FEMALE_WORDS
        found = None if votes["M"] == votes["F"] else max(votes, key=votes.get)
        self._genders[entity_id] = found
        return found

    def named_with_role(self, role: str, before: int, rank: str | None = None) -> str | None:
        """The person named right beside the last use of a role word before `before`:
        `Ren Xianliang, secretary-general of the WIC`, `UN Secretary-General Antonio Guterres`;
        with a `rank`, not one the story ranks otherwise (`the top seed` is not the
        `seventh seed Feliciano Lopez`)."""
        people = [m for m in self.mentions if m[1] <= before and m[3] == "PERSON"]
        text, found = self.body[:before].lower(), None
        for use in re.finditer(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text):
            before = text[max(0, use.start() - 12) : use.start()].split()
            if before and before[-1] in OTHER_OFFICE:
                continue  # `Shadow foreign secretary Michael Ancram`: another office
            if rank and before and before[-1] in _RANKS and before[-1] != rank:
                continue
            indefinite = _INDEFINITE_BEFORE.search(text, max(0, use.start() - 40), use.start())
            if (
                indefinite
                and not any(
                    m[0] >= use.end()
                    and m[0] - use.end() <= _ROLE_DISTANCE
                    and self._role_of(use.end(), m[0])
                    and (role not in _UNNAMED_HEADS or "," in self.body[use.end() : m[0]])
                    for m in people
                )
                # (`said Karim Toumani, a government spokesman`: the appositive names him)
                and not self._apposed_to_person(indefinite.start(), use.end())
            ):
                # `A Campeau source said ... the source said`: one the story brings in
                # without a name (the name before the role is whom the source is at, and
                # so is one after `a source at`; but `a former prime minister, John Major`
                # names him)
                found = None
                continue
            # `A Labour source told the Sunday Times Mr Campbell would`: a name after a
            # verb is what the role said, not who holds it.
            # The sentence before may end in the name (`..., Jack Straw said. The foreign
            # secretary told MPs`), but not when the role's own phrase goes on to a name
            # (`... and Mark Lewis-Francis. Sydney Olympic 100m champion and world indoor
            # record holder Maurice Greene`).
            held = any(
                0 <= m[0] - use.end() <= 2 * _ROLE_DISTANCE
                and not re.search(r"[,.;:]", self.body[use.end() : m[0]])
                for m in self.mentions
                if m[3] == "PERSON"
            )
            beside = [
                m
                for m in people
                if (
                    m[1] <= use.start()
                    and not (held and _SENTENCE_END.search(self.body, m[1], use.start()))
                    # (`Echoing Condoleezza Rice, the prime minister said`: a name in a
                    # clause fronted to the role's sentence holds no role)
                    and not self._in_fronted_clause(m[0])
                )
                or (m[0] >= use.end() and self._role_of(use.end(), m[0]))
            ]
            gap = {m: max(m[0] - use.end(), use.start() - m[1]) for m in beside}
            nearest = min(gap, key=gap.get, default=None)
            found = nearest if nearest and gap[nearest] <= _ROLE_DISTANCE else found
        return found[2] if found else None

    def _role_of(self, role_end: int, name_start: int) -> bool:
        """Whether only the rest of a role stands between it and a name after it (`of the
        WIC,`, `for Invesco AIM,`), no verb."""
        between = self.body[role_end:name_start].replace(",", " ").split()
        return all(word[:1].isupper() or word in _ROLE_LINKS for word in between)

    def by_name(self, speaker_text: str, before: int) -> str | None:
        """The PERSON/ORG whose name, alias or surname (first or last word of a person's
        name: Chinese and Western order) ends the speaker text; latest mentioned first."""
        words = speaker_text.split(" ")
        if len(words) > 2 and words[-1] in POSTNOMINALS:
            words = words[:-1]  # `Guy Mansfield QC warned`
        speaker = f" {' '.join(words).casefold()}"
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
        the last person named in that paragraph or the two before; `the ministry`: the
        organization so named; `the memorandum`: the organization last named. `a
        spokesperson` introduces someone new and stays unresolved, and so does `the farmer`
        unless a farmer was named."""
        written = _WRITTEN_BY_PRONOUN.fullmatch(speaker_text)
        if written:
            # `One post by him read`: whom the pronoun stands for wrote it
            return self.referent(_SUBJECT_FORMS[written["pronoun"]], before)
        issued = _ISSUED_BY.fullmatch(speaker_text) or _BODY_DOCUMENT.fullmatch(speaker_text)
        if issued:
            # `A resolution released by the council`, `A club statement`: the body's own
            return self.by_description(f"the {issued['issuer'].lower()}", before)
        # `the 44-year-old prime minister`: the age is no part of the office, and in `the
        # March 9 letter` the date no part of the document
        words = speaker_text.lower().split()
        if len(words) > 2:
            words = [w for w in words if not w.endswith("-year-old") and w not in _DATE_WORDS]
        while len(words) > 2 and words[-1] in _RELATIVE_PRONOUNS:
            words = words[:-1]  # `by the Conservatives who said`
        if len(words) < 2 or words[0] != "the":
            return None
        if not _UNNAMED_MARKS.isdisjoint(words):
            return None  # `the unidentified U.S. official`: named by no one
        if "of" in words[2:] and words[-1].endswith("s"):
            # `The board of directors said`: the body, not the people it is made of
            cut = words.index("of", 2)
            if words[cut - 1] in _ORGANIZATION_HEADS:
                words = words[:cut]
        head = words[-1]
        if head in _LAWSUIT_HEADS:
            # `The complaint said` after `Apple has issued a lawsuit`: the one who filed it
            # (a suit the story does not say who brought names no speaker)
            # (`Separately, Lindau Corp was sued`: the last suit brought in is someone
            # else's; `the lawsuit` refers back to one)
            suits = [m for m in _SUIT_WORD.finditer(self.body, 0, before) if not m["the"]]
            if not suits:
                return None
            filed = _FILED_SUIT.search(self.body, max(0, suits[-1].start() - 40), suits[-1].end())
            if filed is None or filed.end() != suits[-1].end():
                return None
            filers = [m for m in self.mentions if m[1] + 1 == filed.start()]
            return filers[-1][2] if filers and filers[-1][3] in ("PERSON", "ORG") else None
        if head not in _ORGANIZATION_HEADS and head.endswith("s") and not head.endswith("ss"):
            # `the judges`, `the organisers`: several people, none named; but `the armed
            # forces` after the Supreme Council of the Armed Forces: the body so named
            return self._body_named_with(words[1:])
        if head in _MEDIA_HEADS and len(words) <= 3:
            # `The paper said` after `the China Daily reported`, `the radio said` after
            # `Tehran Radio said`: the last newspaper or broadcaster named; a newspaper the
            # story does not name stays unnamed, and `the paper` may still be a document.
            bodies = [m for m in self.mentions if m[0] < before and m[3] == "ORG"]
            # (`the paper says` after `Spanish daily ABC`: a paper by any of its names)
            kinds = _PRINT_HEADS if head in _PRINT_HEADS else (head,)
            medium = self._last_medium(bodies, _MEDIA_HEADS[head], kinds)
            if medium is not None:
                return medium
            if head != "paper":
                return None
        if head not in _ORGANIZATION_HEADS:
            # `the 25-year-old Dubliner`, `says the Waterford man`, `the former Scotland
            # international`: an age, a home town or a country describes whom the story is
            # about, the person it names most
            from_somewhere = head in _DESCRIBED_HEADS and any(
                w[:1].isupper() for w in speaker_text.split()[1:-1]
            )
            age = next((w for w in speaker_text.split() if w.endswith("-year-old")), None)
            if from_somewhere or age is not None:
                lead = self._protagonist(before)
                if age is not None:
                    aged = self._aged_or_just_before(age.partition("-")[0], before, lead)
                    if aged is not None:
                        return aged
                # (`"We didn't expect it," said Zenden. The Holland international said`:
                # one who has just spoken, not the story's lead)
                if from_somewhere and age is None:
                    lead = self._speaker_just_before(before) or lead
                if lead is not None:
                    return lead
            if "shadow" in words[1:-1]:
                # `The shadow chancellor`: one named so, else the last person named, but
                # never the chancellor
                role = " ".join(words[words.index("shadow") :])
                found = self.named_with_role(role, before)
                near = self.last_person_near(before)
                return found or (
                    near if near != self.by_description(f"the {head}", before) else None
                )
            office = head not in _SPOKESPEOPLE  # `the Treasury spokesman`: not his office
            if office and len(words) > 2 and not _TITLE_MODIFIERS.isdisjoint(words[1:-1]):
                # `the prime minister`, `the foreign secretary`: an office of its own, held
                # by whoever the story names with it, else by the one person its paragraph
                # names before it; among several (the chancellor, a rival) it stays
                # unnamed, and a `Finance Minister` met earlier holds another office.
                found = self.named_with_role(" ".join(words[1:]), before)
                return (
                    found
                    or self.only_person_near(before)
                    or self._named_next(before)
                    or self._only_untitled(before)
                )
            rank = words[-2] if len(words) > 2 and words[-2] in _RANKS else None
            found = self.named_with_role(head, before, rank)
            if found is not None and not self._described_so(found, speaker_text, before):
                found = None  # `the California Republican` is not `a New Mexico Republican`
            # `one investment manager said` after `Seiji Yamamoto, senior manager`: `the
            # investment manager` is the one brought in since
            # (`one West German investment manager` brought in before him too changes
            # nothing: the one brought in last speaks)
            since = self._mentioned_at(found, before) if found is not None else -1
            if since >= 0 and self._introduced_unnamed(head, before, since):
                return None
            if found is None and head in ("source", "sources"):
                # `A Labour source told the Sunday Times ... "...," the source told the
                # paper`: the body an earlier source was named by
                found = self._body_of_source(before)
            if found or (head in _UNNAMED_HEADS and not from_somewhere) or head in _SPOKESPEOPLE:
                return found  # `the spokesman`: only one named so, never the last name
            if self._introduced_unnamed(head, before):
                return None  # `said a European ambassador who ...`, then `the ambassador said`
            # `Agassi ... beat Nicolas Massu ... "I felt pretty good," the American said`:
            # whom the story is about, not the last name it wrote; but an office of state
            # or a party's (`the chancellor`, `the Tory leader`) may be anyone's the story
            # named, and stays with the last.
            if head not in _OFFICES_OF_STATE and _PARTY_NAMES.isdisjoint(words):
                subject = self._named_with_body(speaker_text, before) or self.last_subject(
                    before, "PERSON", None, strict=True
                )
                if subject is not None and self._near(subject, before):
                    return subject
            office = head if head in _HELD_OFFICES else None
            return self.last_person_near(before, office) or self._named_next(before)
        # (a body named inside a quotation is the speaker's subject, not the story's)
        named = [
            m
            for m in self.mentions
            if m[0] < before and m[3] == "ORG" and not self._in_quotation(m[0])
        ]
        # `the Brookehill group` after `Brookehill Partners Inc`: the body its word names
        # (not `The Greek statement` after `Greek Foreign Affairs Undersecretary Kapsis`)
        modifiers = {w.casefold() for w in speaker_text.split()[1:-1] if w[:1].isupper()}
        modifiers -= _DEMONYM_WORDS
        for m in sorted(named, reverse=True):
            # (`the APEA council` after `Australian Petroleum Exploration Association (APEA)`)
            if any(n.split(" ", 1)[0] in modifiers for n in self.entity_by_id[m[2]].names):
                return m[2]
        # `the ministry`; `the committee report` speaks for the committee
        for word in [head, *(w for w in words[1:-1] if w in _ORGANIZATION_HEADS)]:
            # (`the centre` of the Pacific Tsunami Warning Center: either spelling)
            spellings = {word, _OTHER_SPELLING.get(word, word)}
            by_head = [
                m
                for m in named
                if any(spellings.intersection(n.split()) for n in self.entity_by_id[m[2]].names)
            ]
            if by_head:
                # `JP Morgan said that ... The bank said`: the body that spoke in the
                # sentence before, rather than another whose name holds the word (Bank One)
                spoke = self._body_just_before(before) if head in _BODY_HEADS else None
                if spoke is not None and self._speaks(self._mention_end(spoke, before)):
                    return spoke
                # `the court` after `the Court of Session issued an opinion ... The only
                # court above it is the Supreme Court`: the last one named as a subject
                subjects = [m for m in by_head if not self._is_object(m[0], m[1])]
                return max(subjects or by_head)[2]
        short = len(words) <= 3 or (head in _TRADE_HEADS and _ROLE_LINKS.isdisjoint(words[1:]))
        if head in _BODY_HEADS and short:
            # `The company said`: the body the story is about, the first named as a
            # subject, not an adviser or a rival named in the sentence before (`the number
            # two U.S. auto maker` too; not `the head of the company`).
            found = self.story_subject(before, head=head)
            if found is None and head in _TRADE_HEADS:
                found = self._only_company(named, before, head)
            if found:
                return found
        if head in self.issued and self.issued[head][0] < before and len(words) <= 3:
            return self.issued[head][1]
        if head in _DOCUMENT_HEADS and len(words) <= 3:
            # `the editorial said` after `said the editorial, signed by John Durant`
            author = self._author_of(head, before)
            if author is not None:
                return author
        if head in _EDITORIAL_HEADS:
            # `The official International Business newspaper published ... in an
            # editorial`: a medium's voice, never the embassy last named; a paper the
            # story does not name stays unnamed.
            return self._last_medium(named, _MEDIUM_NAME_WORDS, _MEDIA_HEADS)
        if (head in _DOCUMENT_HEADS or head in _BODY_HEADS) and len(words) <= 3:
            found = self.last_subject(before, "ORG", None, strict=True)
            if found and self._near(found, before):
                return found
            # `A spokesman for Reporters Without Borders ... described ... "...," the
            # organisation said`: the body its spokesperson spoke for
            spoken = self._bodies_with_spokespeople(before)
            if spoken and spoken[-1][0] >= self._sentence_start(self._sentence_start(before)):
                return spoken[-1][2]
            if head in _DOCUMENT_HEADS:
                # `the statement said` paragraphs after `The Swiss Bankers Association
                # said`: with no body near, the one the story opened on issued it.
                return self.story_subject(before, anywhere=True)
        return None

    def _described_so(self, entity_id: str, description: str, before: int) -> bool:
        """Whether the capitalized words before a description's role (`the California
        Republican`) stand beside a mention of that person (`Sen. Pete Wilson of
        California`, `Dutch Foreign Minister Hans van den Broek`); a description with none
        describes anyone with the role."""
        starts = [m[0] for m in self.mentions if m[2] == entity_id and m[0] < before]
        for word in description.split()[1:-1]:
            if not word[:1].isupper():
                continue
            written = [w.start() for w in re.finditer(rf"\b{re.escape(word)}\b", self.body)]
            if not any(abs(w - m) <= _DESCRIBED_REACH for w in written for m in starts):
                return False
        return True

    def _aged_or_just_before(self, years: str, before: int, lead: str | None) -> str | None:
        """Whom `the 20-year-old` describes: the one person the story gave that age (`Minar,
        20,`, `20-year-old Minar`); else, when the story's lead is not in the sentence before,
        the one that sentence is about (`Minar, ranked 158th, was forced to pull out. "...,"
        said the 20-year-old.`)."""
        aged = self._aged(years, before)
        if aged is not None:
            return aged
        previous, _ = self._sentence_before(before)
        if lead is not None and self._mention_end(lead, before) >= previous:
            return None
        subject = self.last_subject(before, "PERSON", None, strict=True)
        return subject if subject and self._mention_end(subject, before) > previous else None

    def _aged(self, years: str, before: int) -> str | None:
        """The one person the story gives this age before `before`: `Minar, 20,` or
        `20-year-old Minar`."""
        found = {
            m[2]
            for m in self.mentions
            if m[1] <= before
            and m[3] == "PERSON"
            and (
                self.body.startswith(f", {years},", m[1])
                or self.body.endswith(f"{years}-year-old ", 0, m[0])
            )
        }
        return found.pop() if len(found) == 1 else None

    def _protagonist(self, before: int) -> str | None:
        """The person the story names most often before `before`, outside quotations, if
        named at least twice and more often than anyone else."""
        counts: dict[str, int] = defaultdict(int)
        for start, _, entity_id, entity_type in self.mentions:
            if start < before and entity_type == "PERSON" and not self._in_quotation(start):
                counts[entity_id] += 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or ranked[1:2] == ranked[:1]:
            return None
        return max(counts, key=counts.__getitem__)

    def _speaker_just_before(self, before: int) -> str | None:
        """The person last named in the paragraph of `before`, if that mention spoke."""
        opens = self.paragraph_starts[self._paragraph_of(before)]
        people = [m for m in self.mentions if opens <= m[0] < before and m[3] == "PERSON"]
        return people[-1][2] if people and people[-1][0] in self.spoke else None

    def _named_with_body(self, description: str, before: int) -> str | None:
        """`the UN chief` after `met UN head Antonio Guterres`: the last person the story
        names right after the body the description names."""
        bodies = [w for w in description.split()[1:-1] if w[:1].isupper()]
        found = None
        for m_start, _, entity_id, entity_type in self.mentions:
            if m_start >= before:
                break
            words = self.body[max(0, m_start - 40) : m_start].split()[-3:]
            if entity_type == "PERSON" and any(body in words for body in bodies):
                found = entity_id
        return found

    def _only_company(self, named: list[_Mention], before: int, head: str) -> str | None:
        """`The closure of the Haitian American Sugar Company ... the mill warned`: the one
        company (by its name's ending) the story named before, never as a subject."""
        companies = {
            m[2]
            for m in named
            if self.entity_by_id[m[2]].names[0].rpartition(" ")[2].casefold()
            in _COMPANY_NAME_ENDINGS
        }
        if len(companies) != 1:
            return None
        found = companies.pop()
        return found if self._near(found, before, head) else None

    def _author_of(self, head: str, before: int) -> str | None:
        """Who the story said wrote the document it calls by `head` (`the editorial,
        signed by John Durant`, `The subcommittee has written ... a letter`), last before
        `before`."""
        found, at = None, -1
        for written in re.finditer(rf"\b{re.escape(head)}{_BY_AUTHOR.pattern}", self.body[:before]):
            by = [m for m in self.mentions if written.end() <= m[0] < written.end() + 30]
            by = [m for m in by if m[3] in ("PERSON", "ORG")]
            found, at = (by[0][2], written.start()) if by else (found, at)
        # (the writer is the sentence's subject, not whom it was written to)
        for wrote in _wrote(head).finditer(self.body, max(at, 0), before):
            sentence = self._sentence_start(wrote.start())
            subjects = [
                m
                for m in self.mentions
                if sentence <= m[0] < wrote.start()
                and m[3] in ("PERSON", "ORG")
                and not _PREPOSITIONS.intersection(self.body[sentence : m[0]].split()[-1:])
            ]
            found = subjects[0][2] if subjects else found
        if found is None:
            # `The third High Command communique issued during the day said ...`: the body
            # named right before the document's word issued it
            heading = re.compile(rf"(?:['’]s)?\s+{re.escape(head)}\b", re.IGNORECASE)
            for m_start, m_end, entity_id, entity_type in self.mentions:
                if m_start >= before:
                    break
                if entity_type == "ORG" and heading.match(self.body, m_end):
                    found = entity_id
        return found

    def _apposed_to_person(self, start: int, end: int) -> bool:
        """Whether the indefinite phrase from `start` to `end` is set off right after a
        person's name and closed (`Karim Toumani, a government spokesman.`): it describes
        that person (but in `south of Rabat, an official source said` it is a subject)."""
        if self.body[start - 2 : start] != ", ":
            return False
        if self.body[end : end + 2].lstrip()[:1] not in (",", ".", ";", ""):
            return False
        if not _SPEECH_VERB_SET.isdisjoint(self.body[start:end].split()):
            return False
        return any(m[3] == "PERSON" and m[1] == start - 2 for m in self.mentions)

    def _introduced_unnamed(self, head: str, before: int, since: int = 0) -> bool:
        """Whether the story brought in someone new by that role (`a European ambassador`,
        `an official`) between `since` and `before`: a later `the ambassador` is that one."""
        # One pattern for every role (not one per role word: `re` would cache them all);
        # the phrase ends at a linking word (`a visit to the minister` brings in no one).
        for found in _INDEFINITE.finditer(self.body, since, before):
            if self._in_quotation(found.start()):
                continue  # `"For a fourth-choice striker ..."`: brings in no one
            if self._apposed_to_person(found.start(), found.end()):
                continue  # `said Karim Toumani, a government spokesman`: one named
            words = re.sub(_BODY_IN_ROLE, "Body", found[1]).split()
            if words[:1] == ["of"] and found[0][:3].lower() == "one":
                words = words[2:]  # `one of his closest aides`: one aide
                if words and words[-1] == f"{head}s":
                    return True
            ends = [i for i, word in enumerate(words) if word in _ROLE_LINKS]
            if head in words[: ends[0] if ends else len(words)]:
                return True
        return False

    def _names_body(self, start: int, m_start: int, m_end: int, end: int) -> bool:
        """Whether the span from `start` to `end` is only `the`, a name and a medium's or a
        body's word (`The Economic Daily newspaper`), or a name and a medium's word
        (`Broadcast magazine`; not `Whitey MacDonald, chairperson of Local 1520, Canadian
        Auto Workers union`); a medium's may be described (`the influential Edge magazine`)."""
        front, tail = self.body[start:m_start].strip(), self.body[m_end:end].strip()
        # (`the Press Trust of India (PTI) news agency`: the short form, a kind of medium)
        tail = _BRACKETED_START.sub("", tail).removeprefix("news ")
        if tail in _MEDIA_HEADS and _DESCRIBED_MEDIUM.fullmatch(front):
            return True
        if tail in _DOCUMENT_HEADS and front.split(" ", 1)[0].lower() in ("a", "an", "the"):
            return True  # `A brief Iranian news agency IRNA report said`: the body's
        return front.lower() == "the" and tail in _BODY_WORDS

    def _called(self, start: int, end: int, head: str) -> bool:
        """Whether the story calls the name at `start` what `head` says, beside it: `US
        magazine Mobile PC`, `the Asahi newspaper`."""
        before = self.body[max(0, start - len(head) - 1) : start].lower()
        after = self.body[end : end + len(head) + 1].lower()
        return before == f"{head} " or after == f" {head}"

    def _last_medium(
        self, bodies: list[_Mention], name_words: frozenset[str], kinds: Iterable[str]
    ) -> str | None:
        """The last of these bodies that is a medium: by a word its name holds, or by a
        kind the story calls it beside the name (`the Asahi newspaper`)."""
        media = [
            m
            for m in bodies
            if self._is_medium(m[2], name_words)
            or any(self._called(m[0], m[1], kind) for kind in kinds)
        ]
        return max(media)[2] if media else None

    def _is_medium(self, entity_id: str, name_words: frozenset[str]) -> bool:
        """Whether a name of the entity holds one of the words a medium's name has."""
        return any(not name_words.isdisjoint(n.split()) for n in self.entity_by_id[entity_id].names)

    def story_subject(
        self, before: int, anywhere: bool = False, head: str | None = None
    ) -> str | None:
        """The organization first named as a subject before `before`, if it is named
        again (or first) within `_DESCRIPTION_PARAGRAPHS` of it, or `anywhere`; with
        `head`, a paragraph that calls a body so (`the trade group said`) carries the
        story's body on as if it named it."""
        for start, end, entity_id, entity_type in self.mentions:
            if start >= before:
                break
            if entity_type != "ORG" or self._in_quotation(start) or self._is_object(start, end):
                continue
            if self.body[end : end + 2].lstrip(" ")[:1].isupper():
                continue  # `Philippine President`: a name inside a name, no subject
            return entity_id if anywhere or self._near(entity_id, before, head) else None
        return None

    def _near(self, entity_id: str, before: int, head: str | None = None) -> bool:
        """Whether the entity is mentioned in the paragraph of `before` or the
        `_DESCRIPTION_PARAGRAPHS` before it, or (with `head`) a chain of paragraphs that
        call a body `the ... group` leads there from a mention."""
        here = self._paragraph_of(before)
        named = {
            self._paragraph_of(m[0]) for m in self.mentions if m[2] == entity_id and m[1] <= before
        }
        if not named:
            return False
        reached = max(named)
        if head is not None:
            # (`the company said`, or `it said` of the body that spoke just before)
            # (`The Paris-based pressure group`: a place's compound is a description too)
            called = re.compile(
                rf"\b(?:[Tt]he(?:\s+(?:[a-z-]+|[A-Z][a-z]+-[a-z]+)){{0,2}}\s+{re.escape(head)}"
                rf"|,\s+it\s+(?:{_VERBS}))\b"
            )
            for found in called.finditer(self.body, self.paragraph_starts[reached], before):
                paragraph = self._paragraph_of(found.start())
                if paragraph - reached <= _DESCRIPTION_PARAGRAPHS:
                    reached = max(reached, paragraph)
            if here - reached > _DESCRIPTION_PARAGRAPHS:
                # `said the group` after paragraphs where no other body is a subject (the
                # background a story gives, `portals such as Sina.com`): the body it last
                # called so
                since = self.paragraph_starts[reached + 1]
                return not any(
                    m[3] == "ORG"
                    and m[2] != entity_id
                    and since <= m[0] < before
                    and not self._is_object(m[0], m[1])
                    for m in self.mentions
                )
        return here - reached <= _DESCRIPTION_PARAGRAPHS

    def _paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def _only_untitled(self, before: int) -> str | None:
        """`Tony Blair is urging ... (Jacques Chirac, Tory leader Michael Howard) ... the
        prime minister said`: the one person the story named before with no title (the
        others hold offices of their own), outside quotations."""
        people: dict[str, bool] = {}
        for start, end, entity_id, entity_type in self.mentions:
            if end > before or entity_type != "PERSON" or self._in_quotation(start):
                continue
            words = self.body[max(0, start - 30) : start].lower().split()[-2:]
            titled = any(w.strip(",") in TITLES or w in _TITLE_MODIFIERS for w in words)
            people[entity_id] = people.get(entity_id, False) or titled
        untitled = [entity_id for entity_id, titled in people.items() if not titled]
        return untitled[0] if len(untitled) == 1 else None

    def only_person_near(self, before: int) -> str | None:
        """The one person mentioned before `before` in its paragraph; None when there
        are none or several."""
        opens = self.paragraph_starts[self._paragraph_of(before)]
        people = {
            m[2] for m in self.mentions if opens <= m[0] and m[1] <= before and m[3] == "PERSON"
        }
        return people.pop() if len(people) == 1 else None

    def last_person_near(self, before: int, role: str | None = None) -> str | None:
        """The person mentioned last before `before`, if within the paragraph of `before`
        or the `_DESCRIPTION_PARAGRAPHS` before it; not one a quotation names (`readings
        from Genet`), nor, for `the chancellor`, one named as another office of it
        (`shadow chancellor Oliver Letwin`)."""
        earlier = [m for m in self.mentions if m[1] <= before and m[3] == "PERSON"]
        earlier = [m for m in earlier if not self._in_quotation(m[0])]
        if role is not None:
            other = {m[2] for m in earlier if self._other_office(role, m[0])}
            earlier = [m for m in earlier if m[2] not in other]
        # (`Reacting to a comment by club chairman Tim Phillips, the American said`: a name
        # in a clause fronted to the description's own sentence is not whom it describes)
        opens = self._sentence_start(before) + 1
        earlier = [m for m in earlier if m[0] < opens or not self._in_fronted_clause(m[0])]
        if not earlier:
            return None
        last = max(earlier, key=lambda m: m[1])
        here = self._paragraph_of(before)
        there = self._paragraph_of(last[0])
        return last[2] if here - there <= _DESCRIPTION_PARAGRAPHS else None

    def _other_office(self, role: str, start: int) -> bool:
        """Whether the name at `start` follows another office of the role (`shadow
        chancellor`, `former president`)."""
        words = self.body[max(0, start - 40) : start].lower().split()[-3:]
        return any(a in OTHER_OFFICE and b == role for a, b in itertools.pairwise(words))


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
