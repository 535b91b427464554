"""A deterministic simulation of four CPU scheduling algorithms on one CPU, in time units."""

from collections import deque

JOBS = [("P1", 0, 8), ("P2", 1, 4), ("P3", 2, 9), ("P4", 3, 5)]  # name, arrival, burst


def fcfs(jobs):
    time, timeline = 0, []
    for name, arrival, burst in sorted(jobs, key=lambda j: j[1]):
        time = max(time, arrival)
        timeline.append((name, time, time + burst))
        time += burst
    return timeline


def sjf(jobs):  # non-preemptive: the shortest job among those that have arrived
    waiting, time, timeline = sorted(jobs, key=lambda j: j[1]), 0, []
    while waiting:
        ready = [j for j in waiting if j[1] <= time] or [waiting[0]]
        job = min(ready, key=lambda j: (j[2], j[1]))
        waiting.remove(job)
        time = max(time, job[1])
        timeline.append((job[0], time, time + job[2]))
        time += job[2]
    return timeline


def feedback(jobs, quanta):
    """Round robin is feedback with one level; MLFQ demotes a job that uses its whole quantum."""
    queues = [deque() for _ in quanta]
    arrivals, left, time, timeline = deque(sorted(jobs, key=lambda j: j[1])), {}, 0, []

    def admit(now):
        while arrivals and arrivals[0][1] <= now:
            name, _, burst = arrivals.popleft()
            left[name] = burst
            queues[0].append(name)

    admit(time)
    while arrivals or any(queues):
        level = next((i for i, q in enumerate(queues) if q), None)
        if level is None:
            time = arrivals[0][1]
            admit(time)
            continue
        name = queues[level].popleft()
        run = min(quanta[level], left[name])
        if timeline and timeline[-1][0] == name and timeline[-1][2] == time:
            timeline[-1] = (name, timeline[-1][1], time + run)  # kept the CPU: no switch
        else:
            timeline.append((name, time, time + run))
        time += run
        left[name] -= run
        admit(time)
        if left[name]:
            queues[min(level + 1, len(quanta) - 1)].append(name)
    return timeline


def report(title, timeline):
    finish = {name: end for name, _, end in timeline}
    first_run = {}
    for name, start, _ in timeline:
        first_run.setdefault(name, start)
    print(f"{title}\n  order: " + " ".join(f"{n}[{s}-{e})" for n, s, e in timeline))
    turnaround = {n: finish[n] - a for n, a, _ in JOBS}
    waiting = {n: turnaround[n] - b for n, _, b in JOBS}
    response = {n: first_run[n] - a for n, a, _ in JOBS}
    for name, _, _ in JOBS:
        print(f"  {name}: waiting {waiting[name]:>2}  turnaround {turnaround[name]:>2}  response {response[name]:>2}")
    average = {k: sum(v.values()) / len(JOBS) for k, v in
               {"waiting": waiting, "turnaround": turnaround, "response": response}.items()}
    print("  average " + ", ".join(f"{k} {v:.2f}" for k, v in average.items())
          + f"; context switches {len(timeline) - 1}")


if __name__ == "__main__":
    report("FCFS", fcfs(JOBS))
    report("SJF", sjf(JOBS))
    report("RR (quantum 2)", feedback(JOBS, [2]))
    report("MLFQ (quanta 1, 2, 4)", feedback(JOBS, [1, 2, 4]))
