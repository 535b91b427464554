"""Exercise (write it): shortest remaining time first (SRTF), the preemptive SJF, on chapter 3's four jobs."""

JOBS = {"P1": (0, 8), "P2": (1, 4), "P3": (2, 9), "P4": (3, 5)}  # name: (arrival, burst)


def srtf(jobs: dict[str, tuple[int, int]]) -> tuple[list[str], dict[str, int]]:
    """Run one time unit at a time, always the arrived job with the least work left; returns (timeline, finish)."""
    left = {name: burst for name, (_, burst) in jobs.items()}
    timeline, finish, time = [], {}, 0
    while left:
        ready = [name for name in left if jobs[name][0] <= time]
        current = min(ready, key=lambda name: (left[name], jobs[name][0]))  # ties: the earlier arrival
        timeline.append(current)
        left[current] -= 1
        time += 1
        if left[current] == 0:
            del left[current]
            finish[current] = time
    return timeline, finish


if __name__ == "__main__":
    timeline, finish = srtf(JOBS)
    runs, start = [], 0
    for time in range(1, len(timeline) + 1):  # merge the unit steps into runs: P1 0-1, P2 1-5, ...
        if time == len(timeline) or timeline[time] != timeline[start]:
            runs.append(f"{timeline[start]} {start}-{time}")
            start = time
    print("timeline:", ", ".join(runs))
    waits = {name: finish[name] - arrival - burst for name, (arrival, burst) in JOBS.items()}
    for name, wait in waits.items():
        print(f"{name}: finishes at {finish[name]:2}, waits {wait:2}")
    print(f"average waiting time: {sum(waits.values()) / len(waits):.2f}")
