"""pickle refuses a socket, yet multiprocessing hands one to a child: it duplicates the file descriptor."""

import multiprocessing
import os
import pickle
import socket


def reply(sock: socket.socket) -> None:
    sock.sendall(f"hello from the child, pid {os.getpid()}\n".encode())
    sock.close()


if __name__ == "__main__":
    mine, theirs = socket.socketpair()  # two connected sockets
    try:
        pickle.dumps(theirs)
    except TypeError as error:
        print(f"pickle.dumps(socket): TypeError: {error}")
    process = multiprocessing.Process(target=reply, args=(theirs,))
    process.start()  # fork: inherited; spawn, forkserver: multiprocessing's pickler duplicates the descriptor
    theirs.close()  # the parent's copy is no longer needed
    with mine, mine.makefile("r") as incoming:
        print(f"parent (pid {os.getpid()}) read: {incoming.readline().rstrip()!r}")
    process.join()
    print(f"child exitcode={process.exitcode}")
