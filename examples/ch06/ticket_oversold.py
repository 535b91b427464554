"""Seven buyers, five tickets, a JSON file and no lock: every buyer reads before anyone writes."""

import json
import multiprocessing
import tempfile
from pathlib import Path

BUYERS = ["Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace"]


def buy(name: str, path: Path, all_have_read, results) -> None:
    left = json.loads(path.read_text())["left"]  # read
    all_have_read.wait()  # the unlucky timing, made certain: everyone has read, nobody has written
    if left > 0:
        path.write_text(json.dumps({"left": left - 1}))  # write what this buyer believes is right
        results.put((name, f"bought one (saw {left} left)"))
    else:
        results.put((name, "sold out"))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:  # nothing is left in the working directory
        path = Path(folder) / "ticket.json"
        path.write_text(json.dumps({"left": 5}))
        all_have_read, results = multiprocessing.Barrier(len(BUYERS)), multiprocessing.Queue()
        buyers = [multiprocessing.Process(target=buy, args=(n, path, all_have_read, results)) for n in BUYERS]
        for process in buyers:
            process.start()
        outcomes = dict(results.get() for _ in BUYERS)
        for process in buyers:
            process.join()
        for name in BUYERS:
            print(f"{name:5}: {outcomes[name]}")
        sold = sum(outcome.startswith("bought") for outcome in outcomes.values())
        print(f"tickets sold: {sold} of 5; the file now says {json.loads(path.read_text())['left']} left")
