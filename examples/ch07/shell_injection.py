"""shell=True with untrusted input: the shell runs whatever the "filename" smuggles in. The list form does not."""

import shlex
import subprocess

if __name__ == "__main__":
    filename = "x; echo INJECTED"  # imagine this came from a user, a web form, a file name on disk...

    # DANGEROUS: the string goes to /bin/sh, which treats ";" as "and now run another command"
    command = f"printf 'file: %s\\n' {filename}"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=True)
    print("shell=True runs :", command)
    print(result.stdout, end="")

    # SAFE: a list is passed to the program as separate arguments; no shell ever parses it
    result = subprocess.run(["printf", "file: %s\\n", filename], capture_output=True, text=True, check=True)
    print("list form prints:", result.stdout, end="")

    # If a shell is really needed, quote every untrusted piece
    command = f"printf 'file: %s\\n' {shlex.quote(filename)}"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, check=True)
    print("shlex.quote     :", command, "->", result.stdout, end="")
