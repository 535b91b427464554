"""After fork, parent and child hold separate copies of every variable, even at the same address."""

import os

if __name__ == "__main__":
    counter = 100
    names = ["alpha"]
    pid = os.fork()
    if pid == 0:
        counter += 1
        names.append("added by child")
        print(f"child : counter={counter} names={names} id(names)={hex(id(names))}", flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print(f"parent: counter={counter} names={names} id(names)={hex(id(names))}")
