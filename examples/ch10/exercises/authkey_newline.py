"""Exercise (find the bug): the client reads the key file with its trailing newline: a different authkey."""

import queue
import tempfile
import threading
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Listener
from pathlib import Path


def load_key(path: Path) -> bytes:
    return path.read_bytes().strip()  # the fix: one function, used by both sides


def serve(listener: Listener, rounds: int, finished: queue.Queue) -> None:
    for _ in range(rounds):
        try:
            with listener.accept() as conn:
                print("  (server) got:", conn.recv())
        except AuthenticationError as error:
            print(f"  (server) {type(error).__name__}: {error}")
        finished.put(None)  # one round over: the client side prints next, in a fixed order


def send(address, key: bytes, finished: queue.Queue) -> None:
    try:
        with Client(address, authkey=key) as conn:
            conn.send({"job": 1})
        finished.get()
    except AuthenticationError as error:
        finished.get()
        print(f"  (client) {type(error).__name__}: {error}")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        key_file = Path(folder, "job-key.txt")
        key_file.write_text("s3cret\n")  # as `echo s3cret > job-key.txt` writes it
        with Listener(("127.0.0.1", 0), authkey=load_key(key_file)) as listener:
            finished = queue.Queue()
            server = threading.Thread(target=serve, args=(listener, 2, finished))
            server.start()
            print("the bug, client key", key_file.read_bytes(), "vs server key", load_key(key_file))
            send(listener.address, key_file.read_bytes(), finished)
            print("the fix, client key", load_key(key_file))
            send(listener.address, load_key(key_file), finished)
            server.join()
