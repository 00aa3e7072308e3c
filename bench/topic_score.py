"""Score dateline's first topic per article against a corpus's own section labels.

    python -m bench.corpora.bbc /work/corpora/bbc /work/corpora/raw/bbc
    .venv/bin/dateline run --raw /work/corpora/raw/bbc --warehouse /tmp/wh-bbc --ner rules
    .venv/bin/python bench/topic_score.py --warehouse /tmp/wh-bbc [--json]

The label of an article is the first folder of its raw path (the BBC News collection's
five sections), mapped to the IPTC Media Topic a section's stories are about. The
prediction is the article's best topic (`topics`, highest score). The unit is a loaded
article; one without any topic counts as wrong. Sections are not topics one to one (a
technology story about a mobile operator's profits is business as well), so read the
confusion list beside the accuracy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import duckdb

BBC_SECTIONS = {
    "business": "economy, business and finance",
    "entertainment": "arts, culture, entertainment and media",
    "politics": "politics and government",
    "sport": "sport",
    "tech": "science and technology",
}


def score(warehouse: Path, sections: dict[str, str]) -> dict:
    with duckdb.connect(str(warehouse / "dateline.duckdb"), read_only=True) as db:
        rows = db.execute(
            """
            SELECT split_part(f.raw_path, '/', 1) AS section,
                   (SELECT t.topic_label FROM topics AS t WHERE t.article_id = a.article_id
                    ORDER BY t.score DESC, t.topic_code LIMIT 1) AS topic
            FROM articles AS a JOIN files AS f ON f.article_id = a.article_id
            AND f.status = 'loaded'
            """
        ).fetchall()
    right, total, confusion = Counter(), Counter(), Counter()
    for section, topic in rows:
        if section not in sections:
            continue
        total[section] += 1
        right[section] += topic == sections[section]
        if topic != sections[section]:
            confusion[f"{section} -> {topic}"] += 1
    return {
        "articles": sum(total.values()),
        "accuracy": round(sum(right.values()) / max(1, sum(total.values())), 3),
        "by_section": {s: round(right[s] / total[s], 3) for s in sections if total[s]},
        "confusion": dict(confusion.most_common(12)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not (args.warehouse / "dateline.duckdb").is_file():
        print(f"no warehouse at {args.warehouse}", file=sys.stderr)
        return 2
    result = score(args.warehouse, BBC_SECTIONS)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"first topic = section's topic: {result['accuracy']} of {result['articles']}")
    for section, accuracy in result["by_section"].items():
        print(f"  {section:14s} {accuracy}")
    print("most common misses:")
    for pair, count in result["confusion"].items():
        print(f"  {pair}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
