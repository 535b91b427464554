"""A BaseManager serving a queue on loopback: clients connect by address and authkey, as from afar."""

import multiprocessing
import queue
from multiprocessing.managers import BaseManager

jobs = queue.Queue()  # lives in the manager's server process


def get_jobs() -> queue.Queue:
    return jobs


class JobManager(BaseManager):
    pass


JobManager.register("get_jobs", callable=get_jobs)


def client(address, authkey: bytes) -> None:
    manager = JobManager(address=address, authkey=authkey)
    try:
        manager.connect()
        manager.get_jobs().put(f"hello from {multiprocessing.current_process().name}")
        print(f"{multiprocessing.current_process().name}: connected and put a job")
    except multiprocessing.AuthenticationError as error:
        print(f"{multiprocessing.current_process().name}: {type(error).__name__}: {error}")


if __name__ == "__main__":
    with JobManager(address=("127.0.0.1", 0), authkey=b"s3cret") as server:  # starts the server process
        for name, key in (("good-client", b"s3cret"), ("bad-client", b"guess")):
            worker = multiprocessing.Process(target=client, args=(server.address, key), name=name)
            worker.start()
            worker.join()
        proxy = server.get_jobs()
        print("jobs in the server:", [proxy.get() for _ in range(proxy.qsize())])
