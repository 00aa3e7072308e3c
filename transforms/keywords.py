"""Keywords: the handful of phrases that say what each article is about.

Grain: one row per (article, keyword), at most `top_n` per article, `rank` from 1.
Only English articles get keywords: the stopword list is English, and on other languages
it would return their function words.

Method: YAKE (Campos et al., 2020), written here over a whole batch at once. It needs no
corpus, model or IDF table, so an article's keywords never change when other articles
arrive, and any batch can be scored anywhere.

1. Candidates are runs of 1 to 3 words inside a clause, split at punctuation, stopwords,
   reporting verbs, dates and numbers (wire copy is full of `said`, weekdays and figures
   that are not topics). A phrase of 2-3 words must occur at least twice: one mention of a
   long name is the business of the entity tables, not of the keywords.
2. Each word gets YAKE's weight H = position / (casing + frequency + spread) from its
   statistics within the article: casing (mid-sentence capitals and acronyms), position
   (log-log of the median sentence index, so the lead counts most), frequency (tf over
   the article's mean + std tf) and spread (share of sentences holding it). Lower H is
   more important. YAKE's fifth statistic, relatedness, is left out: stopwords are
   already removed, and in wire copy it mostly demoted topic words such as `digital`.
3. A phrase scores prod(H) / (tf * (1 + sum(H))), YAKE's formula, lower is better; ties
   break alphabetically on the lowercased words. A phrase inside a better keyword is kept
   only if it also occurs `MIN_OWN_MENTIONS` (2) times on its own: `Wuzhen Summit` goes
   under `WIC Wuzhen Summit`, `WIC` stays.
4. Published `score` = best raw score / raw score: 1.0 for the top keyword, falling
   towards 0. `keyword` is spelled as at its first lower-case occurrence, else its first
   mid-sentence one, so `Digital` opening a sentence or `Internet` in a report's title
   does not decide the casing; a common word written only where sentences or a table's
   lines start is spelled in lower case (`Sales 98.2 mln vs 91.0 mln`: `sales`), unless a
   name the article mentions holds it.

What is never a keyword: a phrase cut out of a longer capitalized name (`World Internet`
of `World Internet Conference`, `sixth Harry` of `sixth Harry Potter book`): names stay
whole; a capitalized word written next to `said` (`Ren said`: a surname, which the entity
tables hold), a country or continent name (`China`), a word that says nothing alone
(`development`, `people`, `new`, `economic`, `British`, `agreed`, an adverb in -ly:
`NOT_ALONE`), a verb or adverb alone (`acquire`, `already`: words English uses as
nothing else, by WordNet's word classes as the spaCy model ships them; verbs the article
writes after `to`, `will` or `we` more often than not: `to add`, `will go`; participles it
writes before their object or after `is`: `considering a bid`, `is seeking`; adjectives
it writes after `is` or `very`: `is confident`, and participles English has only as
adjectives: `existing`, `remaining`), a
foreign name's particle alone (`de`), a phrase that ends in a modifier, a particle or a
verb form (`global digital`, `Rio de`, `officials agreed`) or opens with a filler (`end
delays`). A two-word phrase seen once is kept only
when both its words occur `MIN_WORD_TF_FOR_SINGLE_PHRASE` times (`digital governance` in a
story about digital this and governance that). A word inside chosen common phrases needs
one more own mention than under a name (`cooperation` beside `international
cooperation`), and mentions inside names do not count as its own.

Why not the `yake` package: similar keywords, but it scores one article at a time in
Python, slower than the rest of the enrichment together. Every step here is an array
operation over the whole batch (Arrow string kernels, numpy grouping).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from transforms.article import Article
from transforms.entities.vocabulary import DEMONYMS, NAME_PARTICLES, TIME_ZONES, UNITS
from transforms.lexicon import lexicon

KEYWORDS_SCHEMA = pa.schema(
    [
        pa.field("article_id", pa.string(), nullable=False),
        pa.field("keyword", pa.string(), nullable=False),
        pa.field("score", pa.float64(), nullable=False),
        pa.field("rank", pa.int32(), nullable=False),
    ]
)

# Function words plus wire boilerplate that never names a topic.
_STOPWORD_TEXT = """
    a about above across after again against all almost along also although am among an
    and another any anyone anything are around as at be became because become becomes been
    before being below between both but by can cannot could did do does doing done down
    during each either else enough etc even ever every few for from further had has have
    having he her here hers herself him himself his how however i if in into is it its
    itself just least less like made make makes many may me meantime might more most much
    must my myself neither no nor not now of off often on once one only onto or other
    others our ours ourselves out over own per perhaps put rather same several she should
    since so some still such than that the their theirs them themselves then there
    therefore these they this those though through thus to too toward towards under until
    up upon us very via was we well were what whatever when where whether which while who
    whom whose why will with within without would yet you your yours yourself
    said says say saying told tell tells added adding noted noting according asked stated
    announced reported quoted mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    year years month months week weeks day days time times
    xinhua reuters ap afp
    pct mln bln dlrs dlr stg cts ct vs shr shrs revs avg qtr oper inc corp co ltd plc llc
    qtly qtrly qtlry mth mths prior previously earlier ago e.g. i.e. a.m. p.m.
    despite amid following outside inside soon i'm i've i'd i'll we're we've they're you're
    don't doesn't didn't can't won't isn't aren't wasn't weren't hasn't haven't let's
