"""Keep notebook pages pages under mkdocs-static-i18n.

mkdocs-jupyter marks .ipynb files as documentation pages in on_files; mkdocs-static-i18n then
rebuilds every File (its on_files runs last, at priority -100) as a plain File, which for a
notebook means a static file: the raw JSON would be published as the page
(mkdocs-static-i18n issue #198). Running after it, mark the notebooks as pages again, keeping
the destinations and URLs that i18n computed for each language.
"""

from mkdocs.plugins import event_priority


@event_priority(-200)
def on_files(files, config, **kwargs):
    for file in files:
        if file.src_uri.endswith(".ipynb"):
            file.is_documentation_page = lambda: True
    return files
