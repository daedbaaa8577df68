"""Summarises a callgrind run made with --dump-instr=yes (see scripts/profile): instructions in all
and a note, atomic (lock-prefixed) instructions executed and where, and the costliest functions by
their own instructions."""
import collections
import re
import subprocess
import sys


def main():
    binary, out, notes = sys.argv[1], sys.argv[2], int(sys.argv[3])
    atomic, names, current = set(), {}, None
    disassembly = subprocess.run(["objdump", "-d", "--no-show-raw-insn", binary],
                                 capture_output=True, text=True, check=True).stdout
    for line in disassembly.splitlines():
        if match := re.match(r"^[0-9a-f]+ <(.*)>:", line):
            current = match.group(1)
        elif match := re.match(r"^\s+([0-9a-f]+):\s+(lock\b|xchg\b)", line):
            atomic.add(int(match.group(1), 16))
            names[int(match.group(1), 16)] = current
    total, atomics = 0, 0
    own, atomic_by_function = collections.Counter(), collections.Counter()
    function, address, after_call = None, 0, False
    summary = None
    for line in open(out, encoding="utf-8", errors="replace"):
        if line.startswith(("summary:", "totals:")):
            summary = int(line.split()[1])
            continue
        if line.startswith("fn="):
            function = line[3:].strip()
            continue
        if line.startswith("calls="):
            after_call = True  # the next cost line is the call's inclusive cost
            continue
        match = re.match(r"^(0x[0-9a-f]+|[+-]\d+|\*)\s+\S+\s+(\d+)", line)
        if not match:
            continue
        position = match.group(1)
        if position.startswith("0x"):
            address = int(position, 16)
        elif position[0] in "+-":
            address += int(position)
        if after_call:
            after_call = False
            continue
        cost = int(match.group(2))
        total += cost
        own[function] += cost
        if address in atomic:
            atomics += cost
            atomic_by_function[names[address]] += cost
    total = summary or total  # valgrind's own total, when the file has it
    demangle = ["swift", "demangle", "--simplified"]

    def readable(symbols):
        # Swift names through `swift demangle`, C++ ones (the Swift runtime's) through c++filt.
        names = list(symbols)
        for tool in (demangle, ["c++filt"]):
            try:
                result = subprocess.run(tool, input="\n".join(names), capture_output=True, text=True, check=True)
                names = result.stdout.splitlines() or names
            except (OSError, subprocess.CalledProcessError):
                pass
        return names

    print(f"{notes} notes, --jobs 1: {total / 1e6:.1f} M instructions ({total / notes / 1e6:.3f} M a note), "
          f"{atomics / 1e3:.0f} K atomic instructions ({atomics / notes:.0f} a note)")
    print("\natomic instructions, by function:")
    top = atomic_by_function.most_common(6)
    for (symbol, count), name in zip(top, readable([symbol for symbol, _ in top])):
        print(f"  {count:9,}  {name[:110]}")
    print("\nown instructions, by function:")
    top = own.most_common(25)
    for (symbol, count), name in zip(top, readable([symbol for symbol, _ in top])):
        print(f"  {count / 1e6:7.2f} M  {name[:110]}")


if __name__ == "__main__":
    main()
