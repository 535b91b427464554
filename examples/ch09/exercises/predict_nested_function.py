"""Exercise (predict): a pool is handed a function defined inside another function."""

from multiprocessing import Pool


def main():
    def double(x):
        return 2 * x

    with Pool(1) as pool:
        try:
            print(pool.map(double, [1, 2]))
        except Exception as error:  # noqa: BLE001 (whatever it raises, show it)
            print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
