// <cms-frame-embed>: shows content of another site (a page in a frame, a recording) only
// when the visitor asks for it.
//
// The server renders that content inside a <template> (inert: nothing is requested), a
// link to it on its own site and a hidden button. This script shows the button; pressing it
// puts the server's element in place of the button and link ([data-embed-replace]), and
// moves the focus to it.

class FrameEmbed extends HTMLElement {
    connectedCallback() {
        this.template = this.querySelector(":scope > template");
        this.button = this.querySelector("[data-embed-show]");
        if (!this.template || !this.button) {
            return;
        }
        this.button.hidden = false;
        this.button.addEventListener("click", this);
    }

    disconnectedCallback() {
        this.button?.removeEventListener("click", this);
    }

    handleEvent() {
        const content = this.template.content.firstElementChild.cloneNode(true);
        this.querySelector("[data-embed-replace]")?.replaceWith(content);
        content.focus();
        this.dataset.shown = "";
    }
}

if (!customElements.get("cms-frame-embed")) {
    customElements.define("cms-frame-embed", FrameEmbed);
}
