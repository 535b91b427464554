"""multiprocessing.connection on loopback: authkey keeps strangers out; whoever is let in, you unpickle."""

import queue
import threading
from multiprocessing import AuthenticationError
from multiprocessing.connection import Client, Listener


class NotJustData:
    """Unpickling this object calls a function of the sender's choosing: here a harmless print."""

    def __reduce__(self):
        return (print, ("  (receiver) unpickling ran print(): it could have been os.system",))


def serve(listener: Listener, rounds: int, finished: queue.Queue) -> None:
    for _ in range(rounds):
        try:
            with listener.accept() as conn:
                print("  (receiver) got:", conn.recv())
        except AuthenticationError as error:  # a client with a wrong key
            print(f"  (receiver) refused a client: {type(error).__name__}: {error}")
        finished.put(None)  # one round over: lets the client side print next, in a fixed order


if __name__ == "__main__":
    finished = queue.Queue()
    with Listener(("127.0.0.1", 0), authkey=b"s3cret") as listener:  # port 0: any free port
        server = threading.Thread(target=serve, args=(listener, 3, finished))
        server.start()
        print("client with the right key sends a dict:")
        with Client(listener.address, authkey=b"s3cret") as conn:
            conn.send({"job": 1})
        finished.get()
        print("client with a wrong key:")
        try:
            Client(listener.address, authkey=b"guess")
        except AuthenticationError as error:
            finished.get()
            print(f"  (client) {type(error).__name__}: {error}")
        print("client with the right key sends an object whose pickle calls a function:")
        with Client(listener.address, authkey=b"s3cret") as conn:
            conn.send(NotJustData())
        finished.get()
        server.join()
