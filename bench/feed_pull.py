#!/usr/bin/python3
"""Pulls the whole change feed of a back office page by page, as a client's first sync does,
and prints how many changes it got and how long it took."""
import json
import sys
import time
import urllib.request

base, token, limit = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 5000
since, total = 0, 0
start = time.perf_counter()
while True:
    request = urllib.request.Request(f"{base}/api/v1/changes?since={since}&limit={limit}",
                                     headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request) as response:
        page = json.load(response)
    total += len(page["changes"])
    since = page["next"]
    if not page["more"]:
        break
elapsed = time.perf_counter() - start
print(f"RESULT changes={total} seconds={elapsed:.3f} per_second={total / elapsed:.0f}")
