"""mermaid2's page step without parsing the page: the same script, added in a fraction of the time.

mkdocs-mermaid2-plugin's on_post_page parses every page that contains the word "mermaid" (all of
them: the word is in the theme's scripts) with BeautifulSoup's pure-Python parser and writes it out
again, only to count the diagrams (`<div class="mermaid">`, as its superfences fence writes them)
and append one <script> to the body: about 4 of the 10 s of a build. Here a regular expression
finds whether a page has a diagram, and the script is made by mermaid2's own on_post_page, run on
a one-diagram stand-in page, so it holds the same bytes. A page mermaid2 would have to rewrite
(`<pre><code class="mermaid">`, which this site never produces) is still handed to mermaid2.
tests/test_build.py checks that both give the same document on every page of the built site.
"""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority

# Any element with the class "mermaid" (mermaid2's own test is a CSS selector on the parsed page).
DIAGRAM = re.compile(r'\sclass="(?:[^"]*\s)?mermaid(?:\s[^"]*)?"')
# Code mermaid2 would turn into a <div class="mermaid"> itself.
TO_REWRITE = re.compile(r'<code\s[^>]*class="(?:[^"]*\s)?(?:language-)?mermaid[\s"]')
FENCE_DIV = re.compile(r'<div\s+class="mermaid">')
STAND_IN = '<html><head></head><body><div class="mermaid">x</div><pre class="mermaid"><code>x</code></pre></body></html>'


def mermaid_script(plugin, page) -> str:
    """What mermaid2 appends to the body of `page` when it has diagrams, made by mermaid2 itself."""
    done = plugin.__class__.on_post_page(plugin, STAND_IN, None, page)
    return done[done.rindex("</pre>") + len("</pre>") : done.rindex("</body>")]


def fast_post_page(plugin):
    def on_post_page(output_content, config, page, **kwargs):
        if not DIAGRAM.search(output_content):
            return output_content  # mermaid2 would add nothing
        if TO_REWRITE.search(output_content):
            return plugin.on_post_page(output_content, config=config, page=page, **kwargs)
        # mermaid2's fence writes `<div  class="mermaid">`; its re-serialized page had one space, and
        # readers of the built site (tests/browser/site.py) look for that.
        output_content = FENCE_DIV.sub('<div class="mermaid">', output_content)
        end = output_content.rindex("</body>")
        return output_content[:end] + mermaid_script(plugin, page) + output_content[end:]

    return on_post_page


@event_priority(-100)  # after mermaid2's own on_config
def on_config(config, **kwargs):
    plugin = config.plugins.get("mermaid2")
    if plugin is None:
        return config
    events = config.plugins.events["post_page"]
    for number, method in enumerate(events):
        if getattr(method, "__self__", None) is plugin:
            events[number] = fast_post_page(plugin)
            config.plugins._event_origins[events[number]] = "mermaid2 (overrides/hooks/fast_mermaid.py)"
    return config
