"""Which start methods this platform offers, and which one multiprocessing uses by default."""

import multiprocessing
import platform
import sys

if __name__ == "__main__":
    print(f"Python {sys.version_info.major}.{sys.version_info.minor} on {platform.system()}")
    print(f"available start methods: {multiprocessing.get_all_start_methods()}")
    print(f"default start method   : {multiprocessing.get_start_method()}")
