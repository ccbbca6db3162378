#!/bin/sh
# Run the player's JavaScript tests (Node's own test runner, no packages). Maven runs this in the
# test phase of nape-app. Without node the tests are skipped with a message, so that a JDK and
# Maven alone still build; CI sets NAPE_REQUIRE_NODE=1, and there a missing node fails the build.
if ! command -v node >/dev/null 2>&1; then
  if [ "${NAPE_REQUIRE_NODE:-}" = "1" ]; then
    echo "JavaScript tests cannot run: node is missing (apt-get install nodejs)." >&2
    exit 1
  fi
  echo "JavaScript tests skipped: node is missing (apt-get install nodejs)."
  exit 0
fi
exec node --test "$@"
