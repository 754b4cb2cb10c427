#!/bin/sh
# Prepares every set `declip-bench` scores, offline, from Debian packages (installed when missing):
#   wesnoth/train, wesnoth/test  30-second excerpts, 22 050 Hz mono (prepare-wesnoth.sh): the paper's
#                                1-second protocol (Table II), split by track
#   excerpts-22050, -44100      5-second excerpts of the four test tracks (EXCERPTS per track, spread
#                                over the track), peak-normalised: the input-SDR tables
#   genre                        another genre for Table III: the three electronic music tracks of
#                                frozen-bubble-data (GPL-2), 40-second excerpts, 22 050 Hz mono
# Usage: model-training/bench/prepare-bench.sh [OUT_DIR]   (default: target/bench-data)
# Idempotent: a folder with a VERSION file is left as it is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-target/bench-data}
excerpts=${EXCERPTS:-2}
mkdir -p "$out"
[ -f "$out/wesnoth/VERSION" ] || "$here/prepare-wesnoth.sh" "$out/wesnoth"

music=/usr/share/games/wesnoth/1.16/data/core/music
test_tracks="the_deep_path the_king_is_dead traveling_minstrels wanderer"
if [ ! -f "$out/excerpts-44100/VERSION" ]; then
  for rate in 22050 44100; do
    dir="$out/excerpts-$rate"
    mkdir -p "$dir"
    for t in $test_tracks; do
      seconds=$(soxi -D "$music/$t.ogg")
      i=1
      while [ "$i" -le "$excerpts" ]; do
        # Excerpt i starts at i/(EXCERPTS+1) of the track: spread out, away from fades.
        start=$(awk -v d="$seconds" -v i="$i" -v n="$excerpts" 'BEGIN { printf "%.3f", d * i / (n + 1) }')
        sox "$music/$t.ogg" -r "$rate" -c 1 -b 24 "$dir/$t-$i.flac" trim "$start" 5 gain -n
        i=$((i + 1))
      done
    done
    echo "wesnoth-1.16-music $(dpkg-query -W -f='${Version}' wesnoth-1.16-music): $(ls "$dir" | wc -l) peak-normalised 5-second excerpts at $rate Hz" > "$dir/VERSION"
  done
fi

if [ ! -f "$out/genre/VERSION" ]; then
  if ! dpkg -s frozen-bubble-data >/dev/null 2>&1; then
    # sox reads Ogg Vorbis through libsox-fmt-base (Debian 12 has no libsox-fmt-vorbis).
    apt-get update -qq && apt-get install -y --no-install-recommends frozen-bubble-data sox libsox-fmt-base
  fi
  snd=/usr/share/games/frozen-bubble/snd
  mkdir -p "$out/genre"
  for t in frozen-mainzik-1p frozen-mainzik-2p introzik; do
    seconds=$(soxi -D "$snd/$t.ogg")
    start=$(awk -v d="$seconds" 'BEGIN { s = d / 2 - 20; if (s < 0) s = 0; printf "%.3f", s }')
    sox "$snd/$t.ogg" -r 22050 -c 1 -b 16 "$out/genre/$t.flac" trim "$start" 40
  done
  echo "frozen-bubble-data $(dpkg-query -W -f='${Version}' frozen-bubble-data): $(ls "$out/genre" | wc -l) 40-second excerpts at 22050 Hz" > "$out/genre/VERSION"
fi
cat "$out"/*/VERSION
