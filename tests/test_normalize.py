"""How a run's output is normalized before it is compared: PIDs and measured values."""

from types import SimpleNamespace

from tests.harness.normalize import normalize, readings
from tests.harness.recording import Run, same_output


def test_pids_are_numbered_in_order_of_first_appearance():
    text = "parent 4242, child 977 (parent 4242)\n"
    assert (
        normalize(text, pids=[977, 4242])
        == "parent <PID1>, child <PID2> (parent <PID1>)\n"
    )


def test_a_thousands_group_that_equals_a_pid_stays_part_of_its_number():
    # a CI run printed "21,234 msg/s" while a child had PID 234, and the rate was no longer a <RATE>
    text = "16 B r/t |     21,234 msg/s | 3.2x\n"
    assert (
        normalize(text, pids=[234], volatile=["measurements"])
        == "16 B r/t |     <RATE> | <FACTOR>\n"
    )


def test_pids_listed_with_commas_are_still_pids():
    assert (
        normalize("workers 4242,977\n", pids=[977, 4242]) == "workers <PID1>,<PID2>\n"
    )


def test_decimals_are_never_pids():
    assert (
        normalize("took 0.977 s, pid 977\n", pids=[977]) == "took 0.977 s, pid <PID1>\n"
    )


def test_a_pid_equal_to_a_printed_value_is_read_both_ways():
    # worker 500 printed its PID and a count of 500
    text = "worker 500 counted 500\n"
    both = list(readings(text, pids=[500], values={"500"}))
    assert both[0] == normalize(text, pids=[500]) == "worker <PID1> counted <PID1>\n"
    assert "worker <PID1> counted 500\n" in both
    assert "worker 500 counted 500\n" in both


def test_only_pids_equal_to_a_value_the_other_run_printed_are_read_twice():
    assert list(readings("worker 500 counted 7\n", pids=[500], values={"7"})) == [
        "worker <PID1> counted 7\n"
    ]


def _run(output, pids):
    return Run(
        python="3.15.0",
        start_method="fork",
        exit_code=0,
        output=output,
        # as recording.normalized_output gives it, with nothing volatile
        normalized=normalize(output, pids),
        pids=pids,
    )


def test_runs_are_the_same_when_a_pid_happens_to_equal_a_printed_value():
    example = SimpleNamespace(volatile=[], patterns=[], order="strict")
    recorded = _run("worker 4242 counted 500\n", [4242])
    fresh = _run("worker 500 counted 500\n", [500])
    assert same_output(example, recorded, fresh)
    assert same_output(example, fresh, recorded)


def test_runs_that_printed_different_values_differ():
    example = SimpleNamespace(volatile=[], patterns=[], order="strict")
    recorded = _run("worker 4242 counted 500\n", [4242])
    assert not same_output(example, recorded, _run("worker 500 counted 499\n", [500]))
    assert not same_output(example, recorded, _run("worker 501 counted 501\n", [501]))
