"""Read wrk's output (with --latency) on stdin and print one line: req/s, p50, p99, errors,
and, when given, the application's CPU time per request, the SQL queries of a request and
the share of the static ceiling reached.

    wrk_summary.py LABEL PATH [--cpu TICKS] [--queries N] [--ceiling REQ_PER_S] < wrk.txt
    wrk_summary.py --header
    wrk_summary.py --rate < wrk.txt      (req/s alone, for the ceiling)

TICKS is the CPU time (user + system, in clock ticks) the server's workers used during the
run, read from /proc/<pid>/stat before and after it: divided by the requests wrk made, it
does not move with the machine's load as much as req/s does.
"""

import argparse
import os
import re
import sys

COLUMNS = "{:<28} {:<40} {:>9} {:>9} {:>9} {:>8} {:>8} {:>8} {:>8}"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def rate(output):
    found = re.search(r"Requests/sec:\s+([\d.]+)", output)
    return float(found.group(1)) if found else None


def main():
    if sys.argv[1:] == ["--header"]:
        sys.stdout.write(
            COLUMNS.format(
                "run", "path", "req/s", "p50 ms", "p99 ms", "errors", "CPU ms", "queries", "ceiling"
            )
            + "\n"
        )
        return
    if sys.argv[1:] == ["--rate"]:
        sys.stdout.write(f"{rate(sys.stdin.read()) or 0:.0f}\n")
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("label")
    parser.add_argument("path")
    parser.add_argument("--cpu", type=float, help="CPU clock ticks of the workers")
    parser.add_argument("--queries", default="-")
    parser.add_argument("--ceiling", type=float, help="req/s of the static file")
    arguments = parser.parse_args()
    output = sys.stdin.read()
    per_second = rate(output)
    p50 = re.search(r"\s50%\s+(\S+)", output)
    p99 = re.search(r"\s99%\s+(\S+)", output)
    requests = re.search(r"(\d+) requests in", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket:
        errors += sum(int(count) for count in socket.groups())
    cpu = "-"
    if arguments.cpu is not None and requests and int(requests.group(1)):
        cpu = f"{arguments.cpu / CLOCK_TICKS * 1000 / int(requests.group(1)):.2f}"
    ceiling = "-"
    if arguments.ceiling and per_second:
        ceiling = f"{per_second / arguments.ceiling:.0%}"
    sys.stdout.write(
        COLUMNS.format(
            arguments.label,
            arguments.path[:40],
            f"{per_second:.0f}" if per_second else "-",
            f"{milliseconds(p50.group(1)):.1f}" if p50 else "-",
            f"{milliseconds(p99.group(1)):.1f}" if p99 else "-",
            errors,
            cpu,
            arguments.queries,
            ceiling,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
