-- wrk script of bench/pages_bench.py: when the run is done, prints one line of figures
-- (latencies in microseconds) for the benchmark to read:
--   REPORT requests=... duration_us=... p50_us=... p95_us=... err_status=... ...
-- wrk --latency prints 50/75/90/99 only; p95 comes from here. Statuses other than 200 are
-- counted from the server's access log instead: a `response` function here would make wrk
-- parse every response, which costs the CPU the server shares with it.

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "REPORT requests=%d duration_us=%d bytes=%d mean_us=%.0f p50_us=%d p75_us=%d p90_us=%d "
      .. "p95_us=%d p99_us=%d max_us=%d err_connect=%d err_read=%d err_write=%d "
      .. "err_status=%d err_timeout=%d\n",
    summary.requests, summary.duration, summary.bytes, latency.mean,
    latency:percentile(50), latency:percentile(75), latency:percentile(90),
    latency:percentile(95), latency:percentile(99), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout
  ))
end
