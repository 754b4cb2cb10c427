/**
 * The restoration-quality benchmark behind {@code declip-bench}: test sets with ground truth (the
 * paper's 1-second segments, 5-second excerpts at chosen input SDRs, another genre), the
 * restorations it compares side by side (clipped input, cubic, A-SPADE, the trained models and
 * their inference-time variants), and the tables it prints.
 */
package dev.declip.training.quality;
