package dev.declip.audio;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.declip.fuzz.FuzzChecks;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A fuzz target over audio file bytes, its mutations helped by the containers' magic words. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@DictionaryFile(resourcePath = "/dev/declip/audio/audio-formats.dict")
@FuzzTest(maxDuration = FuzzChecks.MAX_DURATION)
@interface AudioFuzzTarget {}
