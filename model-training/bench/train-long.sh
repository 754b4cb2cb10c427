#!/bin/sh
# The long training run of the 44 100 Hz network, meant to run in the background for days and
# across working sessions: supervised (the negative SDR per window against the clean audio, which
# weighs every window alike where the MSE in clip-level units favours the most severely clipped
# ones) on the corpus of prepare-corpus.sh,
# clipped afresh for every crop (train split; validation split scored per genre after every epoch).
# Start it, and start it again after any interruption with the very same command: it resumes from
# the last checkpoint (an epoch of STEPS steps, a few minutes to a quarter of an hour under load).
#
#   nohup setsid nice -n 5 model-training/bench/train-long.sh /work/runs/long-44k > /dev/null 2>&1 &
#
# RUN_DIR (default /work/runs/long-44k) holds everything: app/ (a copy of the declip-train launcher
# made at the first start, so rebuilding the source tree never disturbs a running or resumed run;
# UPDATE=1 refreshes it), model.run/checkpoint.ckpt (weights, Adam's state, the epoch), best.ckpt,
# training-log.csv (training loss, validation loss and SDR per epoch), validation-genres.csv
# (validation SDR per genre per epoch), train.log (the console), and model.onnx, exported at the
# end or on demand with `app/bin/declip-train export --run-dir RUN_DIR/model.run -o x.onnx`.
#
# Network: the bias-free UNet, depth 7, 16 channels at the top doubling to a cap of 64, kernel 9:
# about 139 ms of receptive field at 44 100 Hz, at 0.55x the FLOPs per sample of the depth-4 network
# shipped before (docs/training.md, "Architecture"). Schedule: Adam 5e-4, cosine over EPOCHS x
# STEPS steps down to 5 %. Environment: CORPUS (manifest, default /work/data/corpus/manifest.tsv;
# made when missing), THREADS (default 2), EPOCHS (default 2000), STEPS (default 40: an epoch, and
# so a checkpoint, about every minute on two idle cores, every 10-15 under a working day's load).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/runs/long-44k}
corpus=${CORPUS:-/work/data/corpus/manifest.tsv}
threads=${THREADS:-2}
epochs=${EPOCHS:-2000}
steps=${STEPS:-40}
mkdir -p "$run"
# One run per folder: a second start while the first still trains exits here (the lock is held by
# the training process itself, so it holds as long as the run lives).
exec 9>>"$run/.lock"
if ! flock -n 9; then
  echo "$run: a run is already training there (see $run/train.log)" >&2
  exit 1
fi
[ -f "$corpus" ] || "$here/prepare-corpus.sh" "$(dirname "$corpus")"
if [ ! -x "$run/app/bin/declip-train" ] || [ "${UPDATE:-0}" = 1 ]; then
  launcher="$here/../target/declip-train"
  [ -x "$launcher/bin/declip-train" ] || launcher="$here/.."   # inside the launcher folder
  rm -rf "$run/app.new"
  mkdir -p "$run/app.new"
  cp -r "$launcher/bin" "$launcher/lib" "$launcher/bench" "$run/app.new/"
  rm -rf "$run/app"
  mv "$run/app.new" "$run/app"
fi
# Only the repository outlives a working machine: a run folder without a checkpoint starts from
# the one kept in the source tree (model-training/runs/long-44k, written by save-long-run.sh and
# committed), so the run goes on where the last machine left it instead of starting over.
kept="$here/../runs/$(basename "$run")"
if [ ! -f "$run/model.run/checkpoint.ckpt" ] && [ -f "$kept/checkpoint.ckpt" ]; then
  mkdir -p "$run/model.run"
  cp "$kept"/checkpoint.ckpt "$kept"/*.csv "$run/model.run/"
  echo "$(date -u +%FT%TZ) seeded from $kept" >> "$run/train.log"
fi
resume=""
[ -f "$run/model.run/checkpoint.ckpt" ] && resume=--resume
echo "$(date -u +%FT%TZ) start${resume:+ (resume)}: $0 $*" >> "$run/train.log"
# PyTorch warns about NNPACK at every convolution on CPUs it does not recognise: filtered out.
# shellcheck disable=SC2086
DECLIP_JAVA_OPTS=${DECLIP_JAVA_OPTS:--Xmx6g} "$run/app/bin/declip-train" fit \
  --corpus "$corpus" --loss supervised-sdr --sample-rate 44100 --window 16384 \
  --depth 7 --channels 16 --max-channels 64 --kernel 9 \
  --crop 16384 --batch-size 8 --lr 5e-4 --schedule cosine \
  --epochs "$epochs" --steps-per-epoch "$steps" --export-epoch last \
  --threads "$threads" --no-progress $resume -o "$run/model.onnx" 2>&1 \
  | grep --line-buffered -v 'NNPACK' >> "$run/train.log"
