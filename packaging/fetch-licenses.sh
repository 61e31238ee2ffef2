#!/usr/bin/env bash
# Downloads the full licence texts of the libraries that the Windows and macOS bundles contain,
# for the versions the release workflow bundles (THIRD_PARTY_NOTICES.md lists the components):
#   fetch-licenses.sh <folder>       (uses $LIBTORCH_VERSION, the workflow's)
# The workflow installs them with -DMDI_EXTRA_LICENSE_FILES into licenses/ next to the notices.
set -euo pipefail

out=${1:?usage: fetch-licenses.sh <folder>}
: "${LIBTORCH_VERSION:?LIBTORCH_VERSION is not set}"
mkdir -p "$out"
get() { curl -fsSL --retry 3 -o "$out/$1" "$2"; }
get pytorch-LICENSE.txt "https://raw.githubusercontent.com/pytorch/pytorch/v${LIBTORCH_VERSION}/LICENSE"
get pytorch-NOTICE.txt "https://raw.githubusercontent.com/pytorch/pytorch/v${LIBTORCH_VERSION}/NOTICE"
# OpenSSL 3 is under the Apache License 2.0, whose full text is its LICENSE.txt.
get openssl-LICENSE.txt "https://raw.githubusercontent.com/openssl/openssl/master/LICENSE.txt"
get LGPL-3.0.txt "https://www.gnu.org/licenses/lgpl-3.0.txt"
get GPL-3.0.txt "https://www.gnu.org/licenses/gpl-3.0.txt"
ls -l "$out"
