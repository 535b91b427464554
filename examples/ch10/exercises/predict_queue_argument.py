"""Exercise (predict): a plain multiprocessing.Queue as an argument of a pool task, even under fork."""

from multiprocessing import Pool, Queue


def put_item(queue):
    queue.put("hello")


if __name__ == "__main__":
    queue = Queue()
    with Pool(1) as pool:
        result = pool.apply_async(put_item, (queue,))
        result.wait()  # returns: the task is over, one way or another
        print("task ready:", result.ready(), "| successful:", result.successful())
        print("queue empty:", queue.empty())
        try:
            result.get()
        except Exception as error:  # noqa: BLE001 (whatever it raises, show it)
            print(f"get(): {type(error).__name__}: {error}")
