#!/bin/bash
# Nothing linked into Gradus may carry a licence that cannot be combined with the GPL-3 (Gradus is
# GPL-3.0-or-later). For the program (or the program inside a .deb), every library it links (its NEEDED entries,
# as dpkg-shlibdeps reads them, found where ldd finds them) is mapped to its Debian package (dpkg -S), and every
# `License:` of a `Files:` paragraph of that package's machine-readable
# /usr/share/doc/PACKAGE/copyright is checked against licences_compatible.txt (the reviewed list of licences
# that combine with GPL-3). A licence outside it fails, unless licences_reviewed.txt names the package's source
# package (whose libraries share the copyright file) and the licence with the reason it does not reach the
# library (documentation, tests, build scripts, ...).
# Usage: linked_licences.sh FILE...   (an ELF program or a .deb)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
compatible=$here/licences_compatible.txt
reviewed=$here/licences_reviewed.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v dpkg >/dev/null || { echo "SKIPPED: not a Debian system (no dpkg)"; exit 77; }

# Lower case, surrounding blanks trimmed.
norm() { tr '[:upper:]' '[:lower:]' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//'; }
listed() { # listed FILE KEY: KEY (already normalized) is a line of FILE, comments and blank lines aside
  sed 's/#.*//' "$1" | norm | grep -qxF -- "$2"
}
reviewed_for() { # reviewed_for SOURCE-PACKAGE LICENCE: a line of the reviewed list names them
  local pattern licence wanted
  wanted=$(echo "$2" | norm)
  while IFS=$'\t' read -r pattern licence _; do
    [[ -z $pattern || $pattern == \#* ]] && continue
    [[ $1 == "$pattern" && $(echo "$licence" | norm) == "$wanted" ]] && return 0
  done <"$reviewed"
  return 1
}

# compatible_expression EXPR: 0 when a DEP-5 licence expression allows combining with GPL-3. "and" binds
# tighter than "or"; ", and" binds loosest ("A or B, and C" is (A or B) and C).
compatible_expression() {
  local expression
  expression=$(echo "$1" | norm)
  if [[ $expression == *", and "* ]]; then
    local part rest=$expression
    while [[ -n $rest ]]; do
      part=${rest%%, and *}
      [[ $part == "$rest" ]] && rest="" || rest=${rest#*, and }
      compatible_expression "$part" || return 1
    done
    return 0
  fi
  expression=${expression//, or / or }
  local alternative conjunct ok
  while IFS= read -r alternative; do
    ok=0
    while IFS= read -r conjunct; do
      conjunct=$(echo "$conjunct" | norm)
      listed "$compatible" "$conjunct" || { ok=1; break; }
    done < <(echo "$alternative" | sed 's/ and /\n/g')
    [[ $ok == 0 ]] && return 0
  done < <(echo "$expression" | sed 's/ or /\n/g')
  return 1
}

# The package that owns a library file, with the /usr merge taken into account.
package_of() {
  local file=$1 real owner
  real=$(readlink -f "$file")
  for candidate in "$file" "$real" "${file#/usr}" "/usr$file" "${real#/usr}" "/usr$real"; do
    owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [[ -n $owner ]] && { echo "$owner"; return; }
  done
}

failures=0
checked_packages=0
for target in "$@"; do
  program=$target
  if [[ $target == *.deb ]]; then
    dpkg-deb -x "$target" "$work/deb"
    program=$work/deb/usr/bin/gradus
    [[ -x $program ]] || { echo "FAIL: $target holds no usr/bin/gradus"; exit 1; }
  fi
  echo "== $(basename "$target"): libraries it links"
  missing=$(ldd "$program" | grep "not found" || true)
  [[ -z $missing ]] || { echo "FAIL: libraries not found: $missing"; failures=$((failures + 1)); }
  # What the program itself links; the libraries those pull in are their own packages' business (the .deb
  # distributes only the program, and Debian's packages depend on each other).
  objdump -p "$program" | awk '$1 == "NEEDED" {print $2}' | sort -u >"$work/needed"
  ldd "$program" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u >"$work/resolved"
  awk 'NR == FNR {needed[$1] = 1; next} ($1 in needed) {print $2}' "$work/needed" "$work/resolved" >"$work/libraries"
  [[ $(wc -l <"$work/libraries") == $(wc -l <"$work/needed") ]] || { echo "FAIL: not every NEEDED library was found by ldd"; failures=$((failures + 1)); }
  : >"$work/packages"
  while read -r library; do
    owner=$(package_of "$library")
    if [[ -z $owner ]]; then
      echo "FAIL: $library belongs to no Debian package: its licence cannot be checked"
      failures=$((failures + 1))
      continue
    fi
    echo "$owner $library" >>"$work/packages"
  done <"$work/libraries"
  echo "$(wc -l <"$work/libraries") libraries from $(cut -d' ' -f1 "$work/packages" | sort -u | wc -l) packages"

  while read -r package; do
    checked_packages=$((checked_packages + 1))
    copyright=/usr/share/doc/$package/copyright
    source=$(dpkg-query -W -f='${source:Package}' "$package" 2>/dev/null)
    source=${source:-$package}
    if [[ ! -r $copyright ]]; then
      echo "FAIL: $package has no $copyright"
      failures=$((failures + 1))
      continue
    fi
    if ! grep -qi '^Format:.*copyright-format' "$copyright"; then
      if reviewed_for "$source" "(not machine-readable)"; then
        continue
      fi
      echo "FAIL: $package (source $source): $copyright is not machine-readable (DEP-5); read it and add a reviewed line to $(basename "$reviewed")"
      failures=$((failures + 1))
      continue
    fi
    # "License<TAB>Files" of each Files paragraph (first lines only).
    sed 's/^[[:space:]]*$//' "$copyright" | awk 'BEGIN { RS = ""; FS = "\n" }
      { files = ""; licence = ""
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Files:/) { files = $i; sub(/^Files:[ \t]*/, "", files) }
          if ($i ~ /^License:/) { licence = $i; sub(/^License:[ \t]*/, "", licence) }
        }
        if (files != "" && licence != "") print licence "\t" files }' | sort -u -t$'\t' -k1,1 >"$work/licences"
    while IFS=$'\t' read -r licence files; do
      compatible_expression "$licence" && continue
      reviewed_for "$source" "$licence" && continue
      echo "FAIL: $package (source $source): '$licence' (Files: $files) cannot be combined with GPL-3, or is not on the reviewed list"
      failures=$((failures + 1))
    done <"$work/licences"
  done < <(cut -d' ' -f1 "$work/packages" | sort -u)
done
if [[ $failures -gt 0 ]]; then
  echo "$failures problem(s): Gradus may not be distributed linked like this (GPL-3.0-or-later)"
  exit 1
fi
echo "ok: every licence of the $checked_packages linked packages combines with GPL-3"
