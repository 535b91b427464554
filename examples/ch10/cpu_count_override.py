"""Python 3.13+: -X cpu_count=N and PYTHON_CPU_COUNT=N override the CPU count, and the pools' default size."""

import os
import subprocess
import sys

SHOW = """
import multiprocessing, os
with multiprocessing.Pool() as pool:  # default size: os.process_cpu_count() since 3.13
    workers = len(multiprocessing.active_children())
print(f"cpu_count {os.cpu_count()}, process_cpu_count {os.process_cpu_count()}, Pool() started {workers}")
"""

if __name__ == "__main__":
    for label, options, extra_env in (
        ("plain", [], {}),
        ("-X cpu_count=1", ["-X", "cpu_count=1"], {}),
        ("PYTHON_CPU_COUNT=3", [], {"PYTHON_CPU_COUNT": "3"}),
    ):
        env = {**os.environ, **extra_env}
        command = [sys.executable, *options, "-c", SHOW]
        out = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        print(f"{label:>20}: {out.stdout.strip() or out.stderr.strip()}")
