-- wrk script: every request a different URL, read from the file named by the environment variable PATHS (one path a
-- line), each thread starting at its own place, so the portal's page cache cannot answer and every request is
-- rendered (search run, list page read) by the application.
local paths = {}
local i = 1

function init(args)
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
  i = math.random(#paths)
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
