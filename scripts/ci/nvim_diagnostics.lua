-- Run in Neovim after the set-up in docs/editors.md has attached interview-lint's server to the note:
-- prints each diagnostic Neovim received as "line:byte-column:code", 1-based, then quits.
local received = vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
if not received then
  io.stdout:write("no diagnostics received\n")
  vim.cmd("cquit 1")
end
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  io.stdout:write(string.format("%d:%d:%s\n", d.lnum + 1, d.col + 1, code))
end
for _, client in pairs(vim.lsp.get_active_clients()) do client.stop() end
vim.cmd("qall!")
