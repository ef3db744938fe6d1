# A throwaway PostgreSQL cluster for the server-mode tests (issue #26), sourced by .ci/run: Debian's `postgresql`
# package (installed if missing), initdb into a temporary folder, a free port on 127.0.0.1 only, trust auth for
# the one local user; as the `postgres` user when running as root (PostgreSQL refuses root). `pg_start` exports
# NIANBAO_TEST_DATABASE_URL; `pg_stop` stops the cluster and removes the folder (call it from a trap).
pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$d" ] && echo "$d"
}

pg_start() {
  if [ -z "$(pg_bin)" ]; then
    local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin=$(pg_bin)
  PG_TMP=$(mktemp -d /tmp/nianbao-pg.XXXXXX)
  PG_PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
  PG_AS=()
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_TMP"
    PG_AS=(runuser -u postgres --)
  fi
  local user; user=$("${PG_AS[@]}" id -un)
  "${PG_AS[@]}" "$bin/initdb" -D "$PG_TMP/data" -U "$user" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${PG_AS[@]}" "$bin/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/log" -w \
    -o "-p $PG_PORT -k $PG_TMP -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  export NIANBAO_TEST_DATABASE_URL="postgres://$user@127.0.0.1:$PG_PORT/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $PG_PORT"
}

pg_stop() {
  [ -n "${PG_TMP:-}" ] || return 0
  "${PG_AS[@]}" "$(pg_bin)/pg_ctl" -D "$PG_TMP/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_TMP"
  PG_TMP=""
}
