package dev.declip.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Wraps the engine's JSON reports into the documents the CLI prints. */
final class JsonText {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  static String object(String fileKey, String file, String reportKey, String reportJson) {
    try {
      ObjectNode node = MAPPER.createObjectNode();
      node.put(fileKey, file);
      node.set(reportKey, MAPPER.readTree(reportJson));
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the engine produced invalid JSON", e);
    }
  }

  static String array(List<String> objects) {
    try {
      ArrayNode array = MAPPER.createArrayNode();
      for (String object : objects) {
        array.add(MAPPER.readTree(object));
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the engine produced invalid JSON", e);
    }
  }
}
