#!/usr/bin/env bash
# Installs what is missing, builds PrivacyDesk (Release) into build/ and starts it.
#   ./run.sh           open the database at the default location (first start: creation wizard)
#   ./run.sh --demo    create (once) and open a demo database filled with synthetic records
# Any other arguments are passed to PrivacyDesk (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/common.sh

install_missing_packages
configure_and_build build Release OFF

demo=0
args=()
for arg in "$@"; do
    if [ "$arg" = "--demo" ]; then demo=1; else args+=("$arg"); fi
done

if [ "$demo" = 1 ]; then
    data_home="${XDG_DATA_HOME:-$HOME/.local/share}/PrivacyDesk"
    demo_db="$data_home/demo.pdesk"
    demo_login="officer"
    demo_password="Demo-Kenpo-2026-sakura"
    if [ ! -e "$demo_db/keyslots" ]; then
        mkdir -p "$data_home"
        echo "Creating the demo database in $demo_db …"
        printf '%s\n' "$demo_password" | build/app/privacydesk-admin init --database "$demo_db" \
            --organization "デモ健康保険組合" --officer "$demo_login" --officer-name "個人情報 太郎" \
            --password-stdin >/dev/null
        printf '%s\n' "$demo_password" | build/app/privacydesk-admin demo --database "$demo_db" \
            --user "$demo_login" --password-stdin --records 1000 --seed 2025
    fi
    echo "Demo database: $demo_db"
    echo "  login:    $demo_login"
    echo "  password: $demo_password"
    args+=(--database "$demo_db")
fi

exec build/app/privacydesk ${args[@]+"${args[@]}"}
