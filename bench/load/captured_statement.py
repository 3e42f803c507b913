#!/usr/bin/env python3
"""The statement catalog-server ran, from PostgreSQL's log (log_statement = all).

    captured_statement.py LOG OFFSET SQL_OUT PARAMS_OUT

Reads LOG from byte OFFSET, finds the `execute <name>: <sql>` entries and their
`parameters:` details, checks that they all ran the same SQL text, and writes that
text byte for byte to SQL_OUT and each execution's parameters to PARAMS_OUT (one
line per execution, tab-separated, \\N for NULL): the input of libpq_ceiling.
"""
import re
import sys

ENTRY = re.compile(r"^\S+ \S+ \S+ \[\d+\] (\w+):  ", re.M)
EXECUTE = re.compile(r"execute [^:]+: (.*)", re.S)
PARAMETER = re.compile(r"\$(\d+) = (NULL|'((?:[^']|'')*)')")


def entries(text):
    """(level, message) pairs; a message runs until the next entry's prefix."""
    starts = list(ENTRY.finditer(text))
    for i, start in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        yield start.group(1), text[start.end():end].rstrip("\n")


def parameters(detail):
    values = {}
    for match in PARAMETER.finditer(detail):
        value = "\\N" if match.group(2) == "NULL" else match.group(3).replace("''", "'")
        values[int(match.group(1))] = value
    return [values[i] for i in sorted(values)]


def main(log_path, offset, sql_out, params_out):
    with open(log_path, "rb") as log:
        log.seek(int(offset))
        text = log.read().decode("utf-8")
    statements, param_sets = set(), []
    pending = None
    for level, message in entries(text):
        if level == "LOG" and (match := EXECUTE.match(message)):
            pending = match.group(1)
            statements.add(pending)
            param_sets.append([])
        elif level == "DETAIL" and pending is not None and message.startswith("parameters: "):
            param_sets[-1] = parameters(message)
            pending = None
    if len(statements) != 1:
        sys.exit(f"captured_statement.py: expected one statement, found {len(statements)}")
    with open(sql_out, "w", encoding="utf-8", newline="") as out:
        out.write(statements.pop())
    with open(params_out, "w", encoding="utf-8") as out:
        for values in param_sets:
            out.write("\t".join(values) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
