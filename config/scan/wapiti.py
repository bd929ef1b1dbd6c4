"""Runs Debian's wapiti 3.0.4 with one fix: it compiles its --exclude patterns with the regex flags
at the end, which Python 3.11 refuses ("global flags not at the start"); the same translation with
the flags first. Arguments as for wapiti."""
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")


crawler.wildcard_translate = wildcard_translate

from wapitiCore.main.wapiti import wapiti_main  # noqa: E402 (after the fix)

sys.exit(wapiti_main())
