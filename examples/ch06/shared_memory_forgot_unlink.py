"""Forgetting unlink(): at exit the program's resource tracker removes the block, with a warning."""

import os
import subprocess
import sys
import textwrap

FORGETFUL = textwrap.dedent("""
    import os
    from multiprocessing import shared_memory
    block = shared_memory.SharedMemory(create=True, size=1024)
    block.close()
    print(f"{block.name} after close(), in /dev/shm: {os.path.exists('/dev/shm/' + block.name)}")
    print("exiting without unlink()")
""")

if __name__ == "__main__":
    # stderr is captured too: run() returns once the resource tracker, which shares it, has finished
    run = subprocess.run([sys.executable, "-c", FORGETFUL], capture_output=True, text=True, check=True)
    print("the forgetful program printed:")
    print(textwrap.indent(run.stdout, "    "), end="")
    print("its resource tracker wrote to stderr:")
    print(textwrap.indent(run.stderr, "    "), end="")
    name = run.stdout.split()[0]
    print(f"after the program and its tracker have exited, {name} in /dev/shm: {os.path.exists('/dev/shm/' + name)}")
