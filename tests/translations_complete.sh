#!/bin/sh
# Every user-visible string of the sources has a Russian translation: lupdate is run over src/ and ui/
# into a copy of translations/gradus_ru.ts; a new or changed string would come out "unfinished".
# Usage: translations_complete.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/gradus_ru.ts" "$work/gradus_ru.ts"
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui "$source_dir/src" "$source_dir/ui" -ts "$work/gradus_ru.ts"
missing=$(grep -c 'type="unfinished"' "$work/gradus_ru.ts" || true)
total=$(grep -c '<source>' "$work/gradus_ru.ts" || true)
# A translation whose string lupdate no longer finds would be dropped by the next update_translations:
# either the string left the program (then update the file), or lupdate cannot see it any more (a
# label behind a macro of ours), and the Russian interface would lose it unnoticed.
before=$(grep -c '<source>' "$source_dir/translations/gradus_ru.ts" || true)
if [ "$total" -lt "$before" ]; then
  echo "$((before - total)) translated strings are no longer found in the sources by lupdate:"
  grep '<source>' "$source_dir/translations/gradus_ru.ts" | sort > "$work/before.txt"
  grep '<source>' "$work/gradus_ru.ts" | sort > "$work/after.txt"
  comm -23 "$work/before.txt" "$work/after.txt" | head -20
  echo "(run cmake --build build --target update_translations if they left the program on purpose)"
  exit 1
fi
if [ "$missing" != 0 ]; then
  echo "$missing of $total strings have no Russian translation (fill translations/gradus_ru.ts, e.g. with Qt Linguist):"
  grep -A1 '<source>' "$work/gradus_ru.ts" | grep -B1 'type="unfinished"' | grep '<source>' | head -20
  exit 1
fi
echo "all $total strings translated"
