-- Neovim's own LSP client (0.7: vim.lsp.start_client) opens a note with interview-lint's server
-- and prints each diagnostic it received as "line:byte-column:code", 1-based, then quits.
-- INTERVIEW_LINT is the binary, NOTE the note, TODAY the --today to pass.
local client = vim.lsp.start_client({
  name = "interview-lint",
  cmd = { os.getenv("INTERVIEW_LINT"), "server", "--today", os.getenv("TODAY") },
  root_dir = vim.fn.fnamemodify(os.getenv("NOTE"), ":p:h"),
})
vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("NOTE")))
vim.lsp.buf_attach_client(0, client)
local received = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not received then
  io.stdout:write("no diagnostics received\n")
  vim.cmd("cquit 1")
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  io.stdout:write(string.format("%d:%d:%s\n", d.lnum + 1, d.col + 1, code))
end
vim.lsp.stop_client(client)
vim.cmd("qall!")
