"""Checks every output format against its consumer's published schema or reader.

- SARIF against the official SARIF 2.1.0 JSON schema, plus what GitHub code scanning needs;
- JUnit XML against the JUnit XSD;
- rdjson against reviewdog's DiagnosticResult schema;
- checkstyle by the structure reviewdog's checkstyle reader expects (no schema is published);
- GitHub workflow commands by reading them back and comparing with the JSON report.

Usage: validate_reports.py BINARY SCHEMAS_DIR NOTES_DIR... (run from the repository root)
"""

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import xmlschema

TODAY = "2026-11-26"


def run(binary, paths, fmt):
    result = subprocess.run([binary, *paths, "--today", TODAY, "--format", fmt], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"interview-lint --format {fmt} exited {result.returncode}: {result.stderr}")
    return result.stdout


def check_sarif(text, schema, expected):
    document = json.loads(text)
    jsonschema.Draft4Validator(schema).validate(document)
    run_ = document["runs"][0]
    driver = run_["tool"]["driver"]
    for key in ("name", "version", "informationUri", "rules"):
        assert driver.get(key), f"tool.driver.{key} missing"
    for rule in driver["rules"]:
        for key in ("id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration"):
            assert key in rule, f"rule {rule.get('id')} lacks {key}"
        assert rule["help"].get("text") and rule["help"].get("markdown")
    assert run_["columnKind"] == "unicodeCodePoints"
    results = run_["results"]
    assert len(results) == expected, f"{len(results)} results, expected {expected}"
    for result in results:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        uri = location["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "://" not in uri, f"uri {uri} is not repository-relative"
        region = location["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert key in region
        assert result["partialFingerprints"]
    return len(results)


def check_junit(text, schema_path, expected):
    xmlschema.XMLSchema(schema_path).validate(text)
    root = ET.fromstring(text)
    failures = root.findall(".//failure")
    assert len(failures) == expected, f"{len(failures)} failures, expected {expected}"
    return len(failures)


def check_rdjson(text, schema, expected):
    document = json.loads(text)
    jsonschema.Draft4Validator(schema).validate(document)
    diagnostics = document["diagnostics"]
    assert len(diagnostics) == expected
    for diagnostic in diagnostics:
        assert diagnostic["severity"] in ("ERROR", "WARNING", "INFO")
        start = diagnostic["location"]["range"]["start"]
        assert start["line"] >= 1 and start["column"] >= 1
    return len(diagnostics)


def check_checkstyle(text, expected):
    root = ET.fromstring(text)
    assert root.tag == "checkstyle"
    count = 0
    for file in root:
        assert file.tag == "file" and file.get("name")
        for error in file:
            assert error.tag == "error"
            int(error.get("line")), int(error.get("column"))
            assert error.get("severity") in ("error", "warning", "info")
            assert error.get("message") and error.get("source")
            count += 1
    assert count == expected, f"{count} errors, expected {expected}"
    return count


def unescape(value):
    for escaped, plain in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, plain)
    return value


def check_github(text, diagnostics):
    pattern = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")
    commands = [pattern.match(line) for line in text.splitlines() if line.startswith("::")]
    assert all(commands), "a line starting with :: is not a workflow command"
    assert len(commands) == len(diagnostics)
    levels = {"error": "error", "warning": "warning", "info": "notice"}
    for match, diagnostic in zip(commands, diagnostics):
        properties = dict(pair.split("=", 1) for pair in match.group(2).split(","))
        assert match.group(1) == levels[diagnostic["severity"]]
        assert unescape(properties["file"]) == diagnostic["file"]
        assert int(properties["line"]) == diagnostic["line"] and int(properties["col"]) == diagnostic["column"]
        assert unescape(match.group(3)) == diagnostic["message"]
    return len(commands)


def main():
    binary, schemas, *paths = sys.argv[1:]
    schemas = Path(schemas)
    sarif_schema = json.loads((schemas / "sarif-schema-2.1.0.json").read_text())
    rdjson_schema = json.loads((schemas / "rdjson" / "DiagnosticResult.json").read_text())
    for path in paths:
        diagnostics = json.loads(run(binary, [path], "json"))["diagnostics"]
        expected = len(diagnostics)
        counts = {
            "sarif": check_sarif(run(binary, [path], "sarif"), sarif_schema, expected),
            "junit": check_junit(run(binary, [path], "junit"), str(schemas / "junit-10.xsd"), expected),
            "rdjson": check_rdjson(run(binary, [path], "rdjson"), rdjson_schema, expected),
            "checkstyle": check_checkstyle(run(binary, [path], "checkstyle"), expected),
            "github": check_github(run(binary, [path], "github"), diagnostics),
        }
        print(f"{path}: " + ", ".join(f"{name} valid ({count} findings)" for name, count in counts.items()))
    print("all report formats valid")


if __name__ == "__main__":
    main()
