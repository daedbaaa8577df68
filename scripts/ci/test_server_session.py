"""A real LSP client (pytest-lsp, on pygls) driving the built `interview-lint server`: it opens
notes, compares the findings with the command's (columns converted from the line's text to
UTF-16 for a pushing client, to UTF-8 bytes for a pulling one), applies the name-spelling quick
fix and sees the finding go, and hovers for the rule.

Run by scripts/test-server with INTERVIEW_LINT set to the binary."""

import json
import os
import pathlib
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

BINARY = os.environ["INTERVIEW_LINT"]
ROOT = pathlib.Path(__file__).resolve().parents[2]
TODAY = "2026-11-26"
NOTES = [ROOT / "Examples" / "harbor-books-cards.md", ROOT / "Tests" / "Fixtures" / "server" / "café-ünïcode.md"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "server", "--today", TODAY]))
async def client(lsp_client: LanguageClient):
    # Neovim 0.7's capabilities: diagnostics are pushed, positions in UTF-16.
    await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim@v0.7.0")))
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "server", "--today", TODAY]))
async def pulling_client(lsp_client: LanguageClient):
    # Neovim 0.11's capabilities: it pulls diagnostics and offers UTF-8 positions first.
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=client_capabilities("neovim@v0.11.0")))
    assert result.capabilities.position_encoding == "utf-8"
    yield
    await lsp_client.shutdown_session()


def command_findings(note: pathlib.Path, unit="utf-16-le", width=2):
    """(line, column in the client's units, rule), 0-based, of what the command prints for the note."""
    result = subprocess.run([BINARY, "--today", TODAY, "-f", "json", str(note)], capture_output=True, text=True)
    lines = note.read_text(encoding="utf-8").split("\n")
    found = []
    for d in json.loads(result.stdout)["diagnostics"]:
        text = lines[d["line"] - 1][: d["column"] - 1]
        found.append((d["line"] - 1, len(text.encode(unit)) // width, d["rule"]))
    return sorted(found)


async def open_note(client: LanguageClient, note: pathlib.Path, version=1):
    uri = note.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version,
                                             text=note.read_text(encoding="utf-8"))))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri


@pytest.mark.asyncio
@pytest.mark.parametrize("note", NOTES, ids=lambda p: p.name)
async def test_same_findings_as_the_command(client: LanguageClient, note: pathlib.Path):
    uri = await open_note(client, note)
    got = sorted((d.range.start.line, d.range.start.character, d.code) for d in client.diagnostics[uri])
    assert got == command_findings(note)
    assert all(d.source == "interview-lint" and d.code_description.href.endswith("#" + d.code) for d in client.diagnostics[uri])


@pytest.mark.asyncio
async def test_quick_fix_and_hover(client: LanguageClient):
    note = NOTES[1]
    uri = await open_note(client, note)
    spelling = next(d for d in client.diagnostics[uri] if d.code == "name-spelling")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=spelling.range.start))
    assert "name-spelling" in hover.contents.value and "Ångström" in hover.contents.value

    await apply_preferred_fix(client, uri, spelling)
    assert [d.code for d in client.diagnostics[uri]] == []


async def apply_preferred_fix(client, uri, diagnostic, title_prefix=""):
    """Asks for the diagnostic's code actions, applies the preferred one as the editor would
    (version 2 of the text) and waits for the diagnostics of the new text."""
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic])))
    fix = next(a for a in actions if a.is_preferred)
    assert fix.title.startswith(title_prefix)
    edits = fix.edit.changes[uri]
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
        content_changes=[types.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits]))
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


@pytest.mark.asyncio
@pytest.mark.parametrize("note", NOTES, ids=lambda p: p.name)
async def test_pulled_in_utf8(pulling_client: LanguageClient, note: pathlib.Path):
    uri = note.as_uri()
    pulling_client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=1,
                                             text=note.read_text(encoding="utf-8"))))
    report = await pulling_client.text_document_diagnostic_async(types.DocumentDiagnosticParams(
        text_document=types.TextDocumentIdentifier(uri=uri)))
    got = sorted((d.range.start.line, d.range.start.character, d.code) for d in report.items)
    assert got == command_findings(note, unit="utf-8", width=1)
    assert uri not in pulling_client.diagnostics  # nothing pushed to a client that pulls


@pytest.mark.asyncio
async def test_rewrite_of_an_unreadable_entry(client: LanguageClient, tmp_path: pathlib.Path):
    # The fixture with its log entry's channel word misspelt, after an emoji (two UTF-16 units).
    note = tmp_path / "café-rewrite.md"
    note.write_text(NOTES[1].read_text(encoding="utf-8").replace("📧 Email thank-you to Zoë Angström",
                                                                  "🙂 Emial thank-you to Zoë Ångström"), encoding="utf-8")
    uri = await open_note(client, note)
    unreadable = next(d for d in client.diagnostics[uri] if d.code == "unreadable-entry")
    await apply_preferred_fix(client, uri, unreadable, "Rewrite as '2026-11-16 17:30 — 🙂 Email thank-you to Zoë Ångström.")
    assert [d.code for d in client.diagnostics[uri]] == []
