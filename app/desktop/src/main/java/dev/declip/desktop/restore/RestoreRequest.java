package dev.declip.desktop.restore;

import dev.declip.model.InferenceOptions;
import dev.declip.restore.AlgorithmChoice;
import dev.declip.samples.FrameRange;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the user asked to restore, and how.
 *
 * @param model the model file for {@link AlgorithmChoice#NEURAL}, empty for interpolation
 * @param tau the eq. 16 blending threshold, as a fraction of the clip level
 * @param consistent project onto the consistent set, as the command line does unless told {@code
 *     --no-consistency}
 * @param range the frames to restore (a selection or the whole file)
 */
public record RestoreRequest(
    AlgorithmChoice algorithm,
    Optional<Path> model,
    InferenceOptions inference,
    double tau,
    boolean consistent,
    FrameRange range) {}
