#!/usr/bin/env bash
# Builds and runs the kernel checks without CMake (a few seconds): each instruction-set file with
# its own flags, as core/kernels/CMakeLists.txt does. For kernel work; CI runs tst_kernels.
#   tests/kernels/quickcheck.sh [extra g++ flags...]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${QUICKCHECK_DIR:-/tmp/mdi-quickcheck-$$}
mkdir -p "$out"
CXX=${CXX:-g++}
common=(-std=c++20 -O2 -g -Wall -Wextra -Icore -Itests/kernels "$@")
objs=()
compile() { # file flags...
  local f=$1; shift
  local o="$out/$(echo "$f" | tr '/' '_').o"
  "$CXX" "${common[@]}" "$@" -c "$f" -o "$o"
  objs+=("$o")
}
for f in core/kernels/*.cpp core/kernels/scalar/*.cpp tests/kernels/kernelchecks.cpp tests/kernels/kernelchecks_main.cpp; do
  compile "$f" -DMDI_KERNELS_HAVE_AVX2 -DMDI_KERNELS_HAVE_AVX512 &
done
wait
for f in core/kernels/x86/avx2*.cpp; do compile "$f" -mavx2 -mfma -mf16c & done
for f in core/kernels/x86/avx512kernels.cpp core/kernels/x86/avx512gemm.cpp; do
  compile "$f" -mavx2 -mfma -mf16c -mavx512f -mavx512bw -mavx512vl -mavx512dq &
done
compile core/kernels/x86/avx512vnnikernels.cpp -mavx2 -mfma -mf16c -mavx512f -mavx512bw -mavx512vl -mavx512dq -mavx512vnni &
compile core/kernels/x86/avx512vnnigemm.cpp -mavx2 -mfma -mf16c -mavx512f -mavx512bw -mavx512vl -mavx512dq -mavx512vnni &
wait
"$CXX" "$out"/*.o -o "$out/kernelchecks" -pthread
"$out/kernelchecks"
