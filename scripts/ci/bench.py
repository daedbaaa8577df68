"""Runs the benchmark and writes its results into docs/performance.md. See scripts/bench."""

import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from callgrind import instructions, stripped

from perf_page import write_section

TODAY = "2026-11-26"
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".build" / "bench-corpus"


def sh(command, **kwargs):
    return subprocess.run(command, shell=True, check=True, capture_output=True, text=True, **kwargs).stdout


def corpus(size):
    folder = CORPUS / str(size)
    if not (folder / "done").exists():
        subprocess.run([sys.executable, str(ROOT / "scripts/ci/bench_corpus.py"), str(folder), str(size)], check=True)
        (folder / "done").write_text("")
    return folder


def hyperfine_times(commands, runs, warmup=1, shell=True):
    """One hyperfine run over `commands`: each command's wall times, in seconds."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        arguments = ["hyperfine", "--ignore-failure", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
                     "--export-json", out.name]
        if not shell:
            arguments.append("-N")
        subprocess.run(arguments + commands, check=True, capture_output=True, text=True)
        return [result["times"] for result in json.load(open(out.name))["results"]]


def hyperfine(commands, runs, warmup=1, shell=True):
    """Each command's mean wall time over `runs` runs, measured by one hyperfine run."""
    return [sum(times) / len(times) for times in hyperfine_times(commands, runs, warmup, shell)]


def hyperfine_rounds(commands, rounds, runs, warmup):
    """Each command's mean wall time over `rounds` hyperfine runs of `runs` runs a command.

    hyperfine runs all the runs of one command before the next, so on a shared machine a change
    of load between two commands' blocks lands in their ratio: `--jobs 1` on 10,000 notes came
    out at 1.54x cmark in blocks of 5 runs, and at 1.23x in runs alternated just after. In
    short rounds every command is measured close in time to the others, and the means are over
    all rounds, so drift in the load falls on all of them alike. Warm-up runs (the page cache)
    are in the first round only."""
    collected = [[] for _ in commands]
    for round_number in range(rounds):
        times = hyperfine_times(commands, runs, warmup if round_number == 0 else 0)
        for command_times, new in zip(collected, times):
            command_times.extend(new)
    return [sum(times) / len(times) for times in collected]


def peak_memory_mb(command):
    result = subprocess.run(["/usr/bin/time", "-v", "bash", "-c", command], capture_output=True, text=True)
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return int(match.group(1)) / 1024 if match else float("nan")


