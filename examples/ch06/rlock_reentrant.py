"""RLock: the process holding it may acquire it again. A plain Lock would wait for itself forever."""

import multiprocessing


def transfer(lock, log) -> None:
    with lock:
        log.append("transfer: got the lock")
        audit(lock, log)  # calls code that takes the same lock


def audit(lock, log) -> None:
    if lock.acquire(timeout=0.3):  # a plain acquire() would block here for ever with a Lock
        log.append("audit: got the lock again")
        lock.release()
    else:
        log.append("audit: still waiting after 0.3 s -> with a plain acquire() this is a deadlock")


def run(kind: str, results) -> None:
    lock = multiprocessing.RLock() if kind == "RLock" else multiprocessing.Lock()
    log = []
    transfer(lock, log)
    results.put((kind, log))


if __name__ == "__main__":
    results = multiprocessing.Queue()
    for kind in ("Lock", "RLock"):
        child = multiprocessing.Process(target=run, args=(kind, results))
        child.start()
        name, log = results.get()
        child.join()
        print(f"{name}:")
        for line in log:
            print(f"  {line}")
    rlock = multiprocessing.RLock()
    try:
        rlock.release()  # only the owner may release an RLock
    except AssertionError as error:
        print(f"releasing an RLock nobody holds: AssertionError: {error}")
