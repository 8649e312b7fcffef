#!/bin/sh
# One edit then a no-change rebuild, old code and new code alternating, three rounds, each
# on its own copy of a site (already built cold by its code), timed by /usr/bin/time (wall,
# user and system CPU of all processes, peak memory). How PERFORMANCE.md's "session 8"
# before/after table was measured:
#
#   git archive OLD site_builder templates | tar -x -C /dev/shm/ab/oldcode
#   .venv/bin/python -c "import sys; sys.path.insert(0, 'benchmarks'); from pathlib import Path;
#       from build_speed import prepare; prepare(Path('/dev/shm/ab'), 10000, 'markdown',
#       'realistic', name='new')"
#   cp -r /dev/shm/ab/new-markdown-10000 /dev/shm/ab/old-markdown-10000
#   benchmarks/edit_rounds.sh /dev/shm/ab/oldcode . /dev/shm/ab   # a first round builds cold
#
# Arguments: the old code's folder, the new code's folder (a checkout), the folder holding
# old-markdown-10000 and new-markdown-10000. ROUNDS="1 2 3" by default. Waits while
# /work/briefs/PAUSE exists (the machine is shared).
set -e
old=$(cd "$1" && pwd); new=$(cd "$2" && pwd); sites=$(cd "$3" && pwd)
python=$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python
for round in ${ROUNDS:-1 2 3}; do
  for which in old new; do
    while [ -e /work/briefs/PAUSE ]; do sleep 20; done
    if [ "$which" = old ]; then code=$old; else code=$new; fi
    cd "$sites/$which-markdown-10000"
    printf '\nA corrected sentence %s was added.\n' "$round-$(date +%s%N)" >> content/2025/a1.md
    for step in edit nochange; do
      PYTHONPATH=$code /usr/bin/time -f "$round $which $step %e s wall %U user %S sys %M KB" \
        "$python" -c 'import sys; from site_builder.app.cli import main; sys.argv[0] = "site-builder"; main()' \
        build --quiet 2>&1 | tail -1
    done
  done
done
