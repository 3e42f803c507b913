#!/usr/bin/env python3
"""Global ids the way catalog-server seals them (lys/query/global_id.h), from
LYS_SECRET_KEY: the id key is HMAC-SHA256(secret, label); an id is the unpadded
base64url of "Type:uuid" followed by the first 12 bytes of HMAC-SHA256(id key, it).

  sealed_ids.py product-ids   # workload 1's 1,000 ACTIVE products, one id a line
  sealed_ids.py pgoptions     # the session settings the statements' SQL reads the
                              # padded keys from, for libpq_ceiling (PGOPTIONS)
"""
import base64
import hashlib
import hmac
import os
import sys

LABEL = b"lys global ids and cursors v1"
TAG_BYTES = 12


def id_key() -> bytes:
    return hmac.new(os.environ["LYS_SECRET_KEY"].encode(), LABEL, hashlib.sha256).digest()


def global_id(type_name: str, raw_id: str) -> str:
    message = f"{type_name}:{raw_id}".encode()
    tag = hmac.new(id_key(), message, hashlib.sha256).digest()[:TAG_BYTES]
    return base64.urlsafe_b64encode(message + tag).rstrip(b"=").decode()


def product_ids() -> list:
    """1,000 products spread over the seeded table (seed_*.sql), skipping the DRAFT
    tenth that anonymous callers cannot see."""
    ids = []
    product = 1
    while len(ids) < 1000:
        product = (product + 9973) % 100000 + 1
        if product % 10 != 0:
            ids.append(global_id("Product", f"00000000-0000-4000-8000-{product:012x}"))
    return ids


def pgoptions() -> str:
    block = id_key().ljust(64, b"\0")
    inner = bytes(b ^ 0x36 for b in block).hex()
    outer = bytes(b ^ 0x5C for b in block).hex()
    return f"-c lys.id_ikey={inner} -c lys.id_okey={outer}"


if __name__ == "__main__":
    if sys.argv[1:] == ["product-ids"]:
        print("\n".join(product_ids()))
    elif sys.argv[1:] == ["pgoptions"]:
        print(pgoptions())
    else:
        sys.exit(__doc__)
