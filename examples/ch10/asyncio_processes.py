"""asyncio with processes: CPU work in a process pool (run_in_executor), commands (create_subprocess_exec)."""

import asyncio
import sys
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> int:  # CPU-bound: it would block the event loop if run in it
    return sum(all(n % d for d in range(2, int(n**0.5) + 1)) for n in range(2, limit))


ticks = 0  # how often the event loop ran ticker() meanwhile


async def ticker() -> None:
    global ticks
    while True:
        ticks += 1
        await asyncio.sleep(0.01)


async def main() -> None:
    loop = asyncio.get_running_loop()
    ticking = asyncio.create_task(ticker())
    with ProcessPoolExecutor(max_workers=2) as pool:
        computations = [loop.run_in_executor(pool, count_primes, n) for n in (30_000, 40_000)]
        counts = await asyncio.gather(*computations)
    print("primes below 30000 and 40000:", counts)
    print("the event loop kept running while the pool computed:", ticks > 1)

    child = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; print(sys.stdin.read().upper())",
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await child.communicate(b"piped through a child process")
    print("subprocess said:", out.decode().strip(), "| exit code:", child.returncode)
    ticking.cancel()


if __name__ == "__main__":
    asyncio.run(main())
