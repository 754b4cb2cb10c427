/**
 * The paper's losses on DJL arrays, in units of the clip level: measurement consistency (eq. 13),
 * its naive form (eq. 4), equivariance to gains (eq. 12) and supervised MSE (eq. 2), combined by
 * {@link dev.declip.training.loss.TrainingObjective} around one shared first pass.
 */
package dev.declip.training.loss;
