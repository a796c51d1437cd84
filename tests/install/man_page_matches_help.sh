#!/bin/sh
# The man page renders without warnings and documents every command and option that gradus --help
# lists. Usage: man_page_matches_help.sh GRADUS MAN_PAGE
set -eu
gradus=$1
page=$2
if ! command -v man >/dev/null 2>&1; then echo "man is not installed: cannot check the man page"; exit 77; fi
warnings=$(MANWIDTH=100 man --warnings -l "$page" 2>&1 >/dev/null || true)
if [ -n "$warnings" ]; then echo "man reports: $warnings"; exit 1; fi
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null | col -b)
missing=""
for word in $(QT_QPA_PLATFORM=offscreen "$gradus" --help | grep -oE -- '--[a-z][a-z-]*|^  gradus [a-z]+' | sed 's/^  gradus //' | sort -u); do
  case "$text" in *"$word"*) ;; *) missing="$missing $word" ;; esac
done
if [ -n "$missing" ]; then echo "not in the man page:$missing"; exit 1; fi
echo "the man page covers every command and option of gradus --help"
