#!/usr/bin/env bash
# The container's health check. With STACKBOT_METRICS_PORT set: healthy when GET /healthz (the process is up)
# and GET /readyz (every shard connected to Discord, knowledge loaded, store reachable, and with several
# processes the same knowledge version as the others) both answer 200. Without it: when
# the health file was touched in the last two minutes (the bot touches it every 30 s while all its shards are connected).
# Plain bash (/dev/tcp): the JRE image has no curl or wget.
set -u
port=${STACKBOT_METRICS_PORT:-}
if [ -z "$port" ]; then
  test -n "$(find "${STACKBOT_HEALTH_FILE:-/tmp/stackbot-health}" -mmin -2 2>/dev/null)"
  exit
fi
host=${STACKBOT_METRICS_HOST:-127.0.0.1}
# the health check runs inside the container: a server listening on every address is reached on loopback
if [ "$host" = "0.0.0.0" ]; then host=127.0.0.1; fi
for path in /healthz /readyz; do
  exec 3<>"/dev/tcp/$host/$port" || { echo "no metrics endpoint on $host:$port"; exit 1; }
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
  status=$(head -n 1 <&3)
  exec 3>&-
  case "$status" in
    *" 200 "*) ;;
    *) echo "$path: ${status:-no answer}"; exit 1 ;;
  esac
done
