"""Exercise: a Pipe created at module level, used by the child without being passed to it."""

import multiprocessing

receiver, sender = multiprocessing.Pipe(duplex=False)  # module level: every fresh import makes a new pipe


def work() -> None:
    sender.send("hello from the child")


if __name__ == "__main__":
    child = multiprocessing.Process(target=work)  # note: no args=(sender,)
    child.start()
    child.join()  # a small message: send() has written it to the pipe before the child exits
    if receiver.poll(0.2):
        print(f"parent got: {receiver.recv()!r}")
    else:
        print("parent got nothing: the pipe is empty")
