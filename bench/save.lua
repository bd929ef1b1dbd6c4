-- wrk script: each request saves one figure through the real staff form (session cookie and CSRF
-- token from bench/StaffSession.java, passed in the environment). A save answers 303.
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

function done(summary, latency, requests)
    -- a save that is not answered 303 (a 403, 409, 500...) counts here
    io.write(string.format("answers other than 2xx/3xx: %d\n", summary.errors.status))
end
