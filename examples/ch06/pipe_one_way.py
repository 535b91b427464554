"""A one-way Pipe: messages arrive in the order sent; EOFError once every copy of the send end is closed."""

import multiprocessing


def sender(receive_end, send_end) -> None:
    receive_end.close()  # close the end this process does not use
    for message in ["hello", {"type": "data", "value": 42}, [1, 2, 3], ("a", "tuple"), 3.14]:
        send_end.send(message)  # any picklable object
    send_end.close()


if __name__ == "__main__":
    receive_end, send_end = multiprocessing.Pipe(duplex=False)  # (receive-only, send-only)
    child = multiprocessing.Process(target=sender, args=(receive_end, send_end))
    child.start()
    send_end.close()  # the parent's copy: without this, recv() below would wait forever at the end
    while True:
        try:
            message = receive_end.recv()
        except EOFError:
            print("EOFError: no send end is open any more")
            break
        print(f"received {type(message).__name__:5}: {message!r}")
    child.join()