"""
# Number words count like figures (`eight cts`, `nine mths`, `billion yen`): no topic
# alone, and they neither open nor end a lower-case phrase; names keep theirs (`Six
# Nations`).
_NUMBER_WORDS = """
    zero two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion mln bln
"""
# Verbs in forms no noun takes (`rose`, `expects`): they end a phrase as a stopword does.
# Regular past forms (`reached`, `acquired`) are found by their ending instead.
_VERB_TEXT = """
    rose risen fell fallen grew grown began begun took taken gave given sold bought brought
    came went became spent saw seen knew known showed shown chose chosen wrote written
    met led sent expects believes seeks sought wants remains seems include includes
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split() + _VERB_TEXT.split())
# Words that may stand in a phrase (`new energy`, `people's livelihoods`, `global
# development`) but say nothing alone: fillers, vague nouns and adjectives.
_NOT_ALONE_TEXT = """
    new next end people bringing development digital global international national local
    major important key first last second third part way number percent cent million billion
    thousand hundred including according making taking giving getting going coming set
    continue continued continues level levels area areas side sides lot lots kind thing
    things case cases issue issues point points place places use used using high low large
    small good great big better best further various different several certain other whole
    total recent current early late latest former future past today's ongoing world
    pay payable record due thousands middle general results comparable year-ago note na
    already later ahead able far near biggest largest highest lowest smallest greatest
    strongest fastest longest oldest youngest earliest worst
"""
# The particles of foreign names (`Caisse d'Epargne de l'Etat`), written in lower case:
# part of a name, no topic alone and no end of a phrase (`LA` is a place). `bin`, `den`
# and `al` are English words too, and stay.
_PARTICLE_TEXT = "de la du des del della dal dalla da dos das di van von der ter"
# Adjectives that qualify a topic and are none (`economic`, `common`): alone or at the end
# of a phrase (`largest initial public`) they make no keyword; `economic plan` is one.
_ADJECTIVE_TEXT = """
    economic foreign public political financial social private military bilateral
    professional commercial industrial domestic regional federal annual overall similar
    possible likely unlikely strong weak clear full main final top senior central common
    convertible outstanding effective net joint fiscal lower higher upper aerial
    available special previous northern southern eastern western north-east north-west
    south-east south-west additional definitive cumulative extraordinary substantial
    significant huge difficult controversial consecutive immediate excessive extensive
    dramatic ambitious
"""
# Verb forms that are no noun (`agreed`, `won`): alone, at the head or at the end of a
# phrase (`officials agreed`) they make no keyword.
_VERB_FORM_TEXT = """
    agreed agrees won win winning held issuing paying get gets got back create leading
    suffering withdrew found
"""
# Of the people's and group words (`Italian`, `European`: no topic alone), parties are
# topics (`Conservatives`).
_PARTIES = frozenset(
    f"{party}{plural}"
    for party in ("Republican", "Democrat", "Communist", "Socialist", "Conservative", "Liberal")
    for plural in ("", "s")
)
# Time zones and units of wire copy (`1200 GMT`, `48 mln dlrs`, `5 pct`) say nothing alone
# either, however often a market report repeats them.
NOT_ALONE = frozenset(
    _NOT_ALONE_TEXT.split()
    + _ADJECTIVE_TEXT.split()
    + _NUMBER_WORDS.split()
    + _VERB_FORM_TEXT.split()
) | {w.lower() for w in TIME_ZONES | UNITS | (DEMONYMS - _PARTIES)}
# Nouns in -ly, which `_adverbs` must not take for adverbs (`reportedly`, `easily`).
_LY_NOUN_TEXT = """
    family supply assembly monopoly anomaly melancholy homily duopoly oligopoly butterfly
    dragonfly firefly housefly hillbilly
"""
_LY_NOUNS = frozenset(_LY_NOUN_TEXT.split())
# Adjectives and fillers that do not end a phrase either (`global digital`, `new`).
_MODIFIER_TEXT = """
    new next digital global international national local major key important first last
    second third various different several certain other whole total recent current early
    late latest former future past ongoing further good great big better best high low large
    small bringing including according making taking giving getting going coming
"""
MODIFIERS = frozenset(
    _MODIFIER_TEXT.split()
    + _ADJECTIVE_TEXT.split()
    + _PARTICLE_TEXT.split()
    + _NUMBER_WORDS.split()
    + _VERB_FORM_TEXT.split()
)
# Fillers that open no phrase either (`end delays`, `people expect`, `new plan`).
FILLERS = frozenset(["new", "next", "end", "people", "bringing", "including", "according", "per"])
FILLERS |= frozenset(_NUMBER_WORDS.split() + _VERB_FORM_TEXT.split())
# Words after which a word is a verb's base form (`to add`, `will go`, `we want`): a verb
# an article mostly writes so is no topic alone; one it mostly writes as a noun (`the
# bid`, `a rate cut`) may be.
_VERB_MARKERS = """
    to will would can could may might should must shall cannot not never i we they you
    don't doesn't didn't won't wouldn't can't couldn't shouldn't
"""
# Words that open a verb's object (`considering a bid`) and forms of `be` (`is seeking`).
_OBJECT_OPENERS = "the a an its their his her our your my this that these those some all any"
_BE_FORMS = "is are was were be been being am"
_DEGREE_WORDS = "very so too more most less least quite extremely highly fairly rather"
# Reporting words next to which a capitalized word is someone's name (`Ren said`).
_NAMING_VERBS = ("said", "says", "told", "added", "noted", "stressed", "according", "asked")
# A phrase seen once is kept when each of its words occurs this often in the article
# (`digital governance` in a story about digital this and governance that).
MIN_WORD_TF_FOR_SINGLE_PHRASE = 5

