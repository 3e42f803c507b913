#!/usr/bin/env python3
"""Memory under documents that never repeat: POSTs N GraphQL documents of about 1 MB
each, every one made unique by a comment, on one connection, to a running server, then
prints the server's peak RSS. The engine caches parsed documents; this shows its bound.

usage: unique_documents.py PORT SERVER_PID [N]     (N: 600 by default)
"""
import http.client
import json
import sys

from peak_rss import peak_rss_mb

PADDING = ("#" + "x" * 1000 + "\n") * 1000  # about 1 MB of comment


def main() -> None:
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 600
    before = peak_rss_mb(pid)
    connection = http.client.HTTPConnection("127.0.0.1", port)
    for i in range(count):
        body = json.dumps({"query": f"{{ __typename }}\n# {i}\n{PADDING}"})
        connection.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = response.read()
        if response.status != 200 or not answer.startswith(b'{"data":'):
            sys.exit(f"request {i}: {response.status} {answer[:200]!r}")
    print(f"{count} unique documents of {len(PADDING) // 1000} kB: peak RSS "
          f"{before:.1f} MB before, {peak_rss_mb(pid):.1f} MB after")


if __name__ == "__main__":
    main()
