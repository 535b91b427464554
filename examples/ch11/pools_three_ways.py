"""The same CPU-bound work on a thread pool, an interpreter pool and a process pool, in one run."""

import statistics
import time
from concurrent.futures import InterpreterPoolExecutor, ProcessPoolExecutor, ThreadPoolExecutor

N = 400_000  # one task: pure Python, a few tens of milliseconds
ROUNDS = 7
STARTS = 3  # fresh thread and interpreter pools timed from creation; the fastest counts
MiB = 1024 * 1024


def count_odd_squares(n):
    return sum(1 for i in range(n) if (i * i) % 2)


def started_at(pause):
    import os
    import time  # perf_counter() reads CLOCK_MONOTONIC on Linux: one clock for every process

    now = time.perf_counter()
    time.sleep(pause)  # keeps this worker busy, so that the pool must start its second worker
    return now, os.getpid()


def size_and_id(data):
    return len(data), id(data)


def faster(a, b, factor):
    return a * factor < b


if __name__ == "__main__":
    import psutil  # here, not at the top: an interpreter that re-runs this script could not import it

    me = psutil.Process()
    kinds = {"threads": ThreadPoolExecutor, "interpreters": InterpreterPoolExecutor,
             "processes": ProcessPoolExecutor}
    pools, startup, memory = {}, {}, {}
    for label, kind in kinds.items():
        rss_before = me.memory_info().rss
        start = time.perf_counter()
        pools[label] = pool = kind(max_workers=2)
        began = list(pool.map(started_at, [0.05, 0.05]))
        startup[label] = max(now for now, _ in began) - start  # until both workers run
        if label == "processes":  # separate processes: measure each worker from here
            # by the PIDs the tasks saw: under forkserver the workers are not this process's children
            workers = [psutil.Process(pid) for pid in {pid for _, pid in began}]
            memory["process RSS"] = sum(w.memory_info().rss for w in workers) / len(workers)
            memory[label] = sum(w.memory_full_info().uss for w in workers) / len(workers)
        else:  # inside this process: how much its RSS grew, per worker
            memory[label] = (me.memory_info().rss - rss_before) / 2
    # A start-up is one short measurement, which a hiccup of the machine can double: threads and
    # interpreters start afresh in every new pool, so take the best of STARTS pools. The process pool
    # starts once: on Linux a second one would find the fork server running and measure something else.
    for _ in range(STARTS - 1):
        for label in ("threads", "interpreters"):
            start = time.perf_counter()
            with kinds[label](max_workers=2) as pool:
                began = max(now for now, _ in pool.map(started_at, [0.05, 0.05]))
                startup[label] = min(startup[label], began - start)
    rounds = {label: [] for label in kinds}
    for _ in range(ROUNDS):  # the pools take turns: a slow stretch of the machine slows them alike
        for label, pool in pools.items():
            start = time.perf_counter()
            assert list(pool.map(count_odd_squares, [N] * 4)) == [N // 2] * 4
            rounds[label].append(time.perf_counter() - start)
    best = {label: min(times) for label, times in rounds.items()}
    # Interpreters against processes round by round: a hiccup that slows one of them in a round
    # moves that round's ratio, and the median of the ratios leaves it out.
    ratio = statistics.median(a / b for a, b in zip(rounds["interpreters"], rounds["processes"]))
    big = bytes(10 * MiB)
    passing, same_object = dict.fromkeys(kinds, float("inf")), {}
    for _ in range(ROUNDS):
        for label, pool in pools.items():
            start = time.perf_counter()
            size, ident = pool.submit(size_and_id, big).result()
            passing[label] = min(passing[label], time.perf_counter() - start)
            same_object[label] = ident == id(big)  # ids compare only within one process
    for pool in pools.values():
        pool.shutdown()

    for label in kinds:
        print(f"4 tasks on 2 {label + ':':<13} {best[label]:.3f} s")
    for label in kinds:
        how = "one cold start" if label == "processes" else f"best of {STARTS}"
        print(f"start-up of 2 {label + ':':<13} {startup[label] * 1000:.1f} ms ({how})")
    print(f"memory per thread:      {memory['threads'] / MiB:.1f} MiB (growth of this process's RSS)")
    print(f"memory per interpreter: {memory['interpreters'] / MiB:.1f} MiB (growth of this process's RSS)")
    uss, rss = memory["processes"] / MiB, memory["process RSS"] / MiB
    print(f"memory per process:     {uss:.1f} MiB USS, {rss:.1f} MiB RSS")
    for label in kinds:
        seconds, same = passing[label], same_object[label]
        print(f"10 MiB argument to {label + ':':<13} {seconds * 1000:.2f} ms, same object: {same}")

    t, i, p = (best[k] for k in kinds)  # threads, interpreters, processes
    start_t, start_i, start_p = (startup[k] for k in kinds)
    mem_t, mem_i, mem_p = (memory[k] for k in kinds)
    # Measured, not judged: how much the two parallel pools gain over threads depends on the machine
    # and on what else runs on it (other load takes the second core from them, not from the threads).
    print(f"interpreters compute {t / i:.2f}x as fast as threads, processes {t / p:.2f}x")
    print("verdicts:")
    print(f"  interpreters and processes within 1.5x of each other (median of {ROUNDS} rounds):",
          1 / 1.5 < ratio < 1.5)
    print("  threads start 5x faster than interpreters:", faster(start_t, start_i, 5))
    # On Linux the process pool's one cold start includes starting the fork server, an interpreter too.
    print("  interpreters start faster than processes:", faster(start_i, start_p, 1))
    print("  an interpreter takes 10x the memory of a thread:", faster(mem_t, mem_i, 10))
    print("  an interpreter takes under half a process's USS:", faster(mem_i, mem_p, 2))
    print("  10 MiB reach an interpreter 2x faster than a process:",
          faster(passing["interpreters"], passing["processes"], 2))
