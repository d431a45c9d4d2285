// The menu button of the header: a <details> that opens and closes without JavaScript.
// This adds what a disclosure button does in other sites: aria-expanded kept in step,
// Escape closes the menu and gives focus back to the button, a click outside closes it,
// and on wide screens the menu stays open where CSS cannot show it closed (browsers
// without ::details-content).
const WIDE = window.matchMedia("(min-width: 64rem)");

for (const menu of document.querySelectorAll("[data-site-menu]")) {
    const button = menu.querySelector("summary");
    const sync = () => button.setAttribute("aria-expanded", String(menu.open));
    const cssShowsPanel = () => WIDE.matches && CSS.supports("selector(::details-content)");

    menu.addEventListener("toggle", sync);
    menu.addEventListener("keydown", (event) => {
        if (event.key === "Escape" && menu.open && !WIDE.matches) {
            menu.open = false;
            button.focus();
        }
    });
    document.addEventListener("click", (event) => {
        if (menu.open && !WIDE.matches && !menu.contains(event.target)) {
            menu.open = false;
        }
    });
    const followWidth = () => {
        if (WIDE.matches && !cssShowsPanel()) {
            menu.open = true;
        } else if (!WIDE.matches) {
            menu.open = false;
        }
        sync();
    };
    WIDE.addEventListener("change", followWidth);
    followWidth();
}
