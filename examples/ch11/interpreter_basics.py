"""A second interpreter in this process: run code in it, call a function, pass data through a queue."""

import sys
from concurrent import interpreters


def describe(word):  # uses only its argument and builtins: it crosses as it is
    return f"{word!r} has {len(word)} letters"


def squares(queue, count):  # runs in the other interpreter, puts its results on the queue
    for n in range(count):
        queue.put(n * n)
    queue.put(None)  # sentinel: no more items


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)  # each interpreter has its own sys.stdout (and buffer)
    interp = interpreters.create()
    print("main:", interpreters.get_main(), "| created:", interp, "by", repr(interp.whence))

    interp.exec("total = sum(range(10))")  # runs in interp's own __main__ module
    interp.exec("from concurrent import interpreters")  # state stays between exec() calls
    interp.exec("print('  in', interpreters.get_current(), 'total =', total, flush=True)")
    interp.prepare_main(greeting="hello")  # binds a name in interp's __main__
    interp.exec("print('  prepared:', greeting.upper(), flush=True)")
    print("'total' defined in main too:", "total" in globals())

    print("call:", interp.call(describe, "interpreter"))

    queue = interpreters.create_queue()
    thread = interp.call_in_thread(squares, queue, 5)  # a new thread, running in interp
    received = []
    while (item := queue.get()) is not None:
        received.append(item)
    thread.join()
    print("from the queue:", received)

    interp.close()
    print("interpreters left:", interpreters.list_all())
