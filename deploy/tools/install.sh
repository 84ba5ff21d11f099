#!/usr/bin/env bash
# Installs the deployment tools the offline manifest tests need, built from source with Go
# (no prebuilt binaries can be downloaded here), cached under
# ${MEDSTREAM_CACHE_DIR:-~/.cache/medstream}/bin as <tool>-<version>.
#
# usage: deploy/tools/install.sh [helm] [kustomize]     (default: both)
# Prints one `<tool>=<absolute path>` line per tool on stdout; logs go to stderr.
#
# Idempotent: a cached binary is reused. The version is pinned here, so bumping it is a
# one-line diff that also invalidates the cache (the file name carries the version).
set -euo pipefail

# Both need Go >= 1.26 (their go.mod); kustomize v5.8.3 would need Go 1.27.
HELM_VERSION="v3.22.0"
KUSTOMIZE_VERSION="v5.8.2"
CACHE_DIR="${MEDSTREAM_CACHE_DIR:-$HOME/.cache/medstream}"
BIN_DIR="$CACHE_DIR/bin"

log() { printf '[deploy-tools] %s\n' "$*" >&2; }
die() { printf '[deploy-tools] error: %s\n' "$*" >&2; exit 1; }

# build NAME MODULE VERSION PACKAGE LDFLAGS: `go install PACKAGE@VERSION` (PACKAGE is a Go import
# path inside MODULE), or, when the module proxy refuses the version list (403 on @v/list on
# some mirrors), the same build from a copy of the module downloaded by exact version, as
# deploy/local/infra.sh does for FerretDB. Prints the path of the cached binary.
build() {
  local name=$1 module=$2 version=$3 package=$4 ldflags=$5
  local target="$BIN_DIR/$name-$version" tmp moddir
  if [[ -x $target ]]; then echo "$target"; return 0; fi
  command -v go >/dev/null || die "go not found: install Go (Debian: apt-get install golang-go)"
  tmp=$(mktemp -d "$BIN_DIR/.build-$name.XXXXXX")
  log "$name: building $package@$version with $(go version | cut -d' ' -f3) (first run only)"
  if ! (cd "$tmp" && CGO_ENABLED=0 GOBIN="$tmp/bin" GOFLAGS=-mod=mod \
        go install -trimpath -ldflags "$ldflags" "$package@$version") >&2; then
    log "$name: go install failed; building from the downloaded module instead"
    moddir=$(cd "$tmp" && GOFLAGS=-mod=mod go mod download -json "$module@$version" \
      | sed -n 's/.*"Dir": "\(.*\)",/\1/p')
    [[ -d $moddir ]] || { rm -rf "$tmp"; die "$name: cannot download $module@$version"; }
    cp -r "$moddir" "$tmp/src" && chmod -R u+w "$tmp/src"
    (cd "$tmp/src" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -ldflags "$ldflags" \
      -o "$tmp/bin/$name" "./${package#"$module"}") >&2
  fi
  mv "$tmp/bin/$name" "$target"
  rm -rf "$tmp"
  echo "$target"
}

install_helm() {
  build helm helm.sh/helm/v3 "$HELM_VERSION" helm.sh/helm/v3/cmd/helm \
    "-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION"
}

install_kustomize() {
  build kustomize sigs.k8s.io/kustomize/kustomize/v5 "$KUSTOMIZE_VERSION" \
    sigs.k8s.io/kustomize/kustomize/v5 \
    "-s -w -X sigs.k8s.io/kustomize/api/provenance.version=$KUSTOMIZE_VERSION"
}

main() {
  local tools=("$@")
  [[ ${#tools[@]} -gt 0 ]] || tools=(helm kustomize)
  mkdir -p "$BIN_DIR"
  # One installer at a time: parallel test sessions must not race on the same target.
  exec 9>"$BIN_DIR/.deploy-tools.lock"
  command -v flock >/dev/null && flock 9
  local tool path
  for tool in "${tools[@]}"; do
    case $tool in
      helm|kustomize) path=$("install_$tool") ;;  # a failed build stops here (set -e)
      *) die "unknown tool '$tool' (known: helm kustomize)" ;;
    esac
    echo "$tool=$path"
  done
}

main "$@"
