#!/bin/sh
# Trains every model in assets/models with declip-train, from Debian's wesnoth-1.16-music (and
# frozen-bubble-data for Table III), offline. This is the recorded command behind the model card
# (assets/models/README.md). Each run checkpoints every epoch; run the script again after an
# interruption (or in the next working session) and every unfinished run resumes where it stopped,
# finished ones are only re-exported.
#
#   declip-22k-supervised.onnx    supervised (MSE to the clean music), mask fed       Table II
#   declip-22k-mcei.onnx          MC+EI from the clipped music alone, mask fed         Table II
#   declip-22k-mcei-nomask.onnx   MC+EI, without the mask channel (ablation)           Table II
#   declip-22k-mcei-genre.onnx    declip-22k-mcei adapted with MC+EI on the clipped
#                                 Table III recordings themselves (no clean audio)     Table III
#   declip-default.onnx           the shipped model: declip-22k-supervised (it measured
#                                 best) moved to 44 100 Hz and trained on on 44 100 Hz
#                                 music, supervised                                     app, CLI
#
# Usage: model-training/bench/train-models.sh [WORK_DIR] [MODELS_DIR]
#   defaults: target/train-models and ../../assets/models (relative to this script's repository).
# Environment: BASE=supervised|mcei picks the default model's starting point (default supervised;
# with mcei it stays self-supervised); THREADS (default 1 per run, two runs in parallel on two cores).
# About 2 hours on two idle cores.
#
# The models in assets/models came from these commands with one difference in the schedule: the
# first runs were started with 24 epochs and resumed with a shorter horizon to fit one working session
# (supervised after epoch 4, MC+EI after epoch 3, MC+EI without mask planned for 8 and resumed at 6
# after epoch 3); the cosine learning rate then follows the new horizon from there. The model card
# (assets/models/README.md) has each run's log.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
train="$root/target/declip-train/bin/declip-train"
[ -x "$train" ] || train="$here/../bin/declip-train"   # inside the launcher folder
work=${1:-target/train-models}
models=${2:-$root/../assets/models}
threads=${THREADS:-1}
base=${BASE:-supervised}
mkdir -p "$work" "$models"

[ -f "$work/wesnoth-22050/VERSION" ] || "$here/prepare-wesnoth.sh" "$work/wesnoth-22050" 22050 90
[ -f "$work/wesnoth-44100/VERSION" ] || "$here/prepare-wesnoth.sh" "$work/wesnoth-44100" 44100 90
"$here/prepare-bench.sh" "$work/bench" >/dev/null

# Every 22 050 Hz run: the same network (depth 4, 16 channels, kernel 9: about 35 ms of receptive
# field), crops of 2048 samples placed on clipped runs, batch 8, Adam 5e-4 with a cosine schedule
# over epochs of 400 steps, validated on the four held-out tracks.
music22="--clean $work/wesnoth-22050/train --clip-level 0.1 --validation-data $work/wesnoth-22050/test
  --sample-rate 22050 --window 8192 --crop 2048 --depth 4 --channels 16 --kernel 9 --batch-size 8
  --lr 5e-4 --steps-per-epoch 400 --export-epoch last --threads $threads --no-progress"

fit() { # name, options... : trains (or resumes) $work/name.onnx, logs to $work/name.log
  name=$1; shift
  resume=""
  [ -f "$work/$name.run/checkpoint.ckpt" ] && resume=--resume
  # shellcheck disable=SC2086
  "$train" fit "$@" $resume -o "$work/$name.onnx" >> "$work/$name.log" 2>&1
  cp "$work/$name.onnx" "$models/$name.onnx"
  cp "$work/$name.run/training-log.csv" "$models/$name.training-log.csv"
}

# shellcheck disable=SC2086
{
  fit declip-22k-supervised $music22 --epochs 12 --loss supervised &
  fit declip-22k-mcei $music22 --epochs 12 --loss mc+ei --gains uniform:0.5,1.5
  wait
  fit declip-22k-mcei-nomask $music22 --epochs 6 --loss mc+ei --gains uniform:0.5,1.5 --no-mask &
  # Table III: the music model adapted on the other genre's clipped recordings alone (MC+EI needs
  # no clean audio; the clean files only score the validation).
  fit declip-22k-mcei-genre --clean "$work/bench/genre" --input-sdr 14 \
    --validation-data "$work/bench/genre" --init "$work/declip-22k-mcei.onnx" \
    --crop 2048 --batch-size 8 --lr 2e-4 --epochs 4 --steps-per-epoch 200 \
    --loss mc+ei --gains uniform:0.5,1.5 --export-epoch last --threads "$threads" --no-progress
  # The shipped model: the chosen 22 050 Hz model moved to 44 100 Hz (twice the window, the same
  # network), trained on 44 100 Hz music.
  fit declip-default --clean "$work/wesnoth-44100/train" --clip-level 0.1 \
    --validation-data "$work/wesnoth-44100/test" --init "$work/declip-22k-$base.onnx" \
    --sample-rate 44100 --window 16384 --crop 4096 --batch-size 8 --lr 2e-4 --epochs 4 \
    --steps-per-epoch 200 --loss "$([ "$base" = supervised ] && echo supervised || echo mc+ei)" \
    --gains uniform:0.5,1.5 --export-epoch last --threads "$threads" --no-progress
  wait
}
ls -l "$models"
