"""Is this interpreter a free-threaded build, and is the GIL on right now?"""

import sys
import sysconfig

if __name__ == "__main__":
    print("free-threaded build (Py_GIL_DISABLED):", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
    if hasattr(sys, "_is_gil_enabled"):  # added in Python 3.13
        print("GIL enabled at run time:", sys._is_gil_enabled())
    else:
        print("GIL enabled at run time: always (no free-threaded builds before 3.13)")
