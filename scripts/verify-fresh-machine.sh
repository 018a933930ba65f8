#!/usr/bin/env bash
# Verifies the README's two commands (`npm run setup`, `npm test`) on a truly fresh Debian machine:
# a minimal bookworm chroot holding nothing but Node 20 and npm, copied from this machine's Node
# installation (the same files as the official Node tarball: bin/node, lib/node_modules/npm).
#
#   sudo scripts/verify-fresh-machine.sh [--user] [--keep] [REPO]
#
#   REPO     the git repository to clone (default: this one; commit: its HEAD)
#   --user   run the commands as a non-root user "dev" with sudo (a fresh machine where the
#            person is not root; sudo is then part of the machine), instead of as root
#   --keep   leave the chroot in place afterwards (it is removed otherwise)
#
# Needs root, debootstrap (apt-get install debootstrap) and network access to deb.debian.org and
# the npm registry. A base chroot is made once (FRESH_BASE, default /srv/fresh-base) and copied for
# each run (/srv/fresh-root or /srv/fresh-user), so every run starts from the same bare system.
# /proc, /sys, /dev and resolv.conf are mounted for the run and always unmounted at the end.
# Timings and the outcome go to the log (default /srv/fresh-<who>.log) and to stdout.
set -euo pipefail

who=root
keep=0
repo=""
for arg in "$@"; do
  case "$arg" in
    --user) who=user ;;
    --keep) keep=1 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    *) repo="$arg" ;;
  esac
done
here="$(cd "$(dirname "$0")/.." && pwd)"
repo="${repo:-$here}"
base="${FRESH_BASE:-/srv/fresh-base}"
root="/srv/fresh-$who"
log="${FRESH_LOG:-/srv/fresh-$who.log}"
suite=bookworm
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

[ "$(id -u)" = 0 ] || { echo "verify-fresh-machine: run as root (sudo)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "verify-fresh-machine: apt-get install debootstrap" >&2; exit 2; }

# The two commands as the README states them, and .ci/run must be exactly those.
readme_commands="$(awk '/^## Installazione e test/{f=1} f&&/^```bash/{b=1;next} b&&/^```/{exit} b{sub(/ *#.*/,"");print}' "$repo/README.md")"
ci_commands="$(grep -v '^#\|^set \|^cd \|^$' "$repo/.ci/run")"
if [ "$readme_commands" != "$ci_commands" ]; then
  echo "verify-fresh-machine: .ci/run is not the README's commands:" >&2
  printf 'README:\n%s\n.ci/run:\n%s\n' "$readme_commands" "$ci_commands" >&2
  exit 1
fi

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$log"; }
: >"$log"

mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -R "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true; done
  if [ "$keep" = 0 ] && [ -d "$root" ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT

if [ ! -x "$base/usr/bin/apt-get" ]; then
  say "debootstrap --variant=minbase $suite $base"
  start=$SECONDS
  debootstrap --variant=minbase "$suite" "$base" "$mirror" >>"$log" 2>&1
  say "base system made in $((SECONDS - start)) s"
fi
rm -rf --one-file-system "$root"
cp -a "$base" "$root"

# Node 20 and npm only, laid out as the official tarball installs them (/usr/bin, /usr/lib/node_modules).
node_bin="$(readlink -f "$(command -v node)")"
node_prefix="$(dirname "$(dirname "$node_bin")")"
"$node_bin" --version | grep -q '^v20\.' || { echo "verify-fresh-machine: this machine's node is not 20" >&2; exit 2; }
install -D -m 755 "$node_bin" "$root/usr/local/bin/node"
mkdir -p "$root/usr/local/lib/node_modules"
cp -a "$node_prefix/lib/node_modules/npm" "$root/usr/local/lib/node_modules/"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$root/usr/local/bin/npx"

# The network's own certificate authority, when this machine sits behind a TLS-inspecting proxy
# (NODE_EXTRA_CA_CERTS set here): a fresh system does not know it, so Node is given it the same
# way. Nothing else of this machine goes in.
network_ca=()
if [ -n "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f "$NODE_EXTRA_CA_CERTS" ]; then
  install -D -m 644 "$NODE_EXTRA_CA_CERTS" "$root/etc/ssl/network-ca.crt"
  network_ca=(NODE_EXTRA_CA_CERTS=/etc/ssl/network-ca.crt)
  echo "NODE_EXTRA_CA_CERTS=/etc/ssl/network-ca.crt" >>"$root/etc/environment"
fi

mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys" && mounted+=("$root/sys")
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev" && mounted+=("$root/dev")
cp -L /etc/resolv.conf "$root/etc/resolv.conf"

in_chroot() { chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${network_ca[@]}" "$@"; }

if [ "$who" = user ]; then
  # The person's machine: a user with sudo (installed here, as on any desktop where one has it).
  in_chroot apt-get update -qq >>"$log" 2>&1
  in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sudo >>"$log" 2>&1
  in_chroot useradd -m -s /bin/bash dev
  echo 'dev ALL=(ALL) NOPASSWD:ALL' >"$root/etc/sudoers.d/dev"
  chmod 440 "$root/etc/sudoers.d/dev"
  home=/home/dev
else
  home=/root
fi

# A clone of the repository, as a newcomer gets it (git itself is not needed on the machine).
clone="$(mktemp -d)"
git clone -q "$repo" "$clone/perf-kpi"
commit="$(git -C "$clone/perf-kpi" rev-parse --short HEAD)"
cp -a "$clone/perf-kpi" "$root$home/perf-kpi"
rm -rf "$clone"
[ "$who" = user ] && in_chroot chown -R dev:dev "$home/perf-kpi"
say "clone of $repo at $commit in $root$home/perf-kpi (as $who); node $(in_chroot node --version), npm $(in_chroot npm --version)"

status=0
while IFS= read -r command; do
  say "\$ $command"
  start=$SECONDS
  if [ "$who" = user ]; then
    in_chroot su - dev -c "cd ~/perf-kpi && $command" >>"$log" 2>&1 || status=$?
  else
    in_chroot HOME=/root bash -lc "cd ~/perf-kpi && $command" >>"$log" 2>&1 || status=$?
  fi
  say "  exit $status after $((SECONDS - start)) s"
  [ "$status" = 0 ] || break
done <<<"$readme_commands"

if [ "$status" = 0 ]; then say "OK: the README's commands succeed on a fresh $suite as $who"; else say "FAILED (exit $status): see $log"; fi
exit "$status"
