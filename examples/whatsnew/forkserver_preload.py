"""set_forkserver_preload(): the fork server imports a module once, and every child it forks already has it."""

import multiprocessing
import sys
import time

HEAVY = "asyncio"  # a standard-library package that imports dozens of modules; this file never imports it


def child(results) -> None:
    already = HEAVY in sys.modules
    start = time.perf_counter()
    __import__(HEAVY)
    results.put((already, time.perf_counter() - start))


def run_child(context) -> tuple[bool, float]:
    results = context.Queue()
    process = context.Process(target=child, args=(results,))
    process.start()
    outcome = results.get()
    process.join()
    return outcome


if __name__ == "__main__":
    forkserver = multiprocessing.get_context("forkserver")
    forkserver.set_forkserver_preload([HEAVY])  # before the fork server starts, that is before the first child
    print(f"parent: {HEAVY} imported: {HEAVY in sys.modules}")
    timings = {}
    for name, context in (("forkserver + preload", forkserver), ("spawn", multiprocessing.get_context("spawn"))):
        already, timings[name] = run_child(context)
        print(f"{name:<20}: child finds {HEAVY} imported: {already}; import took {timings[name] * 1000:.2f} ms")
    print(f"the preloaded child's import is faster: {timings['forkserver + preload'] < timings['spawn']}")
