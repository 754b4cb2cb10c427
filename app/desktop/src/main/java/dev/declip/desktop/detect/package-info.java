/** Clipping detection over decoded samples, and the detection panel with its view model. */
package dev.declip.desktop.detect;
