"""An interpreter is isolated like a process: its own globals, its own modules, its own errors."""

import os
import sys
from concurrent import interpreters

print(f"module level runs in {__name__!r}", flush=True)
SETTING = "as written in the file"


def look_around():  # reads a global, so it crosses by pickle: by reference to this module
    import sys

    return SETTING, __name__, os.getpid(), "json" in sys.modules, id(sys.modules)


if __name__ == "__main__":
    sys.stdout.reconfigure(line_buffering=True)
    import json  # noqa: F401  (imported in the main interpreter only)

    SETTING = "changed by the main interpreter"
    interp = interpreters.create()
    setting, name, pid, has_json, modules_id = interp.call(look_around)
    print("SETTING over there:", repr(setting))
    print("its module is named:", repr(name))
    print("same process:", pid == os.getpid(), "| same sys.modules:", modules_id == id(sys.modules))
    print("json imported here:", "json" in sys.modules, "| over there:", has_json)
    print("a second call:", interp.call(look_around)[0] == setting, "(the script did not run again)")

    try:
        interp.exec("int('forty-two')")
    except interpreters.ExecutionFailed as error:
        print(f"--- {type(error).__name__} (a subclass of {type(error).__base__.__name__}) ---")
        print(error)
        print("---")
        print("excinfo:", error.excinfo.type.__name__, "|", error.excinfo.msg)
    try:
        interp.exec("raise SystemExit(3)")
    except interpreters.ExecutionFailed as error:
        print("SystemExit over there:", error.excinfo.type.__name__, "| this process goes on")
    interp.close()
