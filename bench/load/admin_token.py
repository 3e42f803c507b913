#!/usr/bin/env python3
"""Prints an HS256 access token of an administrator (roles ["ADMIN"]), signed with
LYS_SECRET_KEY, for the workloads that read what anonymous callers may not."""
import base64
import hashlib
import hmac
import json
import os
import time


def segment(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def main() -> None:
    now = int(time.time())
    header = {"alg": "HS256", "typ": "JWT"}
    claims = {"sub": "bench-admin", "roles": ["ADMIN"], "iss": "lys", "aud": "lys",
              "iat": now, "exp": now + 24 * 3600}
    signing_input = ".".join(segment(json.dumps(part, separators=(",", ":")).encode())
                             for part in (header, claims))
    key = os.environ["LYS_SECRET_KEY"].encode()
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    print(signing_input + "." + segment(signature))


if __name__ == "__main__":
    main()
