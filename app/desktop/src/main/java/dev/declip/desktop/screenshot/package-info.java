/** The README screenshot: the main window with a restored recording, saved as a PNG. */
package dev.declip.desktop.screenshot;
