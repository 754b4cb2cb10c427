/** Long operations as JavaFX Tasks on one executor, with progress and Cancel for the status bar. */
package dev.declip.desktop.tasks;
