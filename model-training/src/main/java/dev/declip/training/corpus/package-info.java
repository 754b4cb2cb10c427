/**
 * The training corpus of long runs: hours of clean audio from {@code bench/prepare-corpus.sh} (raw
 * 16-bit tracks listed in a manifest with their genre and split), mapped into memory rather than
 * held on the heap, and clipped afresh for every crop the way users meet clipping ({@link
 * dev.declip.training.corpus.Degradation}). {@link dev.declip.training.corpus.Corpus} turns a
 * manifest into a {@link dev.declip.training.data.Dataset} whose training batches are a stream and
 * whose validation windows are fixed and grouped by genre.
 */
package dev.declip.training.corpus;
