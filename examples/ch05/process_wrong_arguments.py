"""Wrong arguments are only detected in the child, when run() calls the target: a TypeError, exitcode 1."""

import multiprocessing


def introduce(name, age, city="Unknown") -> None:
    print(f"  name={name!r} age={age} city={city!r}")


MISTAKES = {
    "missing argument": {"args": ("Zhang San",)},
    "misspelled keyword": {"kwargs": {"nam": "Li Si", "age": 30}},
    "too many arguments": {"args": ("Wang Wu", 28, "Shanghai", "extra")},
    "kwargs repeats a positional": {"args": ("Sun Qi", 33), "kwargs": {"name": "Sun Ba"}},
    "string, not tuple": {"args": ("Zhao")},  # no comma: ("Zhao") is just the string "Zhao"
}

if __name__ == "__main__":
    for label, how in MISTAKES.items():
        call = ", ".join(f"{key}={value!r}" for key, value in how.items())
        print(f"--- {label}: Process(target=introduce, {call})")
        process = multiprocessing.Process(target=introduce, **how)
        process.start()  # start() succeeds: nothing checks the arguments before the child runs
        process.join()
        print(f"--- exitcode {process.exitcode}")
