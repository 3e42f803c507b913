#!/usr/bin/env python3
"""Requests built to be expensive: POSTs each shape below once, within the server's
default limits on tokens and body size, to a running server and prints how long the
answer took and the server's peak RSS after it. Every one must be answered (with data
or an error) in about the time of an ordinary request, without the memory growing.

usage: costly_documents.py PORT SERVER_PID
"""
import http.client
import json
import sys
import time

from peak_rss import peak_rss_mb

FIELDS = 14_000  # under the default limit of 15,000 tokens


def repeated_fields() -> str:
    """One response key many times: field merging compares them pairwise."""
    return '{ product(id: "x") {' + " name" * FIELDS + " } }"


def repeated_nested_fields() -> str:
    """The same object field many times, each with a selection: the pairs recurse."""
    return '{ product(id: "x") {' + " category { code }" * (FIELDS // 5) + " } }"


def fragment_fan_out() -> str:
    """Each fragment spreads the next twice: expanded naively, 2^40 selections."""
    depth = 40
    fragments = [f"fragment F{i} on Product {{ ...F{i + 1} ...F{i + 1} }}" for i in range(depth)]
    fragments.append(f"fragment F{depth} on Product {{ name }}")
    return '{ product(id: "x") { ...F0 } } ' + " ".join(fragments)


def fragment_chain() -> str:
    """Each fragment spreads the next, 1,800 long: collected through the chain below
    each definition, quadratic."""
    length = 1_800
    fragments = [f"fragment F{i} on Product {{ ...F{i + 1} }}" for i in range(length)]
    fragments.append(f"fragment F{length} on Product {{ name }}")
    return '{ product(id: "x") { ...F0 } } ' + " ".join(fragments)


def long_list() -> tuple[str, dict]:
    """A filter list of 70,000 values, past both databases' limits on parameters."""
    query = "query ($stocks: [Int!]) { products(filter: {stock: {in: $stocks}}) { totalCount } }"
    return query, {"stocks": list(range(70_000))}


SHAPES = {
    "repeated fields": repeated_fields,
    "repeated nested fields": repeated_nested_fields,
    "fragment fan-out": fragment_fan_out,
    "fragment chain": fragment_chain,
    "a filter list of 70,000 values": long_list,
}


def main() -> None:
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    print(f"peak RSS before: {peak_rss_mb(pid):.1f} MB")
    for name, build in SHAPES.items():
        document = build()
        query, variables = document if isinstance(document, tuple) else (document, {})
        body = json.dumps({"query": query, "variables": variables}, separators=(",", ":"))
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        start = time.monotonic()
        connection.request("POST", "/graphql", body, {"Content-Type": "application/json"})
        response = connection.getresponse()
        answer = json.loads(response.read())
        elapsed_ms = (time.monotonic() - start) * 1000
        errors = answer.get("errors") or [{"message": "(data)"}]
        print(f"{name} ({len(body) // 1000} kB): {response.status} in {elapsed_ms:,.0f} ms, "
              f"peak RSS {peak_rss_mb(pid):.1f} MB: {errors[0]['message']}")
        connection.close()


if __name__ == "__main__":
    main()
