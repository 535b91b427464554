"""Keep notebook pages pages under mkdocs-static-i18n, language switch included.

mkdocs-static-i18n rebuilds every File (its on_files runs last, at priority -100) as a plain File,
which for a notebook means a static file: the raw JSON would be published as the page, and it
gets no alternates, so the language switch would lead to the other language's home page
(mkdocs-static-i18n issue #198). Running after it, mark the notebooks as pages
(overrides/hooks/notebook_pages.py gives them their Markdown), publish each where its language's
pages go (`08-performance/`, `en/08-performance/`), and give each the URL of its twin in every
language. mkdocs-static-i18n lists each language's pages for sitemap.xml before this runs: add them there.
"""

from pathlib import PurePosixPath
from types import SimpleNamespace

from mkdocs.plugins import event_priority


def _languages(config) -> tuple[str, list[str]]:
    languages = config.plugins["i18n"].config.languages
    default = next(lang.locale for lang in languages if lang.default)
    return default, [lang.locale for lang in languages]


@event_priority(-200)
def on_files(files, config, **kwargs):
    default, locales = _languages(config)
    i18n = config.plugins["i18n"]
    sitemap = i18n.i18n_files_per_language[i18n.current_language]
    for file in files:
        if not file.src_uri.endswith(".ipynb"):
            continue
        file.is_documentation_page = lambda: True
        stem = PurePosixPath(file.src_uri).stem  # "08-performance" or "08-performance.en"
        locale = next((lang for lang in locales if stem.endswith(f".{lang}")), default)
        stem = stem.removesuffix(f".{locale}")
        urls = {lang: f"{stem}/" if lang == default else f"{lang}/{stem}/" for lang in locales}
        file.dest_uri = urls[locale] + "index.html"
        file.url = urls[locale]
        file.dest_dir = config.site_dir  # mkdocs-static-i18n's static copy has its own name here
        file.__dict__.pop("abs_dest_path", None)  # cached from the static file's destination
        file.alternates = {lang: SimpleNamespace(locale=lang, url=urls[lang], page=None) for lang in locales}
        if file not in sitemap:
            sitemap.append(file)
    return files