LANGUAGE = "en"
# A phrase inside a better keyword is kept only if it occurs this often on its own too.
MIN_OWN_MENTIONS = 2

_SENTENCE_END = "."
_CLAUSE_END = ","
# Sentence ends (also paragraph breaks) and clause marks become standalone break tokens.
_SENTENCE_MARKS = r"[.!?]+[\"”’')\]]*(?:\s|$)|\n"
_CLAUSE_MARKS = r"[,;:()\[\]{}\"“”‘«»/|—–…]|\s[-']+\s"
_WORD_EDGES = "'’-"
_POSSESSIVE = r"['’]s\b"
# `U.N.`, `U.S.`: the full stop of a dotted short form stays with it (held as a one-dot
# leader while sentences are split, which would take it for a sentence end).
_DOTTED = r"\b((?:\pL\.)+\pL)\.(\s|$)"
_HELD_STOP = "\u2024"
# `$671.7bn`, `14.3p`, `1980s`, `21st`: a figure with its unit or ending is a number.
_FIGURE = r"^[$£€¥]?\d[\d.,]*(?:bn|m|k|p|pc|s|st|nd|rd|th)?$"
# `<CTSTP>`, `<ACME.N>`: a ticker in brackets is an instrument code, never a keyword; it
# breaks the clause. The brackets of a name (`<Pacific Basin Corp>`) break it too.
_TICKER = r"<[^<>\sa-z]+>"
_BRACKETS = r"[<>]"


@dataclass(frozen=True)
class _Tokens:
    """A batch's tokens as parallel arrays (one element per token, breaks included)."""

    article: np.ndarray  # index of the token's article in the batch
    word: np.ndarray  # id of the lowercased token in `vocabulary`
    vocabulary: pa.Array
    surface: pa.Array  # the token as written
    content: np.ndarray  # may be part of a keyword
    sentence: np.ndarray  # sentence index within its article
    opens: np.ndarray  # first token of a sentence
    capital: np.ndarray  # starts with a capital letter
    in_name: np.ndarray  # a capitalized content word (or `of`/`and` between two of them)
    named: np.ndarray  # right before or after a reporting verb (`Ren said`, `said Ren`)


@dataclass(frozen=True)
class _Words:
    """One row per (article, candidate word): YAKE's statistics, sorted by article."""

    article: np.ndarray
    word: np.ndarray
    tf: np.ndarray
    weight: np.ndarray  # YAKE's H; lower is more important
    group_of_token: np.ndarray  # token index -> row here, -1 for non-candidate tokens
    token_order: np.ndarray  # candidate token indexes grouped by row, in text order
    first_token: np.ndarray  # row -> start of its slice in token_order


def extract_keywords(
    articles: Sequence[Article], mentions: pa.Table | None = None, top_n: int = 8
) -> pa.Table:
    """One row per (article, keyword): each article's top `top_n` keywords, ranked from 1.

    With the articles' entity `mentions`, a common word the article writes only where a
    sentence starts is spelled in lower case, as other articles write it, unless it is
    part of a name the article mentions."""
    articles = [article for article in articles if article.language == LANGUAGE]
    if not articles:
        return KEYWORDS_SCHEMA.empty_table()
    tokens = _tokenize([article.body for article in articles])
    if not tokens.content.any():
        return KEYWORDS_SCHEMA.empty_table()
    words = _word_weights(tokens)
    phrases = _candidates(tokens, words)
    article_index, phrase_index, lengths, raw_scores = [], [], [], []
    for index, chosen in _top_phrases(phrases, tokens, words, top_n):
        best = chosen[0][2]
        for phrase, length, raw in chosen:
            article_index.append(index)
            phrase_index.append(phrase)
            lengths.append(length)
            raw_scores.append(best / raw if raw > 0 else 1.0)
    columns = {
        "article_id": [articles[index].article_id for index in article_index],
        "keyword": _spellings(
            tokens,
            phrases.spelled_at[phrase_index],
            lengths,
            _name_words(articles, mentions, article_index),
        ),
        "score": raw_scores,
        "rank": _ranks(article_index),
    }
    return pa.Table.from_pydict(columns, schema=KEYWORDS_SCHEMA)


