"""Reads `interview-lint agenda --format ics` with the icalendar package (a real RFC 5545 reader)
and checks that every action of the JSON agenda is there as an event, with its time, people and
alarm, and that UIDs are stable between runs.

Usage: validate_calendar.py BINARY NOTES_DIR TODAY
"""

import json
import subprocess
import sys
from datetime import date, datetime, timedelta

from icalendar import Calendar


def agenda(binary, notes, today, fmt):
    result = subprocess.run([binary, "agenda", notes, "--today", today, "--format", fmt], capture_output=True)
    if result.returncode != 0:
        raise SystemExit(f"agenda --format {fmt} exited {result.returncode}: {result.stderr.decode()}")
    return result.stdout


def main():
    binary, notes, today = sys.argv[1:]
    raw = agenda(binary, notes, today, "ics")
    assert raw.endswith(b"\r\n"), "lines must end with CRLF"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    calendar = Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    actions = [a for a in json.loads(agenda(binary, notes, today, "json"))["actions"] if a["kind"] != "closed"]
    assert actions, "the agenda of the examples should not be empty"
    assert len(events) == len(actions), f"{len(events)} events for {len(actions)} actions"
    for action in actions:
        event = events[action["uid"]]
        start = event.decoded("DTSTART")
        if action["allDay"]:
            assert isinstance(start, date) and not isinstance(start, datetime)
            assert start.isoformat() == action["start"]
        elif action["end"]:
            assert start == datetime.fromisoformat(action["start"]), (start, action["start"])
            assert event.decoded("DTEND") == datetime.fromisoformat(action["end"])
        else:
            assert event.decoded("DTEND") == datetime.fromisoformat(action["start"])
            assert event.decoded("DTEND") - start == timedelta(minutes=30)
        description = str(event["DESCRIPTION"])
        assert action["file"] in description
        for key in ("person", "phone", "company"):
            if action[key]:
                assert action[key] in description, (key, description)
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"
        assert list(event["CATEGORIES"].cats) == ["interview-lint", action["kind"]]
    assert agenda(binary, notes, today, "ics") == raw, "the calendar must be the same on every run"
    print(f"{notes}: calendar valid ({len(events)} events, read by icalendar)")


if __name__ == "__main__":
    main()
