"""The language server's latency, for scripts/bench (`scripts/bench server` runs only this).

Drives the built `interview-lint server` over pipes with a generated 1,000-line note and applies
1,000 incremental edits. Each edit is sent with a pull request (`textDocument/diagnostic`), which
the server answers as soon as the new text is linted, so the time from the change to its
diagnostics excludes the debounce. A second session pushes (`publishDiagnostics`, debounced) for
the end-to-end figure an editor sees. Peak RSS (VmHWM) is read after edit 100 and edit 1,000.
Writes its results between the bench-server markers of docs/performance.md.

Usage: bench_server.py BINARY [--no-write]"""

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from perf_page import write_section

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-26"
LINES = 1000
EDITS = 1000
PUSHED_EDITS = 100
DEBOUNCE_MS = 150  # LanguageServer.Options.debounce
GOAL_MS = 10
PEOPLE = ["Jane Doe", "Bob Smith", "Priya Natarajan", "Zoë Ødegård", "Marco Bellini", "Amara Okafor"]
TOPICS = ["the offline sync design", "their on-call rotation", "the hiring plan", "the data pipeline",
          "test automation", "the Q3 roadmap"]


LOG_START = 30  # the first log entry's line (0-based)
NOTES_START = 60


def long_note():
    """A 1,000-line note of a long process: six interviewers over three rounds, a log of 27
    entries, and pages of notes (questions, answers, impressions) under round headings."""
    lines = ["---", "company: Acme Robotics", "role: Senior iOS Engineer", "date: 2026-10-05 10:00",
             "status: waiting", "---", "", "# Acme Robotics — Senior iOS Engineer", "", "## Interviewers", ""]
    for index, name in enumerate(PEOPLE):
        email = name.lower().replace(" ", ".").replace("ë", "e").replace("ø", "o") + "@acme.example"
        lines.append(f"- [{'x' if index % 3 else ' '}] {name} — Engineer — {email} — +1 555 01{index:02d}")
    lines += ["", "## Before leaving", "", "- [x] They have my resume", "- [x] They have my contact information", "",
              "## Timeframe", "", "They will decide by 2026-12-04.", "", "## Follow-up", ""]
    while len(lines) < LOG_START:
        lines.append("")
    day = date(2026, 10, 5).toordinal()
    for round_number in range(3):
        when = date.fromordinal(day + 14 * round_number)
        for offset, name in enumerate(PEOPLE):
            topic = TOPICS[(round_number + offset) % len(TOPICS)]
            lines.append(f"- {when} 17:{offset}0 — Email thank-you to {name}. Recap: {topic}. Reiterated interest.")
        lines.append(f"- {date.fromordinal(day + 14 * round_number + 8)} 10:15 — Called {PEOPLE[0]}; left a voicemail.")
        lines.append(f"- {date.fromordinal(day + 14 * round_number + 9)} 14:00 — Email from {PEOPLE[0]}: next round booked.")
    while len(lines) < NOTES_START:
        lines.append("")
    lines[NOTES_START - 2] = "## Notes"
    section = 0
    while len(lines) < LINES:
        number = len(lines)
        topic = TOPICS[number % len(TOPICS)]
        person = PEOPLE[number % len(PEOPLE)].split()[0]
        if number % 50 == 0:
            section += 1
            lines += ["", f"### Round {section % 3 + 1}, part {section}: {topic}", ""]
        elif number % 7 == 0:
            lines.append(f"{person} described how the team handles {topic}: small pull requests, a review within a "
                         "day, and a weekly demo to the product managers.")
        else:
            lines.append(f"- {person} asked about {topic}; I answered with the archive project and what I would change.")
    return "\n".join(lines[:LINES]) + "\n"


