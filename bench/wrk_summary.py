"""Read wrk's output (with --latency) on stdin and print one line: req/s, p50, p99, errors."""

import re
import sys

COLUMNS = "{:<28} {:<40} {:>9} {:>9} {:>9} {:>8}"


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def main():
    if sys.argv[1:] == ["--header"]:
        sys.stdout.write(
            COLUMNS.format("run", "path", "req/s", "p50 ms", "p99 ms", "errors") + "\n"
        )
        return
    label, path = sys.argv[1:3]
    output = sys.stdin.read()
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output)
    p50 = re.search(r"\s50%\s+(\S+)", output)
    p99 = re.search(r"\s99%\s+(\S+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket:
        errors += sum(int(count) for count in socket.groups())
    sys.stdout.write(
        COLUMNS.format(
            label,
            path[:40],
            f"{float(rate.group(1)):.0f}" if rate else "-",
            f"{milliseconds(p50.group(1)):.1f}" if p50 else "-",
            f"{milliseconds(p99.group(1)):.1f}" if p99 else "-",
            errors,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
