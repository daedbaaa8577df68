#!/usr/bin/env python3
"""Notes for comparing two builds of interview-lint (scripts/compare-outputs).

Writes, under OUT:
  spec/    the example note with each CommonMark spec example appended, and inserted under its
           Follow-up and Interviewers headings (needs ../shared/corpus/commonmark/spec.txt);
  random/  notes of random tables, list items, dates, names, separators, checkboxes and marks,
           from fixed seeds, so every run writes the same files;
  crlf/    the example notes with CRLF and lone-CR line endings.
"""
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODEL = ROOT / "Examples" / "acme-robotics-model.md"
SPEC = ROOT.parent / "shared" / "corpus" / "commonmark" / "spec.txt"

PIECES = ["|", "|", "\\", "`", " ", " ", "\u00a0", "\u0301", "\u0600", "—", "–", "-", " - ", ",", ";", ":", ".",
          "(", ")", "a", "J", "Jane", "Doe", "Marco", "Ødegård", "x", "yes", "no", "\u3000", "é", "🎉", "\t",
          "2026-11-17", "Email", "Call", "called", "to", "from", "thank-you", "Thanks", "[x]", "[ ]", "*", "**",
          "_", "[[Jane Doe]]", "[[Jane Doe|Jane]]", "Dr.", "Mr", "CEO", "Acme", "left", "my", "card", "resume",
          "résumé", "re\u0301sume\u0301", "contact", "not", "didn't", "’s", "'s", "Jane’s", "17:30", "5pm",
          "9 a.m.", "Mon", "Monday,", "Nov 16", "11/16", "2026/11/16", "2026-11-16T17:30", "17h30", "recap",
          "reiterated", "interest", "follow", "up", "check", "in", "voicemail", "LinkedIn", "e-mail", "hand",
          "written", "note", "<!-- x -->", "http://x.y", "jane@x.io", "+1 555 0100"]
HEADINGS = ["## Interviewers", "## Follow-up", "## Before leaving", "## Timeframe", "## Timeline",
            "## People I met", "## Log"]
DATES = ["2026-11-17", "2026-11-17 17:30", "Nov 18", "**2026-11-19**", "Mon Nov 23", "2026/11/20", "",
         "2026-02-30", "11/24 9am", "2026-11-16T18:00"]


def words(rng, low, high):
    return "".join(rng.choice(PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(low, high)))


def table_row(rng, columns):
    row = "|".join(words(rng, 0, 4) for _ in range(columns))
    if rng.random() < 0.7:
        row = "|" + row
    if rng.random() < 0.7:
        row += "|"
    if rng.random() < 0.2:
        row = rng.choice([" ", "\u00a0", "\u0301", "\u0600"]) + row
    if rng.random() < 0.2:
        row += rng.choice([" ", "\u00a0", "\u0301", "\u0600"])
    return row


def random_note(rng):
    lines = ["---", "date: 2026-11-16 10:00", "company: Acme Robotics", "---", "# Acme", "## Interviewers",
             "- [x] Jane Doe — Manager — jane@acme.io — +1 555 0100", "- Marco Ødegård, CTO"]
    for _ in range(rng.randint(2, 6)):
        lines += ["", rng.choice(HEADINGS), ""]
        kind = rng.random()
        if kind < 0.3:
            columns = rng.randint(2, 5)
            lines.append(rng.choice(["| Name | Title | Email | Phone | Card |", "| Date | Channel | With | Notes |",
                                     "Name | Email", "| who | card |", "| When | Time | How | Who | Summary |"]))
            lines.append("|" + "---|" * columns)
            lines += [table_row(rng, columns) for _ in range(rng.randint(1, 5))]
        elif kind < 0.8:
            for _ in range(rng.randint(1, 5)):
                lines.append(rng.choice(["- ", "* ", "1. ", "- [x] ", "- [ ] "]) + rng.choice(DATES)
                             + rng.choice([" — ", " - ", ": ", " ", " | "]) + words(rng, 1, 10))
                if rng.random() < 0.15:
                    lines.append("  " + words(rng, 1, 5))
        else:
            lines.append(words(rng, 2, 12))
    return "\n".join(lines) + "\n"


def main():
    out = pathlib.Path(sys.argv[1])
    model = MODEL.read_text(encoding="utf-8")
    spec_dir, random_dir, crlf_dir = out / "spec", out / "random", out / "crlf"
    for folder in (spec_dir, random_dir, crlf_dir):
        folder.mkdir(parents=True, exist_ok=True)
    if SPEC.exists():
        examples = re.findall(r"^`{32} example\n(.*?)^\.\n", SPEC.read_text(encoding="utf-8"), re.S | re.M)
        lines = model.split("\n")
        for number, example in enumerate(examples):
            example = example.replace("→", "\t")
            (spec_dir / f"a{number:04d}.md").write_text(model + "\n" + example, encoding="utf-8")
            for prefix, heading in (("b", "## Follow-up"), ("c", "## Interviewers")):
                inserted = []
                for line in lines:
                    inserted.append(line)
                    if line == heading:
                        inserted += ["", example]
                (spec_dir / f"{prefix}{number:04d}.md").write_text("\n".join(inserted), encoding="utf-8")
    else:
        print(f"note: {SPEC} is absent; no spec notes written", file=sys.stderr)
    for seed in range(1, 5):
        rng = random.Random(seed)
        for number in range(400):
            (random_dir / f"r{seed}-{number:04d}.md").write_text(random_note(rng), encoding="utf-8")
    for note in sorted((ROOT / "Examples").glob("*.md")):
        text = note.read_text(encoding="utf-8")
        (crlf_dir / f"{note.stem}-crlf.md").write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        (crlf_dir / f"{note.stem}-cr.md").write_bytes(text.replace("\n", "\r").encode("utf-8"))


if __name__ == "__main__":
    main()
