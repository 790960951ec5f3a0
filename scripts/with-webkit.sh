#!/usr/bin/env bash
# Runs a command with a virtual display and WebKitWebDriver listening, then cleans both up.
set -euo pipefail
port="${WEBKIT_DRIVER_PORT:-4444}"
for tool in xvfb-run WebKitWebDriver; do
  command -v "$tool" >/dev/null || { echo "with-webkit: $tool is missing (apt-get install -y webkit2gtk-driver xvfb xauth)" >&2; exit 1; }
done
if [ -z "${WITH_WEBKIT_DISPLAY:-}" ]; then
  # Re-run this script inside a virtual display.
  WITH_WEBKIT_DISPLAY=1 exec xvfb-run -a bash "$0" "$@"
fi
WebKitWebDriver --port="$port" >/tmp/webkitwebdriver.log 2>&1 &
driver=$!
trap 'kill $driver 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break
  sleep 0.1
done
"$@"
