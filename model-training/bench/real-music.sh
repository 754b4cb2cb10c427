#!/bin/sh
# Self-supervised against supervised training on real music, measured side by side: the experiment
# behind the table in docs/training.md. Data: 30-second excerpts of Debian's wesnoth-1.16-music at 22 050 Hz mono
# (prepare-wesnoth.sh), 20 training tracks and 4 held-out test tracks, clipped at 0.1 (the paper's
# protocol). Every run: the same network (depth 3, 16 channels, kernel 9), 8192-sample windows, crops
# of 2048 around clipped runs, batch 8, 6 epochs of 50 steps, Adam at 3e-4 with a cosine schedule,
# validation on the test tracks, the last epoch exported. Then `declip-train evaluate` scores every
# model on 1-second segments of the test tracks, restored through ONNX Runtime exactly as `declip
# restore` does, beside the clipped input and cubic interpolation. About 25 minutes on an idle 2-core
# machine.
# Usage: model-training/bench/real-music.sh [WORK_DIR]   (default: target/real-music)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
train="$root/target/declip-train/bin/declip-train"
[ -x "$train" ] || train="$here/../bin/declip-train"   # inside the launcher folder
work=${1:-target/real-music}
mkdir -p "$work"
"$here/prepare-wesnoth.sh" "$work/wesnoth"
data="$work/wesnoth"
common="--clean $data/train --clip-level 0.1 --validation-data $data/test --sample-rate 22050
  --window 8192 --crop 2048 --depth 3 --batch-size 8 --epochs 6 --steps-per-epoch 50 --lr 3e-4
  --threads 1 --no-progress --export-epoch last"
run() { # name, options...
  name=$1; shift
  # shellcheck disable=SC2086
  "$train" fit $common "$@" -o "$work/$name.onnx" > "$work/$name.log" 2>&1
}
run supervised --loss supervised &
run mcei-detached-g05-15 --loss mc+ei --ei-target detached --gains uniform:0.5,1.5
wait
run mcei-detached-g01-2 --loss mc+ei --ei-target detached --gains uniform:0.1,2 &
run mcei-differentiated-g01-2 --loss mc+ei --ei-target differentiated --gains uniform:0.1,2
wait
"$train" evaluate --clean "$data/test" --clip-level 0.1 --segment 1 --threads 2 --no-progress \
  --model "$work/supervised.onnx" --model "$work/mcei-detached-g05-15.onnx" \
  --model "$work/mcei-detached-g01-2.onnx" --model "$work/mcei-differentiated-g01-2.onnx" \
  | tee "$work/evaluation.txt"
