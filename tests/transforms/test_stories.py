"""Stories: versions of one story share a story_id, within a run and across runs."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from tests.articles import seed_article, story
from transforms.stories import (
    NUM_PERM,
    PAIRS_PER_CHUNK,
    SCHEME,
    SEED,
    SIGNATURE_BYTES,
    SIMILARITY_THRESHOLD,
    _permutations,
    assign_stories,
    shingle_hashes,
    similarity,
    story_signature,
)

T0 = datetime(2023, 11, 9, 12, 46, tzinfo=UTC)
EMPTY = b"\xff" * SIGNATURE_BYTES  # the signature of a body without words

QUAKE_TURKEY = (
    "A magnitude-6.1 earthquake jolted Malatya province in eastern Turkey early on Thursday, "
    "damaging several old buildings and sending frightened residents into the streets, the "
    "country's disaster management authority said.",
    "The quake struck at a depth of 7 km at 4:41 a.m. local time, and was felt in the "
    "neighbouring provinces of Elazig, Adiyaman and Diyarbakir.",
    "Twenty-three people were slightly injured while jumping from balconies or running down "
    "stairs in panic, the provincial governor told reporters, adding that search teams were "
    "checking villages for damage.",
)
QUAKE_NEPAL = (
    "At least 128 people were killed and more than 140 injured after a 5.6-magnitude "
    "earthquake hit the remote Jajarkot district of western Nepal late on Friday night, "
    "officials said on Saturday.",
    "Rescuers dug through the rubble of mud-brick houses with their bare hands as army "
    "helicopters flew the wounded to hospitals in the district capital and in Nepalgunj.",
    "Prime Minister Pushpa Kamal Dahal flew to the area with a medical team, and the "
    "government announced relief of 200,000 rupees for the family of each victim.",
)
WIC_REPORT = (
    "The World Internet Conference (WIC) on Wednesday released a blue book on the digital "
    "economy at its Wuzhen Summit, saying global digital trade grew faster than goods trade "
    "for the third year running.",
    "The report, compiled by more than 100 researchers, ranks countries by digital "
    "infrastructure, data governance and the number of internet users, with the United "
    "States and China at the top.",
    "It calls for common rules on cross-border data flows and warns that the digital divide "
    "between developed and developing countries is widening.",
)


def signed(paragraphs, article_id: str, minutes: int = 0) -> tuple[str, datetime, bytes]:
    article = story(*paragraphs, article_id=article_id)
    return article_id, T0 + timedelta(minutes=minutes), story_signature(article)


def seed_paragraphs() -> list[str]:
    return list(seed_article().paragraphs)


def updated_seed() -> list[str]:
    paragraphs = seed_paragraphs()
    paragraphs.insert(
        4,
        "More than 1,500 guests from over 120 countries and regions attended the summit, "
        "which runs until Friday.",
    )
    paragraphs[2] = paragraphs[2].replace("important platform", "key platform")
    paragraphs[7] = paragraphs[7].replace("5G, IPv6", "5G, 6G, IPv6")
    return paragraphs


def test_signature_is_512_bytes_and_stable():
    signature = story_signature(seed_article())
    assert len(signature) == SIGNATURE_BYTES == NUM_PERM * 4
    # Stored signatures are compared with new ones in later runs: the bytes must not drift.
    assert hashlib.sha256(signature).hexdigest()[:16] == "00f5d91ff38e603d"


def test_permutations_are_datasketchs():
    from datasketch import MinHash

    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    ours = _permutations()
    assert [ours[0].dtype, ours[1].dtype] == [np.uint32, np.uint32]
    assert (ours[0] == a).all() and (ours[1] == b).all()


@pytest.mark.parametrize("paragraphs", [(), ("Word.",), ("Four words, then none.",), None])
def test_signature_is_datasketchs_minhash_of_the_shingle_hashes(paragraphs):
    from datasketch import MinHash

    article = seed_article() if paragraphs is None else story(*paragraphs)
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
    minhash.update_batch(shingle_hashes(article.body).tolist())
    assert story_signature(article) == minhash.hashvalues.astype("<u4").tobytes()


def test_update_with_a_new_paragraph_and_edits_joins_the_story():
    original, update = (
        signed(seed_paragraphs(), "v1"),
        signed(updated_seed(), "v2", 30),
    )
    assert similarity(original[2], update[2]) >= 0.7
    assert assign_stories([update, original], known=[]) == {"v1": "v1", "v2": "v1"}


def test_new_lead_on_the_same_copy_joins_the_story():
    paragraphs = seed_paragraphs()
    paragraphs[0] = (
        "Leaders of internet companies and regulators gathered in the water town of Wuzhen "
        "on Thursday for the second day of the World Internet Conference summit."
    )
    batch = [signed(seed_paragraphs(), "v1"), signed(paragraphs, "v2", 60)]
    assert assign_stories(batch, known=[]) == {"v1": "v1", "v2": "v1"}


def test_different_stories_on_one_topic_stay_apart():
    batch = [
        signed(QUAKE_TURKEY, "turkey"),
        signed(QUAKE_NEPAL, "nepal", 5),
        signed(seed_paragraphs(), "wic-interview", 10),
        signed(WIC_REPORT, "wic-report", 15),
    ]
    assert similarity(batch[0][2], batch[1][2]) < 0.1
    assert similarity(batch[2][2], batch[3][2]) < 0.1
    assigned = assign_stories(batch, known=[])
    assert assigned == {row[0]: row[0] for row in batch}


def test_known_stories_from_earlier_runs_are_joined_and_kept():
    first_run = assign_stories([signed(seed_paragraphs(), "v1")], known=[])
    known = [("v1", first_run["v1"], signed(seed_paragraphs(), "v1")[2])]
    update, nepal = signed(updated_seed(), "v2", 30), signed(QUAKE_NEPAL, "nepal", 40)
    assert assign_stories([update, nepal], known) == {"v2": "v1", "nepal": "nepal"}
    # An article already assigned keeps its story when a run sees it again.
    relabelled = [("v1", "story-7", known[0][2])]
    assert assign_stories([signed(seed_paragraphs(), "v1")], relabelled) == {"v1": "story-7"}


def test_assignment_does_not_depend_on_input_order():
    batch = [
        signed(seed_paragraphs(), "v1"),
        signed(updated_seed(), "v2", 30),
        signed(QUAKE_TURKEY, "turkey", 30),
        signed(QUAKE_NEPAL, "nepal", 45),
        signed(WIC_REPORT, "wic-report", 50),
    ]
    expected = assign_stories(batch, known=[])
    assert expected["v2"] == "v1"
    for seed in range(5):
        shuffled = batch[:]
        random.Random(seed).shuffle(shuffled)
        assert assign_stories(shuffled, known=[]) == expected


def test_earliest_version_founds_the_story():
    late, early = (
        signed(seed_paragraphs(), "b-late", 90),
        signed(updated_seed(), "a-early", 0),
    )
    assert assign_stories([late, early], known=[]) == {"a-early": "a-early", "b-late": "a-early"}


def _with_changed_values(base: np.ndarray, changed: int) -> bytes:
    values = base.copy()
    values[:changed] += 1
    return values.astype("<u4").tobytes()


@pytest.mark.parametrize(("changed", "joins"), [(64, True), (65, False)])
def test_threshold_is_half_the_minhash_values(changed, joins):
    base = np.random.default_rng(7).integers(0, 2**31, NUM_PERM).astype(np.uint32)
    other = _with_changed_values(base, changed)
    assert (similarity(base.tobytes(), other) >= SIMILARITY_THRESHOLD) is joins
    batch = [("a", T0, base.astype("<u4").tobytes()), ("b", T0, other)]
    assert assign_stories(batch, known=[])["b"] == ("a" if joins else "b")


def test_most_similar_story_wins():
    base = np.random.default_rng(3).integers(0, 2**31, NUM_PERM).astype(np.uint32)
    known = [
        ("k1", "s1", _with_changed_values(base, 40)),
        ("k2", "s2", _with_changed_values(base, 20)),
    ]
    assert assign_stories([("new", T0, base.astype("<u4").tobytes())], known) == {"new": "s2"}


def test_empty_bodies_never_join():
    batch = [signed((), "empty-1"), signed((), "empty-2", 1)]
    assert batch[0][2] == EMPTY
    assert assign_stories(batch, known=[]) == {"empty-1": "empty-1", "empty-2": "empty-2"}


def test_malformed_signature_is_refused():
    with pytest.raises(ValueError, match="512"):
        assign_stories([("a", T0, b"short")], known=[])


def _reference(batch, known) -> dict[str, str]:
    """The rule by brute force: every known or earlier article is a candidate, no LSH."""
    story_of, indexed = {}, []
    for article_id, story_id, signature in known:
        if article_id not in story_of:
            story_of[article_id] = story_id
            indexed.append((article_id, signature))
    assigned = {}
    for article_id, _, signature in sorted(batch, key=lambda row: (row[1], row[0])):
        if article_id not in story_of:
            story_of[article_id] = article_id  # unless it joins a story
            if signature != EMPTY:  # an empty body neither looks up nor is looked up
                close = [
                    (-similarity(signature, other), other_id)  # most similar, smallest id
                    for other_id, other in indexed
                    if similarity(signature, other) >= SIMILARITY_THRESHOLD
                ]
                if close:
                    story_of[article_id] = story_of[min(close)[1]]
                indexed.append((article_id, signature))
        assigned[article_id] = story_of[article_id]
    return assigned


def _varied(values: np.ndarray, first: int, last: int, step: int) -> np.ndarray:
    """`values` with positions first..last moved by `step`. Positions 0-2, LSH band 0, are
    never moved: every pair in the test shares a band, so LSH misses none of them."""
    values = values.copy()
    values[first : last + 1] += step
    return values


@pytest.mark.parametrize("pairs_per_chunk", [PAIRS_PER_CHUNK, 1])
def test_cluster_of_identical_bodies_and_near_versions_match_brute_force(
    monkeypatch, pairs_per_chunk
):
    import transforms.stories as stories

    # A chunk of one pair splits every row's pairs: the best partner survives the split.
    monkeypatch.setattr(stories, "PAIRS_PER_CHUNK", pairs_per_chunk)
    base = np.random.default_rng(11).integers(0, 2**31, NUM_PERM).astype(np.uint32)
    near = _varied(base, 3, 62, 2)  # 68 of 128 values shared with base
    earlier_run = _varied(near, 63, 122, 7)  # 68 shared with near, 8 with base

    def row(article_id, values, minutes):
        return article_id, T0 + timedelta(minutes=minutes), values.astype("<u4").tobytes()

    cluster = [row(f"c{i:02d}", base, 0) for i in range(30)]
    batch = [
        *cluster,
        row("b1", near, 1),  # 68 with a-known and with every cNN: the smallest id wins
        row("q2", _varied(base, 3, 67, 3), 2),  # 63 at best: below the threshold
        row("q3", _varied(base, 3, 66, 4), 3),  # exactly 64 with every cNN and with b1
        row("q4", _varied(base, 3, 40, 3), 4),  # 101 with q2 beats 90 with every cNN
        ("e1", T0, EMPTY),
    ]
    known = [("a-known", "story-a", earlier_run.astype("<u4").tobytes())]
    expected = {aid: "c00" for aid, _, _ in cluster} | {
        "b1": "story-a",
        "q2": "q2",
        "q3": "story-a",  # through b1, the smallest id of its ties though the latest
        "q4": "q2",
        "e1": "e1",
    }
    assert _reference(batch, known) == expected
    assert assign_stories(batch[::-1], known) == expected
