// <network-map>: the map of relay organisations, enhanced in place.
//
// The server renders everything, with or without JavaScript: départements are links to
// ?departement=<code> (keeping the filters), the filters are a form, and the page lists
// every relay by département. This element only saves the page loads: for a link or the
// filters it asks the server for the map alone (?fragment=map), swaps the parts marked
// data-map-part into the page, keeps the address in step (shareable, back button) and, after
// a choice of département, moves the focus to the result. It never builds HTML itself.
// It also shows the name of the département or relay under the pointer or the focus: the
// server draws every name, hidden but for the chosen département's.

class NetworkMap extends HTMLElement {
    connectedCallback() {
        this.form = this.querySelector("form");
        this.shown = window.location.search;
        this.addEventListener("click", this);
        this.addEventListener("change", this);
        this.addEventListener("submit", this);
        for (const type of ["pointerover", "pointerout", "focusin", "focusout"]) {
            this.addEventListener(type, this);
        }
        window.addEventListener("popstate", this);
    }

    disconnectedCallback() {
        window.removeEventListener("popstate", this);
    }

    handleEvent(event) {
        if (event.type === "popstate") {
            // A link to an anchor of the page (#content) changes the history too.
            if (window.location.search !== this.shown) this.show(window.location.href, false);
            return;
        }
        if (["pointerover", "focusin"].includes(event.type)) {
            this.point(event.target.closest?.("[data-name]"));
            return;
        }
        if (["pointerout", "focusout"].includes(event.type)) {
            // Leaving for another part of the map: its own pointerover or focusin follows.
            // The pointer gone, the name of what has the focus comes back.
            const focused = event.type === "pointerout" ? document.activeElement : null;
            this.point(this.contains(focused) ? focused.closest("[data-name]") : null);
            return;
        }
        if (event.type === "click") {
            const link = event.target.closest("a[data-departement]");
            if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
                return;
            }
            event.preventDefault();
            // getAttribute: the href of an SVG link is not a string.
            this.go(new URL(link.getAttribute("href"), window.location.href), true);
            return;
        }
        if (!this.form?.contains(event.target)) return;
        // A filter changed, or the form was sent: the same address as the form would load.
        event.preventDefault();
        const address = new URL(this.form.action);
        address.search = new URLSearchParams([...new FormData(this.form)].filter(([, value]) => value));
        this.go(address, false);
    }

    point(link) {
        this.pointed?.classList.remove("network-map__name--pointed");
        this.pointed = link && this.querySelector(`#${CSS.escape(link.dataset.name)}`);
        this.pointed?.classList.add("network-map__name--pointed");
    }

    go(address, moveFocus) {
        window.history.pushState(null, "", address);
        this.show(address, moveFocus);
    }

    async show(address, moveFocus) {
        this.shown = window.location.search;
        this.request?.abort();
        const request = (this.request = new AbortController());
        const url = new URL(address);
        url.searchParams.set("fragment", "map");
        this.setAttribute("aria-busy", "true"); // until the new content is all in
        let fresh;
        try {
            const response = await fetch(url, { signal: request.signal });
            if (!response.ok) throw new Error(`${response.status} ${url}`);
            // The server escaped every text of the fragment: parsing its HTML is safe, and
            // DOMParser runs none of its scripts.
            fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        } catch (error) {
            // Superseded by a later choice; otherwise load the page the address names.
            if (error.name !== "AbortError") window.location.reload();
            return;
        }
        for (const part of this.querySelectorAll("[data-map-part]")) {
            const twin = fresh.querySelector(`[data-map-part="${part.dataset.mapPart}"]`);
            if (twin) part.replaceChildren(...twin.childNodes);
        }
        // The fields keep their elements (and the focus); they take the server's values.
        const form = fresh.querySelector("form");
        for (const field of this.form?.elements || []) {
            const twin = field.name && form?.elements.namedItem(field.name);
            if (!twin) continue;
            field.value = twin.value;
            field.disabled = twin.disabled;
        }
        this.removeAttribute("aria-busy");
        if (moveFocus) this.querySelector("#network-map-panel-title")?.focus();
    }
}

if (!customElements.get("network-map")) {
    customElements.define("network-map", NetworkMap);
}
