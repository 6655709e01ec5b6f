#!/usr/bin/env bash
# Import benchmark: a generated network into PostgreSQL by binary COPY (the store's importer), into PostgreSQL by batched
# multi-row INSERT (the alternative, bench/Traceability.Bench/MultiRowInsert.cs), and into SQLite, one process per mode
# under /usr/bin/time for wall time and peak RSS. Starts its own throwaway PostgreSQL cluster (as the postgres user when
# run as root) and removes it afterwards.
#   bench/postgres-import.sh [NODES]      (default 1000000; the network is generated into /tmp/g<NODES> when missing)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
nodes="${1:-1000000}"
graph="/tmp/g${nodes}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/pg_ctl" ] || { echo "PostgreSQL binaries not found (apt-get install postgresql)"; exit 1; }
as=(); [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)

dotnet build -c Release -v q "$repo/src/Traceability.Cli" >/dev/null
dotnet build -c Release -v q "$repo/bench/Traceability.Bench" >/dev/null
cli="$repo/src/Traceability.Cli/bin/Release/net10.0/traceability.dll"
bench="$repo/bench/Traceability.Bench/bin/Release/net10.0/Traceability.Bench.dll"
[ -d "$graph" ] || dotnet "$cli" generate --nodes "$nodes" --out "$graph" >/dev/null

work="$(mktemp -d /tmp/trace-bench-XXXXXX)"
chmod 755 "$work"
[ "$(id -u)" = 0 ] && chown postgres "$work"
port=$((20000 + RANDOM % 20000))
cleanup() { "${as[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"${as[@]}" "$bin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --no-locale >/dev/null
# Settings of a small dedicated server; durability on (fsync, full page writes) as in production.
"${as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c maintenance_work_mem=512MB -c work_mem=64MB -c max_wal_size=8GB" start >/dev/null
for db in copy insert; do "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE bench_$db" postgres; done
conn() { echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=bench_$1;Command Timeout=0"; }

run() {
  local mode="$1" target="$2"
  /usr/bin/time -f "$mode: wall %e s, peak RSS %M KB" -o "$work/time-$mode" dotnet "$bench" "$mode" "$graph" "$target"
  cat "$work/time-$mode"
}
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; PostgreSQL $("$bin/postgres" --version | awk '{print $3}'); commit $(git -C "$repo" rev-parse --short HEAD); $(date -u +%F)"
run copy "$(conn copy)"
run insert "$(conn insert)"
run sqlite "$work/bench.db"
echo "database sizes: copy $("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -Atc "SELECT pg_size_pretty(pg_database_size('bench_copy'))" postgres), insert $("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -Atc "SELECT pg_size_pretty(pg_database_size('bench_insert'))" postgres), sqlite $(du -h "$work/bench.db" | cut -f1)"
