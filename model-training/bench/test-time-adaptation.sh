#!/bin/sh
# Test-time adaptation, a lever of issue 4: before restoring the held-out tracks, fine-tune the
# self-supervised model on their clipped audio itself with MC+EI (possible only because that loss
# needs no clean audio), then score it on Table II beside the unadapted model. The adaptation's
# wall time is printed per second of test audio: it counts against the restoration's speed.
# Usage: model-training/bench/test-time-adaptation.sh [STEPS] [MODELS_DIR] [WORK_DIR]
#   defaults: 100 steps, ../../assets/models, target/tta
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
train="$root/target/declip-train/bin/declip-train"
[ -x "$train" ] || train="$here/../bin/declip-train"
steps=${1:-100}
models=${2:-$root/../assets/models}
work=${3:-target/tta}
mkdir -p "$work/models"
"$here/prepare-bench.sh" "$work/bench" >/dev/null
test="$work/bench/wesnoth/test"
cp "$models/declip-22k-mcei.onnx" "$work/models/"
rm -rf "$work/declip-22k-mcei-tta.run"
start=$(date +%s.%N)
# --clean only supplies the clipped copies here: MC+EI never reads the clean signal.
"$train" fit --clean "$test" --clip-level 0.1 --validation-data "$test" \
  --init "$models/declip-22k-mcei.onnx" --crop 2048 --batch-size 8 --lr 2e-4 --epochs 1 \
  --steps-per-epoch "$steps" --schedule constant --loss mc+ei --gains uniform:0.5,1.5 \
  --no-progress -o "$work/models/declip-22k-mcei-tta.onnx" > "$work/adaptation.log" 2>&1
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v n="$steps" 'BEGIN { printf "adaptation: %d steps in %.1f s = %.0f ms per second of the 120 s of test audio\n", n, e - s, (e - s) * 1000 / 120 }' | tee "$work/adaptation.txt"
"$train" quality --data "$work/bench" --models "$work/models" --sets table2 --no-progress | tee "$work/table2.txt"
