"""The fix: producers only produce; once they have all finished, the parent sends one sentinel per consumer."""

import multiprocessing

SENTINEL = None  # cannot be confused with an item


def producer(queue, name: str, late) -> None:
    if late is not None:
        late.wait()  # the same slow producer as before
    for i in range(1, 4):
        queue.put(f"{name}-item{i}")


def consumer(queue, done) -> None:
    eaten = []
    while (item := queue.get()) is not SENTINEL:
        eaten.append(item)
    done.put(eaten)


if __name__ == "__main__":
    queue, done, late = multiprocessing.Queue(), multiprocessing.Queue(), multiprocessing.Event()
    producers = [
        multiprocessing.Process(target=producer, args=(queue, "P1", None)),
        multiprocessing.Process(target=producer, args=(queue, "P2", late)),
    ]
    consumers = [multiprocessing.Process(target=consumer, args=(queue, done)) for _ in range(2)]
    for process in producers + consumers:
        process.start()
    producers[0].join()
    late.set()  # P2 is late again, but nobody has given up on it
    producers[1].join()  # safe: the consumers are draining the queue meanwhile
    for _ in consumers:
        queue.put(SENTINEL)  # one per consumer, after the last real item
    eaten = sorted(done.get() + done.get())
    for process in consumers:
        process.join()
    print(f"consumed: {eaten}")
    print(f"{len(eaten)} of 6 items consumed; queue empty: {queue.empty()}")
