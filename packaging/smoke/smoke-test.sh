#!/usr/bin/env bash
# Starts the installed programs the way a user would, after the release workflow has installed a
# package (Windows: Git Bash; macOS; Linux):
#   smoke-test.sh <folder with mdi-chat, mdi-node, mdi-run>
# 1. --version of each program, with the licence line;
# 2. a generation with mdi-run on a tiny random checkpoint (config.json here; the Qwen2 tokenizer
#    is downloaded from the Hugging Face hub, or copied from $MDI_SMOKE_TOKENIZER_DIR): libtorch and
#    the kernels load and run;
# 3. mdi-node on loopback and mdi-run running a stage on it with a pairing code: the TLS-PSK
#    backend (Qt's OpenSSL backend and the bundled OpenSSL) loads on both sides;
# 4. mdi-chat --screenshot: the platform, image format and SQLite plugins load (chat history).
set -euo pipefail

bin=${1:?usage: smoke-test.sh <folder with the programs>}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
node_pid=
cleanup() {
  if [[ -n $node_pid ]]; then kill "$node_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

for program in mdi-run mdi-node mdi-chat; do
  out=$("$bin/$program" --version)
  echo "$out"
  grep -q '^License: MIT' <<<"$out" || { echo "smoke: $program --version has no licence line" >&2; exit 1; }
done

mkdir "$work/shape"
cp "$here/config.json" "$work/shape/"
for file in tokenizer.json tokenizer_config.json vocab.json merges.txt chat_template.json; do
  if [[ -n ${MDI_SMOKE_TOKENIZER_DIR:-} ]]; then
    cp "$MDI_SMOKE_TOKENIZER_DIR/$file" "$work/shape/"
  else
    curl -fsSL --retry 3 -o "$work/shape/$file" \
      "https://huggingface.co/Qwen/Qwen2-VL-2B-Instruct/resolve/main/$file"
  fi
done
"$bin/mdi-run" make-random --shape "$work/shape/config.json" --out "$work/checkpoint" --dtype f32
"$bin/mdi-run" --model "$work/checkpoint" --prompt "Hello" --max-tokens 4 --temperature 0 --json >"$work/local.json"
grep -q '"text"' "$work/local.json" || { cat "$work/local.json"; echo "smoke: no answer" >&2; exit 1; }
echo "smoke: local generation ok"

code=7KQ4M-2XH9D
port=47123
"$bin/mdi-node" --listen 127.0.0.1 --port $port --no-discovery --pairing-code $code \
  --identity "$work/node/node.ini" --cache-dir "$work/node/cache" >"$work/node.log" 2>&1 &
node_pid=$!
for _ in $(seq 60); do
  grep -q 'listening on' "$work/node.log" && break
  sleep 0.5
done
grep -q 'listening on' "$work/node.log" || { cat "$work/node.log"; echo "smoke: mdi-node did not start" >&2; exit 1; }
"$bin/mdi-run" --model "$work/checkpoint" --peer 127.0.0.1:$port --pairing-code $code \
  --prompt "Hello" --max-tokens 4 --temperature 0 --json >"$work/peer.json"
grep -q '"text"' "$work/peer.json" || { cat "$work/peer.json" "$work/node.log"; echo "smoke: no answer over the peer" >&2; exit 1; }
grep -q 'paired connection' "$work/node.log" || { cat "$work/node.log"; echo "smoke: no paired connection" >&2; exit 1; }
echo "smoke: generation over a paired mdi-node (TLS-PSK) ok"

"$bin/mdi-chat" --screenshot "$work/window.png"
[[ -s $work/window.png ]] || { echo "smoke: mdi-chat --screenshot wrote nothing" >&2; exit 1; }
echo "smoke: mdi-chat --screenshot ok"
