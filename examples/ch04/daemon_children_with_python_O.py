"""The rule "daemonic processes are not allowed to have children" is an assert: python -O removes it."""

import subprocess
import sys
from pathlib import Path

if __name__ == "__main__":
    script = Path(__file__).with_name("daemon_no_children.py")
    print(f"$ python -O {script.name}", flush=True)
    # -O drops every assert statement, those of the standard library's multiprocessing too.
    subprocess.run([sys.executable, "-O", str(script)], check=True)
