"""args fills the target's parameters by position, kwargs by name; both can be combined."""

import multiprocessing


def introduce(name, age, city="Unknown", **extra) -> None:
    print(f"  name={name!r} age={age} city={city!r} extra={extra}")


CALLS = {
    "args only": {"args": ("Zhang San", 25)},
    "kwargs only": {"kwargs": {"name": "Li Si", "age": 30, "city": "Beijing"}},
    "args + kwargs": {"args": ("Wang Wu", 28), "kwargs": {"city": "Shanghai", "job": "programmer"}},
    "one-element args": {"args": ("Zhao Liu",), "kwargs": {"age": 41}},
}

if __name__ == "__main__":
    for label, how in CALLS.items():
        call = ", ".join(f"{key}={value!r}" for key, value in how.items())
        print(f"{label}: Process(target=introduce, {call})")
        process = multiprocessing.Process(target=introduce, **how)
        process.start()
        process.join()
