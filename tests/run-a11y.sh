#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the app on FOLDER and the dogtail script against it, inside the
# Xvfb + D-Bus session that meson's test wrapper started (RECIPES.md §5).
# Usage: run-a11y.sh DOSSIER FOLDER SCRIPT
set -u
# AT-SPI must be on for this one.
unset GTK_A11Y NO_AT_BRIDGE
"$1" "$2" &
app=$!
/usr/bin/python3 "$3"
rc=$?
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit $rc
