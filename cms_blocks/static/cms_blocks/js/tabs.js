// Tabs of the "tabs" block, after the WAI-ARIA Authoring Practices' tabs pattern.
//
// The server renders one section a tab, each under a heading, and a tab list that stays
// hidden: that is what a visitor gets without JavaScript. This script shows the tab list,
// makes the sections its panels (their headings hidden: the tab names them) and shows one
// panel at a time. Keys on a tab: arrows to the previous or next tab (mirrored in
// right-to-left text), Home and End to the first and last; Tab leaves the list for the
// panel. A tab is selected as soon as it has the focus.

function setUp(root) {
    const list = root.querySelector(":scope > [role='tablist']");
    if (!list || root.dataset.tabsReady !== undefined) {
        return;
    }
    const tabs = [...list.querySelectorAll(":scope > [role='tab']")];
    const panels = tabs.map((tab) => document.getElementById(tab.getAttribute("aria-controls")));
    if (!tabs.length || panels.includes(null)) {
        return;
    }
    panels.forEach((panel, index) => {
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tabs[index].id);
        panel.tabIndex = 0;
        const heading = panel.querySelector(":scope > .block-tabs__heading");
        if (heading) {
            heading.hidden = true;
        }
    });

    function select(index, focus) {
        tabs.forEach((tab, position) => {
            const selected = position === index;
            tab.setAttribute("aria-selected", String(selected));
            tab.tabIndex = selected ? 0 : -1;
            panels[position].hidden = !selected;
        });
        if (focus) {
            tabs[index].focus();
        }
    }

    list.addEventListener("click", (event) => {
        const index = tabs.indexOf(event.target.closest("[role='tab']"));
        if (index >= 0) {
            select(index, true);
        }
    });
    list.addEventListener("keydown", (event) => {
        const current = tabs.indexOf(document.activeElement);
        if (current < 0) {
            return;
        }
        const rightToLeft = getComputedStyle(list).direction === "rtl";
        const forward = rightToLeft ? "ArrowLeft" : "ArrowRight";
        const backward = rightToLeft ? "ArrowRight" : "ArrowLeft";
        const last = tabs.length - 1;
        const target = {
            [forward]: current === last ? 0 : current + 1,
            [backward]: current === 0 ? last : current - 1,
            Home: 0,
            End: last,
        }[event.key];
        if (target === undefined) {
            return;
        }
        event.preventDefault();
        select(target, true);
    });

    const initial = Math.max(
        0,
        tabs.findIndex((tab) => tab.getAttribute("aria-selected") === "true"),
    );
    select(initial, false);
    list.hidden = false;
    root.dataset.tabsReady = "";
}

document.querySelectorAll("[data-cms-tabs]").forEach(setUp);
