"""What the kernel keeps about a process (its PCB), read through psutil and /proc."""

import psutil

if __name__ == "__main__":
    me = psutil.Process()
    print("pid        :", me.pid)
    print("ppid       :", me.ppid())
    print("status     :", me.status())
    print("threads    :", me.num_threads())
    print("nice       :", me.nice())
    print("uids       :", me.uids().real)
    print("open files :", [f.path for f in me.open_files() if f.fd > 2] or "none besides stdin/out/err")
    print("memory rss :", f"{me.memory_info().rss // 2**20} MiB")
    # The same facts, straight from the kernel's own text view of this process.
    with open(f"/proc/{me.pid}/status") as status:
        wanted = ("State:", "Pid:", "PPid:", "Threads:")
        for line in status:
            if line.startswith(wanted):
                print("/proc      :", " ".join(line.split()))
