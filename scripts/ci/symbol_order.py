"""The functions some callgrind runs executed, for lld's --symbol-ordering-file.

    python3 scripts/ci/symbol_order.py ORDER_FILE CALLGRIND_OUT...
reads each callgrind output (scripts/ci/callgrind.py writes them), collects the functions they
name in the order callgrind met them, without repeats, prints how many of them ORDER_FILE listed
so far, and rewrites ORDER_FILE with them. Symbol-table names, so mangled as the linker sees them."""

import sys
from pathlib import Path


def functions(path):
    """The function names of one callgrind output, in order, with repeats."""
    for line in Path(path).read_text(errors="replace").splitlines():
        if line.startswith("fn="):
            name = line[3:].strip()
            # Addresses stand for code without a symbol; a space marks a name that is no symbol.
            if name and not name.startswith("0x") and " " not in name:
                yield name


def main():
    order_file, *outputs = sys.argv[1:]
    names = list(dict.fromkeys(name for output in outputs for name in functions(output)))
    target = Path(order_file)
    if target.exists():
        listed = set(target.read_text().split())
        covered = sum(name in listed for name in names)
        print(f"{target}: listed {covered} of the {len(names)} functions these runs execute "
              f"({100 * covered // max(len(names), 1)} %); rewritten")
    target.write_text("".join(name + "\n" for name in names))
    print(f"{len(names)} functions written to {target}")


if __name__ == "__main__":
    main()
