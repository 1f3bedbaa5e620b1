# SPDX-FileCopyrightText: 2026 Astra Keys contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets, shared by the libFuzzer build (libfuzzer/CMakeLists.txt, .ci/fuzz) and the
# normal suite's replay (fuzz_regressions). Each name has targets/fuzz_<name>.cpp, seeds in
# corpus/<name>/ and, once something was found, reproducers/<name>/.
set(ASTRA_FUZZ_TARGETS
    keylist singlekey accounts databasepage database datacenters regions
    errorbodies retryafter organization dataset)

set(ASTRA_FUZZ_TARGET_SOURCES "")
foreach(name IN LISTS ASTRA_FUZZ_TARGETS)
    list(APPEND ASTRA_FUZZ_TARGET_SOURCES "${CMAKE_CURRENT_LIST_DIR}/targets/fuzz_${name}.cpp")
endforeach()
list(JOIN ASTRA_FUZZ_TARGETS "," ASTRA_FUZZ_TARGET_NAMES)
