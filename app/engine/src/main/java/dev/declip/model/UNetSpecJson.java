package dev.declip.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/** A {@link UNetSpec} as the {@value ModelContract#ARCHITECTURE} metadata of a model, in JSON. */
final class UNetSpecJson {
  static final String TYPE = "bias-free-unet";

  // Unknown fields are tolerated (a later writer may add some); an absent cap is written as none.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** The metadata's fields, in the order they are written; {@code maxChannels} only when set. */
  record Architecture(
      String type,
      Integer depth,
      Integer baseChannels,
      Integer kernelSize,
      Boolean maskInput,
      Boolean residual,
      Integer maxChannels) {}

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
              spec.residual(),
              spec.maxChannels() == 0 ? null : spec.maxChannels()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of numbers always serialises", e);
    }
  }

  /**
   * The spec, or empty when the metadata describes another architecture.
   *
   * @throws JsonProcessingException when the metadata is not such JSON
   * @throws IllegalArgumentException when a field is missing or its values are impossible
   */
  static Optional<UNetSpec> read(String json) throws JsonProcessingException {
    Architecture a = MAPPER.readValue(json, Architecture.class);
    if (!TYPE.equals(a.type())) {
      return Optional.empty();
    }
    if (a.depth() == null
        || a.baseChannels() == null
        || a.kernelSize() == null
        || a.maskInput() == null
        || a.residual() == null) {
      throw new IllegalArgumentException("a field of the architecture is missing");
    }
    int cap = a.maxChannels() == null ? 0 : a.maxChannels();
    return Optional.of(
        new UNetSpec(
            a.depth(), a.baseChannels(), a.kernelSize(), a.maskInput(), a.residual(), cap));
  }
}
