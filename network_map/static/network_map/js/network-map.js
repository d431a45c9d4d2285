// <network-map>: the map of relay organisations, enhanced in place.
//
// The server renders everything a visitor needs without JavaScript: départements as links
// to ?departement=<code>, the relays of the chosen one, and the full list. This element
// only saves the page loads: choosing a département (click, tap, Enter) or a filter shows
// the relays from the data embedded in the page, updates the address so it can be shared
// and the back button works, and moves the focus to the result. Text from the data is
// always inserted with textContent.

const FILTERS = ["departement", "audience", "tag"];

class NetworkMap extends HTMLElement {
    connectedCallback() {
        const read = (id) => JSON.parse(this.querySelector(`#${id}`)?.textContent || "null");
        this.data = read("network-map-data");
        this.strings = read("network-map-strings");
        if (!this.data || !this.strings) {
            return;
        }
        this.plural = new Intl.PluralRules(document.documentElement.lang || "fr");
        this.panel = this.querySelector(".network-map__panel");
        this.form = this.querySelector(".network-map__filters");
        this.addEventListener("click", this);
        this.form?.addEventListener("change", this);
        this.form?.addEventListener("submit", this);
        window.addEventListener("popstate", this);
        this.render(this.state(), false);
    }

    disconnectedCallback() {
        window.removeEventListener("popstate", this);
    }

    handleEvent(event) {
        if (event.type === "popstate") {
            this.syncForm();
            this.render(this.state(), false);
            return;
        }
        if (event.type === "click") {
            const link = event.target.closest("a[data-departement]");
            if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
                return;
            }
            event.preventDefault();
            this.go({ ...this.state(), departement: link.dataset.departement }, true);
            return;
        }
        // A filter changed, or the form was sent: same thing, without a page load.
        event.preventDefault();
        const form = new FormData(this.form);
        this.go({ ...this.state(), audience: form.get("audience") || "", tag: form.get("tag") || "" }, false);
    }

    state() {
        const params = new URLSearchParams(window.location.search);
        return Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || ""]));
    }

    go(state, moveFocus) {
        const params = new URLSearchParams();
        FILTERS.forEach((name) => state[name] && params.set(name, state[name]));
        const query = params.toString();
        window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
        this.render(state, moveFocus);
    }

    syncForm() {
        const state = this.state();
        for (const name of ["audience", "tag"]) {
            const field = this.form?.elements[name];
            if (field) field.value = state[name];
        }
    }

    matches(relay, state) {
        return (
            (!state.audience || relay.audiences.includes(state.audience)) &&
            (!state.tag || relay.tags.includes(state.tag))
        );
    }

    render(state, moveFocus) {
        const shown = this.data.relays.filter((relay) => this.matches(relay, state));
        for (const link of this.querySelectorAll("a[data-departement]")) {
            const code = link.dataset.departement;
            const count = shown.filter((relay) => relay.departements.includes(code)).length;
            const params = new URLSearchParams({ ...state, departement: code });
            [...params.keys()].forEach((key) => params.get(key) || params.delete(key));
            link.setAttribute("href", `?${params}`);
            if (link.closest("svg")) {
                const label = this.strings.count[this.plural.select(count)] || this.strings.count.other;
                link.setAttribute("aria-label", label.replace("%(name)s", this.data.departements[code]).replace("%(count)s", count));
                link.classList.toggle("network-map__departement--relays", count > 0);
            }
            if (code === state.departement) link.setAttribute("aria-current", "true");
            else link.removeAttribute("aria-current");
        }
        for (const marker of this.querySelectorAll(".network-map__marker")) marker.remove();
        const svg = this.querySelector("svg");
        for (const relay of shown) {
            if (!relay.point || !svg) continue;
            const marker = document.createElementNS("http://www.w3.org/2000/svg", "circle");
            marker.setAttribute("class", "network-map__marker");
            marker.setAttribute("cx", relay.point[0]);
            marker.setAttribute("cy", relay.point[1]);
            marker.setAttribute("r", "3");
            marker.setAttribute("aria-hidden", "true");
            svg.append(marker);
        }
        this.renderPanel(state, shown);
        if (moveFocus) this.panel.querySelector("h2")?.focus();
    }

    renderPanel(state, shown) {
        const name = this.data.departements[state.departement];
        const heading = element("h2", name ? this.strings.relaysIn.replace("%(name)s", name) : this.strings.choose);
        heading.id = "network-map-panel-title";
        heading.className = "network-map__panel-title";
        heading.tabIndex = -1;
        const content = [heading];
        if (!name) {
            content.push(element("p", this.strings.chooseHelp));
        } else {
            const relays = shown.filter((relay) => relay.departements.includes(state.departement));
            if (relays.length) {
                const list = element("ul");
                list.className = "relay-cards";
                list.append(...relays.map((relay) => this.card(relay)));
                content.push(list);
            } else {
                const message = element("p", `${this.strings.noRelay.replace("%(name)s", name)} `);
                if (this.strings.contactUrl) {
                    const link = element("a", this.strings.contact);
                    link.href = this.strings.contactUrl;
                    message.append(link);
                }
                content.push(message);
            }
        }
        this.panel.replaceChildren(...content);
    }

    card(relay) {
        const item = element("li");
        item.className = "relay-card";
        if (relay.logo) {
            const logo = element("img");
            logo.className = "relay-card__logo";
            logo.src = relay.logo;
            logo.alt = "";
            item.append(logo);
        }
        const title = element("h3");
        title.className = "relay-card__name";
        const link = element("a", relay.name);
        link.href = relay.url;
        title.append(link);
        item.append(title);
        if (relay.city) item.append(element("p", relay.city));
        if (relay.audiences.length) {
            const audiences = element("p");
            audiences.append(withClass(element("span", this.strings.worksWith), "relay-card__label"));
            audiences.append(` ${relay.audiences.map((slug) => this.data.audiences[slug]).join(", ")}`);
            item.append(audiences);
        }
        const contact = withClass(element("ul"), "relay-card__contact");
        const addLink = (text, href) => {
            const entry = element("li");
            const anchor = element("a", text);
            anchor.href = href;
            entry.append(anchor);
            contact.append(entry);
            return anchor;
        };
        if (relay.email) addLink(relay.email, `mailto:${relay.email}`);
        if (relay.phone) addLink(relay.phone, `tel:${relay.phone.replaceAll(" ", "")}`);
        if (relay.website && /^https?:\/\//i.test(relay.website)) {
            const anchor = addLink(this.strings.website, relay.website);
            anchor.append(withClass(element("span", ` ${relay.name}`), "visually-hidden"));
        }
        if (contact.children.length) item.append(contact);
        return item;
    }
}

function element(name, text) {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    return node;
}

function withClass(node, className) {
    node.className = className;
    return node;
}

if (!customElements.get("network-map")) {
    customElements.define("network-map", NetworkMap);
}
