// <cms-frame-embed>: shows a page of another site in a frame only when the visitor asks.
//
// The server renders the frame inside a <template> (inert: nothing is requested), a link
// to the page on its own site and a hidden button. This script shows the button; pressing
// it puts the server's frame in place of the button and link, and moves the focus to it.

class FrameEmbed extends HTMLElement {
    connectedCallback() {
        this.template = this.querySelector(":scope > template");
        this.button = this.querySelector(".block-embed__show");
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
        const frame = this.template.content.firstElementChild.cloneNode(true);
        this.querySelector(".block-embed__actions")?.replaceWith(frame);
        frame.focus();
        this.dataset.shown = "";
    }
}

if (!customElements.get("cms-frame-embed")) {
    customElements.define("cms-frame-embed", FrameEmbed);
}
