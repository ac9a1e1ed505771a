#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Accessibility smoke test: finds Dossier's main controls by their
# accessible names through AT-SPI, as a screen reader would, and uses one.
# Run by run-a11y.sh inside Xvfb and a private D-Bus session.
import sys
import time

from dogtail.config import config

# GSETTINGS_BACKEND=memory: there is no toolkit-accessibility key to check.
config.checkForA11y = False
config.searchCutoffCount = 40
config.logDebugToStdOut = False
config.logDebugToFile = False

from dogtail import tree  # noqa: E402

app = tree.root.application('dossier')

expected = [
    'Search Articles',
    'Show Entities',
    'Main Menu',
    'Sort Articles',
    'Find an Entity',
    'Kind of Entity',
    'Articles',
    'Entities',
    'Article Text',
]

missing = []
for name in expected:
    try:
        node = app.child(name=name, retry=True)
        print(f'# found {name!r} ({node.roleName})')
    except tree.SearchError:
        missing.append(name)
        print(f'# MISSING {name!r}')

if missing:
    print('not ok 1 - controls found by accessible name: missing ' + ', '.join(missing))
    sys.exit(1)
print('ok 1 - controls found by accessible name')

# Every button has a name (icon-only ones included).
unnamed = [b for b in app.findChildren(lambda n: n.roleName in ('push button', 'toggle button'))
           if not b.name and b.showing]
if unnamed:
    print(f'not ok 2 - {len(unnamed)} buttons without an accessible name')
    sys.exit(1)
print('ok 2 - every button has an accessible name')

# Hide the entity panel with its button, as a user of a screen reader would.
toggle = app.child(name='Show Entities')
panel_search = app.child(name='Find an Entity')
toggle.doActionNamed('click')
deadline = time.time() + 10
while panel_search.showing and time.time() < deadline:
    time.sleep(0.1)
if panel_search.showing:
    print('not ok 3 - the entity panel button hides the panel')
    sys.exit(1)
print('ok 3 - the entity panel button hides the panel')
print('1..3')
