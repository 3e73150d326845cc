-- copydesk server in a real Neovim (0.7 or newer), run by tests/neovim.rs: open a
-- draft, attach `copydesk server`, wait for its diagnostics, check a position after an
-- emoji (UTF-16), hover, apply a code action's edit and see the finding go. Every step
-- writes a line to $COPYDESK_RESULT; the last line is PASS or FAIL: reason.

local result = io.open(vim.env.COPYDESK_RESULT, 'w')
local function say(line)
  result:write(line .. '\n')
  result:flush()
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.COPYDESK_DRAFT))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { vim.env.COPYDESK_BIN, 'server' },
    root_dir = vim.fn.fnamemodify(vim.env.COPYDESK_DRAFT, ':h'),
    flags = { debounce_text_changes = 10 },
  })
  assert(client_id, 'the client did not start')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client')

  local function finding()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'hashtags/run-together' then
        return d
      end
    end
  end
  assert(vim.wait(20000, function() return finding() ~= nil end, 20), 'no diagnostics from copydesk')
  local d = finding()
  say('diagnostic: ' .. d.message:gsub('\n', ' '))
  assert(d.source == 'copydesk', 'source is ' .. tostring(d.source))

  -- Neovim turns the server's UTF-16 column into a byte column of the buffer line:
  -- the span must still start at the tag, after the four-byte emoji.
  local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
  local text = line:sub(d.col + 1, d.end_col)
  say('span: ' .. text .. ' at byte ' .. d.col)
  assert(text == '#SpaceFlight#Launch', 'the span is `' .. text .. '`')
  assert(line:find('🚀', 1, true) < d.col, 'the emoji comes first on the line')

  -- In UTF-16 the emoji is two units, not four bytes: the server said 36.
  local _, utf16 = vim.str_utfindex(line, d.col)
  assert(utf16 == 36, 'UTF-16 column ' .. utf16)

  local uri = vim.uri_from_bufnr(bufnr)
  local position = { line = d.lnum, character = utf16 + 2 }
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = position }, 10000)
  local value = hover and hover[client_id] and hover[client_id].result and hover[client_id].result.contents.value
  assert(value and value:find('# hashtags/run-together', 1, true), 'hover: ' .. vim.inspect(hover))
  say('hover: explain of hashtags/run-together, ' .. #value .. ' characters of Markdown')

  local params = {
    textDocument = { uri = uri },
    range = { start = position, ['end'] = position },
    context = { diagnostics = {} },
  }
  local answer = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local chosen
  for _, action in ipairs((answer and answer[client_id] and answer[client_id].result) or {}) do
    if action.kind == 'quickfix' and action.isPreferred then
      chosen = action
    end
  end
  assert(chosen, 'no preferred quick fix: ' .. vim.inspect(answer))
  say('code action: ' .. chosen.title)
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, true)[1]
  assert(line:find('#SpaceFlight #Launch', 1, true), 'after the edit: ' .. line)
  assert(vim.wait(20000, function() return finding() == nil end, 20), 'the diagnostic stayed after the fix')
  say('fixed: ' .. line)

  vim.lsp.stop_client(client_id)
  assert(vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20),
    'the server did not stop')
end

local ok, err = pcall(run)
say(ok and 'PASS' or ('FAIL: ' .. tostring(err)))
result:close()
vim.cmd(ok and 'qall!' or 'cquit! 1')
