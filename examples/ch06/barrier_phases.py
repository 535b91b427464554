"""Barrier: nobody starts phase 2 until all three workers have finished phase 1."""

import multiprocessing


def log_step(log, step: str) -> None:
    with log.get_lock():
        log.value += step.encode() + b" "


def announce() -> None:  # the barrier's action: run once, by one process, when all have arrived
    print("barrier: all three arrived, releasing them")


def worker(number: int, log, barrier, indexes) -> None:
    log_step(log, f"{number}:phase1")
    indexes[number - 1] = barrier.wait()  # blocks until all three are here; returns 0, 1 or 2
    log_step(log, f"{number}:phase2")


if __name__ == "__main__":
    log = multiprocessing.Array("c", 200)  # a shared byte string, with its own lock
    barrier = multiprocessing.Barrier(3, action=announce)
    indexes = multiprocessing.Array("i", 3)
    workers = [multiprocessing.Process(target=worker, args=(n, log, barrier, indexes)) for n in (1, 2, 3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
    steps = log.value.decode().split()
    phases = [step.split(":")[1] if ":" in step else step for step in steps]
    print("order of steps:", " ".join(steps))  # which worker comes first varies
    print("phases in that order:", " ".join(phases))
    print("barrier.wait() returned:", sorted(indexes), "(a different number to each worker)")
