#!/usr/bin/env bash
# Installs what is missing, builds Debug with tests into build-test/ and runs every test.
# Exits non-zero on any failure. Tests use Qt's offscreen platform; GUI tests that need
# a real display run under Xvfb.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

install_missing_packages
configure_and_build build-test Debug ON

export QT_QPA_PLATFORM=offscreen
cd build-test
ctest --output-on-failure --timeout 300 -j "$(nproc)" "$@"
