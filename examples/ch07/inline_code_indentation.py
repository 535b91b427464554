"""Indented code for `python -c`: 3.14+ dedents it, 3.13 and older fail; textwrap.dedent works on all."""

import subprocess
import sys
import textwrap

# Indented because it sits inside this file's structure: as is, the child gets "    import os" on line 2.
CODE = """
    import os
    print("hello from the child, pid", os.getpid())
    """

if __name__ == "__main__":
    for label, code in (("as written", CODE), ("dedented ", textwrap.dedent(CODE))):
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        last_line = (result.stdout or result.stderr).strip().splitlines()[-1]
        print(f"{label}: returncode {result.returncode}, {last_line}")
