"""Exercise (write it): run every input in a process pool; keep each result or exception, in input order."""

from concurrent.futures import ProcessPoolExecutor


def parse(text):
    return int(text)


def results_or_errors(fn, inputs):
    with ProcessPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(fn, item) for item in inputs]  # one Future per input, in input order
        # exception() waits for the task and returns its exception, or None when it succeeded
        return [future.exception() or future.result() for future in futures]


if __name__ == "__main__":
    for outcome in results_or_errors(parse, ["1", "2", "three", "4"]):
        print(repr(outcome))
