# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest helper: installs the project into a scratch prefix and runs
# `appstreamcli validate-tree`, which checks the metainfo together with the installed
# .desktop file (launchable) and icon. Fails on any error or warning.
# Usage: cmake -DAPPSTREAMCLI=<exe> -DBUILD_DIR=<dir> -DSTAGE_DIR=<dir> [-DCONFIG=<cfg>]
#              -P ValidateInstallTree.cmake

if(NOT APPSTREAMCLI OR NOT BUILD_DIR OR NOT STAGE_DIR)
    message(FATAL_ERROR "usage: cmake -DAPPSTREAMCLI=<exe> -DBUILD_DIR=<dir> -DSTAGE_DIR=<dir> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()

file(REMOVE_RECURSE "${STAGE_DIR}")
set(_config_args)
if(CONFIG)
    set(_config_args --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGE_DIR}/usr" ${_config_args}
                RESULT_VARIABLE _install_rc
                OUTPUT_QUIET)
if(NOT _install_rc EQUAL 0)
    message(FATAL_ERROR "cmake --install into ${STAGE_DIR} failed (${_install_rc})")
endif()

execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${STAGE_DIR}"
                RESULT_VARIABLE _validate_rc)
file(REMOVE_RECURSE "${STAGE_DIR}")
if(NOT _validate_rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate-tree failed (${_validate_rc})")
endif()
