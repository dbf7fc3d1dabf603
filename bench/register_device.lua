-- wrk script: POST a valid registerDevice, a new hwid each time (the device table grows).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Token dev-token"
local counter = 0
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
request = function()
  counter = counter + 1
  local body = string.format(
    '{"request":{"application":"BENCH-APP01","hwid":"bench-%d-%d","device_type":3,' ..
    '"push_token":"tok","language":"en","timezone":3600,"userId":"u%d",' ..
    '"tags":{"Level":%d,"List":["a","b"],"Plan":"gold"}}}',
    math.random(1, 1000000), counter, counter % 1000, counter % 50)
  return wrk.format(nil, "/json/1.3/registerDevice", nil, body)
end
