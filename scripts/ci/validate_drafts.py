"""Writes the drafts of `interview-lint draft` into a temporary folder and parses each `.eml` with
the standard library's email package (policy.default, the strict modern parser): no defects, one
To: holding the card's address (or empty), the subject, the UTF-8 text/plain body, and the body
decoded equal to the text `--format json` gives for the same draft. Prints one line per run."""
import email
import email.policy
import json
import pathlib
import subprocess
import sys
import tempfile

binary, *notes = sys.argv[1:]
total = 0
with tempfile.TemporaryDirectory() as folder:
    for today in ["2026-11-16T18:00", "2026-11-26", "2026-12-03T10:00"]:
        for kind in ["thank-you", "follow-up"]:
            out = pathlib.Path(folder, f"{today}-{kind}")
            out.mkdir()
            common = [binary, "draft", *notes, "--today", today, "--kind", kind]
            listed = json.loads(subprocess.run(common + ["--format", "json"], check=True, capture_output=True).stdout)
            written = subprocess.run(common + ["--dir", str(out)], check=True, capture_output=True, text=True).stdout.split()
            assert len(written) == len(listed), (today, kind, written, listed)
            for path, draft in zip(written, listed):
                assert pathlib.Path(path).parent == out and pathlib.Path(path).name == draft["file"], (path, draft["file"])
                raw = pathlib.Path(path).read_bytes()
                if draft["part"] == "call-script":
                    assert raw.decode("utf-8") == draft["body"], path
                    continue
                assert all(len(line) <= 78 for line in raw.split(b"\r\n")), f"{path}: a line is longer than 78"
                message = email.message_from_bytes(raw, policy=email.policy.default)
                assert not message.defects, (path, message.defects)
                assert message.get_all("To") is not None and len(message.get_all("To")) == 1, path
                addresses = message["To"].addresses
                if draft["to"]:
                    assert [(a.display_name, a.addr_spec) for a in addresses] == [(draft["person"], draft["to"])], (path, addresses)
                else:
                    assert addresses == (), (path, addresses)
                assert message["Subject"] == draft["subject"], (path, message["Subject"])
                assert message["X-Unsent"] == "1" and message.get_content_type() == "text/plain", path
                assert message.get_content_charset() == "utf-8", path
                body = message.get_content().replace("\r\n", "\n")
                assert body == draft["body"], (path, body, draft["body"])
                assert body.startswith(f"Dear {draft['person']},") or body.startswith("[No email address"), path
                total += 1
print(f"validate-drafts: {total} .eml drafts parsed by Python's email package, headers and bodies as drafted")
assert total > 0, "no drafts were written"
