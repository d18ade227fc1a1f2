#!/usr/bin/env bash
# Daily refresh (.github/workflows/refresh.yml runs this; README "Keeping it current"):
#   1. npm run refresh: find ICE's newest sheets, skip what is stored, check, rebuild public/data.
#   2. If no sheet was added, stop: nothing is written, nothing committed (a second run is a no-op).
#   3. Else run the tests (REFRESH_TEST_COMMAND, default `npm test`); a failure stops here, loudly.
#   4. Publish by REFRESH_PUBLISH:
#        none   (default) leave the new files in the working tree
#        commit commit them on the current branch
#        push   commit on the current branch and push it (your deploy runs on push)
#        pr     commit on a new branch refresh/ice-<date>, push it and open a pull request (needs gh)
# Any failing step exits non-zero with its message; set -e makes sure nothing after it runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${REFRESH_PUBLISH:-none}"
case "$mode" in none|commit|push|pr) ;; *) echo "refresh: REFRESH_PUBLISH must be none, commit, push or pr (got '$mode')" >&2; exit 2 ;; esac

# The sheets and their provenance are the whole input that can change; public/data/ is rebuilt from them.
sources_hash() { find data-pipeline/sources/ice-287g -type f ! -name '.*' -print0 | sort -z | xargs -0 sha256sum | sha256sum; }
out() { [ -n "${GITHUB_OUTPUT:-}" ] && echo "$1" >> "$GITHUB_OUTPUT" || true; }

before="$(sources_hash)"
npm run refresh
if [ "$(sources_hash)" = "$before" ]; then
  echo "refresh: no new ICE sheet; nothing to test or publish."
  out "changed=false"
  exit 0
fi
out "changed=true"
added="$(git status --porcelain -- data-pipeline/sources/ice-287g | sed -n 's|^?? data-pipeline/sources/ice-287g/\(.*\.xlsx\)$|\1|p' | paste -sd ' ' -)"
newest="$(node -e 'process.stdout.write(require("./public/data/summary.json").asOf)')"
message="ICE 287(g) sheets of ${newest}: ${added}"
branch="refresh/ice-${newest}"
# An earlier day's run may have opened the pull request for this sheet already: do not open another.
if [ "$mode" = pr ] && git ls-remote --exit-code --heads origin "$branch" >/dev/null 2>&1; then
  echo "refresh: branch $branch is already on origin (its pull request is waiting for review); not opening another."
  exit 0
fi
echo "refresh: new files: ${added}; running the tests"
bash -c "${REFRESH_TEST_COMMAND:-npm test}"

[ "$mode" = none ] && { echo "refresh: tests passed; files left uncommitted (REFRESH_PUBLISH=none)."; exit 0; }
[ "$mode" = pr ] && git switch -c "$branch"
git add -- data-pipeline/sources/ice-287g
git commit -q -m "$message"
echo "refresh: committed: $message"
case "$mode" in
  push) git push origin HEAD ;;
  pr)
    git push -u origin "$branch"
    gh pr create --head "$branch" --title "$message" \
      --body "Found on ICE's 287(g) page by \`npm run refresh\`; the tests passed. Provenance: data-pipeline/sources/ice-287g/SOURCES.md." ;;
esac
