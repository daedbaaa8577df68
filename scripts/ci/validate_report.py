"""Checks `interview-lint report` on a folder of notes as a person would see it.

1. html5lib parses the report without a single parse error.
2. Its text holds every finding `lint --format json` gives and every person `dump` reads.
3. Debian's chromium, headless and with every host name mapped to nowhere, renders it at 1280 and
   390 px wide (light) and 1280 px in the dark scheme, and prints it to PDF: each PNG is made, has
   that width and is not blank, the dark one is dark and the light ones light, and the browser's
   network log shows no request made for the page. A canary page that does ask for a remote image
   is run through the same check first, so a check that could not see requests fails.

Usage: validate_report.py BINARY NOTES TODAY CHROMIUM [KEEP_FOLDER]
"""
import json
import os
import subprocess
import sys
import tempfile

import html5lib
from PIL import Image

BROWSER_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-extensions", "--disable-default-apps", "--disable-breakpad",
    # Nothing can be reached: a request would fail rather than leave the machine.
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def fail(message):
    print(f"validate-report: {message}", file=sys.stderr)
    sys.exit(1)


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)


def browse(chromium, page, folder, name, width, extra, output_flag):
    """Runs chromium on `page`; returns the output file and the URLs requested on the page's behalf."""
    output = os.path.join(folder, name)
    netlog = os.path.join(folder, name + ".netlog.json")
    profile = os.path.join(folder, name + ".profile")
    command = [chromium, *BROWSER_FLAGS, *extra, f"--user-data-dir={profile}", f"--window-size={width},1000",
               f"--log-net-log={netlog}", f"{output_flag}={output}", "file://" + os.path.abspath(page)]
    try:
        result = run(command)
    except subprocess.TimeoutExpired:
        fail(f"chromium did not finish {name} within 120 s")
    if result.returncode != 0 or not os.path.exists(output):
        fail(f"chromium made no {name} (exit {result.returncode}): {result.stderr.strip()[-400:]}")
    return output, page_requests(netlog)


def page_requests(netlog):
    """URLs the page asked for beyond its own file. The browser's own background requests (its
    updater, account checks) are not the page's: they carry no file:// isolation key."""
    with open(netlog, encoding="utf-8") as handle:
        log = json.load(handle)
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if event["type"] != start or "url" not in params:
            continue
        if "file://" not in params.get("network_isolation_key", "") and params.get("initiator") != "null":
            continue
        if not params["url"].startswith(("file:", "data:", "about:", "blob:")):
            urls.append(params["url"])
    return urls


def check_png(path, width, dark):
    with Image.open(path) as image:
        if image.width != width:
            fail(f"{os.path.basename(path)} is {image.width} px wide, not {width}")
        gray = image.convert("L")
        histogram = gray.histogram()
        pixels = gray.width * gray.height
        commonest = max(histogram) / pixels
        low, high = gray.getextrema()
        mean = sum(value * count for value, count in enumerate(histogram)) / pixels
    if commonest > 0.97 or high - low < 100:
        fail(f"{os.path.basename(path)} looks blank ({commonest:.0%} of it one shade, shades {low}-{high})")
    if dark and mean > 110:
        fail(f"{os.path.basename(path)} should be dark (prefers-color-scheme: dark) but its mean shade is {mean:.0f}")
    if not dark and mean < 160:
        fail(f"{os.path.basename(path)} should be light but its mean shade is {mean:.0f}")
    return commonest


def main():
    binary, notes, today, chromium = sys.argv[1:5]
    keep = sys.argv[5] if len(sys.argv) > 5 else None
    with tempfile.TemporaryDirectory() as folder:
        report = os.path.join(folder, "report.html")
        made = run([binary, "report", notes, "--today", today, "-o", report])
        if made.returncode != 0:
            fail(f"report exited {made.returncode}: {made.stderr.strip()}")

        # 1. html5lib, with the parse errors it keeps.
        with open(report, "rb") as handle:
            data = handle.read()
        parser = html5lib.HTMLParser(namespaceHTMLElements=False)
        document = parser.parse(data, transport_encoding="utf-8")
        if parser.errors:
            shown = "; ".join(f"line {pos[0]} col {pos[1]}: {code} {info}" for pos, code, info in parser.errors[:5])
            fail(f"html5lib found {len(parser.errors)} parse errors: {shown}")
        text = " ".join(" ".join(document.itertext()).split())

        # 2. Every finding and every person.
        lint = run([binary, "--format", "json", notes, "--today", today])
        findings = json.loads(lint.stdout)["diagnostics"]
        if not findings:
            fail("lint gave no findings on the notes: nothing to look for in the report")
        for finding in findings:
            if " ".join(finding["message"].split()) not in text:
                fail(f"the report lacks the finding {finding['file']}:{finding['line']}: {finding['message']}")
        people = []
        for report_file in json.loads(lint.stdout)["files"]:
            if report_file["outcome"] != "linted":
                continue
            dump = run([binary, "dump", report_file["path"], "--today", today])
            people += [person["name"]["value"] for person in json.loads(dump.stdout).get("people", [])]
        for name in people:
            if name not in text:
                fail(f"the report does not name {name}")
        svg = "{http://www.w3.org/2000/svg}"
        charts = [chart for chart in document.iter(svg + "svg") if chart.get("role") == "img" and chart.get("viewBox", "").startswith("0 0 960")]
        unlabelled = [chart for chart in charts if not chart.get("aria-label") or chart.find(svg + "title") is None]
        if not charts or unlabelled:
            fail(f"{len(unlabelled)} of {len(charts)} charts lack an aria-label or a <title>")

        # 3. The browser: first the canary, then the report.
        canary = os.path.join(folder, "canary.html")
        with open(canary, "w", encoding="utf-8") as handle:
            handle.write('<!DOCTYPE html><title>canary</title><img src="http://canary.invalid/x.png" alt="">')
        _, asked = browse(chromium, canary, folder, "canary.png", 390, [], "--screenshot")
        if not any("canary.invalid" in url for url in asked):
            fail("the network check saw no request from a page that makes one: it cannot be trusted")
        shots = [("report-1280.png", 1280, [], False), ("report-390.png", 390, [], False),
                 ("report-1280-dark.png", 1280, ["--force-dark-mode"], True)]
        for name, width, extra, dark in shots:
            png, asked = browse(chromium, report, folder, name, width, extra, "--screenshot")
            if asked:
                fail(f"the report asked the network for {asked[:3]} when rendered for {name}")
            check_png(png, width, dark)
        pdf, asked = browse(chromium, report, folder, "report.pdf", 1280, [], "--print-to-pdf")
        if asked:
            fail(f"the report asked the network for {asked[:3]} when printed")
        with open(pdf, "rb") as handle:
            if not handle.read(5) == b"%PDF-" or os.path.getsize(pdf) < 10_000:
                fail("the printed report is not a PDF of any size")
        if keep:
            os.makedirs(keep, exist_ok=True)
            for name, *_ in shots:
                os.replace(os.path.join(folder, name), os.path.join(keep, name))
            os.replace(pdf, os.path.join(keep, "report.pdf"))

    print(f"validate-report: html5lib: no parse errors; {len(findings)} findings and {len(people)} people in the text; "
          f"chromium: {', '.join(name for name, *_ in shots)} and a PDF made, none blank, no network request "
          f"(the canary's was seen)")


if __name__ == "__main__":
    main()
