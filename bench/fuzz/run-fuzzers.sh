#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-fsanitize=fuzzer,address) in a build folder of their
# own and runs each one for a while. The project's normal build (g++) is not involved.
#
#   bench/fuzz/run-fuzzers.sh [seconds per target, default 60]
#
# Environment: MDI_FUZZ_BUILD_DIR (default <repo>/build-fuzz), MDI_SHARED_DIR (default
# <repo>/../shared), CXX (default clang++), JOBS (default 2). Crashes are written to
# $MDI_FUZZ_BUILD_DIR/artifacts/; the corpus grows in $MDI_FUZZ_BUILD_DIR/corpus/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${MDI_FUZZ_BUILD_DIR:-$root/build-fuzz}"
shared="${MDI_SHARED_DIR:-$root/../shared}"
seconds="${1:-60}"
cxx="${CXX:-clang++}"

if ! command -v "$cxx" >/dev/null; then
  echo "run-fuzzers.sh: $cxx not found; install clang (and libclang-rt-dev for libFuzzer)" >&2
  exit 2
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMDI_SHARED_DIR="$shared"
cmake --build "$build" -j "${JOBS:-2}"

targets=(fuzz_safetensors fuzz_tokenizer fuzz_wire fuzz_httprequest fuzz_chatrequest fuzz_image fuzz_chattemplate)
mkdir -p "$build/artifacts"
for target in "${targets[@]}"; do
  mkdir -p "$build/corpus/$target"
  # Checked-in seeds (bench/fuzz/corpus/<target>/), copied into the growing corpus.
  [[ -d "$here/corpus/$target" ]] && cp -n "$here/corpus/$target"/* "$build/corpus/$target/" 2>/dev/null || true
done

# Seeds: small valid safetensors files, and strings from the tokenizer fixtures.
if command -v python3 >/dev/null; then
  python3 - "$build/corpus" "$shared" <<'PY'
import json, os, struct, sys
corpus, shared = sys.argv[1], sys.argv[2]
def st(header, data):
    h = json.dumps(header).encode()
    h += b" " * (-len(h) % 8)
    return struct.pack("<Q", len(h)) + h + data
seeds = {
    "empty": st({}, b""),
    "meta": st({"__metadata__": {"format": "pt"}}, b""),
    "one": st({"w": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]}}, bytes(16)),
    "two": st({"a": {"dtype": "BF16", "shape": [3], "data_offsets": [0, 6]},
               "b": {"dtype": "I64", "shape": [1, 1], "data_offsets": [6, 14]},
               "__metadata__": {"format": "pt"}}, bytes(14)),
    "zero": st({"z": {"dtype": "U8", "shape": [0, 5], "data_offsets": [0, 0]}}, b""),
}
for name, data in seeds.items():
    open(os.path.join(corpus, "fuzz_safetensors", "seed-" + name), "wb").write(data)
cases = os.path.join(shared, "fixtures/qwen2vl-tiny/tokenizer/tokenizer_cases.json")
if os.path.exists(cases):
    doc = json.load(open(cases, encoding="utf-8"))
    texts = [c["text"] for c in doc.get("cases", [])] + [c["text"] for c in doc.get("llamacpp_vectors", []) if "text" in c]
    for i, text in enumerate(texts):
        open(os.path.join(corpus, "fuzz_tokenizer", "seed-%03d" % i), "wb").write(text.encode("utf-8"))
PY
fi

status=0
for target in "${targets[@]}"; do
  if [[ ! -x "$build/$target" ]]; then
    echo "== $target: not built, skipped"
    continue
  fi
  echo "== $target: ${seconds}s"
  dict=()
  [[ -f "$here/$target.dict" ]] && dict=(-dict="$here/$target.dict")
  if ! "$build/$target" "$build/corpus/$target" "${dict[@]}" -max_total_time="$seconds" -timeout=10 \
      -max_len=8192 -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-"; then
    echo "== $target: FAILED (see $build/artifacts/)" >&2
    status=1
  fi
done
exit $status
