# Shared by run.sh and test.sh. Debian 12 packages only (see ../shared/design/STACK.md).
PRIVACYDESK_PACKAGES=(
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev qt6-charts-dev qt6-pdf-dev
    qt6-image-formats-plugins
    libqt6svg6
    libsqlcipher-dev libsodium-dev libicu-dev libssl-dev libzxcvbn-dev
    libgmime-3.0-dev libxlsxwriter-dev
    cmake ninja-build g++ pkg-config
    fonts-noto-cjk fonts-morisawa-bizud-mincho xvfb xauth poppler-utils appstream desktop-file-utils
    dbus
)

install_missing_packages() {
    local missing=()
    for package in "${PRIVACYDESK_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local dir="$1" type="$2" tests="$3"
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DPRIVACYDESK_BUILD_TESTS="$tests" >/dev/null
    cmake --build "$dir" --parallel
}