def main():
    binary, pymarkdown, *requested = sys.argv[1:]
    sizes = [int(size) for size in requested] or [1000, 10000, 50000]
    lint = f"{binary} --today {TODAY} --no-config --quiet"
    rows, memory, checks = [], [], []
    rounds_of = {}
    for size in sizes:
        folder = corpus(size)
        # The machine is shared: rounds of a few runs each (see hyperfine_rounds), more of them
        # where a run is short. Warm-up runs read the files into the page cache.
        rounds, per_round = (10, 2) if size <= 1000 else (6, 1)
        warmup = 3 if size <= 10000 else 1
        files = f"find {folder} -name '*.md' -print0"
        ours, single, parser = hyperfine_rounds([
            f"{lint} {folder} > /dev/null",
            f"{lint} --jobs 1 {folder} > /dev/null",
            f"{files} | xargs -0 cmark > /dev/null",
        ], rounds, per_round, warmup)
        runs = rounds * per_round
        rounds_of[size] = rounds
        rows.append((size, ours, single, parser, runs))
        memory.append((size, peak_memory_mb(f"{lint} {folder} > /dev/null")))
        checks.append((f"{size:,} notes: interview-lint / cmark", ours / parser, 1.0))
        checks.append((f"{size:,} notes: interview-lint --jobs 1 / cmark", single / parser, 1.5))

    small = corpus(1000)
    # Instructions on the 1,000-note corpus, --jobs 1 against cmark: a ratio that does not move
    # with the machine's load, for telling whether a change helped.
    notes = sorted(str(path) for path in small.rglob("*.md"))
    with tempfile.TemporaryDirectory() as scratch:
        counted_ours = instructions([stripped(binary, scratch), "--today", TODAY, "--no-config", "--quiet", "--jobs", "1",
                                     str(small)])
    counted_parser = instructions(["cmark"] + notes)
    ours_small, peer = hyperfine([f"{lint} {small} > /dev/null", f"{pymarkdown} scan -r {small} > /dev/null"], 1, warmup=0)
    checks.append(("1,000 notes: pymarkdownlnt / interview-lint", peer / ours_small, None))

    one = next(small.rglob("note-00000.md"))
    # The pre-commit case as pre-commit runs it: `interview-lint FILE` and no option
    # (.pre-commit-hooks.yaml), so the folder's configuration is looked for and the clock gives the
    # date. With options the command line goes through argument-parser, measured beside it.
    # Beside it, for information: the flag a hook's `args:` usually carries, and the same note with
    # Examples/.interview-lint.yml (every key written out) in its folder, which adds reading YAML.
    configured = ROOT / ".build" / "bench-corpus" / "one-with-config"
    configured.mkdir(parents=True, exist_ok=True)
    shutil.copy(one, configured / one.name)
    shutil.copy(ROOT / "Examples" / ".interview-lint.yml", configured / ".interview-lint.yml")
    note_ours, note_options, note_strict, note_config, note_parser = hyperfine(
        [f"{binary} {one}", f"{lint} {one}", f"{binary} --strict {one}", f"{binary} {configured / one.name}",
         f"cmark {one}"], 200, warmup=10, shell=False)
    checks.append(("one note, as pre-commit runs it: interview-lint / cmark", note_ours / note_parser, 3.0))

    peaks = [mb for _, mb in memory]
    cpu = sh("grep -m1 'model name' /proc/cpuinfo").split(":")[-1].strip()
    swift = sh("swift --version 2>&1").splitlines()[0].strip()
    cmark = sh("cmark --version").splitlines()[0]
    ours_version = sh(binary + " --version").strip()
    peer_version = sh(pymarkdown + " version").strip()
    lines = ["Measured by `scripts/bench` (not by the tests): wall time with hyperfine, all commands of a row in",
             "one run on the same files (the corpus rows in short rounds of hyperfine runs, so that every command",
             "is timed close to the others), and peak memory with `/usr/bin/time -v`. The corpus is generated",
             "deterministically (`scripts/ci/bench_corpus.py`, about 3 KB a note, a third of them with findings).",
             "cmark is the floor: it reads and parses the same files (and writes HTML).", "",
             f"Recorded {date.today()} on {platform.machine()}, {os.cpu_count()} cores ({cpu}), {swift}, {cmark}, "
             f"interview-lint {ours_version}, pymarkdownlnt {peer_version}. "
             "The machine is shared and noisy: compare the ratios, not the seconds.", "",
             "| Notes | interview-lint | --jobs 1 | cmark | ratio | ratio (--jobs 1) | runs each (rounds) |",
             "|------:|---------------:|---------:|------:|------:|-----------------:|-----------------:|"]
    for size, ours, single, parser, runs in rows:
        lines.append(f"| {size:,} | {ours:.3f} s | {single:.3f} s | {parser:.3f} s | {ours / parser:.2f}× | "
                     f"{single / parser:.2f}× | {runs} ({rounds_of[size]}) |")
    lines += ["", "| Notes | peak memory |", "|------:|------------:|"]
    lines += [f"| {size:,} | {mb:.0f} MB |" for size, mb in memory]
    lines += ["", f"One note (the pre-commit case, `interview-lint NOTE`): interview-lint {note_ours * 1000:.1f} ms, "
              f"cmark {note_parser * 1000:.1f} ms; with `--strict` {note_strict * 1000:.1f} ms; "
              f"with Examples/.interview-lint.yml in its folder {note_config * 1000:.1f} ms "
              f"({note_config / note_parser:.1f}×); with `--today --no-config --quiet` (through argument-parser) "
              f"{note_options * 1000:.1f} ms.",
              f"1,000 notes: pymarkdownlnt {peer:.2f} s, interview-lint {ours_small:.3f} s.",
              f"Instructions on the 1,000 notes (callgrind, repeatable whatever the load; for information, the "
              f"targets are on time): interview-lint --jobs 1 {counted_ours / 1e6:,.0f} M "
              f"({counted_ours / len(notes) / 1e6:.2f} M a note), cmark {counted_parser / 1e6:,.0f} M "
              f"({counted_parser / len(notes) / 1e6:.2f} M a note): {counted_ours / counted_parser:.1f}×.", "",
              "| Target | Measured | Goal | Met |", "|--------|---------:|-----:|-----|"]
    for name, value, goal in checks:
        if goal is None:
            lines.append(f"| {name} | {value:.1f}× | ≥ 100× | {'yes' if value >= 100 else 'no'} |")
        else:
            # Two decimals: a ratio just over its goal must not print as equal to it.
            lines.append(f"| {name} | {value:.2f}× | ≤ {goal}× | {'yes' if value <= goal else 'no'} |")
    flat = max(peaks) <= 100 and (len(peaks) < 2 or max(peaks) <= 1.5 * min(peaks))
    lines.append(f"| peak memory ≤ 100 MB and flat | {max(peaks):.0f} MB | ≤ 100 MB | {'yes' if flat else 'no'} |")
    report = "\n".join(lines) + "\n"
    print(report)
    write_section("bench", report)


if __name__ == "__main__":
    main()
