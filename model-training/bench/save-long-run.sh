#!/bin/sh
# Copies the long run's last checkpoint and its curves into the source tree
# (model-training/runs/<run name>/), to be committed: the working machine does not outlive a
# session, the repository does, and train-long.sh seeds a fresh run folder from this copy.
#
#   model-training/bench/save-long-run.sh /work/runs/long-44k && git add model-training/runs
#
# Safe while the run trains: checkpoints are written to a temporary file and moved into place, so
# the copy is always a whole epoch.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
run=${1:-/work/runs/long-44k}
kept="$here/../runs/$(basename "$run")"
[ -f "$run/model.run/checkpoint.ckpt" ] || { echo "$run: no checkpoint yet" >&2; exit 1; }
mkdir -p "$kept"
cp "$run/model.run/checkpoint.ckpt" "$kept/checkpoint.ckpt.part"
mv "$kept/checkpoint.ckpt.part" "$kept/checkpoint.ckpt"
cp "$run/model.run/training-log.csv" "$run/model.run/validation-genres.csv" "$kept/"
echo "saved epoch $(tail -1 "$kept/training-log.csv" | cut -d, -f1) of $run to $kept"
