"""Two processes sending on the same end of a Pipe at once: large messages get their bytes interleaved."""

import multiprocessing

SIZE, COUNT = 500_000, 10  # each writer sends 10 messages of 500 kB: b"AAAA..." or b"BBBB..."
ROUNDS = 5  # a race: on a busy machine one round can come through intact, five in a row do not


def writer(send_end, letter: bytes, lock, start) -> None:
    start.wait()  # both writers begin together
    for _ in range(COUNT):
        if lock is None:
            send_end.send_bytes(letter * SIZE)
        else:
            with lock:  # one whole message at a time
                send_end.send_bytes(letter * SIZE)


def run(use_lock: bool) -> str:
    receive_end, send_end = multiprocessing.Pipe(duplex=False)
    lock = multiprocessing.Lock() if use_lock else None
    start = multiprocessing.Barrier(2)
    writers = [multiprocessing.Process(target=writer, args=(send_end, c, lock, start)) for c in (b"A", b"B")]
    for process in writers:
        process.start()
    intact = 0
    try:
        for _ in range(2 * COUNT):
            message = receive_end.recv_bytes(maxlength=SIZE)  # refuses a "length" read from the middle of data
            if len(message) != SIZE or len(set(message)) != 1:
                return f"message {intact + 1} is a mix of both writers: corrupted"
            intact += 1
        return f"all {intact} messages intact"
    except OSError as error:
        return f"after {intact} intact messages the stream is out of step ({error}): corrupted"
    finally:
        for process in writers:
            process.terminate()  # they may be stuck writing into a pipe nobody reads any more
            process.join()
        receive_end.close()
        send_end.close()


if __name__ == "__main__":
    for round_number in range(1, ROUNDS + 1):
        outcome = run(use_lock=False)
        if outcome.endswith("corrupted"):
            break
    print("no lock:  ", outcome, f"(round {round_number} of at most {ROUNDS})")
    print("with lock:", run(use_lock=True))
