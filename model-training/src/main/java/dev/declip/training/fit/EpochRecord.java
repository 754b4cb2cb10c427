package dev.declip.training.fit;

/**
 * One line of the training log: the mean loss terms over an epoch's steps, the validation loss, and
 * (where clean references exist) the validation SDR of the clipped input and of the restoration.
 * Unknown values are NaN and written as empty cells.
 */
public record EpochRecord(
    int epoch,
    long steps,
    double seconds,
    double learningRate,
    double loss,
    double mc,
    double ei,
    double supervised,
    double validationLoss,
    double validationSdrInput,
    double validationSdrRestored) {

  static final String HEADER =
      "epoch,steps,seconds,learning_rate,loss,mc,ei,supervised,validation_loss,"
          + "validation_sdr_input_db,validation_sdr_restored_db";

  String toCsv() {
    return String.join(
        ",",
        Integer.toString(epoch),
        Long.toString(steps),
        cell(seconds),
        cell(learningRate),
        cell(loss),
        cell(mc),
        cell(ei),
        cell(supervised),
        cell(validationLoss),
        cell(validationSdrInput),
        cell(validationSdrRestored));
  }

  private static String cell(double value) {
    return Double.isNaN(value) ? "" : String.format(java.util.Locale.ROOT, "%.6g", value);
  }
}
