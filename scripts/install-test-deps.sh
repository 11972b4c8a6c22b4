#!/usr/bin/env bash
# Installs what the tests need beyond npm packages on a fresh Debian machine:
# Debian's Chromium for Playwright, PostgreSQL for the storage tests, and hunspell with its Hungarian
# and British English dictionaries for the spelling spec, and nginx for the scale-out spec. Skips what
# is there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v hunspell >/dev/null || need+=(hunspell)
[ -f /usr/share/hunspell/hu_HU.dic ] || need+=(hunspell-hu)
[ -f /usr/share/hunspell/en_GB.dic ] || need+=(hunspell-en-gb)
if [ ${#need[@]} -gt 0 ]; then
	sudo_cmd=""
	[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
	$sudo_cmd apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi
