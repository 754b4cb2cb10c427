#!/usr/bin/env bash
# Makes the seed corpora of AudioFuzzTest: tiny files of each container (a few hundred samples, so
# the fuzzer's inputs stay small and fast), plus the small bad files of the audio test resources.
# Needs sox, lame and oggenc. Run from this folder; the seeds are committed, this is how they were made.
set -euo pipefail
cd "$(dirname "$0")"
bad=../../../../audio/bad
good=../../../../audio
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

tone() { sox -n -r "$1" -c "$2" -b 16 "$tmp/tone.wav" synth 0.03 sine 440 gain -1; }

mkdir -p decodesWholeWavFiles decodesWholeAiffFiles decodesWholeFlacFiles decodesWholeMp3Files \
  decodesWholeOggVorbisFiles readsWavHeaders readsLameTags readsFlacStreamInfo readsOggEndings \
  sniffsTheContainerFromTheFirstBytes

w=decodesWholeWavFiles
tone 8000 1
sox "$tmp/tone.wav" -b 16 "$w/mono-16bit.wav"
sox "$tmp/tone.wav" -b 8 "$w/mono-8bit.wav"
sox "$tmp/tone.wav" -b 24 "$w/mono-24bit.wav"
sox "$tmp/tone.wav" -b 32 -e floating-point "$w/mono-float32.wav"
sox "$tmp/tone.wav" -b 64 -e floating-point "$w/mono-float64.wav"
tone 8000 3
sox "$tmp/tone.wav" -b 16 "$w/3ch-16bit-extensible.wav"
cp "$good/mono-float32-nan-inf.wav" "$bad/text-renamed.wav" "$bad/zero-channels.wav" \
  "$bad/absurd-rate.wav" "$w/"
head -c 300 "$w/mono-16bit.wav" >"$w/truncated-data.wav"

a=decodesWholeAiffFiles
tone 8000 2
sox "$tmp/tone.wav" -b 16 "$a/stereo-16bit.aiff"
sox "$tmp/tone.wav" -b 24 "$a/stereo-24bit.aiff"
sox "$tmp/tone.wav" -b 8 "$a/stereo-8bit.aiff"
sox "$tmp/tone.wav" -b 16 -t aifc "$a/stereo-16bit.aifc"
head -c 200 "$a/stereo-16bit.aiff" >"$a/truncated.aiff"

f=decodesWholeFlacFiles
sox "$tmp/tone.wav" -b 16 "$f/stereo-16bit.flac"
sox "$tmp/tone.wav" -b 24 "$f/stereo-24bit.flac"
tone 8000 1
sox "$tmp/tone.wav" -b 16 "$f/mono-16bit.flac"
head -c 300 "$f/stereo-16bit.flac" >"$f/truncated.flac"

m=decodesWholeMp3Files
tone 8000 1
sox "$tmp/tone.wav" -r 8000 -b 16 "$tmp/in.wav"
lame --quiet -b 8 "$tmp/in.wav" "$m/mono-lame-tag.mp3"
lame --quiet -b 8 -t "$tmp/in.wav" "$m/mono-untagged.mp3"
lame --quiet -b 8 --tt title --ta artist --id3v2-only "$tmp/in.wav" "$m/mono-id3v2.mp3"
sox -n -r 44100 -c 2 -b 16 "$tmp/in44.wav" synth 0.05 sine 440 gain -1
lame --quiet -b 32 "$tmp/in44.wav" "$m/stereo-mpeg1.mp3"
head -c 400 "$m/stereo-mpeg1.mp3" >"$m/truncated.mp3"

o=decodesWholeOggVorbisFiles
oggenc --quiet -q -1 -o "$o/mono.ogg" "$tmp/in.wav"
oggenc --quiet -q -1 -o "$o/stereo.ogg" "$tmp/in44.wav"
cp "$bad/truncated.ogg" "$o/truncated.ogg"

# Header readers: only the first bytes matter.
for s in "$w"/*; do head -c 128 "$s" >"readsWavHeaders/$(basename "$s")"; done
for s in "$m"/*; do head -c 1024 "$s" >"readsLameTags/$(basename "$s")"; done
for s in "$f"/*; do head -c 64 "$s" >"readsFlacStreamInfo/$(basename "$s")"; done
cp "$o"/* readsOggEndings/
for s in "$w/mono-16bit.wav" "$a/stereo-16bit.aiff" "$a/stereo-16bit.aifc" "$f/mono-16bit.flac" \
  "$m/mono-lame-tag.mp3" "$m/mono-untagged.mp3" "$m/mono-id3v2.mp3" "$o/mono.ogg" \
  "$bad/asf-like.wma"; do
  head -c 16 "$s" >"sniffsTheContainerFromTheFirstBytes/$(basename "$s")"
done