def _tokenize(bodies: list[str]) -> _Tokens:
    """Split every body into word and break tokens with Arrow's string kernels."""
    text = pa.array(bodies, pa.large_string())
    text = pc.replace_substring_regex(text, _TICKER, f" {_CLAUSE_END} ")
    text = pc.replace_substring_regex(text, _BRACKETS, f" {_CLAUSE_END} ")
    text = pc.replace_substring_regex(text, _POSSESSIVE, "")
    text = pc.replace_substring_regex(text, _DOTTED, f"\\1{_HELD_STOP}\\2")
    text = pc.replace_substring_regex(text, _SENTENCE_MARKS, f" {_SENTENCE_END} ")
    text = pc.replace_substring_regex(text, _CLAUSE_MARKS, f" {_CLAUSE_END} ")
    # Arrow's whitespace split of a string that ends in whitespace sometimes keeps that
    # whitespace in the last token and sometimes gives an empty one after it (it depends
    # on memory left by earlier calls); with nothing to split at the end it is stable.
    lists = pc.utf8_split_whitespace(pc.utf8_rtrim_whitespace(text))
    surface = pc.utf8_trim(pc.list_flatten(lists), _WORD_EDGES)
    surface = pc.replace_substring(surface, _HELD_STOP, ".")
    article = pc.list_parent_indices(lists).to_numpy()
    encoded = pc.utf8_lower(surface).dictionary_encode()
    vocabulary = encoded.dictionary
    word = encoded.indices.to_numpy()
    candidate = pc.and_(
        pc.invert(pc.is_in(vocabulary, pa.array(sorted(STOPWORDS)))),
        pc.and_(
            pc.match_substring_regex(vocabulary, r"\pL"), pc.greater(pc.utf8_length(vocabulary), 1)
        ),
    )
    candidate = pc.and_(candidate, pc.invert(pc.match_substring_regex(vocabulary, _FIGURE)))
    end = word == pc.index(vocabulary, _SENTENCE_END).as_py()
    first = np.searchsorted(article, article)  # each token's article starts here
    opens = np.r_[True, end[:-1]] | (first == np.arange(len(word)))
    # A paragraph break right after a full stop ends one sentence, not two.
    end &= ~np.r_[False, end[:-1]]
    before = np.cumsum(end) - end
    capital = np.asarray(pc.utf8_is_upper(pc.utf8_slice_codeunits(surface, 0, 1)))
    content = np.asarray(candidate)[word]
    same_article = np.r_[article[1:] == article[:-1], False]
    in_name = capital & content
    # (`Tate & Lyle`: neither `Tate` nor `Lyle` is a keyword alone)
    # (`Caisse de Retraite de Lenne`: a particle joins a name's words too)
    joining = ["of", "and", "for", "&", *_PARTICLE_TEXT.split()]
    links = np.asarray(pc.is_in(vocabulary, pa.array(joining)))[word]
    in_name[1:-1] |= links[1:-1] & in_name[:-2] & in_name[2:] & same_article[1:-1]
    # (`Lord of the Rings`, `Queen of the South`: neither `Lord` nor `Rings` alone)
    of = np.asarray(pc.is_in(vocabulary, pa.array(["of", "for"])))[word]
    the = np.asarray(pc.is_in(vocabulary, pa.array(["the"])))[word]
    of_the = np.r_[of[:-1] & the[1:], False]  # token i is `of` and i + 1 is `the`
    of_the[1:-2] &= in_name[:-3] & in_name[3:] & same_article[1:-2] & same_article[2:-1]
    of_the[0] = of_the[-2:] = False
    in_name |= of_the | np.r_[False, of_the[:-1]]
    naming = np.asarray(pc.is_in(vocabulary, pa.array(_NAMING_VERBS)))[word]
    named = np.r_[naming[1:] & same_article[:-1], False]
    named[1:] |= naming[:-1] & same_article[:-1]
    return _Tokens(
        article=article,
        word=word,
        vocabulary=vocabulary,
        surface=surface,
        content=content,
        sentence=before - before[first],
        opens=opens,
        capital=capital,
        in_name=in_name,
        named=named,
    )


