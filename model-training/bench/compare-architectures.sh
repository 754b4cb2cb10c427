#!/bin/sh
# Side-by-side of UNet shapes (and losses) at EQUAL training compute: each variant trains on the
# corpus of prepare-corpus.sh (44 100 Hz, crops of 16 384 samples, batch 8, Adam 5e-4 cosine) for
# as many steps as BUDGET steps of the depth-4 network shipped before cost in FLOPs (UNetFlops:
# a step is three forward passes' worth), so cheaper networks take more steps. Two variants train
# at a time with one thread each. Prints, per variant: FLOPs per sample, receptive field, steps,
# training compute, the validation SDR (mean and per genre) after its last step, and the file of its
# exported model; time the models' inference with `declip benchmark -m MODEL --threads 2`.
#
# Usage: model-training/bench/compare-architectures.sh [WORK_DIR]   (default /work/runs/compare)
#   BUDGET (default 100), CORPUS (default /work/data/corpus/manifest.tsv),
#   VARIANTS (default below: name:depth:channels:kernel:cap:loss).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
train="$here/../target/declip-train/bin/declip-train"
[ -x "$train" ] || train="$here/../bin/declip-train"
work=${1:-/work/runs/compare}
budget=${BUDGET:-100}
corpus=${CORPUS:-/work/data/corpus/manifest.tsv}
variants=${VARIANTS:-"d4-c16-k9:4:16:9:0:supervised d7-c16-k9-cap64:7:16:9:64:supervised
  d7-c16-k9-cap64-sdr:7:16:9:64:supervised-sdr d8-c16-k7-cap64:8:16:7:64:supervised
  d8-c12-k7-cap64:8:12:7:64:supervised"}
mkdir -p "$work"

# FLOPs per sample of one forward pass, as UNetFlops counts them (2 per multiply-add; the input is
# the mask-gated signal, two channels). Also the receptive field in samples.
shape() { # depth channels kernel cap
  awk -v d="$1" -v c="$2" -v k="$3" -v cap="$4" 'function ch(l,  x) { x = c * 2 ^ l;
      return (cap > 0 && x > cap) ? cap : x }
    BEGIN { f = 0; cin = 2
      for (l = 0; l < d; l++) { at = 1 / 2 ^ l; f += 2 * ch(l) * (cin + ch(l)) * k * at; cin = ch(l) }
      f += 2 * ch(d) * (cin + ch(d)) * k / 2 ^ d
      for (l = 0; l < d; l++) { at = 1 / 2 ^ l
        f += 2 * 2 * ch(l) * ch(l + 1) * at / 2 + 2 * ch(l) * 3 * ch(l) * k * at }
      f += 2 * ch(0); rf = 1
      for (l = 0; l < d; l++) rf += 4 * (k - 1) * 2 ^ l
      rf += 2 * (k - 1) * 2 ^ d
      printf "%.0f %d\n", f, rf }'
}
base=$(shape 4 16 9 0 | cut -d' ' -f1)

fit() { # name depth channels kernel cap loss
  set -- "$@" $(shape "$2" "$3" "$4" "$5")
  steps=$(awk -v b="$budget" -v base="$base" -v f="$7" 'BEGIN { printf "%d", b * base / f + 0.5 }')
  half=$(( (steps + 1) / 2 ))
  resume=""
  [ -f "$work/$1.run/checkpoint.ckpt" ] && resume=--resume
  # shellcheck disable=SC2086
  "$train" fit --corpus "$corpus" --loss "$6" --sample-rate 44100 --window 16384 \
    --depth "$2" --channels "$3" --kernel "$4" --max-channels "$5" \
    --crop 16384 --batch-size 8 --lr 5e-4 --schedule cosine --epochs 2 --steps-per-epoch "$half" \
    --threads 1 --no-progress $resume -o "$work/$1.onnx" 2>&1 | grep -v NNPACK >> "$work/$1.log"
  echo "$1 $7 $8 $((2 * half))" > "$work/$1.shape"
}

set -- $variants
while [ $# -gt 0 ]; do
  first=$1; shift
  # shellcheck disable=SC2046
  fit $(echo "$first" | tr : ' ') &
  if [ $# -gt 0 ]; then
    # shellcheck disable=SC2046
    fit $(echo "$1" | tr : ' ')
    shift
  fi
  wait
done

printf 'variant\tFLOP/sample\treceptive field\tsteps\ttraining TFLOP\tvalidation SDR in -> out (dB)\tper genre (gain dB)\n'
for v in $variants; do
  name=${v%%:*}
  read -r _ flops rf steps < "$work/$name.shape"
  last=$(tail -1 "$work/$name.run/training-log.csv")
  genres=$(awk -F, -v e="$(echo "$last" | cut -d, -f1)" '$1 == e { printf "%s %+.2f  ", $3, $8 }' \
    "$work/$name.run/validation-genres.csv")
  awk -v n="$name" -v f="$flops" -v rf="$rf" -v s="$steps" -v l="$last" -v g="$genres" 'BEGIN {
    split(l, c, ","); printf "%s\t%.0fk\t%d (%.0f ms)\t%d\t%.1f\t%.2f -> %.2f\t%s\n", n, f / 1e3, rf,
      rf / 44.1, s, 3 * f * 8 * 16384 * s / 1e12, c[10], c[11], g }'
done
