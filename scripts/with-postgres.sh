#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server and TEST_DATABASE_URL pointing at it:
#   bash scripts/with-postgres.sh npx vitest run src/lib/server
# The server listens on 127.0.0.1 on a free port, keeps its data and socket in a temporary folder,
# and is stopped and removed when the command ends, however it ends. Without PostgreSQL installed
# (no initdb found) the command runs alone and the storage specs cover SQLite only.
set -euo pipefail

if [ "$#" -eq 0 ]; then
	echo "usage: $0 command [args…]" >&2
	exit 2
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
	# A server was given from outside (for example a CI service): use it as it is.
	exec "$@"
fi

bindir="${PG_BINDIR:-}"
if [ -z "$bindir" ]; then
	for candidate in /usr/lib/postgresql/*/bin; do
		[ -x "$candidate/initdb" ] && bindir="$candidate"
	done
fi
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then
	bindir="$(dirname "$(command -v initdb)")"
fi
if [ -z "$bindir" ]; then
	echo "with-postgres: no PostgreSQL found (initdb); running without it, storage tests use SQLite only." >&2
	echo "with-postgres: install it with: bash scripts/install-test-deps.sh" >&2
	exec "$@"
fi

# PostgreSQL refuses to run as root; as root, run the server as the postgres user.
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
	if command -v runuser >/dev/null 2>&1; then
		as_pg=(runuser -u postgres --)
	else
		as_pg=(su postgres -s /bin/sh -c '"$0" "$@"')
	fi
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/pg-test.XXXXXX")"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp"
chmod 700 "$tmp"

cleanup() {
	"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"

"${as_pg[@]}" "$bindir/initdb" -D "$tmp/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$bindir/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w -t 30 \
	-o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null ||
	{ cat "$tmp/server.log" >&2; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit "$status"
