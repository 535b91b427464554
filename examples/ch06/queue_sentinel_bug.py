"""Two producers, two consumers, and the "first END stops everyone" shutdown: items get lost."""

import multiprocessing


def producer(queue, name: str, late) -> None:
    if late is not None:
        late.wait()  # a slower producer: its items arrive after the other one has finished
    for i in range(1, 4):
        queue.put(f"{name}-item{i}")
    queue.put(f"END-{name}")  # its own end marker, as in the flawed design


def consumer(queue, done) -> None:
    eaten = []
    while True:
        item = queue.get()
        if item.startswith("END"):
            queue.put(item)  # put it back "for the other consumer" ... and stop
            break
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
    eaten = sorted(done.get() + done.get())  # both consumers have stopped: they saw END-P1
    for process in consumers:
        process.join()  # their last put (END-P1, back into the queue) is written when they exit
    late.set()  # only now does P2 deliver
    for process in producers:
        process.join()
    left = [queue.get() for _ in range(5)]  # END-P1 (put back), P2's three items, END-P2
    print(f"consumed:       {eaten}")
    print(f"never consumed: {[item for item in left if not item.startswith('END')]}")
    print(f"still in queue: {left}")
