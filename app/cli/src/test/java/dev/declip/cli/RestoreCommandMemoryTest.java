package dev.declip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.declip.audio.AudioFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restore path streams: a file whose samples would not fit the heap as floats restores anyway.
 */
class RestoreCommandMemoryTest {

  @TempDir Path dir;

  @Test
  void restoresAFileWhoseSamplesAsFloatsExceedTheWholeHeap() throws Exception {
    int seconds = 180; // 180 s x 44 100 Hz x 2 channels x 4 bytes = 63.5 MB of floats
    Path in = TestRecordings.looped(dir.resolve("long.wav"), seconds);
    Path out = dir.resolve("out.flac");
    Path stdout = dir.resolve("stdout.txt");
    Path stderr = dir.resolve("stderr.txt");

    Process declip =
        ChildDeclip.start(
            List.of("-Xmx48m"),
            stdout,
            stderr,
            "restore",
            in.toString(),
            "-o",
            out.toString(),
            "--algorithm",
            "cubic");

    assertThat(declip.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    assertThat(declip.exitValue()).as(Files.readString(stderr)).isZero();
    assertThat(AudioFiles.readAll(out).frames()).isEqualTo(seconds * 44_100L);
  }
}
