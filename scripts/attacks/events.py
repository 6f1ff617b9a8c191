#!/usr/bin/python3
"""The WebSocket side of scripts/replay-attacks: opens /api/v1/events as a user and prints every
text frame it receives, one per line, for --seconds (or until the server closes, printing
`closed CODE`). A refused upgrade prints `refused STATUS`."""
import argparse
import asyncio
import sys

import websockets


async def listen(url, token, seconds):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        async with websockets.connect(url, extra_headers=headers, open_timeout=10) as socket:
            print("open", flush=True)
            try:
                async with asyncio.timeout(seconds):
                    async for frame in socket:
                        print(frame if isinstance(frame, str) else frame.decode(), flush=True)
            except (TimeoutError, asyncio.TimeoutError):
                pass
            except websockets.ConnectionClosed as closed:
                print(f"closed {closed.code}", flush=True)
    except websockets.InvalidStatusCode as refused:
        print(f"refused {refused.status_code}", flush=True)
    except websockets.ConnectionClosed as closed:
        print(f"closed {closed.code}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base", help="the back office, http://HOST:PORT")
    parser.add_argument("token", help="bearer token ('' for none)")
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    url = args.base.replace("http://", "ws://", 1) + "/api/v1/events"
    try:
        asyncio.run(asyncio.wait_for(listen(url, args.token, args.seconds), args.seconds + 15))
    except asyncio.TimeoutError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
