"""What Linux really schedules with: the policy, the nice value, and which CPUs a process may use."""

import multiprocessing
import os

POLICIES = {os.SCHED_OTHER: "SCHED_OTHER", os.SCHED_BATCH: "SCHED_BATCH", os.SCHED_IDLE: "SCHED_IDLE",
            os.SCHED_FIFO: "SCHED_FIFO", os.SCHED_RR: "SCHED_RR"}


def report(label: str) -> None:
    policy = POLICIES[os.sched_getscheduler(0)]
    print(f"{label:<7} policy={policy} nice={os.nice(0)}")


def lower_priority() -> None:
    os.nice(10)  # raising nice needs no privilege; lowering it needs CAP_SYS_NICE (root) or a raised RLIMIT_NICE
    report("child")


if __name__ == "__main__":
    report("parent")
    child = multiprocessing.Process(target=lower_priority)
    child.start()
    child.join()
    report("parent")  # the child's nice value never touched the parent
    print(f"CPUs this process may run on: {len(os.sched_getaffinity(0))} (the machine has {os.cpu_count()})")
