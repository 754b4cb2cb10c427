#!/bin/sh
# Prepares every set `declip-bench` scores, offline, from Debian packages (installed when missing):
#   wesnoth/train, wesnoth/test  30-second excerpts, 22 050 Hz mono (prepare-wesnoth.sh): the paper's
#                                1-second protocol (Table II), split by track
#   excerpts-22050, -44100      5-second excerpts of the four test tracks (EXCERPTS per track, spread
#                                over the track), peak-normalised: the input-SDR tables
#   genre                        another genre for Table III: the three electronic music tracks of
#                                frozen-bubble-data (GPL-2), 40-second excerpts, 22 050 Hz mono
#   speech                       English speech of fillets-ng-data (GPL-2), one file per speaker (the
#                                lines of one character joined), 22 050 Hz mono
#   rock                         rock/pop-like mixes of hedgewars-data (Data/Music), 30-second
#                                excerpts of four tracks, 22 050 Hz mono
#   songs                        whole songs of hedgewars-data, peak-normalised, 22 050 Hz mono: the
#                                set clipped at 1/2, 1/3 and 1/4 of the peak
#   loud-master                  the issue case: 30 s of a loud, dense, bass-heavy electronic master
#                                (fb-music-high), stereo 44.1 kHz 16-bit, peak-normalised, clean
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
    apt-get update -qq && apt-get install -y --no-install-recommends frozen-bubble-data sox libsox-fmt-all
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
need() { # package...: installs what is missing (Debian 12 has no libsox-fmt-vorbis; sox reads Ogg)
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y --no-install-recommends "$@" sox libsox-fmt-all; return; }
  done
}

if [ ! -f "$out/speech/VERSION" ]; then
  need fillets-ng-data
  snd=/usr/share/games/fillets-ng/sound
  mkdir -p "$out/speech"
  # One file per speaker: the English lines of one character, joined (names: level, character).
  for speaker in elk/en/deu-l elk/en/deu-p viking1/en/d1-z-v viking1/en/d1-z-p viking1/en/d1-z-b society/en/mik-x-stebet; do
    name=$(echo "$speaker" | sed 's#/en/#-#')
    sox $(ls "$snd/$speaker"*.ogg | sort) -r 22050 -c 1 -b 16 "$out/speech/$name.flac"
  done
  echo "fillets-ng-data $(dpkg-query -W -f='${Version}' fillets-ng-data): $(ls "$out/speech" | wc -l) speakers' English lines at 22050 Hz" > "$out/speech/VERSION"
fi

hw=/usr/share/games/hedgewars/Data/Music
if [ ! -f "$out/rock/VERSION" ]; then
  need hedgewars-data
  mkdir -p "$out/rock"
  for t in Rock City Freeway Brick; do
    seconds=$(soxi -D "$hw/$t.ogg")
    start=$(awk -v d="$seconds" 'BEGIN { s = d / 2 - 15; if (s < 0) s = 0; printf "%.3f", s }')
    sox "$hw/$t.ogg" -r 22050 -c 1 -b 16 "$out/rock/$t.flac" trim "$start" 30
  done
  echo "hedgewars-data $(dpkg-query -W -f='${Version}' hedgewars-data): $(ls "$out/rock" | wc -l) 30-second excerpts at 22050 Hz" > "$out/rock/VERSION"
fi

if [ ! -f "$out/songs/VERSION" ]; then
  need hedgewars-data
  mkdir -p "$out/songs"
  for t in sdmusic olympics_sd; do
    sox "$hw/$t.ogg" -r 22050 -c 1 -b 24 "$out/songs/$t.flac" gain -n
  done
  echo "hedgewars-data $(dpkg-query -W -f='${Version}' hedgewars-data): $(ls "$out/songs" | wc -l) whole songs, peak-normalised, at 22050 Hz" > "$out/songs/VERSION"
fi

if [ ! -f "$out/loud-master/VERSION" ]; then
  need fb-music-high
  mkdir -p "$out/loud-master"
  fb=/usr/share/games/frozen-bubble/snd/frozen-mainzik-1p.ogg
  sox "$fb" -r 44100 -c 2 -b 16 "$out/loud-master/frozen-mainzik-1p-30s.wav" trim 60 30 gain -n
  echo "fb-music-high $(dpkg-query -W -f='${Version}' fb-music-high): 30 s of frozen-mainzik-1p from 60 s, stereo 44.1 kHz, peak-normalised" > "$out/loud-master/VERSION"
fi

cat "$out"/*/VERSION
