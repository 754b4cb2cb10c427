package dev.declip.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** A {@link UNetSpec} as the {@value ModelContract#ARCHITECTURE} metadata of a model, in JSON. */
final class UNetSpecJson {
  static final String TYPE = "bias-free-unet";

  // Unknown fields are tolerated (a later writer may add some); missing ones are not.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  /** The metadata's fields, in the order they are written. */
  record Architecture(
      String type,
      int depth,
      int baseChannels,
      int kernelSize,
      boolean maskInput,
      boolean residual) {}

  private UNetSpecJson() {}

  static String write(UNetSpec spec) {
    try {
      return MAPPER.writeValueAsString(
          new Architecture(
              TYPE,
              spec.depth(),
              spec.baseChannels(),
              spec.kernelSize(),
              spec.maskInput(),
              spec.residual()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of numbers always serialises", e);
    }
  }

  /**
   * The spec, or empty when the metadata describes another architecture.
   *
   * @throws JsonProcessingException when the metadata is not such JSON
   * @throws IllegalArgumentException when its values are impossible
   */
  static Optional<UNetSpec> read(String json) throws JsonProcessingException {
    Architecture a = MAPPER.readValue(json, Architecture.class);
    if (!TYPE.equals(a.type())) {
      return Optional.empty();
    }
    return Optional.of(
        new UNetSpec(a.depth(), a.baseChannels(), a.kernelSize(), a.maskInput(), a.residual()));
  }
}
