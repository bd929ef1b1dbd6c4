-- wrk script: each request saves one figure through the real staff form (session cookies and CSRF
-- token from bench/StaffSession.java, passed in the environment). A save answers 303 to the
-- figure's section; any other answer (a sign-in redirect, 403, 409, 500) is counted as failed.
local cookie = os.getenv("BENCH_COOKIE")
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_FORM")

wrk.method = "POST"
wrk.path = path
wrk.headers["Cookie"] = cookie
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
-- 地区生产总值 1234.5 亿元, with its sentence
wrk.body = "_csrf=" .. token .. "&label=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC"
    .. "&value=1234.5&unit=%E4%BA%BF%E5%85%83&qualifier=EXACT"
    .. "&sourceSentence=%E5%9C%B0%E5%8C%BA%E7%94%9F%E4%BA%A7%E6%80%BB%E5%80%BC%201234.5%20%E4%BA%BF%E5%85%83%E3%80%82"

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

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
end
