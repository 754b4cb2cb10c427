package dev.declip.desktop.window;

import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Finds a menu item by id. Monocle cannot pop menus up, so tests fire the item as a click would.
 */
final class Menus {
  private Menus() {}

  static MenuItem item(StudioWindow window, String id) {
    MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menu-bar");
    return bar.getMenus().stream()
        .flatMap(Menus::all)
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no menu item " + id));
  }

  private static Stream<MenuItem> all(MenuItem item) {
    return Stream.concat(
        Stream.of(item),
        Optional.of(item)
            .filter(Menu.class::isInstance)
            .map(m -> ((Menu) m).getItems().stream().flatMap(Menus::all))
            .orElse(Stream.empty()));
  }
}
