"""A Process subclass whose __init__ forgets super().__init__() fails as soon as it is used."""

import multiprocessing


class Forgetful(multiprocessing.Process):
    def __init__(self, task) -> None:
        self.task = task  # no super().__init__(): the Process machinery is never set up

    def run(self) -> None:
        print(f"running {self.task}")


if __name__ == "__main__":
    worker = Forgetful("report")
    for step in (worker.start, lambda: worker.name):
        try:
            step()
        except AttributeError as error:
            print(f"{type(error).__name__}: {error}")
