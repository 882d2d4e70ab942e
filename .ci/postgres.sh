# Sourced by test.sh: gives the tests a PostgreSQL server on loopback through SCORELANG_POSTGRES (an Npgsql
# connection string), as issue 8 requires. Installs Debian's postgresql package when it is missing (as root or with
# passwordless sudo), starts the newest cluster when it is down (pg_ctlcluster; it is left running, other runs may use
# it), and creates a role and a database of this run's own, dropped again by postgres_cleanup.
# When no server can be had, it says why and leaves SCORELANG_POSTGRES unset: the PostgreSQL tests then try a private
# cluster of their own and otherwise show as skipped, with the reason, in the counts. Never fatal.

postgres_role=""
postgres_port=""

postgres_unavailable() {
  echo "PostgreSQL: no server for the tests ($1); the PostgreSQL tests will start their own or be skipped." >&2
}

# Runs a command as root: directly, or through passwordless sudo (postgres_setup checked one of them works).
postgres_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

postgres_psql() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$postgres_port" -d postgres "$@"
  else
    sudo -n -u postgres psql -X -q -v ON_ERROR_STOP=1 -p "$postgres_port" -d postgres "$@"
  fi
}

postgres_setup() {
  local log="$1"
  if [ -n "${SCORELANG_POSTGRES:-}" ]; then
    echo "PostgreSQL: the tests use the server of SCORELANG_POSTGRES from the environment."
    return 0
  fi

  if [ "$(id -u)" -ne 0 ] && ! { command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; }; then
    postgres_unavailable "not root and no passwordless sudo"
    return 0
  fi

  if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
      postgres_unavailable "PostgreSQL is not installed and there is no apt-get to install it"
      return 0
    fi
    echo "PostgreSQL: installing Debian's postgresql package."
    if ! { postgres_as_root apt-get update -qq && postgres_as_root env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends postgresql; } >"$log" 2>&1; then
      tail -5 "$log" >&2
      postgres_unavailable "apt-get install postgresql failed"
      return 0
    fi
  fi

  # The newest cluster (Ver Cluster Port Status ...); create one when the package made none.
  local version cluster status
  read -r version cluster postgres_port status _ < <(pg_lsclusters -h 2>/dev/null | sort -k1,1n | tail -1)
  if [ -z "${version:-}" ]; then
    version=$(find /usr/lib/postgresql -maxdepth 1 -mindepth 1 -printf '%f\n' | sort -n | tail -1)
    if ! postgres_as_root pg_createcluster "$version" main >"$log" 2>&1; then
      tail -5 "$log" >&2
      postgres_unavailable "pg_createcluster $version main failed"
      return 0
    fi
    read -r version cluster postgres_port status _ < <(pg_lsclusters -h | sort -k1,1n | tail -1)
  fi

  if [ "$status" != "online" ] && ! postgres_as_root pg_ctlcluster "$version" "$cluster" start >"$log" 2>&1; then
    tail -5 "$log" >&2
    postgres_unavailable "pg_ctlcluster $version $cluster start failed"
    return 0
  fi

  # A role and database of this run only, so concurrent runs never share tables; password login over TCP on
  # loopback (Debian's pg_hba.conf: scram-sha-256 for 127.0.0.1).
  local role="scorelang_ci_$$" password
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  if ! postgres_psql -c "CREATE ROLE $role LOGIN PASSWORD '$password'" -c "CREATE DATABASE $role OWNER $role" >"$log" 2>&1; then
    tail -5 "$log" >&2
    postgres_unavailable "creating the role and database $role failed"
    return 0
  fi

  postgres_role=$role
  export SCORELANG_POSTGRES="Host=127.0.0.1;Port=$postgres_port;Username=$role;Password=$password;Database=$role;Timeout=30"
  echo "PostgreSQL $version: the tests use database $role on 127.0.0.1:$postgres_port (SCORELANG_POSTGRES)."
}

postgres_cleanup() {
  [ -n "$postgres_role" ] || return 0
  postgres_psql -c "DROP DATABASE IF EXISTS $postgres_role WITH (FORCE)" -c "DROP ROLE IF EXISTS $postgres_role" >/dev/null 2>&1 ||
    echo "PostgreSQL: could not drop the test database and role $postgres_role" >&2
  postgres_role=""
}
