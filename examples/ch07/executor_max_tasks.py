"""ProcessPoolExecutor(max_tasks_per_child=n): each worker is replaced after n tasks, never by fork."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def who(_: int) -> tuple[int, str]:
    return os.getpid(), multiprocessing.get_start_method()  # as seen inside the worker


if __name__ == "__main__":
    for method in (None, "forkserver", "fork"):
        context = multiprocessing.get_context(method) if method else None
        try:
            with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=2, mp_context=context) as executor:
                ran = list(executor.map(who, range(4)))
        except ValueError as error:  # raised by the constructor: no worker was started
            print(f"mp_context={method}: ValueError: {error}")
            continue
        pids = [pid for pid, _ in ran]
        started_by = sorted({started for _, started in ran})
        print(f"mp_context={method}: 4 tasks ran in pids {pids}, workers started by {started_by}")
