/**
 * File handling shared by every writer: a file is written beside its destination, moved in whole.
 */
package dev.declip.io;
