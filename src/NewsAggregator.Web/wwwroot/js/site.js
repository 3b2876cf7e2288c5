// Keyboard navigation as feed readers do it: j / k move between the items of a list (stories,
// reports, search results), focusing the item's first link so Enter opens it; "/" jumps to search.
// Loaded as an external file because the site's Content-Security-Policy forbids inline script.
(() => {
    "use strict";

    const typing = (target) =>
        target instanceof HTMLElement &&
        (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

    let current = -1;

    const move = (step) => {
        const items = Array.from(document.querySelectorAll("[data-nav-item]"));
        if (items.length === 0) {
            return;
        }

        const focused = items.findIndex((item) => item.contains(document.activeElement));
        if (focused >= 0) {
            current = focused;
        }

        current = Math.min(Math.max(current + step, 0), items.length - 1);
        items.forEach((item, i) => item.classList.toggle("is-current", i === current));
        const target = items[current].querySelector("a") ?? items[current];
        target.focus();
        items[current].scrollIntoView({ block: "nearest" });
    };

    document.addEventListener("keydown", (event) => {
        if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) {
            return;
        }

        if (event.key === "j") {
            move(1);
            event.preventDefault();
        } else if (event.key === "k") {
            move(-1);
            event.preventDefault();
        } else if (event.key === "/") {
            const box = document.querySelector("input[type=search]");
            if (box) {
                box.focus();
                event.preventDefault();
            }
        }
    });
})();
