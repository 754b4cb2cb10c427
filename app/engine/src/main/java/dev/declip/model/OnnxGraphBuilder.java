package dev.declip.model;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Map;

/**
 * Builds an ONNX graph node by node with the protobuf classes (tribuo's operator enum lacks Conv,
 * Pad and Slice). Each node gets a fresh output name. IR version 8, opset 17.
 */
final class OnnxGraphBuilder {

  static final long IR_VERSION = 8;
  static final long OPSET = 17;

  private final GraphProto.Builder graph = GraphProto.newBuilder();
  private int counter;

  OnnxGraphBuilder(String name) {
    graph.setName(name);
  }

  /** Declares a float32 graph input; dims are numbers or names of dynamic axes. */
  void input(String name, Object... dims) {
    graph.addInput(floatValueInfo(name, dims));
  }

  /** Declares a float32 graph output. */
  void output(String name, Object... dims) {
    graph.addOutput(floatValueInfo(name, dims));
  }

  /** Adds a float initializer (little-endian raw data) and returns its name. */
  String floats(String name, int[] shape, float[] values) {
    ByteBuffer bytes = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(values);
    TensorProto.Builder tensor =
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(TensorProto.DataType.FLOAT.getNumber())
            .setRawData(ByteString.copyFrom(bytes.array()));
    for (int d : shape) {
      tensor.addDims(d);
    }
    graph.addInitializer(tensor);
    return name;
  }

  /** Adds a 1-D int64 constant initializer and returns its name. */
  String longs(long... values) {
    String name = "const" + counter++;
    graph.addInitializer(
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(TensorProto.DataType.INT64.getNumber())
            .addDims(values.length)
            .addAllInt64Data(Arrays.stream(values).boxed().toList()));
    return name;
  }

  /** Adds a node with one fresh output and returns the output's name. */
  String node(String op, String[] inputs, AttributeProto... attributes) {
    return namedNode(op, op.toLowerCase() + counter++, inputs, attributes);
  }

  /** Adds a node whose output has the given name. */
  String namedNode(String op, String output, String[] inputs, AttributeProto... attributes) {
    NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(output).addOutput(output);
    for (String in : inputs) {
      node.addInput(in);
    }
    for (AttributeProto attribute : attributes) {
      node.addAttribute(attribute);
    }
    graph.addNode(node);
    return output;
  }

  static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder attribute =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      attribute.addInts(v);
    }
    return attribute.build();
  }

  static AttributeProto integer(String name, long value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }

  /** The finished model, with the given metadata properties. */
  ModelProto model(String docString, Map<String, String> metadata) {
    ModelProto.Builder model =
        ModelProto.newBuilder()
            .setIrVersion(IR_VERSION)
            .setProducerName("Declip Studio")
            .setDocString(docString)
            .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
            .setGraph(graph);
    metadata.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                model.addMetadataProps(
                    StringStringEntryProto.newBuilder().setKey(e.getKey()).setValue(e.getValue())));
    return model.build();
  }

  private static ValueInfoProto floatValueInfo(String name, Object... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (Object dim : dims) {
      TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
      if (dim instanceof Number n) {
        d.setDimValue(n.longValue());
      } else {
        d.setDimParam(dim.toString());
      }
      shape.addDim(d);
    }
    TypeProto.Tensor tensor =
        TypeProto.Tensor.newBuilder()
            .setElemType(TensorProto.DataType.FLOAT.getNumber())
            .setShape(shape)
            .build();
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(tensor))
        .build();
  }
}
