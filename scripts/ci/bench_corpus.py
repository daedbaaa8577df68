"""Writes a deterministic corpus of realistic interview notes for scripts/bench.

Usage: bench_corpus.py FOLDER COUNT [SEED]
Each note is about 3 KB: front matter, interviewers (a list or a pipe table), the before-leaving
checklist, a timeframe answer, a follow-up log, and free-form notes. About a third of the notes
break one technique or another, so the rules have findings to report.
"""

import random
import sys
from datetime import date, timedelta
from pathlib import Path

FIRST = ["Jane", "Bob", "Priya", "Marco", "Amara", "Eleanor", "Tom", "Dana", "Luis", "Mei", "Sam", "Olivia",
         "Ravi", "Zoë", "Ines", "Kofi", "Hana", "Lars", "Noor", "Mateo", "Aiko", "Chidi", "Elena", "Farid"]
LAST = ["Doe", "Smith", "Natarajan", "Bellini", "Okafor", "Price", "Reyes", "Kim", "Ortega", "Chen", "Rivera",
        "Grant", "Shah", "Ødegård", "Park", "Mensah", "Sato", "Lindqvist", "Haddad", "García", "Tanaka", "Eze"]
COMPANIES = ["Acme Robotics", "Lumen Energy", "Harbor Books", "Volt Motors", "Northwind Logistics", "Quarry Labs",
             "Pinecrest Health", "Kestrel Games", "Bluefin Analytics", "Cedar & Pine", "Orbit Freight", "Sable Bank"]
ROLES = ["iOS Engineer", "Data Engineer", "Product Designer", "Controls Engineer", "Store Manager",
         "Backend Developer", "QA Lead", "Site Reliability Engineer", "UX Researcher", "Support Engineer"]
TITLES = ["Engineering Manager", "Staff Engineer", "Director", "Recruiter", "Team Lead", "VP Product", "Designer"]
TIMEFRAMES = ["They will decide by {month} {day}th.", "Within two weeks.", "By the end of next week.",
              "Soon, they said.", "They hope to decide in the next 10 days.", "Early {month}.",
              "Not sure yet; they'll let me know.", "By {iso}.", "End of the month.", "Next Friday."]
TOPICS = ["the offline sync design", "their on-call rotation", "PID tuning", "the hiring plan",
          "the data pipeline", "test automation", "the Q3 roadmap", "customer interviews", "the archive project"]
FILLER = ("Notes from the conversation: we talked about the team's current projects, how they plan "
          "releases, and what a first quarter in the role would look like. They asked about a past "
          "project where a deadline slipped and how I handled it. ")


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def note(rng, index):
    start = date(2026, 9, 1) + timedelta(days=rng.randrange(70))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    hour = rng.choice([9, 10, 11, 13, 14, 15])
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    people = []
    while len(people) < rng.randint(1, 4):
        name = person(rng)
        if name not in people:
            people.append(name)
    broken = rng.random() < 0.35
    lines = ["---", f"company: {company}", f"role: {role}", f"date: {start} {hour:02d}:00",
             f"status: {rng.choice(['waiting'] * 5 + ['rejected', 'offer'])}", "tags: [job-search]", "---", "",
             f"# {company} — {role}", ""]
    if rng.random() < 0.3:
        lines += ["## 👥 Participants", "", "| Name | Title | Email | Phone | Card |", "|---|---|---|---|---|"]
        for name in people:
            email = name.lower().replace(" ", ".") + "@example.com"
            lines.append(f"| {name} | {rng.choice(TITLES)} | {email} | +1 555 {rng.randrange(10000):04d} | "
                         f"{'no' if broken and rng.random() < 0.3 else 'yes'} |")
    else:
        lines += ["## Interviewers", ""]
        for name in people:
            box = " " if broken and rng.random() < 0.3 else "x"
            email = name.lower().replace(" ", ".") + "@example.com"
            phone = f" — +1 555 {rng.randrange(10000):04d}" if rng.random() < 0.9 else ""
            lines.append(f"- [{box}] {name} — {rng.choice(TITLES)} — {email}{phone}")
    lines += ["", "## Before leaving", "", "- [x] They have my resume",
              f"- [{' ' if broken and rng.random() < 0.3 else 'x'}] They have my contact information", ""]
    if not (broken and rng.random() < 0.3):
        decision = start + timedelta(days=rng.randint(7, 21))
        lines += ["## Timeframe", "", rng.choice(TIMEFRAMES).format(month=decision.strftime("%B"), day=decision.day,
                                                                    iso=decision.isoformat()), ""]
    lines += ["## Follow-up", ""]
    when = start
    for name in people:
        delay = rng.choice([0, 0, 0, 1, 2]) if broken else 0
        day = start + timedelta(days=delay)
        lines.append(f"- {day} {rng.randint(17, 20)}:{rng.choice(['00', '15', '30', '45'])} — Email thank-you to {name}. "
                     f"Recap: {rng.choice(TOPICS)}. Reiterated interest.")
        when = max(when, day)
    called = False
    for _ in range(rng.randint(0, 3)):
        when += timedelta(days=rng.randint(6, 10) if not broken else rng.randint(2, 10))
        while when.weekday() >= 5:
            when += timedelta(days=1)
        if when >= date(2026, 11, 26):
            break
        name = rng.choice(people)
        kind = rng.random()
        if kind < 0.35 and not called:
            called = True
            lines.append(f"- {when} {rng.choice(['09:45', '10:15', '11:00', '16:30'])} — Called {name}; left a voicemail.")
        elif kind < 0.8:
            lines.append(f"- {when} 14:00 — Email from {name}: they are still interviewing.")
        else:
            lines.append(f"- {when} 10:00 — Email to {name} to follow up on my application.")
    lines += ["", "## Notes", ""]
    body = "\n".join(lines) + "\n"
    while len(body.encode()) < 2900:
        body += FILLER + f"We also discussed {rng.choice(TOPICS)}.\n\n"
    return body


def main():
    folder, count = Path(sys.argv[1]), int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 20261126
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        # A few notes per folder, as in a vault sorted by month.
        sub = folder / f"{index // 500:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"note-{index:05d}.md").write_text(note(rng, index), encoding="utf-8")


if __name__ == "__main__":
    main()
