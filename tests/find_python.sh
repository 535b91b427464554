#!/usr/bin/env bash
# Print the path of a CPython X.Y interpreter (default build, not free-threaded), finding or
# provisioning it:
#   1. `pythonX.Y` on PATH, then pyenv's versions, then uv's managed Pythons;
#   2. otherwise, on a Debian-like machine, Debian unstable's own binary package, installed with
#      debootstrap into a per-user cache (nothing else outside the repository changes but apt's
#      packages debootstrap and patchelf). A second call reuses that cache in well under a second.
# Usage: bash tests/find_python.sh 3.15        (messages go to stderr, the path to stdout)
# Environment: MPDOCS_DEBIAN_MIRROR overrides the mirror read from apt's sources;
#              XDG_CACHE_HOME moves the cache (default ~/.cache).
set -euo pipefail
version=${1:?usage: find_python.sh X.Y}
cache_root="${XDG_CACHE_HOME:-$HOME/.cache}/python-multiprocessing-site"
debian_root="$cache_root/debian-sid"
# Every Python version the site claims that Debian unstable ships, provisioned in one go.
debian_versions=(3.14 3.15)

is_wanted() {  # the interpreter runs and is exactly CPython X.Y with the GIL
  "$1" -c "import sys, sysconfig; sys.exit(not (sys.implementation.name == 'cpython' and
    '%d.%d' % sys.version_info[:2] == '$version' and not sysconfig.get_config_var('Py_GIL_DISABLED')))" 2>/dev/null
}

candidates() {
  command -v "python$version" 2>/dev/null || true
  # pyenv's shims exist even for versions it does not activate: the real binaries instead.
  ls -d "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$version".*/bin/python"$version" 2>/dev/null | sort -V -r || true
  if command -v uv >/dev/null; then uv python find --no-python-downloads "$version" 2>/dev/null || true; fi
  echo "$debian_root/usr/bin/python$version"
}

for candidate in $(candidates); do
  # A half-made cache (interrupted provisioning) does not count.
  if [[ $candidate == "$debian_root"/* && ! -f $debian_root/.complete ]]; then continue; fi
  if [ -x "$candidate" ] && is_wanted "$candidate"; then
    echo "$candidate"
    exit 0
  fi
done

fail() { echo "find_python.sh: $*" >&2; exit 1; }

case " ${debian_versions[*]} " in
  *" $version "*) ;;
  *) fail "Python $version not found on PATH, in pyenv or uv; install it (e.g. \`pyenv install $version\`) and run again" ;;
esac
command -v apt-get >/dev/null ||
  fail "Python $version not found on PATH, in pyenv or uv, and this is no Debian-like machine to provision it from;
  install Python $version (python.org, \`uv python install $version\`, or your system's packages) and run again"

mirror_from_apt_sources() {
  # deb822 (.sources) files first, then the one-line format; the first Debian archive that is not security.
  { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{for (i = 2; i <= NF; i++) print $i}'
    grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}'
  } | grep -v security | head -n 1 || true
}
mirror=${MPDOCS_DEBIAN_MIRROR:-$(mirror_from_apt_sources)}
[ -n "$mirror" ] || fail "no Debian mirror in /etc/apt/sources.list*; set MPDOCS_DEBIAN_MIRROR to one (e.g. the URL apt uses)"

for tool in debootstrap patchelf; do
  if ! command -v "$tool" >/dev/null; then
    echo "installing $tool (apt) to provision Python ${debian_versions[*]} from Debian unstable" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"; } >/dev/null ||
      fail "could not install the Debian package $tool with apt-get (run as root, or install it yourself)"
  fi
done

packages=$(printf 'python%s,python%s-venv,' "${debian_versions[@]}" "${debian_versions[@]}")
echo "provisioning Python ${debian_versions[*]} from Debian unstable ($mirror) into $debian_root ..." >&2
rm -rf "$debian_root" "$debian_root.partial"
mkdir -p "$cache_root"
log="$cache_root/debootstrap.log"
if ! debootstrap --variant=minbase --include="${packages%,}" sid "$debian_root.partial" "$mirror" >"$log" 2>&1; then
  missing=$(grep -ho "Couldn't find these debs: .*\|E: .*" "$log" | head -n 3 || true)
  rm -rf "$debian_root.partial"
  fail "debootstrap of Debian unstable from $mirror failed: ${missing:-see $log}
  Debian unstable changes daily: if a package above is gone or renamed, install Python $version another way
  (pyenv, uv, your distribution) so that it is on PATH, or set MPDOCS_DEBIAN_MIRROR to a mirror that has it; full log: $log"
fi
mv "$debian_root.partial" "$debian_root"
# The interpreters load libc and the rest from the unstable root, not from the host's older ones.
libc=$(find "$debian_root/usr/lib" -maxdepth 2 -name libc.so.6 | head -n 1)
loader=$(find "$debian_root/usr/lib" "$debian_root/usr/lib64" -maxdepth 2 -name 'ld-linux*.so.*' 2>/dev/null | head -n 1)
[ -n "$libc" ] && [ -n "$loader" ] || fail "no libc.so.6 or ld-linux loader in $debian_root; remove it and try again"
for v in "${debian_versions[@]}"; do
  patchelf --set-interpreter "$loader" --force-rpath --set-rpath "$(dirname "$libc")" "$debian_root/usr/bin/python$v" ||
    fail "patchelf could not point $debian_root/usr/bin/python$v at its root's loader"
done
touch "$debian_root/.complete"
is_wanted "$debian_root/usr/bin/python$version" ||
  fail "the provisioned $debian_root/usr/bin/python$version does not run; remove $debian_root and try again"
echo "$debian_root/usr/bin/python$version"
