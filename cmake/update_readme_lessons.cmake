# Rewrites the README's table of lessons from the lessons themselves (`gradus list --json`: the order
# of the window's list, ids and titles) and the "**What it shows:**" line of each docs/lessons/<id>.md,
# so that a new lesson's row is made, not written. Run by `cmake --build build --target update_readme`;
# test_lessons fails when the README differs from what this would write.
#   cmake -DGRADUS=<path to gradus> -DSOURCE_DIR=<source tree> -P update_readme_lessons.cmake

execute_process(COMMAND "${GRADUS}" list --json OUTPUT_VARIABLE lessons RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "`${GRADUS} list --json` failed (${status})")
endif()

set(table "| id | title | what it shows |\n|----|-------|---------------|\n")
string(JSON count LENGTH "${lessons}")
math(EXPR last "${count} - 1")
foreach(index RANGE ${last})
  string(JSON id GET "${lessons}" ${index} id)
  string(JSON title GET "${lessons}" ${index} title)
  set(page "${SOURCE_DIR}/docs/lessons/${id}.md")
  if(NOT EXISTS "${page}")
    message(FATAL_ERROR "${page} is missing: every lesson has its page")
  endif()
  file(READ "${page}" text)
  if(NOT text MATCHES "\\*\\*What it shows:\\*\\* ([^\n]+)")
    message(FATAL_ERROR "${page} has no line \"**What it shows:** …\" for the README's table")
  endif()
  string(APPEND table "| `${id}` | ${title} | ${CMAKE_MATCH_1} |\n")
endforeach()

set(readme "${SOURCE_DIR}/README.md")
file(READ "${readme}" text)
set(begin_marker "test_lessons fails when it is out of date. -->\n\n")
set(end_marker "\n<!-- end of the lessons table -->")
string(FIND "${text}" "${begin_marker}" begin)
string(FIND "${text}" "${end_marker}" end)
if(begin LESS 0 OR end LESS begin)
  message(FATAL_ERROR "README.md has lost the markers around its table of lessons")
endif()
string(LENGTH "${begin_marker}" begin_length)
math(EXPR table_start "${begin} + ${begin_length}")
string(SUBSTRING "${text}" 0 ${table_start} head)
string(SUBSTRING "${text}" ${end} -1 tail)
# Written beside and renamed, so that an interrupted run never leaves half a README.
file(WRITE "${readme}.new" "${head}${table}${tail}")
file(RENAME "${readme}.new" "${readme}")
message(STATUS "README.md: ${count} lessons in the table")
