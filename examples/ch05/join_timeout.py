"""join(timeout) returns after at most `timeout` seconds, whether or not the child has ended."""

import multiprocessing


def work(finish) -> None:
    finish.wait()


if __name__ == "__main__":
    finish = multiprocessing.Event()
    process = multiprocessing.Process(target=work, args=(finish,))
    process.start()
    returned = process.join(timeout=0.2)  # join() always returns None, so check afterwards
    print(f"join(timeout=0.2) returned {returned}; alive={process.is_alive()} exitcode={process.exitcode}")
    finish.set()
    process.join()
    print(f"join() returned;               alive={process.is_alive()} exitcode={process.exitcode}")
