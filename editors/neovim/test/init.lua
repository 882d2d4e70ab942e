-- Headless check of ../scorelang.lua (the snippet docs/editors.md shows): loads it as a user's init.lua would, opens
-- a broken .score file and waits for the server's diagnostics, then asks for completions. Writes one line per check,
-- "ok <name>" or "not ok <name>: <why>", to $SCORELANG_NVIM_RESULTS; run by test.sh beside it.
local results = assert(io.open(os.getenv('SCORELANG_NVIM_RESULTS'), 'w'))
local function check(name, passed, why)
  results:write((passed and 'ok ' or 'not ok ') .. name .. (passed and '' or (': ' .. tostring(why))) .. '\n')
end

dofile(os.getenv('SCORELANG_NVIM_SNIPPET'))
vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('SCORELANG_NVIM_FILE')))
check('the filetype is scorelang', vim.bo.filetype == 'scorelang', vim.bo.filetype)

local arrived = vim.wait(60000, function()
  return #vim.diagnostic.get(0) > 0
end, 100)
local diagnostics = vim.diagnostic.get(0)
local first = diagnostics[1] or {}
local code = first.code or (first.user_data and first.user_data.lsp and first.user_data.lsp.code)
check(
  'diagnostics arrive for the unknown property',
  arrived and #diagnostics == 1 and first.lnum == 4 and first.col == 9 and tostring(code):match('^SL2%d%d%d$') ~= nil
    and first.message:find('job_title', 1, true) ~= nil,
  vim.inspect(diagnostics)
)

-- Completion after "when " on line 5 (0-based 4) offers the contact's properties.
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 4, character = 9 } }
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 30000) or {}
local labels = {}
for _, response in pairs(responses) do
  local items = response.result and (response.result.items or response.result) or {}
  for _, item in ipairs(items) do
    labels[item.label] = true
  end
end
check('completion offers job_title', labels['job_title'] == true, vim.inspect(vim.tbl_keys(labels)))

results:close()
for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(5000, function()
  return #vim.lsp.get_active_clients() == 0
end, 100)
vim.cmd('qa!')
