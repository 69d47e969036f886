# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest helper: fails unless the AppStream metainfo lists a <release> for VERSION.
# Usage: cmake -DMETAINFO=<file> -DVERSION=<x.y.z> -P CheckMetainfoRelease.cmake

if(NOT METAINFO OR NOT VERSION)
    message(FATAL_ERROR "usage: cmake -DMETAINFO=<file> -DVERSION=<version> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

file(READ "${METAINFO}" _metainfo)
string(REPLACE "." "\\." _version_re "${VERSION}")
if(NOT _metainfo MATCHES "<release[ \t\r\n][^>]*version=\"${_version_re}\"")
    message(FATAL_ERROR "${METAINFO} has no <release version=\"${VERSION}\" date=\"…\"> entry: "
                        "add one for the project version before packaging.")
endif()
message(STATUS "${METAINFO}: release ${VERSION} listed")
