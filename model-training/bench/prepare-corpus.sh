#!/bin/bash
# Builds the training corpus of the long runs (about 7 hours: orchestral, electronic, band and
# other game music, English and Czech speech) from the Debian packages the project allows, offline,
# split BY TRACK (speech: by speaker where file names tell it, else by level) into train,
# validation and test, and recorded in OUT/manifest.tsv.
#
# Each track becomes one mono file of raw 16-bit little-endian PCM (`.s16`) per rate, so a trainer
# can map hours of audio into memory without decoding or holding it on the heap. Coded variants
# (CODED: every third training and every validation track, MP3 from lame -V 5 and Ogg Vorbis from
# oggenc -q 1, decoded again) let a trainer clip audio after lossy coding, as users meet it; they
# share their track's split.
#
# Genres (by package; the labels are a listener's guess, not the packages' own):
#   orchestral  wesnoth-1.16-music
#   electronic  frozen-bubble-data (its three music tracks are declip-bench's Table III: test only),
#               xmoto-data, extremetuxracer-data
#   band        hedgewars-data (Data/Music), asc-music: band / rock-pop-like game music
#   other       drascula-music, boswars-data (intro)
#   speech      fillets-ng-data (English) and fillets-ng-data-cs (Czech)
# fb-music-high holds one XM module, which sox cannot decode: it is left out.
#
# Split (deterministic, the same on every machine):
#   - held out from training for declip-bench (prepare-bench.sh), in split "test": Wesnoth's four
#     test tracks, frozen-bubble's three music tracks (Table III), hedgewars' Rock, City, Freeway,
#     Brick (rock/pop set), sdmusic and olympics_sd (whole songs), and the English speech of the
#     levels elk, viking1 and society (speech set);
#   - music: per package, tracks ordered by the checksum of their names; packages of five tracks
#     or more give their first track to validation and their second to test (Wesnoth: two to
#     validation), the rest train;
#   - Czech speech: speakers are named in the file names (<level>-<speaker>-<line>.ogg; "m" the
#     small fish, "v" the big fish, others minor). Speaker "m" is held out: its levels alternate
#     (by checksum) between validation and test; "v" and the minor speakers train;
#   - English speech (6 minutes, speakers not told apart by the names): split by level folder; the
#     benchmark's levels test, the others by checksum mod 5: 0 validation, 1 test, others train.
# A speech "track" is one speaker's lines of one level, concatenated.
#
# Usage: model-training/bench/prepare-corpus.sh [OUT_DIR]   (default: /work/data/corpus)
#   RATES (default "44100 22050"), CODED (default 1; 0 skips the coded variants).
# Idempotent: files already made are kept; the manifest is rewritten. About 15 minutes on one core.
set -euo pipefail
out=${1:-/work/data/corpus}
rates=${RATES:-44100 22050}
coded=${CODED:-1}
packages="wesnoth-1.16-music frozen-bubble-data hedgewars-data drascula-music boswars-data
  extremetuxracer-data xmoto-data asc-music fillets-ng-data fillets-ng-data-cs"
missing=""
for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ] || ! command -v sox >/dev/null || ! command -v lame >/dev/null \
  || ! command -v oggenc >/dev/null; then
  # Debian 12 has no libsox-fmt-vorbis: sox reads Ogg through libsox-fmt-base.
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $missing sox libsox-fmt-mp3 lame vorbis-tools
fi
mkdir -p "$out"
manifest="$out/manifest.tsv"
rows="$out/.rows"
: > "$rows"

version() { dpkg-query -W -f='${Version}' "$1"; }
checksum() { printf %s "$1" | cksum | cut -d' ' -f1; }

# name split genre package source...: decodes the sources (concatenated) to every rate, and the
# coded variants where asked; appends manifest rows.
track() {
  local name=$1 split=$2 genre=$3 package=$4
  shift 4
  local base="$out/$split/$genre/$name"
  mkdir -p "$(dirname "$base")"
  local top=${rates%% *}
  local first="$base.$top.s16"
  if [ ! -s "$first" ]; then
    # -G: sox lowers the gain where resampling or mixing would clip, so the clean audio has no
    # clipping of its own.
    for f in "$@"; do
      sox -G -V1 "$f" -r "$top" -c 1 -b 16 -e signed-integer -t raw -
    done > "$first.part"
    mv "$first.part" "$first"
  fi
  local variants="clean"
  if [ "$coded" = 1 ] && { [ "$split" = validation ] \
    || { [ "$split" = train ] && [ $(( $(checksum "$name") % 3 )) = 0 ]; }; }; then
    variants="clean mp3 ogg"
  fi
  local raw="-t raw -r $top -c 1 -b 16 -e signed-integer"
  for v in $variants; do
    local src="$first"
    if [ "$v" != clean ]; then
      src="$base.$v.$top.s16"
      if [ ! -s "$src" ]; then
        local tmp="$out/.coded.$v"
        # shellcheck disable=SC2086
        if [ "$v" = mp3 ]; then
          sox $raw "$first" -t wav - | lame --quiet -V 5 --resample 44.1 - "$tmp"
        else
          sox $raw "$first" -t wav - | oggenc --quiet -q 1 -o "$tmp" -
        fi
        sox -G -V1 -t "$v" "$tmp" -r "$top" -c 1 -b 16 -e signed-integer -t raw "$src.part"
        mv "$src.part" "$src"
        rm -f "$tmp"
      fi
    fi
    for r in $rates; do
      local file="$src"
      if [ "$r" != "$top" ]; then
        file="${src%."$top".s16}.$r.s16"
        # shellcheck disable=SC2086
        [ -s "$file" ] || sox -G -V1 $raw "$src" -r "$r" -b 16 -e signed-integer -t raw "$file"
      fi
      local samples=$(($(stat -c %s "$file") / 2))
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%.3f\t%s\n' "$split" "$genre" "$name" "$v" \
        "$package" "$(version "$package")" "$r" "${file#"$out"/}" "$samples" \
        "$(awk -v n="$samples" -v r="$r" 'BEGIN { print n / r }')" \
        "$(printf '%s ' "$@" | sed 's|/usr/share/||g; s/ $//')" >> "$rows"
    done
  done
}

