/**
 * Restoring a recording or a selection into layered restored stores, measuring the change, and the
 * restore panel with its view model.
 */
package dev.declip.desktop.restore;
