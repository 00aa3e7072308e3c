"""Loading a process's long-lived modules and models with the garbage collector paused."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from dateline.preload import preloading

PROJECT = Path(__file__).resolve().parents[2]


def test_preloading_pauses_collection_even_if_a_library_re_enables_it_then_freezes():
    thresholds = gc.get_threshold()
    frozen = gc.get_freeze_count()
    try:
        with preloading():
            gc.disable()
            gc.enable()  # as spaCy's deserializer does around each file
            assert gc.get_threshold()[0] == 0  # still no automatic collection
            loaded = [[index] for index in range(1000)]  # tracked, long-lived objects
        assert gc.get_threshold() == thresholds
        assert gc.get_freeze_count() >= frozen + len(loaded)
    finally:
        gc.unfreeze()


def test_a_worker_first_batch_loads_its_models_frozen(tmp_path):
    """The first batch in a process warms the models up under `preloading`: afterwards the
    model's objects are frozen, so collections during batches do not walk them."""
    script = (
        "import gc, sys\n"
        "from pathlib import Path\n"
        "from flows.batches import process_batch\n"
        "from dateline.storage.discovery import walk_raw_root\n"
        "from dateline.settings import settings_from_env\n"
        "settings = settings_from_env(raw_root=Path('raw'), warehouse_root=Path(sys.argv[1]),"
        " ner='rules')\n"
        "assert gc.get_freeze_count() == 0\n"
        "outcome = process_batch(walk_raw_root(settings.raw_root), settings, 'r', 0, 'v')\n"
        "print(gc.get_freeze_count(), [f.status for f in outcome.files])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True, text=True, timeout=300, cwd=PROJECT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    frozen, statuses = done.stdout.split(" ", 1)
    assert int(frozen) > 100_000  # the gazetteer and lexicons, at least
    assert statuses.strip() == "['article']"