# package genre held-out-names validation-count files...: the music split described above.
music() {
  local package=$1 genre=$2 held=$3 nval=$4
  shift 4
  local n=$#
  local i=0
  for f in $(for f in "$@"; do echo "$(checksum "$(basename "$f")") $f"; done | sort -n | cut -d' ' -f2); do
    local name
    name=$(basename "$f" | sed 's/\.[^.]*$//')
    local split=train
    if [[ " $held " == *" $name "* ]]; then
      split=test
    elif [ "$n" -ge 5 ]; then
      if [ "$i" -lt "$nval" ]; then split=validation; elif [ "$i" = "$nval" ]; then split=test; fi
      i=$((i + 1))
    fi
    track "$package-$name" "$split" "$genre" "$package" "$f"
  done
}

share=/usr/share/games
music wesnoth-1.16-music orchestral \
  "the_deep_path the_king_is_dead traveling_minstrels wanderer" 2 \
  "$share"/wesnoth/1.16/data/core/music/*.ogg
for t in frozen-mainzik-1p frozen-mainzik-2p introzik; do
  track "frozen-bubble-data-$t" test electronic frozen-bubble-data "$share/frozen-bubble/snd/$t.ogg"
done
music xmoto-data electronic "" 1 "$share"/xmoto/Textures/Musics/*.ogg
music extremetuxracer-data electronic "" 1 "$share"/etr/music/*.ogg
music hedgewars-data band "Rock City Freeway Brick sdmusic olympics_sd" 1 \
  "$share"/hedgewars/Data/Music/*.ogg
music asc-music band "" 1 "$share"/asc/music/*.mp3
# Drascula installs the same tracks once per language: audio/ has them all once.
music drascula-music other "" 1 /usr/share/scummvm/drascula/audio/*.ogg
music boswars-data other "" 1 "$share"/boswars/intro/boswars_intro.ogg

fillets="$share/fillets-ng/sound"
# Czech: one track per (speaker, level).
for group in $(find "$fillets" -path '*/cs/*.ogg' | sed -E 's|.*/sound/(.*)/cs/[^-/]*-([^-]*)-.*|\1:\2|' \
  | grep -v '\.ogg$' | sort -u); do
  level=${group%%:*}
  speaker=${group##*:}
  case "$speaker" in
    m) if [ $(( $(checksum "$level") % 2 )) = 0 ]; then split=validation; else split=test; fi ;;
    *) split=train ;;
  esac
  # shellcheck disable=SC2046
  track "speech-cs-$speaker-${level//\//_}" "$split" speech fillets-ng-data-cs \
    $(find "$fillets/$level/cs" -maxdepth 1 -name '*.ogg' | sort \
      | awk -F/ -v s="$speaker" '{ split($NF, p, "-"); if (p[2] == s) print }')
done
# English: one track per level.
for dir in $(find "$fillets" -type d -name en | sort); do
  level=${dir#"$fillets"/}
  level=${level%/en}
  case "$level" in
    elk | viking1 | society) split=test ;;
    *) case $(( $(checksum "$level") % 5 )) in 0) split=validation ;; 1) split=test ;; *) split=train ;; esac ;;
  esac
  # shellcheck disable=SC2046
  track "speech-en-${level//\//_}" "$split" speech fillets-ng-data $(find "$dir" -maxdepth 1 -name '*.ogg' | sort)
done

{
  printf 'split\tgenre\ttrack\tvariant\tpackage\tversion\trate\tfile\tsamples\tseconds\tsources\n'
  sort "$rows"
} > "$manifest"
# Files no row names (a track whose split changed since an earlier run) are removed.
find "$out" -name '*.s16' | sed "s|^$out/||" | sort > "$out/.files"
cut -f8 "$rows" | sort > "$out/.named"
comm -23 "$out/.files" "$out/.named" | while read -r stale; do rm -f "$out/$stale"; done
rm -f "$out/.files" "$out/.named"
rm -f "$rows"
# Totals per rate, split and genre (clean variants), for the model card.
awk -F'\t' 'NR > 1 && $4 == "clean" { s[$7 " " $1 " " $2] += $10; n[$7 " " $1 " " $2]++ }
  END { for (k in s) printf "%s\t%d tracks\t%.1f min\n", k, n[k], s[k] / 60 }' "$manifest" \
  | sort | tee "$out/SUMMARY"
