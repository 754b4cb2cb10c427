package dev.declip.audio;

/**
 * The parts of a RIFF/WAVE header the reader needs.
 *
 * @param layout how samples are stored
 * @param channels channel count
 * @param sampleRate frames per second
 * @param validBits meaningful bits per sample (may be fewer than the container holds)
 * @param dataBytes bytes the data chunk promises, or -1 when the writer left it open
 * @param dataOffset where in the file the first sample is
 */
record WavHeader(
    PcmLayout layout,
    int channels,
    int sampleRate,
    int validBits,
    long dataBytes,
    long dataOffset) {

  int frameBytes() {
    return channels * layout.bytesPerSample();
  }

  long frames() {
    return dataBytes < 0 ? -1 : dataBytes / frameBytes();
  }

  AudioInfo info() {
    return new AudioInfo(
        Container.WAV, sampleRate, channels, validBits, layout.floatingPoint(), frames());
  }
}
