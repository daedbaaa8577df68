"""Prints the tests Swift Testing skipped, from its event stream (JSON lines).

`swift test --quiet` hides passing tests, which keeps the suite's output short, but it hides a
skipped test too; a skipped check must be seen, so scripts/test lists them from the stream.

    python3 scripts/ci/skipped_tests.py EVENTS.jsonl"""

import json
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as events:
        for line in events:
            if not line.strip():
                continue
            record = json.loads(line)
            payload = record.get("payload", {})
            if record.get("kind") == "event" and payload.get("kind") == "testSkipped":
                for message in payload.get("messages", []):
                    print(f"➜ {message.get('text', payload.get('testID', 'a test'))}")


if __name__ == "__main__":
    main()
