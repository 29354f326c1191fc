#!/usr/bin/env bash
# pg_ensure makes a PostgreSQL answer and exports ROYALTY_TEST_PG_DSN (a
# maintenance DSN: tests create and drop databases of their own through it).
# Order: a server already answering on 127.0.0.1:5432; the machine's Debian
# cluster started with pg_ctlcluster; a private cluster initdb'd in a temp dir
# on port 55432, stopped when the calling shell exits.

pg_answers() { pg_isready -q -h 127.0.0.1 -p "$1" >/dev/null 2>&1; }

pg_ensure() {
  if [ -n "${ROYALTY_TEST_PG_DSN:-}" ]; then return 0; fi
  if pg_answers 5432; then
    export ROYALTY_TEST_PG_DSN="postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
    return 0
  fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    for v in $(ls /etc/postgresql); do
      pg_ctlcluster --skip-systemctl-redirect "$v" main start >/dev/null 2>&1 || true
    done
    for _ in $(seq 1 20); do pg_answers 5432 && break; sleep 0.5; done
    if pg_answers 5432; then
      export ROYALTY_TEST_PG_DSN="postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"
      return 0
    fi
  fi
  local bin initdb_bin pgdir port=55432 runas=()
  initdb_bin=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -n 1 || true)
  if [ -z "$initdb_bin" ]; then echo "pg.sh: no PostgreSQL server binaries (initdb) on this machine" >&2; return 1; fi
  bin=$(dirname "$initdb_bin")
  pgdir=$(mktemp -d /tmp/royalty-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$pgdir"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bin/initdb" -D "$pgdir/data" -U postgres --auth=trust >/dev/null
  "${runas[@]}" "$bin/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$pgdir/log" -w start >/dev/null
  # shellcheck disable=SC2064
  trap "${runas[*]} $bin/pg_ctl -D $pgdir/data -m immediate stop >/dev/null 2>&1; rm -rf $pgdir" EXIT
  export ROYALTY_TEST_PG_DSN="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
}
