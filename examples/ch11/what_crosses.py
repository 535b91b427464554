"""What may cross into another interpreter: shared, copied, or refused with NotShareableError."""

import threading
from concurrent import interpreters

LIMIT = 10


def change_both(items, view):
    items.append("appended over there")  # a list arrives as a copy (pickled)
    view[0] = 255  # a memoryview arrives as a view of the very same buffer
    return items


def make_adder(n):
    return lambda x: x + n  # a closure: it refers to n of make_adder's call


def refuse(label, attempt):
    try:
        attempt()
    except interpreters.NotShareableError as error:
        cause = error.__cause__
        cause = f" (cause: {type(cause).__name__}: {str(cause).splitlines()[0]})" if cause else ""
        print(f"  {label}: {type(error).__name__}: {error}{cause}")


if __name__ == "__main__":
    interp = interpreters.create()
    samples = [None, 7, 2.5, "text", b"bytes", (1, "a"), memoryview(b"x"), interpreters.create_queue()]
    others = [[1, 2], {"k": 1}, threading.Lock()]
    for group in samples, others:
        print("is_shareable:", ", ".join(f"{type(s).__name__} {interpreters.is_shareable(s)}" for s in group))

    items, buffer = ["from main"], bytearray(4)
    print("returned:", interp.call(change_both, items, memoryview(buffer)))
    print("main's list:", items, "| main's bytearray:", buffer)
    print("a lambda without globals:", interp.call(lambda: 6 * 7))

    def inner(x):  # reads a global, so it must be pickled: by name, and only the guard defines that name
        return x + LIMIT

    print("refused:")
    refuse("a closure", lambda: interp.call(make_adder(1), 2))
    refuse("a lambda reading a global", lambda: interp.call(lambda: LIMIT))
    refuse("a function defined under the guard", lambda: interp.call(inner, 1))
    refuse("a list through prepare_main()", lambda: interp.prepare_main(items=[1, 2]))
    refuse("a lock on a queue", lambda: interpreters.create_queue().put(threading.Lock()))
    interp.close()
