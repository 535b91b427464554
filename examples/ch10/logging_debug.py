"""multiprocessing's own logger: log_to_stderr() shows what the module does behind the scenes."""

import logging
import multiprocessing


def work() -> None:
    multiprocessing.get_logger().info("hello from the child's run()")


if __name__ == "__main__":
    logger = multiprocessing.log_to_stderr(logging.INFO)  # the logger named "multiprocessing"
    print("logger:", logger.name, "handlers:", len(logger.handlers))
    child = multiprocessing.Process(target=work, name="Child-1")
    child.start()
    child.join()
    print("exit code:", child.exitcode)
