"""What the pages include exists, and every example is on a page.

- Every `--8<-- "..."` target exists under examples/ (message: page:line, the missing path, what to do).
- A page that shows a script also includes its recorded output view (`--8<-- "chNN/x.out.md"`).
- Every example script is shown (`--8<-- "chNN/x.py"`) on at least one Chinese page and on that
  page's English twin (a notebook page, which cannot include files, shows a helper module by
  naming its path `examples/...` in both language versions).
"""

from __future__ import annotations

import pytest

from tests import pages
from tests.harness.manifest import load_examples

SCRIPTS = [
    pytest.param(example.script, id=pages.rel(example.script))
    for example in load_examples()
]


def test_every_include_exists():
    problems = pages.missing_include_problems()
    assert not problems, f"{len(problems)} broken include(s):\n" + "\n".join(problems)


@pytest.mark.parametrize("script", SCRIPTS)
def test_example_is_shown_in_both_languages(script):
    problems = pages.unshown_problems([script])
    assert not problems, "\n".join(problems)
