#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through its driver. `mvn verify` runs this before it
# compiles anything: when the two are missing it installs them (Debian's packages chromium and
# chromium-driver) if this user may (root, or sudo without a password), and otherwise stops the
# build at once with the one line to run, instead of failing every browser test minutes later.
#   config/test/browser-check.sh [chromium path] [driver path]   (default /usr/bin/chromium, /usr/bin/chromedriver)
set -euo pipefail
chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}

ready() { [ -x "$chromium" ] && [ -x "$driver" ]; }
if ready; then
    exit 0
fi

as_root=
if [ "$(id -u)" = 0 ]; then
    as_root=env
elif command -v sudo > /dev/null 2>&1 && sudo -n true 2> /dev/null; then
    as_root="sudo -n env"
fi
if [ -n "$as_root" ] && command -v apt-get > /dev/null 2>&1; then
    echo "The browser tests need Chromium and its driver: installing Debian's chromium and chromium-driver"
    $as_root DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $as_root DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
    if ready; then
        exit 0
    fi
    cat >&2 <<MESSAGE

The browser tests look for Chromium at $chromium and its driver at $driver, and one of them
is still not there after installing Debian's chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver). Name them with -Dbrowser.binary=… -Dbrowser.driver=…, or leave both out.

MESSAGE
    exit 1
fi

cat >&2 <<MESSAGE

The browser tests need Chromium at $chromium and its driver at $driver,
and this user may not install them. Run this, then the tests again:

    sudo apt-get install chromium chromium-driver

(Without Debian's packages: -Dbrowser.binary=… -Dbrowser.driver=… name a Chromium and its chromedriver.)

MESSAGE
exit 1
