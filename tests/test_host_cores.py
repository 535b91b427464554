"""The probe of how many cores the host gives (tests/harness/host_cores.py) measures something sensible,
and waiting for cores gives up after its patience with the last figure."""

from __future__ import annotations

import time

from tests.harness.host_cores import cores_given, wait_for_cores


def test_the_probe_gives_a_plausible_number_of_cores():
    given = cores_given()
    # Each copy is a separate process: 2 cores run both at once (2.0), 1 core one after the other
    # (1.0); other tests running meanwhile can push it lower, but not to nothing or past 2 by far.
    assert 0.4 <= given <= 2.6, (
        f"two copies of the loop against one gave {given}: the probe is broken"
    )


def test_waiting_for_more_cores_than_exist_gives_up_after_its_patience():
    start = time.monotonic()
    given = wait_for_cores(wanted=99, patience=0)
    assert isinstance(given, float) and time.monotonic() - start < 10, (
        "wait_for_cores() did not give up when its patience ran out"
    )
