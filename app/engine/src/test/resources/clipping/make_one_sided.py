"""Makes the one-sided clipping fixtures (see README.txt): 5 s of wesnoth's loyalists.ogg
(wesnoth-1.16-music, GPL-2), decoded to stereo 44.1 kHz float by
  ffmpeg -ss 30 -t 5 -i loyalists.ogg -ac 2 -f f32le -ar 44100 src5.raw
then, scaled to a 0.95 peak:
  positive-only.wav: only the positive polarity clipped at 0.5 (both channels);
  one-channel.wav:   the left channel clipped at 0.5 both ways, the right one unclipped, peaking at 0.6.
Each is then encoded with `lame --quiet -b 128 X.wav X.mp3`.
Usage: python3 make_one_sided.py src5.raw"""
import array
import sys
import wave

samples = array.array("f")
samples.frombytes(open(sys.argv[1], "rb").read())
peak = max(abs(x) for x in samples)
left, right = samples[0::2], samples[1::2]


def write(name, pairs):
    out = array.array("h")
    for l, r in pairs:
        out.append(int(round(l * 32767)))
        out.append(int(round(r * 32767)))
    with wave.open(name, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(44100)
        w.writeframes(out.tobytes())


write("positive-only.wav", ((min(l / peak * 0.95, 0.5), min(r / peak * 0.95, 0.5)) for l, r in zip(left, right)))
write("one-channel.wav", ((max(-0.5, min(0.5, l / peak * 0.95)), r / peak * 0.6) for l, r in zip(left, right)))
