-- wrk script: increment a tag on one of 100 pre-registered devices (the state stays the same size).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Token dev-token"
local counter = 0
request = function()
  counter = counter + 1
  local body = string.format(
    '{"request":{"application":"BENCH-APP01","hwid":"soak-%d",' ..
    '"tags":{"Counter":{"operation":"increment","value":1},"Name":"n%d"}}}',
    counter % 100, counter % 7)
  return wrk.format(nil, "/json/1.3/setTags", nil, body)
end
