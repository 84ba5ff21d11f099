#!/usr/bin/env bash
# Refreshes the upstream CRDs vendored in deploy/k8s/crd-schemas/upstream/, which tests/deploy
# validates every rendered ScaledObject and KafkaTopic against (offline: the tests fetch nothing).
#
# usage: deploy/tools/fetch-crds.sh      (then run tests/deploy and commit the diff)
#
# - KEDA: config/crd/bases/keda.sh_scaledobjects.yaml from the Go module
#   github.com/kedacore/keda/v2, downloaded by exact version with `go mod download`.
# - Strimzi: its CRDs are generated from the annotated classes of io.strimzi:api by
#   io.strimzi:crd-generator (both on Maven Central), with the arguments of the api module's
#   own build (api/pom.xml, execution generate-crd-co-install-v1-eo), so the output is the
#   upstream packaging/install/cluster-operator/043-Crd-kafkatopic.yaml byte for byte.
#   crd-generator is published for some releases only (0.45.0, 1.2.0, ...): 1.2.0 reproduces
#   the 0.51.0 file exactly and needs Java >= 21.
#
# Each file is written as a short header (source, command, sha256 of the upstream bytes)
# followed by the upstream file unchanged; a test checks that digest.
set -euo pipefail

KEDA_MODULE="github.com/kedacore/keda/v2"
KEDA_VERSION="v2.21.1"
# 0.51.0 is the last release serving kafka.strimzi.io/v1beta2 (1.x serves v1 only).
STRIMZI_VERSION="0.51.0"
STRIMZI_GENERATOR_VERSION="1.2.0"

OUT="$(cd "$(dirname "$0")/../k8s/crd-schemas" && pwd)/upstream"
MARKER="# (upstream file follows, unchanged)"

log() { printf '[fetch-crds] %s\n' "$*" >&2; }
die() { printf '[fetch-crds] error: %s\n' "$*" >&2; exit 1; }

# vendor FILE SOURCE COMMAND UPSTREAM: writes $OUT/FILE from the upstream file UPSTREAM.
vendor() {
  local file=$1 source=$2 command=$3 upstream=$4
  {
    echo "# Vendored by deploy/tools/fetch-crds.sh: do not edit, rerun it."
    echo "# source: $source"
    echo "# fetched with: $command"
    echo "# sha256 of the upstream file: $(sha256sum "$upstream" | cut -d' ' -f1)"
    echo "$MARKER"
    cat "$upstream"
  } >"$OUT/$file"
  log "wrote $OUT/$file ($(wc -c <"$OUT/$file") bytes)"
}

keda() {
  local path="config/crd/bases/keda.sh_scaledobjects.yaml" zip
  command -v go >/dev/null || die "go not found"
  # The module's go.mod may ask for a newer Go than the local one: `go mod download` then
  # reports an error but has still downloaded and verified the zip, which is all we need.
  zip=$(cd "$TMP" && GOFLAGS=-mod=mod go mod download -json "$KEDA_MODULE@$KEDA_VERSION" \
    | sed -n 's/.*"Zip": "\(.*\)",/\1/p' || true)
  [[ -f $zip ]] || die "cannot download $KEDA_MODULE@$KEDA_VERSION"
  python3 - "$zip" "$KEDA_MODULE@$KEDA_VERSION/$path" "$TMP/keda.yaml" <<'EOF'
import sys, zipfile
with open(sys.argv[3], "wb") as out:
    out.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))
EOF
  vendor keda.sh_scaledobjects.yaml "Go module $KEDA_MODULE@$KEDA_VERSION, $path" \
    "go mod download -json $KEDA_MODULE@$KEDA_VERSION" "$TMP/keda.yaml"
}

java21() {  # a java that runs class files of Java 21 (crd-generator 1.2.0)
  local java
  for java in "${JAVA_HOME:+$JAVA_HOME/bin/java}" java /usr/lib/jvm/*/bin/java; do
    [[ -n $java ]] && command -v "$java" >/dev/null || continue
    if "$java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then echo "$java"; return; fi
  done
  die "no Java >= 21 found (set JAVA_HOME)"
}

strimzi() {
  local java classpath
  command -v mvn >/dev/null || die "mvn not found"
  java=$(java21)
  cat >"$TMP/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>strimzi-crds</artifactId><version>0</version>
  <dependencies>
    <dependency><groupId>io.strimzi</groupId><artifactId>api</artifactId>
      <version>$STRIMZI_VERSION</version></dependency>
    <dependency><groupId>io.strimzi</groupId><artifactId>crd-generator</artifactId>
      <version>$STRIMZI_GENERATOR_VERSION</version></dependency>
  </dependencies>
</project>
EOF
  mvn -q -B -Dstyle.color=never -f "$TMP/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$TMP/classpath" >&2
  classpath=$(cat "$TMP/classpath")
  "$java" -cp "$classpath" io.strimzi.crdgenerator.CrdGenerator \
    --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ \
    --crd-api-version v1 --api-versions v1alpha1,v1beta1,v1beta2,v1 --storage-version v1beta2 \
    --yaml "io.strimzi.api.kafka.model.topic.KafkaTopic=$TMP/043-Crd-kafkatopic.yaml" >&2
  vendor 043-Crd-kafkatopic.yaml \
    "Maven io.strimzi:api:$STRIMZI_VERSION, generated as strimzi-kafka-operator $STRIMZI_VERSION packaging/install/cluster-operator/043-Crd-kafkatopic.yaml" \
    "io.strimzi:crd-generator:$STRIMZI_GENERATOR_VERSION CrdGenerator (deploy/tools/fetch-crds.sh)" \
    "$TMP/043-Crd-kafkatopic.yaml"
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
keda
strimzi
