/** The first start: a welcome view in the main window offering the demo recording. */
package dev.declip.desktop.welcome;
