"""Logging set up in the parent only: what pool workers do with their records depends on the start method."""

import logging
import multiprocessing

log = logging.getLogger("app")


def work(n: int) -> int:
    log.info("task %d: info from a worker", n)
    log.warning("task %d: warning from a worker", n)
    return n


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s [%(processName)s] %(message)s")
    log.info("parent configured logging (start method: %s)", multiprocessing.get_start_method())
    with multiprocessing.Pool(processes=1) as pool:
        pool.map(work, [1])
    log.info("parent done")
