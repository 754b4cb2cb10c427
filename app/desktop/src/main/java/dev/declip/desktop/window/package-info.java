/** The main window: controller, menus, shortcuts, status bar, dialogs, and its view model. */
package dev.declip.desktop.window;
