#!/bin/sh
# Prepares the real-music set the training and benchmark commands use, offline, from Debian's
# wesnoth-1.16-music (orchestral, GPL-2): 30-second mono excerpts at 22 050 Hz from the middle of
# each track, written as FLAC, split BY TRACK into train/ (20 tracks) and test/ (4 tracks).
# About 600 training and 120 test seconds: the paper's protocol (1-second segments) in size.
# Usage: model-training/bench/prepare-wesnoth.sh [OUT_DIR [RATE [TRAIN_SECONDS]]]
#   defaults: target/wesnoth, 22050, 30. The test excerpts are always 30 seconds; longer training
#   excerpts (train-models.sh uses 90) give the networks more music than the paper's protocol.
set -eu
out=${1:-target/wesnoth}
rate=${2:-22050}
train_seconds=${3:-30}
music=/usr/share/games/wesnoth/1.16/data/core/music
if ! dpkg -s wesnoth-1.16-music >/dev/null 2>&1 || ! command -v sox >/dev/null 2>&1; then
  # sox reads Ogg Vorbis through libsox-fmt-base (Debian 12 has no libsox-fmt-vorbis).
  apt-get update -qq && apt-get install -y --no-install-recommends wesnoth-1.16-music sox libsox-fmt-base
fi
version=$(dpkg-query -W -f='${Version}' wesnoth-1.16-music)
train="battle breaking_the_chains casualties_of_war elvish-theme frantic heroes_rite
  into_the_shadows journeys_end knalgan_theme knolls legends_of_the_north northern_mountains
  northerners nunc_dimittis return_to_wesnoth siege_of_laurelmor silvan_sanctuary suspense
  the_city_falls the_dangerous_symphony"
test="the_deep_path the_king_is_dead traveling_minstrels wanderer"
excerpt() { # track split seconds
  mkdir -p "$out/$2"
  seconds=$(soxi -D "$music/$1.ogg")
  start=$(awk -v d="$seconds" -v n="$3" 'BEGIN { s = (d - n) / 2; if (s < 0) s = 0; printf "%.3f", s }')
  sox "$music/$1.ogg" -r "$rate" -c 1 -b 16 "$out/$2/$1.flac" trim "$start" "$3"
}
for t in $train; do excerpt "$t" train "$train_seconds"; done
for t in $test; do excerpt "$t" test 30; done
echo "wesnoth-1.16-music $version: $(ls "$out/train" | wc -l) training excerpts of $train_seconds s and $(ls "$out/test" | wc -l) test excerpts of 30 s at $rate Hz in $out" | tee "$out/VERSION"
