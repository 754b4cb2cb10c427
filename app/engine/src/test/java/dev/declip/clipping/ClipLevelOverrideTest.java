package dev.declip.clipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClipLevelOverrideTest {

  @Test
  void parsesALinearLevelForEveryChannel() throws Exception {
    ClipLevelOverride o = ClipLevelOverride.parse("0.9");

    assertThat(o.levelsFor(0)).contains(ClipLevels.symmetric(0.9f));
    assertThat(o.levelsFor(5)).contains(ClipLevels.symmetric(0.9f));
  }

  @Test
  void parsesLevelsInDbAndDbfs() throws Exception {
    float expected = (float) Math.pow(10, -0.5 / 20);

    assertThat(ClipLevelOverride.parse("-0.5dB").levelsFor(0))
        .contains(ClipLevels.symmetric(expected));
    assertThat(ClipLevelOverride.parse("-0.5 dBFS").levelsFor(0))
        .contains(ClipLevels.symmetric(expected));
  }

  @Test
  void parsesAsymmetricLevelsWithOptionalSigns() throws Exception {
    assertThat(ClipLevelOverride.parse("+0.9/-0.85").levelsFor(0))
        .contains(new ClipLevels(0.9f, 0.85f));
    assertThat(ClipLevelOverride.parse("0.9/none").levelsFor(0))
        .contains(new ClipLevels(0.9f, Float.POSITIVE_INFINITY));
  }

  @Test
  void letsAChannelEntryWinOverTheEntryForEveryChannel() throws Exception {
    ClipLevelOverride o = ClipLevelOverride.parse("0.9; 2:0.8/0.75");

    assertThat(o.levelsFor(0)).contains(ClipLevels.symmetric(0.9f));
    assertThat(o.levelsFor(1)).contains(new ClipLevels(0.8f, 0.75f));
  }

  @Test
  void coversOnlyTheChannelsItNames() throws Exception {
    ClipLevelOverride o = ClipLevelOverride.parse("1:0.9");

    assertThat(o.covers(1)).isTrue();
    assertThat(o.covers(2)).isFalse();
  }

  @Test
  void rejectsNonsenseWithAMessageNamingTheInput() {
    for (String bad :
        new String[] {
          "0", "-0.9", "+201dB", "-101dB", "1e11", "loud", "none", "none/none", "0:0.9", "0.9;0.8"
        }) {
      assertThatThrownBy(() -> ClipLevelOverride.parse(bad))
          .as(bad)
          .isInstanceOf(ClipLevelFormatException.class)
          .hasMessageContaining("clip level");
    }
  }

  @Test
  void acceptsLevelsAboveFullScaleForFloatRecordings() throws Exception {
    ClipLevels levels = ClipLevelOverride.parse("+32dB/40").levelsFor(0).orElseThrow();

    assertThat(levels.positive()).isCloseTo((float) ClipLevels.fromDbfs(32), within(1e-4f));
    assertThat(levels.negative()).isEqualTo(40f);
  }
}
