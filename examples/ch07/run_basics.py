"""subprocess.run: start a program, wait for it, capture what it prints, feed it input."""

import subprocess
import sys
import textwrap

# Code for the child interpreter, dedented so that it starts at column 0 (else: IndentationError up to 3.13).
CHILD = textwrap.dedent(
    """
    import sys
    print("args:", sys.argv[1:])
    for line in sys.stdin:
        print(line.strip().upper())
    print("something for stderr", file=sys.stderr)
    """
)

if __name__ == "__main__":
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            "one",
            "two",
        ],  # sys.executable: this very interpreter, never "python"
        input="apple\nbanana\n",  # written to the child's stdin, which is then closed
        capture_output=True,  # stdout and stderr come back as result.stdout / result.stderr
        text=True,  # str instead of bytes (the locale's encoding up to 3.14, UTF-8 from 3.15 on)
        timeout=10,
        check=True,  # raise CalledProcessError if it fails (see run_errors.py)
    )
    print(
        "args      :",
        result.args[0] == sys.executable,
        "+",
        result.args[1:2],
        "+",
        result.args[3:],
    )
    print("returncode:", result.returncode)
    print("stdout    :", repr(result.stdout))
    print("stderr    :", repr(result.stderr))

    # Without capture_output the child writes straight to our own stdout:
    subprocess.run([sys.executable, "-c", "print('printed by the child itself')"], check=True)
