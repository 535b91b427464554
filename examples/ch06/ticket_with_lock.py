"""The same seven buyers with a Lock around read-check-write: exactly five tickets are sold."""

import json
import multiprocessing
import tempfile
from pathlib import Path

BUYERS = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace"]


def buy(name: str, path: Path, lock, served, all_ready, results) -> None:
    all_ready.wait()  # everyone rushes at the same moment
    with lock:  # only one buyer at a time between the read and the write
        left = json.loads(path.read_text())["left"]
        if left > 0:
            path.write_text(json.dumps({"left": left - 1}))
        served.value += 1  # safe: we hold the lock (the Value itself has none)
        turn = served.value
    results.put((turn, name, "bought one" if left > 0 else "sold out"))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ticket.json"
        path.write_text(json.dumps({"left": 5}))
        lock, served = multiprocessing.Lock(), multiprocessing.Value("i", 0, lock=False)
        all_ready, results = multiprocessing.Barrier(len(BUYERS)), multiprocessing.Queue()
        buyers = [multiprocessing.Process(target=buy, args=(n, path, lock, served, all_ready, results)) for n in BUYERS]
        for process in buyers:
            process.start()
        outcomes = sorted(results.get() for _ in BUYERS)  # sorted by turn at the lock
        for process in buyers:
            process.join()
        print("order of service:", " ".join(name for _, name, _ in outcomes))  # differs from run to run
        for turn, _, outcome in outcomes:
            print(f"turn {turn}: {outcome}")
        print(f"the file says {json.loads(path.read_text())['left']} left")
