-- wrk script: operators who work their chats while bench/intake.lua brings new ones. Run with as
-- many threads as connections (-tN -cN): each thread is one operator on one connection and loops
-- on its own state, one request at a time:
--   GET /api/v1/tickets?assignee=me&status=new,open,pending&channel=chat&limit=200
--   then PATCH /api/v1/tickets/{id} {"status":"resolved","resolution_code":"answered"} with
--   If-Match: "<version from the list>" for each chat listed, then lists again.
-- After a round (the last resolve answered, or an empty list) the operator pauses
-- FRONTLINE_PAUSE_MS (default 200) before listing again, so one list serves several resolves and
-- idle operators do not poll the server flat out; a chat is held about that long. Each resolve
-- frees a place the router fills at once with the oldest waiting chat, if any.
-- Environment: FRONTLINE_OPERATOR_TOKENS (operators' session tokens, comma-separated, one per
-- thread), FRONTLINE_PAUSE_MS.
local tokens = {}
for token in string.gmatch(os.getenv("FRONTLINE_OPERATOR_TOKENS") or "", "[^,]+") do
   tokens[#tokens + 1] = token
end
local pause_ms = tonumber(os.getenv("FRONTLINE_PAUSE_MS") or "200")
local threads = {}

function setup(thread)
   local index = #threads + 1
   if tokens[index] == nil then
      error("resolve.lua: " .. #tokens .. " tokens in FRONTLINE_OPERATOR_TOKENS for more threads")
   end
   thread:set("token", tokens[index])
   table.insert(threads, thread)
end

-- Per thread (each thread has its own Lua state and a single connection, so the answers come
-- in the order of the requests).
local list_request
local resolve_body = '{"status":"resolved","resolution_code":"answered"}'
local todo = {} -- {id, version} of the chats the last list returned
local position = 0 -- the last of them sent
local sent = nil -- "list" or "resolve": what the answer in flight belongs to
local pause = false
lists = 0
empty_lists = 0
resolved = 0
conflicts = 0
failed = 0

function init(args)
   list_request = wrk.format("GET",
      "/api/v1/tickets?assignee=me&status=new,open,pending&channel=chat&limit=200",
      { ["Authorization"] = "Bearer " .. token })
end

function delay()
   if pause then
      pause = false
      return pause_ms
   end
   return 0
end

function request()
   if position < #todo then
      position = position + 1
      local chat = todo[position]
      sent = "resolve"
      return wrk.format("PATCH", "/api/v1/tickets/" .. chat[1], {
         ["Authorization"] = "Bearer " .. token,
         ["Content-Type"] = "application/json",
         ["If-Match"] = '"' .. chat[2] .. '"',
      }, resolve_body)
   end
   sent = "list"
   return list_request
end

function response(status, headers, body)
   if sent == "list" then
      lists = lists + 1
      todo = {}
      position = 0
      if status == 200 then
         -- The ticket objects are flat and their keys sorted: "id" comes before "version"
         -- ("customer_id" and "assignee_id" do not match the quote before id).
         for id, version in string.gmatch(body, '"id":"(%d+)".-"version":(%d+)') do
            todo[#todo + 1] = { id, version }
         end
      else
         failed = failed + 1
      end
      if #todo == 0 then
         empty_lists = empty_lists + 1
         pause = true
      end
   elseif sent == "resolve" then
      if status == 200 then
         resolved = resolved + 1
      elseif status == 412 then
         conflicts = conflicts + 1
      else
         failed = failed + 1
      end
      pause = position == #todo -- the round is over
   end
   sent = nil
end

function done(summary, latency, requests)
   local totals = { lists = 0, empty_lists = 0, resolved = 0, conflicts = 0, failed = 0 }
   for _, thread in ipairs(threads) do
      for name, _ in pairs(totals) do
         totals[name] = totals[name] + (thread:get(name) or 0)
      end
   end
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                  + summary.errors.timeout
   io.write(string.format("RESULT resolver_requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f "
      .. "p99_ms=%.2f lists=%d empty_lists=%d resolved=%d resolved_per_s=%.0f conflicts=%d "
      .. "failed=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, totals.lists,
      totals.empty_lists, totals.resolved, totals.resolved / (summary.duration / 1e6),
      totals.conflicts, totals.failed, errors))
end
