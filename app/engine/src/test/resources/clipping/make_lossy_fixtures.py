"""Makes the lossy clipping fixtures: python3 make_lossy_fixtures.py NAME TRACK START SECONDS
RATE CHANNELS LEVEL ENCODER... (LEVEL 0 = unclipped, peak-normalised to 0 dBFS).

Same recipe as DetectionEvaluation: ffmpeg decodes the Ogg to floats, the excerpt is scaled so
its peak is 4 dB over LEVEL, clipped at LEVEL, rounded to 16 bits, encoded with ENCODER and
written to NAME. For clipped fixtures NAME.truth.txt lists the runs where the unclipped source
reached the level, one 'channel start length' per line."""
import subprocess, sys, wave
import numpy as np

name, track, start, seconds, rate, channels, level = sys.argv[1:8]
encoder = sys.argv[8:]
rate, channels, level = int(rate), int(channels), float(level)
music = '/usr/share/games/wesnoth/1.16/data/core/music/%s.ogg' % track
raw = subprocess.run(['ffmpeg', '-loglevel', 'error', '-ss', start, '-t', seconds, '-i', music,
                      '-f', 'f32le', '-ac', str(channels), '-ar', str(rate), '-'],
                     check=True, capture_output=True).stdout
x = np.frombuffer(raw, '<f4').reshape(-1, channels).astype(np.float64)
if level > 0:
    x = x / np.abs(x).max() * level * 10 ** (4 / 20)
    clipped = np.clip(x, -level, level)
else:
    clipped = x / np.abs(x).max()
pcm = np.clip(np.round(clipped * 32768), -32768, 32767).astype('<i2')
with wave.open('fixture.wav', 'wb') as w:
    w.setnchannels(channels); w.setsampwidth(2); w.setframerate(rate)
    w.writeframes(pcm.tobytes())
subprocess.run(encoder + ['fixture.wav', name], check=True)
if level > 0:
    with open(name + '.truth.txt', 'w') as out:
        for c in range(channels):
            truth = np.concatenate([[0], (np.abs(x[:, c]) >= level).astype(np.int8), [0]])
            edges = np.flatnonzero(np.diff(truth))
            for s, e in zip(edges[::2], edges[1::2]):
                out.write('%d %d %d\n' % (c, s, e - s))
