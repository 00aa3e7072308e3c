"""Settings from the environment: the batch time limit, and one line for a bad value."""

from __future__ import annotations

import pytest

from dateline.settings import settings_from_env


def test_the_batch_time_limit_grows_with_the_text_a_refused_file_counts_as_the_most(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATELINE_BATCH_TIMEOUT", "30")
    monkeypatch.setenv("DATELINE_MAX_FILE_BYTES", "100000")
    settings = settings_from_env()
    assert settings.batch_timeout([10_000, 5_000]) == 33.0
    assert settings.batch_timeout([10**9]) == 50.0  # refused unread: counted as 100,000 bytes
    monkeypatch.setenv("DATELINE_MAX_FILE_BYTES", str(10**12))
    assert settings_from_env().batch_timeout([10**12] * 250) == 7 * 86_400  # at most a week


@pytest.mark.parametrize(("value", "message"), [
    ("soon", "DATELINE_BATCH_TIMEOUT='soon' is not a valid value"),
    ("0", "DATELINE_BATCH_TIMEOUT must be more than 0 and at most 86400 seconds"),
    ("nan", "DATELINE_BATCH_TIMEOUT must be more than 0 and at most 86400 seconds"),
    ("inf", "DATELINE_BATCH_TIMEOUT must be more than 0 and at most 86400 seconds"),
])  # fmt: skip
def test_a_bad_batch_time_limit_is_one_line(
    monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    monkeypatch.setenv("DATELINE_BATCH_TIMEOUT", value)
    with pytest.raises(ValueError) as error:
        settings_from_env()
    assert str(error.value) == message
