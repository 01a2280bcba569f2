#!/usr/bin/env bash
# The gateway test starts a real nginx on loopback; install Debian's package when it is missing.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "nginx is missing and this user cannot install it: run 'sudo apt-get install -y nginx-core'" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends nginx-core >/dev/null 2>&1 || {
  apt-get update >/dev/null
  apt-get install -y --no-install-recommends nginx-core >/dev/null
}
