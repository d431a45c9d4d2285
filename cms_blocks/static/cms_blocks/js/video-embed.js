// <cms-video-embed>: loads a video player from its host only when the visitor asks.
//
// The server renders a link to the video on its host's site; that is what a visitor gets
// without JavaScript. With it, following the link replaces it with the host's player, in
// place. Nothing is requested from the host before that click.

class VideoEmbed extends HTMLElement {
    connectedCallback() {
        this.link = this.querySelector("a");
        if (!this.link || !this.dataset.embedUrl) {
            return;
        }
        this.link.addEventListener("click", this);
    }

    disconnectedCallback() {
        this.link?.removeEventListener("click", this);
    }

    handleEvent(event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
            return; // Let the visitor open the host's page in a new tab or window.
        }
        event.preventDefault();
        this.play();
    }

    play() {
        const player = document.createElement("iframe");
        player.src = this.dataset.embedUrl;
        player.title = this.dataset.title || "";
        player.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        player.allowFullscreen = true;
        player.referrerPolicy = "strict-origin-when-cross-origin";
        player.className = "block-video__player";
        this.replaceChildren(player);
        player.focus();
        this.dataset.playing = "";
    }
}

if (!customElements.get("cms-video-embed")) {
    customElements.define("cms-video-embed", VideoEmbed);
}
