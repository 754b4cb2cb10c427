/** Declip Studio: the JavaFX desktop application, a thin shell over the engine. */
package dev.declip.desktop;
