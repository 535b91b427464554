"""Without Chromium the browser tests skip, except where they are required: .ci/run sets
MPDOCS_REQUIRE_BROWSER=1, so a CI machine without Chromium fails instead of passing unchecked."""

from __future__ import annotations

import os

import pytest

REQUIRE_VAR = "MPDOCS_REQUIRE_BROWSER"


def skip_or_fail(missing: str) -> None:
    """Skip the browser tests because `missing`, or fail them if the browser is required."""
    if os.environ.get(REQUIRE_VAR, "") not in ("", "0"):
        pytest.fail(
            f"{missing}; {REQUIRE_VAR}=1 (set by .ci/run) requires the browser tests: install Chromium "
            "(`bash tests/setup.sh --with-browser`)",
            pytrace=False,
        )
    pytest.skip(missing)
