"""subprocess.run errors: a non-zero exit (check=True -> CalledProcessError), a program that does not exist."""

import subprocess
import sys
import textwrap

FAILING_CHILD = textwrap.dedent(
    """
    import sys
    print("partial output before failing")
    sys.exit("config file missing")  # message to stderr, exit status 1
    """
)

if __name__ == "__main__":
    # Without check=True a failure is just a number you have to look at yourself.
    result = subprocess.run(
        [sys.executable, "-c", FAILING_CHILD],
        capture_output=True,
        text=True,
        check=False,
    )
    print("no check : returncode", result.returncode, "- no exception raised")

    try:
        subprocess.run(
            [sys.executable, "-c", FAILING_CHILD],
            capture_output=True,
            text=True,
            check=True,
        )
    except subprocess.CalledProcessError as error:
        print("check=True:", type(error).__name__, "returncode", error.returncode)
        print("  error.stdout:", repr(error.stdout))
        print("  error.stderr:", repr(error.stderr))

    try:
        subprocess.run(["no-such-program-xyz", "--help"], capture_output=True, check=True)
    except FileNotFoundError as error:
        # the child was forked but its exec failed: the parent reaps it and raises, so run() returns
        # no CompletedProcess and there is no returncode to check
        print(
            "missing program:",
            type(error).__name__,
            "-",
            error.strerror,
            repr(error.filename),
        )
