"""Exercise (predict): a function that changes a global, called twice in another interpreter."""

from concurrent import interpreters

print(f"module level runs as {__name__!r}", flush=True)
COUNT = 0


def bump():
    global COUNT
    COUNT += 1
    return COUNT


if __name__ == "__main__":
    COUNT = 10
    interp = interpreters.create()
    print("over there:", interp.call(bump), interp.call(bump))
    print("here:", COUNT, "| bump() here:", bump())
    interp.close()
