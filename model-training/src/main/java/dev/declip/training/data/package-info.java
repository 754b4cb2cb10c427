/**
 * Training data in plain float arrays: windows of the model's length at the model's rate, in units
 * of the clip level, prepared with the engine's own scaling, resampling and mask so that training
 * sees exactly what inference feeds the network. {@link dev.declip.training.data.Datasets} builds
 * them from clipped recordings ({@code --data}) or from clean audio clipped on purpose ({@code
 * --clean}), splits them by file, and summarises them; {@link
 * dev.declip.training.data.BatchSampler} draws seeded batches, optionally as crops around clipped
 * samples.
 */
package dev.declip.training.data;
