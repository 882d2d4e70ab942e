-- ScoreLang in Neovim: .score and .schema files get the "scorelang" filetype and the `scorelang lsp` language server
-- (diagnostics, hover, completion, go to definition, rename, formatting, code actions, code lenses).
-- Works with Neovim 0.7 and later; put it in your init.lua or require it from there.
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.score', '*.schema' },
  callback = function()
    vim.bo.filetype = 'scorelang'
  end,
})

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'scorelang',
  callback = function(args)
    local config = {
      name = 'scorelang',
      cmd = { 'scorelang', 'lsp' }, -- or { 'dotnet', '/path/to/scorelang.dll', 'lsp' }
      root_dir = vim.fn.getcwd(),
    }
    if vim.lsp.start then
      vim.lsp.start(config) -- Neovim 0.8+: starts the server once, then attaches every scorelang buffer to it
    else
      _G.scorelang_client = _G.scorelang_client or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, _G.scorelang_client)
    end
  end,
})
