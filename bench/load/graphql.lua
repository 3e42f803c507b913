-- What the three workload scripts share: POST /graphql with a JSON body and, when
-- LYS_BENCH_CHECK is set, a check of every response (wrk reads response bodies only
-- when a `response` function exists, so the measured runs leave it undefined).
wrk.method = "POST"
wrk.path = "/graphql"
wrk.headers["Content-Type"] = "application/json"

if os.getenv("LYS_BENCH_CHECK") then
  function response(status, headers, body)
    if status ~= 200 or not body:find('^{"data":') or body:find('"errors"')
        or body:find('"nodes":%[%]') then
      io.stderr:write("unexpected response (" .. status .. "): " .. body .. "\n")
      os.exit(1)
    end
  end
end