class Session:
    """A client over the server's pipes: framed JSON-RPC, read synchronously."""

    def __init__(self, binary, pulls):
        self.process = subprocess.Popen([binary, "server", "--today", TODAY], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0
        capabilities = {"textDocument": {"diagnostic": {}}} if pulls else {}
        self.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": capabilities})
        self.notify("initialized", {})

    def write(self, *messages):
        data = b""
        for message in messages:
            body = json.dumps(dict(jsonrpc="2.0", **message)).encode()
            data += b"Content-Length: %d\r\n\r\n" % len(body) + body
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("bench_server: the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def message(self, method, params, request):
        message = {"method": method, "params": params}
        if request:
            self.next_id += 1
            message["id"] = self.next_id
        return message

    def notify(self, method, params):
        self.write(self.message(method, params, False))

    def request(self, method, params):
        message = self.message(method, params, True)
        self.write(message)
        return self.answer(message["id"])

    def answer(self, id):
        while True:
            message = self.read()
            if message.get("id") == id and "method" not in message:
                return message

    def peak_rss_mb(self):
        for line in open(f"/proc/{self.process.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=10)


def units(text):
    return len(text.encode("utf-16-le")) // 2


def typing(number, lines):
    """Types one character: alternately after the first letter of a name in the log (which adds
    a name-spelling finding) and at the end of a line of the notes. Returns the LSP change and
    where the character went (line, UTF-16 column, index in the line)."""
    if number % 2 == 0:
        line = LOG_START + (number // 2) % 24
        text = lines[line]
        at = min(text.index(name) + 1 for name in PEOPLE if name in text)
    else:
        line = NOTES_START + 10 + (number // 2) % 900
        text = lines[line]
        at = len(text)
    lines[line] = text[:at] + "x" + text[at:]
    place = {"line": line, "character": units(text[:at])}
    return {"range": {"start": place, "end": place}, "text": "x"}, (line, place["character"], at)


def deleting(typed, lines):
    """Deletes the character `typing` typed, which takes the finding it made away again."""
    line, column, at = typed
    lines[line] = lines[line][:at] + lines[line][at + 1:]
    return {"range": {"start": {"line": line, "character": column}, "end": {"line": line, "character": column + 1}},
            "text": ""}


def run_pulls(binary, note_path, text):
    session = Session(binary, pulls=True)
    uri = note_path.as_uri()
    session.notify("textDocument/didOpen",
                   {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    first = session.request("textDocument/diagnostic", {"textDocument": {"uri": uri}})
    findings = len(first["result"]["items"])
    lines = text.split("\n")
    times, memory, pending = [], {}, None
    for number in range(EDITS):
        if pending is None:
            change, pending = typing(number // 2, lines)
        else:
            change, pending = deleting(pending, lines), None
        session.next_id += 1
        pull = {"method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}, "id": session.next_id}
        started = time.perf_counter()
        session.write({"method": "textDocument/didChange",
                       "params": {"textDocument": {"uri": uri, "version": number + 2}, "contentChanges": [change]}}, pull)
        answer = session.answer(pull["id"])
        times.append((time.perf_counter() - started) * 1000)
        assert answer["result"]["kind"] == "full", answer
        if (number + 1) % 100 == 0:
            memory[number + 1] = session.peak_rss_mb()
    # The text the server holds is the one the edits made: the last pull's findings are the
    # first one's (the edits come in pairs that undo each other).
    assert len(answer["result"]["items"]) == findings, (len(answer["result"]["items"]), findings)
    session.close()
    return times, memory, findings


def run_pushes(binary, note_path, text):
    session = Session(binary, pulls=False)
    uri = note_path.as_uri()
    session.notify("textDocument/didOpen",
                   {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    session.read()
    lines = text.split("\n")
    times, pending = [], None
    for number in range(PUSHED_EDITS):
        if pending is None:
            change, pending = typing(number // 2, lines)
        else:
            change, pending = deleting(pending, lines), None
        started = time.perf_counter()
        session.notify("textDocument/didChange",
                       {"textDocument": {"uri": uri, "version": number + 2}, "contentChanges": [change]})
        while True:
            message = session.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["version"] == number + 2:
                break
        times.append((time.perf_counter() - started) * 1000)
    session.close()
    return times


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    binary = sys.argv[1]
    folder = ROOT / ".build" / "bench-corpus" / "server"
    folder.mkdir(parents=True, exist_ok=True)
    note_path = folder / "long-note.md"
    text = long_note()
    note_path.write_text(text, encoding="utf-8")
    assert text.count("\n") == LINES
    times, memory, findings = run_pulls(binary, note_path, text)
    pushed = run_pushes(binary, note_path, text)
    median, p95, worst = statistics.median(times), percentile(times, 0.95), max(times)
    push_median = statistics.median(pushed)
    flat = memory[EDITS] <= 1.1 * memory[100]
    swift = subprocess.run("swift --version 2>&1", shell=True, capture_output=True, text=True).stdout.splitlines()[0]
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    lines = [
        "Measured by `scripts/bench server` (`scripts/ci/bench_server.py`): the release server over pipes,",
        f"a generated {LINES:,}-line note ({len(text.encode()) // 1024} KB: six interviewers, a log of 24 entries, "
        f"{LINES - NOTES_START} lines of notes; {findings} findings),",
        f"{EDITS:,} incremental edits (a character typed, then deleted again, in a name in the log or in the notes),",
        "each followed by a pull (`textDocument/diagnostic`), timed from writing the change to reading its",
        "diagnostics: the change applied, the note linted, the findings converted and sent, without the debounce.",
        "",
        f"Recorded {date.today()} on {platform.machine()}, {os.cpu_count()} cores, {swift}, interview-lint {version}.",
        "",
        "| Per change, 1,000-line note | median | p95 | max |",
        "|-----------------------------|-------:|----:|----:|",
        f"| change to its diagnostics (pulled) | {median:.1f} ms | {p95:.1f} ms | {worst:.1f} ms |",
        "",
        f"Pushed (`publishDiagnostics`, {PUSHED_EDITS} edits): median {push_median:.0f} ms from the change, of which "
        f"{DEBOUNCE_MS} ms is the debounce.",
        f"Server peak RSS: {memory[100]:.1f} MB after edit 100, {memory[EDITS]:.1f} MB after edit {EDITS:,}.",
        "",
        "| Target | Measured | Goal | Met |",
        "|--------|---------:|-----:|-----|",
        f"| 1,000-line note: change to diagnostics, p95 | {p95:.1f} ms | ≤ {GOAL_MS} ms | {'yes' if p95 <= GOAL_MS else 'no'} |",
        f"| server peak RSS, edit 100 → {EDITS:,} | {memory[100]:.1f} → {memory[EDITS]:.1f} MB | flat (≤ +10%) | "
        f"{'yes' if flat else 'no'} |",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if "--no-write" in sys.argv:
        return
    write_section("bench-server", report)


if __name__ == "__main__":
    main()
