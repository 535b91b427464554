"""Examples get Ctrl-C as in a terminal, however the suite was started: a shell starts a background job
with SIGINT ignored, and the examples would inherit that (tests/harness/runner.py restore_ctrl_c)."""

from __future__ import annotations

import signal
import textwrap

from tests.harness.runner import run_script

SHOWS_SIGINT = textwrap.dedent(
    """
    import signal
    print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
    """
)


def test_an_example_started_while_sigint_is_ignored_still_gets_ctrl_c(tmp_path):
    script = tmp_path / "shows_sigint.py"
    script.write_text(SHOWS_SIGINT, encoding="utf-8")
    before = signal.signal(
        signal.SIGINT, signal.SIG_IGN
    )  # as in `pytest &` from a script
    try:
        result = run_script(script, None, timeout=20)
    finally:
        signal.signal(signal.SIGINT, before)
    assert result.output.strip() == "True", (
        f"the example saw SIGINT ignored (it printed {result.output!r}): Ctrl-C examples would hang"
    )
