-- wrk script: chat contacts through POST /api/v1/intake/messages, each from a new customer with
-- its own external_message_id, paced by delay() so that N connections give about N * 1000 /
-- FRONTLINE_DELAY_MS contacts a second. Environment: FRONTLINE_TOKEN (an integration token),
-- FRONTLINE_RUN (makes ids unique across runs), FRONTLINE_DELAY_MS (default 10).
local counter = 0
local token = os.getenv("FRONTLINE_TOKEN")
local run = os.getenv("FRONTLINE_RUN") or tostring(os.time())
local pause = tonumber(os.getenv("FRONTLINE_DELAY_MS") or "10")
local threads = {}

function setup(thread)
   thread:set("thread_id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   wrk.method = "POST"
   wrk.path = "/api/v1/intake/messages"
   wrk.headers["Authorization"] = "Bearer " .. token
   wrk.headers["Content-Type"] = "application/json"
end

function delay()
   return pause
end

function request()
   counter = counter + 1
   local id = run .. "-" .. thread_id .. "-" .. counter
   wrk.body = '{"channel":"chat","queue":"orders","external_message_id":"bench-' .. id ..
      '","customer":{"external_id":"bench-c-' .. id .. '","name":"Bench ' .. id ..
      '"},"text":"Where is my order HP-12345678?"}'
   return wrk.format()
end

function done(summary, latency, requests)
   local errors = summary.errors.status + summary.errors.connect + summary.errors.read
                  + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
