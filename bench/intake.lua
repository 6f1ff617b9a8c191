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

-- FRONTLINE_RATE (contacts a second, all threads together; FRONTLINE_THREADS must match -t)
-- paces requests to a fixed schedule instead: each thread hands out send times one interval
-- apart, and a connection waits for its slot (no wait when the schedule is behind).
local rate = tonumber(os.getenv("FRONTLINE_RATE") or "0")
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } frontline_timespec;
int clock_gettime(int clock, frontline_timespec *ts);
]]
local clock = ffi.new("frontline_timespec")
local function now_ms()
   ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
   return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end
local next_slot = nil

function delay()
   if rate <= 0 then
      return pause
   end
   local interval = tonumber(os.getenv("FRONTLINE_THREADS") or "2") * 1000 / rate
   local now = now_ms()
   if next_slot == nil then
      next_slot = now
   end
   next_slot = next_slot + interval
   local wait = next_slot - now
   if wait < 0 then
      return 0
   end
   return math.floor(wait)
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
