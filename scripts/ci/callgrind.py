"""valgrind's callgrind, as scripts/bench and scripts/profile run it.

valgrind 3.19 cannot read the DWARF 5 debug information Swift 6 writes, so a binary is counted
through a copy stripped of its debug sections (function names still come from the symbol table).

    python3 scripts/ci/callgrind.py OUT BINARY ARGUMENT...
strips BINARY into OUT/, runs it under callgrind with instruction-level output (for
scripts/ci/profile_summary.py) into OUT/callgrind.out, and prints the instructions executed."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path


def stripped(binary, folder):
    """A copy of `binary` without debug sections, in `folder`."""
    copy = Path(folder) / Path(binary).name
    subprocess.run(["strip", "--strip-debug", "-o", str(copy), str(binary)], check=True)
    return str(copy)


def instructions(command, out=None, options=()):
    """Instructions executed by `command` (all its threads): the same for the same binary and files
    whatever else the machine is doing. `out`: where callgrind writes its profile (else a
    temporary file); `options`: more callgrind options."""
    with tempfile.TemporaryDirectory() as scratch:
        target = out or f"{scratch}/out"
        result = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={target}", *options] + command,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    match = re.search(r"I\s+refs:\s+([\d,]+)", result.stderr)
    if not match:
        raise SystemExit(f"callgrind gave no count for {command[0]}:\n{result.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main():
    out, binary, *arguments = sys.argv[1:]
    Path(out).mkdir(parents=True, exist_ok=True)
    copy = stripped(binary, out)
    print(instructions([copy] + arguments, out=f"{out}/callgrind.out",
                       options=("--dump-instr=yes", "--compress-strings=no", "--compress-pos=no")))


if __name__ == "__main__":
    main()
