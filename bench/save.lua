-- wrk script: each request saves one figure through the real staff form. BENCH_SESSIONS holds one
-- editor per line, "cookie|token|form path" (bench/StaffSession.java prints them); start wrk with
-- one thread per editor (-tN -cN), and each thread saves as its own editor into its own report.
-- A save answers 303 to the figure's section; any other answer (a sign-in redirect, 403, 409,
-- 500) is counted as failed.
local editors = {}
for line in string.gmatch(os.getenv("BENCH_SESSIONS"), "[^\n]+") do
    local cookie, token, path = string.match(line, "^(.*)|(.*)|(.*)$")
    table.insert(editors, { cookie = cookie, token = token, path = path })
end

local threads = {}
function setup(thread)
    table.insert(threads, thread)
    thread:set("editor", #threads)
end

-- 地区生产总值 1234.5 亿元, with its sentence
local fields = "&label=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC"
    .. "&value=1234.5&unit=%E4%BA%BF%E5%85%83&qualifier=EXACT"
    .. "&sourceSentence=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC%201234.5%20%E4%BA%BF%E5%85%83%E3%80%82"

function init(args)
    local me = editors[((editor - 1) % #editors) + 1]
    wrk.method = "POST"
    wrk.path = me.path
    wrk.headers["Cookie"] = me.cookie
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
    wrk.body = "_csrf=" .. me.token .. fields
end -- wrk.init, which calls this, then makes the request sent each time

saved, failed = 0, 0
function response(status, headers, body)
    local to = headers["Location"] or ""
    if status == 303 and string.find(to, "/staff/reports/", 1, true) then
        saved = saved + 1
    else
        failed = failed + 1
    end
end

function done(summary, latency, requests)
    local s, f = 0, 0
    for _, thread in ipairs(threads) do
        s = s + thread:get("saved")
        f = f + thread:get("failed")
    end
    io.write(string.format("saves stored (303 to the report): %d, failed: %d\n", s, f))
    io.write(string.format("p95 %.1fms\n", latency:percentile(95) / 1000))
end
