"""fork() copies only the calling thread: a lock held by another thread stays locked forever in the child."""

import os
import threading

if __name__ == "__main__":
    lock = threading.Lock()
    holding, release = threading.Event(), threading.Event()

    def hold_lock() -> None:
        with lock:
            holding.set()
            release.wait()

    helper = threading.Thread(target=hold_lock)
    helper.start()
    holding.wait()  # fork exactly while the helper thread holds the lock
    forked_r, forked_w = os.pipe()
    pid = os.fork()  # Python 3.12+ warns here: this process has another thread
    if pid == 0:
        os.read(forked_r, 1)  # wait until fork() has returned in the parent (and any warning is out)
        print(f"child : threads={threading.active_count()}, lock.locked()={lock.locked()}")
        got_it = lock.acquire(timeout=0.5)  # no thread in the child will ever release it
        print(f"child : acquire(timeout=0.5) -> {got_it}; without a timeout: stuck forever", flush=True)
        os._exit(0)
    os.write(forked_w, b"!")
    os.waitpid(pid, 0)
    release.set()
    helper.join()
    print(f"parent: threads={threading.active_count()}, lock.locked()={lock.locked()}")
