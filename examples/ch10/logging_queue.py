"""Every worker sends its log records through one queue; one QueueListener in the parent writes them."""

import logging
import logging.handlers
import multiprocessing

log = logging.getLogger("app")


def send_logs_to(queue) -> None:
    """Pool initializer: in each worker, the only handler puts records on the shared queue."""
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(queue)]  # replace whatever fork inherited
    root.setLevel(logging.INFO)


def work(n: int) -> int:
    log.info("task %d: square is %d", n, n * n)
    return n * n


if __name__ == "__main__":
    queue = multiprocessing.Queue()
    # The workers first: fork copies no thread, so a child forked while another thread holds a lock
    # inherits that lock held, forever (CPython resets logging's and the queue's own locks, not
    # those of your code or of most libraries).
    pool = multiprocessing.Pool(processes=2, initializer=send_logs_to, initargs=(queue,))
    to_stderr = logging.StreamHandler()
    to_stderr.setFormatter(logging.Formatter("%(levelname)s [%(processName)s] %(message)s"))
    listener = logging.handlers.QueueListener(queue, to_stderr)  # a thread in the parent
    listener.start()
    send_logs_to(queue)  # the parent logs through the same queue, so one handler writes everything
    log.info("start method: %s", multiprocessing.get_start_method())
    print("results:", pool.map(work, range(4)))
    pool.close()
    pool.join()  # not terminate() (what leaving a with block does): records may be lost, the queue hang
    log.info("pool closed")
    listener.stop()  # writes every record still queued, then joins the thread
