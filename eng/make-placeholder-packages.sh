#!/usr/bin/env bash
# Rebuilds the empty placeholder packages in eng/placeholder-packages.
# The registry this project is built against lacks four transitive dependencies of the SQL Server
# provider and EF design-time tools. Each placeholder carries a fourth version part (1.0.0.1 for
# 1.0.0), so on a complete registry NuGet always prefers the real package; see README and ADR-001.
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/placeholder-packages"
mkdir -p "$out"
make_one() {
  local id=$1 version=$2 work
  work=$(mktemp -d)
  cat > "$work/$id.nuspec" <<NUSPEC
<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>$id</id>
    <version>$version</version>
    <authors>AoPortal</authors>
    <description>Empty placeholder for $id, absent from this build registry. Contains no code.</description>
  </metadata>
</package>
NUSPEC
  (cd "$work" && rm -f "$out/${id,,}.$version.nupkg" && zip -q -X "$out/${id,,}.$version.nupkg" "$id.nuspec")
  rm -rf "$work"
}
make_one Microsoft.SqlServer.Server 1.0.0.1
make_one Microsoft.Identity.Client.Broker 4.84.2.1
make_one Mono.TextTemplating 3.0.0.1
make_one Microsoft.VisualStudio.SolutionPersistence 1.0.52.1
