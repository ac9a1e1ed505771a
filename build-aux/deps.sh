#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Dossier needs, only those missing.
# Usage: build-aux/deps.sh [run|test|bench]   (sourced or run as root)
set -euo pipefail

dossier_packages_run=(
  build-essential meson ninja-build pkg-config gettext
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libjson-glib-dev libsqlite3-dev
  libicu-dev libxml2-dev libexttextcat-dev
  desktop-file-utils appstream
  adwaita-icon-theme librsvg2-common fonts-dejavu-core
)
dossier_packages_test=(
  "${dossier_packages_run[@]}"
  xvfb xauth dbus dbus-x11 at-spi2-core python3 python3-dogtail xdotool imagemagick
  clang libclang-rt-14-dev
)
dossier_packages_bench=(
  "${dossier_packages_test[@]}"
  recoll time xz-utils
)

mode=${1:-run}
case "$mode" in
  run) wanted=("${dossier_packages_run[@]}") ;;
  test) wanted=("${dossier_packages_test[@]}") ;;
  bench) wanted=("${dossier_packages_bench[@]}") ;;
  *) echo "usage: $0 [run|test|bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
