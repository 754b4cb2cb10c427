/**
 * Output levels: the true peak of ITU-R BS.1770-4 (4× oversampling), peaks kept per block as audio
 * is decoded and restored, and the look-ahead limiter an export may apply to restored peaks.
 */
package dev.declip.levels;
