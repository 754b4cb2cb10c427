/**
 * The non-destructive restore history: every restore is an entry kept until the file is closed,
 * with undo and redo, the two versions compared A/B, and the processing log written beside an
 * export.
 */
package dev.declip.desktop.history;
