"""The measured part of docs/performance.md: only the text between a pair of markers is rewritten,
the rest of the page is kept by hand."""

from pathlib import Path

PAGE = Path(__file__).resolve().parents[2] / "docs" / "performance.md"


def write_section(name, report):
    """Puts `report` between `<!-- NAME: start -->` and `<!-- NAME: end -->` in docs/performance.md."""
    text = PAGE.read_text()
    start, end = f"<!-- {name}: start -->\n", f"<!-- {name}: end -->"
    if start not in text or end not in text:
        raise SystemExit(f"{PAGE} has lost its {start.strip()} and {end} markers")
    before, rest = text.split(start, 1)
    PAGE.write_text(before + start + report + end + rest.split(end, 1)[1])
    print("written to docs/performance.md")
