package dev.declip.model;

import static dev.declip.io.MessageText.oneLine;

import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A graph input or output as the user should read it: {@code 'images' [1, 3, 224, 224] float32}.
 * Dims are numbers, names of dynamic axes, or "?"; an unknown rank has no dims list.
 */
record TensorSignature(String name, String elementType, List<String> dims) {

  static TensorSignature of(ValueInfoProto value) {
    TypeProto type = value.getType();
    if (!type.hasTensorType()) {
      return new TensorSignature(value.getName(), "non-tensor", null);
    }
    TypeProto.Tensor tensor = type.getTensorType();
    List<String> dims = null;
    if (tensor.hasShape()) {
      dims = new ArrayList<>();
      for (TensorShapeProto.Dimension d : tensor.getShape().getDimList()) {
        dims.add(
            d.hasDimValue()
                ? Long.toString(d.getDimValue())
                : d.hasDimParam() ? d.getDimParam() : "?");
      }
    }
    return new TensorSignature(value.getName(), elementType(tensor.getElemType()), dims);
  }

  boolean isFloat() {
    return elementType.equals("float32");
  }

  boolean hasRank(int rank) {
    return dims != null && dims.size() == rank;
  }

  /** True when the dim is {@code value} or dynamic. */
  boolean allows(int index, long value) {
    // A dim named by digits counts as fixed; it may be longer than a long holds.
    return !isFixed(index) || new BigInteger(dims.get(index)).equals(BigInteger.valueOf(value));
  }

  boolean isFixed(int index) {
    String dim = dims.get(index);
    return !dim.isEmpty() && dim.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    String shape = dims == null ? "[unknown rank]" : "[" + String.join(", ", dims) + "]";
    return oneLine("'" + name + "' " + shape + " " + elementType);
  }

  private static String elementType(int code) {
    TensorProto.DataType type = TensorProto.DataType.forNumber(code);
    if (type == null) {
      return "type " + code;
    }
    return switch (type) {
      case FLOAT -> "float32";
      case DOUBLE -> "float64";
      default -> type.name().toLowerCase();
    };
  }
}
