"""close() frees a finished Process object's resources; afterwards most of its methods raise ValueError."""

import multiprocessing


def work(finish) -> None:
    finish.wait()


if __name__ == "__main__":
    finish = multiprocessing.Event()
    process = multiprocessing.Process(target=work, args=(finish,))
    process.start()
    try:
        process.close()
    except ValueError as error:
        print(f"close() while running: ValueError: {error}")
    finish.set()
    process.join()
    process.close()
    print("close() after join(): ok")
    print(f"name still readable: {process.name!r}")
    uses = {
        "is_alive()": process.is_alive,
        ".pid": lambda: process.pid,
        ".exitcode": lambda: process.exitcode,
    }
    for label, use in uses.items():
        try:
            use()
        except ValueError as error:
            print(f"{label:<11} after close(): ValueError: {error}")
