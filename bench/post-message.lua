-- wrk script: POST a message to one ticket, each request with its own Idempotency-Key.
-- Environment: FRONTLINE_TOKEN (bearer token), FRONTLINE_TICKET (ticket id).
-- Keys are "<run>-<thread>-<counter>": unique across threads and runs, so no request is an
-- idempotent replay (which the server answers without writing).
local counter = 0
local token = os.getenv("FRONTLINE_TOKEN")
local ticket = os.getenv("FRONTLINE_TICKET")
local run = os.getenv("FRONTLINE_RUN") or tostring(os.time())
local threads = {}

function setup(thread)
   thread:set("thread_id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   wrk.method = "POST"
   wrk.path = "/api/v1/tickets/" .. ticket .. "/messages"
   wrk.headers["Authorization"] = "Bearer " .. token
   wrk.headers["Content-Type"] = "application/json"
   wrk.body = '{"body":"Your order HP-12345678 is with the courier and arrives tomorrow."}'
end

function request()
   counter = counter + 1
   wrk.headers["Idempotency-Key"] = "bench-" .. run .. "-" .. thread_id .. "-" .. counter
   return wrk.format()
end

function done(summary, latency, requests)
   local errors = summary.errors.status + summary.errors.connect + summary.errors.read
                  + summary.errors.write + summary.errors.timeout
   io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
