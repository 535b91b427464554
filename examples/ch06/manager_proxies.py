"""A Manager: a server process owns real dict/list objects; other processes call them through proxies."""

import multiprocessing
import os


def record(number: int, scores, events) -> None:
    scores[f"worker-{number}"] = number * 10  # a method call sent to the manager process
    events.append(number)
    scores["nested"]["seen"] = True  # changes a *copy* of the inner dict: lost


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:  # starts the server process; shuts it down at the end
        scores, events = manager.dict(nested={}), manager.list()
        server = multiprocessing.active_children()[0]  # the only child so far
        print(f"this process: {os.getpid()}; the manager's server: {server.name}, pid {server.pid}")
        print(f"scores is a {type(scores).__name__}, events is a {type(events).__name__}")
        workers = [multiprocessing.Process(target=record, args=(n, scores, events)) for n in (1, 2, 3)]
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        print(f"scores: {dict(sorted(scores.items()))}")
        print(f"events (order varies): {sorted(events)}")
        inner = scores["nested"]  # a plain copy; modify it, then store it back to share the change
        inner["seen"] = True
        scores["nested"] = inner
        print(f"after assigning it back: {scores['nested']}")