def _word_weights(tokens: _Tokens) -> _Words:
    """YAKE's statistics and weight H for each (article, candidate word)."""
    selected = np.flatnonzero(tokens.content)
    key = tokens.article[selected].astype(np.int64) * len(tokens.vocabulary)
    key += tokens.word[selected]
    order = np.argsort(key, kind="stable")  # stable: text order within a word
    token_order, key = selected[order], key[order]
    new_word = np.r_[True, key[1:] != key[:-1]]
    first_token = np.flatnonzero(new_word)
    tf = np.diff(np.r_[first_token, len(key)])
    group_of_token = np.full(len(tokens.word), -1, np.int64)
    group_of_token[token_order] = np.cumsum(new_word) - 1
    article = tokens.article[token_order[first_token]]
    sentence = tokens.sentence[token_order]

    mid_capital = (tokens.capital & ~tokens.opens)[token_order]
    casing = np.add.reduceat(mid_capital.astype(np.int64), first_token) / (1.0 + np.log(tf))
    median = (sentence[first_token + (tf - 1) // 2] + sentence[first_token + tf // 2]) / 2.0
    position = np.log(np.log(3.0 + median))
    new_sentence = new_word | np.r_[True, sentence[1:] != sentence[:-1]]
    sentences = _per_article(tokens.sentence, tokens.article, np.maximum) + 1
    spread = np.add.reduceat(new_sentence.astype(np.int64), first_token) / sentences[article]
    vocabulary_size = np.maximum(_per_article(np.ones_like(tf), article, np.add), 1)
    mean = _per_article(tf, article, np.add) / vocabulary_size
    # From sums of integers, which do not depend on the order of an article's words (their
    # ids in the batch's vocabulary); a sum of floats would, in its last digits, and an
    # article's scores would then change with the batch it came in.
    squares = _per_article(tf * tf, article, np.add) / vocabulary_size
    deviation = np.sqrt(np.maximum(squares - mean**2, 0.0))
    frequency = tf / (mean + deviation)[article]
    weight = position / (casing + frequency + spread)
    return _Words(
        article=article,
        word=tokens.word[token_order[first_token]],
        tf=tf,
        weight=weight,
        group_of_token=group_of_token,
        token_order=token_order,
        first_token=first_token,
    )


def _per_article(values: np.ndarray, article: np.ndarray, ufunc: np.ufunc) -> np.ndarray:
    """Reduce values sorted by article to one value per article index (0 if absent)."""
    result = np.zeros(article[-1] + 1, dtype=np.result_type(values, np.float64))
    starts = np.r_[0, np.flatnonzero(article[1:] != article[:-1]) + 1]
    result[article[starts]] = ufunc.reduceat(values, starts)
    return result


@dataclass(frozen=True)
class _Phrases:
    """Candidate phrases: word rows (-1 when shorter), occurrences and raw YAKE score."""

    words: np.ndarray  # shape (n, 3): rows of `_Words`, -1 padding
    tf: np.ndarray
    score: np.ndarray
    spelled_at: np.ndarray  # token index of the occurrence whose spelling is shown
    free: np.ndarray  # occurrences that are not a strict part of a longer name
    is_name: np.ndarray  # never written in lower case


class _Occurrences(NamedTuple):
    codes: np.ndarray  # distinct phrase codes
    tf: np.ndarray
    spelled_at: np.ndarray  # token index of the occurrence whose spelling is shown
    ids: np.ndarray  # for each input start, the index of its code in `codes`
    free: np.ndarray  # occurrences that are not a strict part of a longer name
    surname: np.ndarray  # a capitalized word beside `said`: a person's name


def _candidates(tokens: _Tokens, words: _Words) -> _Phrases:
    """Every candidate word, plus 2- and 3-word runs of them that occur at least twice."""
    group, size, opens = words.group_of_token, len(words.tf), tokens.opens
    # Token i is followed by a candidate word of the same clause and article.
    linked = np.r_[(group[:-1] >= 0) & (group[1:] >= 0), False]
    linked[:-1] &= tokens.article[:-1] == tokens.article[1:]
    lower = ~tokens.capital
    unigram_starts = np.flatnonzero(group >= 0)
    unigrams = _occurrences(group[unigram_starts], unigram_starts, opens, lower, tokens, 1)
    starts = np.flatnonzero(linked)
    bigrams = _occurrences(
        group[starts] * size + group[starts + 1], starts, opens, lower, tokens, 2
    )
    bigram_at = np.full(len(group), -1, np.int64)
    bigram_at[starts] = bigrams.ids
    starts = starts[linked[starts + 1]]
    trigrams = _occurrences(
        bigram_at[starts] * size + group[starts + 2], starts, opens, lower, tokens, 3
    )

    pairs = bigrams.codes[trigrams.codes // size]
    rows = np.full((len(unigrams.codes) + len(bigrams.codes) + len(trigrams.codes), 3), -1)
    rows[:, 0] = np.concatenate([unigrams.codes, bigrams.codes // size, pairs // size])
    rows[len(unigrams.codes) :, 1] = np.r_[bigrams.codes % size, pairs % size]
    rows[len(unigrams.codes) + len(bigrams.codes) :, 2] = trigrams.codes % size
    tf = np.concatenate([unigrams.tf, bigrams.tf, trigrams.tf])
    spelled_at = np.concatenate([unigrams.spelled_at, bigrams.spelled_at, trigrams.spelled_at])
    # A longer phrase seen once is usually a name in passing, which the entity tables hold,
    # unless it is a lower-case pairing of the article's own frequent words.
    frequent = (words.tf[rows[:, 0]] >= MIN_WORD_TF_FOR_SINGLE_PHRASE) & (
        words.tf[rows[:, 1]] >= MIN_WORD_TF_FOR_SINGLE_PHRASE
    )
    common = ~tokens.capital[spelled_at] & (rows[:, 2] < 0) & frequent
    kept = (rows[:, 1] < 0) | (tf > 1) | common
    # Names stay whole: `World Internet` of `World Internet Conference` is no keyword, nor
    # is a surname (`Ren said`) or a word that says nothing alone (`development`, `new`).
    free = np.concatenate([unigrams.free, bigrams.free, trigrams.free])
    whole = free > 0
    surname = np.concatenate([unigrams.surname, np.zeros(len(tf) - len(unigrams.tf), bool)])
    vague = np.zeros(len(tf), bool)
    adverb = _adverbs(tokens.vocabulary)
    vague[: len(unigrams.tf)] = (
        np.asarray(pc.is_in(tokens.vocabulary, pa.array(sorted(NOT_ALONE)))) | adverb
    )[words.word[unigrams.codes]] | _predicate_words(tokens, unigram_starts, unigrams)
    foreign = np.asarray(pc.is_in(tokens.vocabulary, pa.array(_PARTICLE_TEXT.split())))
    vague[: len(unigrams.tf)] |= (
        foreign[words.word[unigrams.codes]] & ~tokens.capital[unigrams.spelled_at]
    )
    length = (rows >= 0).sum(axis=1)
    last = rows[np.arange(len(rows)), length - 1]
    modifier = np.asarray(pc.is_in(tokens.vocabulary, pa.array(sorted(MODIFIERS))))
    filler = np.asarray(pc.is_in(tokens.vocabulary, pa.array(sorted(FILLERS))))
    multiword = rows[:, 1] >= 0
    opens_lower = ~tokens.capital[spelled_at]
    ends_lower = ~tokens.capital[spelled_at + length - 1]
    # `global digital` and `Glazer latest` end in a modifier, `end delays` opens with a
    # filler; names (`New Zealand`, `Next Generation`) are left alone.
    # An adverb neither opens nor ends one (`easily outweigh`), nor does a word English
    # uses only as a verb or an adverb (`always accept`, `thinking maybe`, `commit fraud`).
    edge = adverb | np.asarray(pc.is_in(tokens.vocabulary, lexicon().verbs_only))
    modifier_end = multiword & (
        (ends_lower & (modifier[words.word[last]] | edge[words.word[last]]))
        | (opens_lower & (filler[words.word[rows[:, 0]]] | edge[words.word[rows[:, 0]]]))
    )
    # A keyword is a noun or a name: a phrase that is or ends in a lower-case past form
    # (`reached`, `shares acquired`, `Parry revealed`) is a verb's; `proposed merger` ends
    # in its noun.
    verb_end = _past_forms(tokens.vocabulary)[words.word[last]] & ends_lower
    # A name with the word before it (`coach Andy Robinson`, `beat Roddick`, `former
    # Labour`) is the name's business, and the entity tables hold it; a name's own
    # particle (`van Persie`) and a thing's short form (`digital TV`) are kept.
    surface = tokens.surface
    upper_end = np.asarray(pc.utf8_is_upper(pc.take(surface, pa.array(spelled_at + length - 1))))
    particle = np.asarray(pc.is_in(tokens.vocabulary, pa.array(sorted(NAME_PARTICLES))))
    word_before_name = (
        multiword & opens_lower & ~ends_lower & ~upper_end & ~particle[words.word[rows[:, 0]]]
    )
    kept &= whole & ~surname & ~vague & ~modifier_end & ~verb_end & ~word_before_name
    kept[: len(unigrams.tf)] &= ~_countries(tokens, unigrams.spelled_at)
    rows, tf, spelled_at, free = rows[kept], tf[kept], spelled_at[kept], free[kept]
    weight = np.where(rows >= 0, words.weight[rows], np.nan)
    score = np.nanprod(weight, axis=1) / (tf * (1.0 + np.nansum(weight, axis=1)))
    return _Phrases(
        words=rows,
        tf=tf,
        score=score,
        spelled_at=spelled_at,
        free=free,
        is_name=tokens.capital[spelled_at],
    )


def _predicate_words(tokens: _Tokens, starts: np.ndarray, unigrams: _Occurrences) -> np.ndarray:
    """Which one-word candidates say what something does or is, and name nothing: words
    English uses only as verbs or adverbs (`acquire`, `already`), verbs and participles
    the article writes as verbs more often than not (`to add`, `will go`, `considering a
    bid`), and adjectives it writes after `is` or `very` (`is confident`: a state, where
    `nuclear` or `online` name a field).

    A `to` at the end of a clause is a preposition's (`went to court.`, `brought to
    life.`): a verb there would have its object after it."""
    words = lexicon()
    adjective = np.asarray(pc.is_in(tokens.vocabulary, words.adjectives_only))
    degree = np.asarray(pc.is_in(tokens.vocabulary, pa.array(_DEGREE_WORDS.split())))
    verb = np.asarray(pc.is_in(tokens.vocabulary, words.verbs))
    only = np.asarray(pc.is_in(tokens.vocabulary, words.verbs_only))
    marker = np.asarray(pc.is_in(tokens.vocabulary, pa.array(_VERB_MARKERS.split())))
    breaks = np.asarray(pc.is_in(tokens.vocabulary, pa.array([_SENTENCE_END, _CLAUSE_END])))
    to = np.asarray(pc.equal(tokens.vocabulary, "to"))
    size = len(tokens.word)
    before, after = np.maximum(starts - 1, 0), np.minimum(starts + 1, size - 1)
    clause_end = (starts + 1 >= size) | breaks[tokens.word[after]]
    clause_end |= tokens.article[after] != tokens.article[starts]
    participle = np.asarray(pc.match_substring_regex(tokens.vocabulary, "^[a-z-]{3,}ing$"))
    verbal = (
        marker[tokens.word[before]]
        & ~participle[tokens.word[starts]]  # (`respond to doping charges`)
        & ~(to[tokens.word[before]] & clause_end)
        & (starts > 0)
        & (tokens.article[before] == tokens.article[starts])
        & ~tokens.capital[starts]
    )
    # A participle in -ing with its object after it (`considering a bid`, `allowing the
    # company`) or after a form of `be` (`is extending`) is a verb's; the noun in -ing
    # (`the restructuring`, `debt rescheduling`) is not written so.
    objects = np.asarray(pc.is_in(tokens.vocabulary, pa.array(_OBJECT_OPENERS.split())))
    be = np.asarray(pc.is_in(tokens.vocabulary, pa.array(_BE_FORMS.split())))
    verbal |= (
        participle[tokens.word[starts]]
        & (objects[tokens.word[after]] | be[tokens.word[before]])
        & (tokens.article[after] == tokens.article[starts])
        & (tokens.article[before] == tokens.article[starts])
        & ~tokens.capital[starts]
    )
    verbal |= (
        adjective[tokens.word[starts]]
        & (be[tokens.word[before]] | degree[tokens.word[before]])
        & (tokens.article[before] == tokens.article[starts])
        & ~tokens.capital[starts]
    )
    count = np.bincount(unigrams.ids, weights=verbal, minlength=len(unigrams.tf))
    word = tokens.word[unigrams.spelled_at]
    lower = ~tokens.capital[unigrams.spelled_at]
    # (`existing`, `remaining`, `paid`: a participle English has only as an adjective
    # qualifies something, whatever the article does with it)
    participial = adjective & np.asarray(pc.match_substring_regex(tokens.vocabulary, "(?:ing|ed)$"))
    return lower & (
        only[word]
        | participial[word]
        | ((verb | participle | adjective)[word] & (2 * count > unigrams.tf))
    )


def _adverbs(vocabulary: pa.Array) -> np.ndarray:
    """Which words read as adverbs in -ly (`reportedly`, `sharply`), not a short word
    (`rally`, `July`) nor a noun in -ly (`family`, `supply`)."""
    adverb = pc.and_(
        pc.ends_with(vocabulary, "ly"),
        pc.and_(
            pc.greater(pc.utf8_length(vocabulary), 5),
            pc.invert(pc.is_in(vocabulary, pa.array(sorted(_LY_NOUNS)))),
        ),
    )
    return np.asarray(adverb)


def _past_forms(vocabulary: pa.Array) -> np.ndarray:
    """Which words read as a regular past form (`reached`, `acquired`), not a noun in
    -eed (`speed`, `seed`) nor a short word (`red`, `bed`)."""
    past = pc.and_(
        pc.ends_with(vocabulary, "ed"),
        pc.and_(
            pc.invert(pc.ends_with(vocabulary, "eed")), pc.greater(pc.utf8_length(vocabulary), 4)
        ),
    )
    return np.asarray(past)


def _countries(tokens: _Tokens, spelled_at: np.ndarray) -> np.ndarray:
    """Which one-word keywords are the name of a country or a continent (`China`): the
    entity tables hold the places, and every story names some, so as keywords they crowd
    out what the story is about."""
    from transforms.entities.gazetteer import load_gazetteer

    capital = tokens.capital[spelled_at]
    found = np.zeros(len(spelled_at), bool)
    if not capital.any():
        return found
    gazetteer = load_gazetteer()
    at = np.flatnonzero(capital)
    words = pc.take(tokens.surface, pa.array(spelled_at[at])).to_pylist()
    for index, word in zip(at.tolist(), words, strict=True):
        found[index] = any(p.kind in ("country", "continent") for p in gazetteer.candidates(word))
    return found


def _occurrences(
    codes: np.ndarray,
    starts: np.ndarray,
    opens: np.ndarray,
    lower: np.ndarray,
    tokens: _Tokens,
    length: int,
) -> _Occurrences:
    """Count each distinct phrase code and pick the occurrence to spell it by.

    The spelling comes from the first lower-case occurrence, else the first that is not
    sentence-initial, so that `The` or `Digital` at the start of a sentence, or `Internet`
    inside a report's title, does not decide the capitals. A phrase is `whole` when some
    occurrence is not a strict part of a longer capitalized name, and a one-word `surname`
    when it is always capitalized (not an acronym) and stands next to `said` somewhere.
    """
    order = np.lexsort((starts, opens[starts], ~lower[starts], codes))
    ordered = codes[order]
    new = np.ones(len(codes), bool)
    new[1:] = ordered[1:] != ordered[:-1]
    firsts = np.flatnonzero(new)
    ids = np.empty(len(codes), np.int64)
    ids[order] = np.cumsum(new) - 1
    tf = np.diff(np.r_[firsts, len(codes)])
    in_name = tokens.in_name
    size = len(in_name)
    before = np.where(starts > 0, in_name[np.maximum(starts - 1, 0)], False)
    after_index = starts + length
    after = np.where(after_index < size, in_name[np.minimum(after_index, size - 1)], False)
    # Cut out of a longer name at either end: `World Internet` of `World Internet
    # Conference`, `sixth Harry` of `sixth Harry Potter book`.
    part = (in_name[starts] & before) | (in_name[after_index - 1] & after)
    free = np.bincount(ids, weights=~part, minlength=len(firsts)).astype(np.int64)
    surname = np.zeros(len(firsts), bool)
    if length == 1:
        surface = tokens.surface
        upper = np.asarray(pc.utf8_is_upper(pc.take(surface, pa.array(starts))))
        always_capital = np.bincount(ids, weights=lower[starts], minlength=len(firsts)) == 0
        beside_verb = np.bincount(ids, weights=tokens.named[starts], minlength=len(firsts)) > 0
        acronym = np.bincount(ids, weights=upper, minlength=len(firsts)) > 0
        surname = always_capital & beside_verb & ~acronym
    return _Occurrences(ordered[firsts], tf, starts[order][firsts], ids, free, surname)


def _top_phrases(
    phrases: _Phrases, tokens: _Tokens, words: _Words, top_n: int
) -> Iterator[tuple[int, list[tuple[int, int, float]]]]:
    """(article index, [(phrase index, words, raw score)]) best first, sub-phrases skipped."""
    if not len(phrases.words):
        return  # (a batch whose every word is a name or a stop word has no phrase)
    alphabetical = np.empty(len(tokens.vocabulary), np.int64)
    alphabetical[np.asarray(pc.sort_indices(tokens.vocabulary))] = np.arange(len(alphabetical))
    spelled = np.where(phrases.words >= 0, alphabetical[words.word[phrases.words]], -1)
    article = words.article[phrases.words[:, 0]]
    order = np.lexsort((spelled[:, 2], spelled[:, 1], spelled[:, 0], phrases.score, article))
    bounds = np.r_[0, np.flatnonzero(np.diff(article[order])) + 1, len(order)]
    for start, end in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        # Dedup rarely skips many, so a short prefix usually suffices; fall back to all.
        for stop in (min(end, start + 4 * top_n), end):
            chosen = _distinct(phrases, order[start:stop], top_n)
            if len(chosen) == top_n or stop == end:
                break
        yield int(article[order[start]]), chosen


def _distinct(phrases: _Phrases, ranked: np.ndarray, top_n: int) -> list[tuple[int, int, float]]:
    """(phrase index, word count, raw score) of the best phrases, sub-phrases skipped.

    A phrase inside chosen ones needs `MIN_OWN_MENTIONS` occurrences of its own: outside
    them and, when they are common phrases (`internet development`), outside names too
    (`Internet` of `China Internet Development Report` is not a mention of the internet).
    """
    chosen: list[tuple[int, int, float]] = []
    longer: list[tuple[tuple[int, ...], int, bool]] = []  # chosen multiword phrases
    in_longer: set[int] = set()
    rows, tfs = phrases.words[ranked].tolist(), phrases.tf[ranked].tolist()
    scores, frees = phrases.score[ranked].tolist(), phrases.free[ranked].tolist()
    names = phrases.is_name[ranked].tolist()
    for index, row, tf, score, free, name in zip(
        ranked.tolist(), rows, tfs, scores, frees, names, strict=True
    ):
        key = tuple(word for word in row if word >= 0)
        if not in_longer.isdisjoint(key):
            covering = [
                (tf_long, is_name) for long, tf_long, is_name in longer if _inside(key, long)
            ]
            own = tf - sum(tf_long for tf_long, _ in covering)
            needed = MIN_OWN_MENTIONS
            if covering and not any(is_name for _, is_name in covering):
                own -= tf - free
                needed += 1  # `cooperation` beside `international cooperation`
            if covering and own < needed:
                continue
        if len(key) > 1:
            longer.append((key, tf, name))
            in_longer.update(key)
        chosen.append((index, len(key), score))
        if len(chosen) == top_n:
            break
    return chosen


def _inside(short: tuple[int, ...], long: tuple[int, ...]) -> bool:
    """Whether `short` occurs as a contiguous part of the longer phrase `long`."""
    size = len(short)
    return size < len(long) and any(
        long[i : i + size] == short for i in range(len(long) - size + 1)
    )


_POSSESSIVE_END = re.compile(r"['’]s?$")
_NAME_WORD_EDGES = ',.;:()"“”'


def _name_words(
    articles: Sequence[Article], mentions: pa.Table | None, article_index: list[int]
) -> list[frozenset[str] | None]:
    """For each keyword, the words of the names its article mentions (None: not known)."""
    if mentions is None:
        return [None] * len(article_index)
    words: dict[str, set[str]] = {}
    for article_id, text in zip(
        mentions["article_id"].to_pylist(), mentions["text"].to_pylist(), strict=True
    ):
        names = words.setdefault(article_id, set())
        for word in text.split():  # (`Moody's`, `Goldman,`: the name's word)
            names.add(_POSSESSIVE_END.sub("", word.strip(_NAME_WORD_EDGES)))
    per_article = [frozenset(words.get(article.article_id, ())) for article in articles]
    return [per_article[index] for index in article_index]


def _spellings(
    tokens: _Tokens,
    starts: np.ndarray,
    lengths: list[int],
    name_words: list[frozenset[str] | None],
) -> list[str]:
    """Each keyword as written at its chosen occurrence; a common word the article writes
    only where a sentence or a table's line starts, and in no name, is spelled in lower
    case (`Sales` of `Sales 1.2 mln dlrs vs 1.1 mln`, `Net loss`; not `Toyota`, whose
    article names the firm)."""
    lengths_array = np.asarray(lengths, np.int64)
    offsets = np.r_[0, np.cumsum(lengths_array)]
    positions = np.repeat(starts, lengths_array) + (
        np.arange(offsets[-1]) - np.repeat(offsets[:-1], lengths_array)
    )
    words = pc.take(tokens.surface, pa.array(positions)).to_pylist()
    opening = tokens.opens[starts].tolist()
    spelled = []
    for (a, b), opens, names in zip(pairwise(offsets.tolist()), opening, name_words, strict=True):
        phrase = words[a:b]
        if opens and names is not None and phrase[0] not in names and _common_opening(phrase):
            phrase[0] = phrase[0].lower()
        spelled.append(" ".join(phrase))
    return spelled


def _common_opening(phrase: list[str]) -> bool:
    """Whether a phrase is in lower case but for its first word's capital, and that word is
    an English word, not a name (`Net loss`, not `Hong Kong` nor `Reuters`)."""
    first = phrase[0]
    if not (first[:1].isupper() and first[1:].islower()) or first in DEMONYMS:
        return False  # (`Philippine exports`, `Olympic`: a people's or a name's word)
    return all(word.islower() for word in phrase[1:]) and lexicon().is_word_form(first.lower())


def _ranks(article_index: list[int]) -> list[int]:
    """1, 2, 3... restarting at each article (rows arrive grouped by article, best first)."""
    ranks, previous, rank = [], None, 0
    for index in article_index:
        rank = rank + 1 if index == previous else 1
        ranks.append(rank)
        previous = index
    return ranks
