"""Where each character of an element is drawn: the one piece of JavaScript two browser checks share.

CHARACTER_BOXES defines `characterBoxes(root)`: each character of root's text, in order, as
{ch, box}, box being its first drawn rectangle (a Range over that one character), or null where
it takes no room (collapsed white space). A line break shows as a box whose top is below the
previous one's. Used by the table check (tests/browser/crawl.py, a code name split mid-word) and
the diagram check (tests/browser/diagram_words.py, a Chinese word split across a label's lines).
"""

CHARACTER_BOXES = """
    const characterBoxes = root => {
        const found = [];
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node; (node = walk.nextNode());)
            for (let i = 0; i < node.data.length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const box = [...range.getClientRects()].find(r => r.width > 0) || null;
                found.push({ch: node.data[i], box});
            }
        return found;
    };
"""
