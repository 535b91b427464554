"""Keep notebook pages pages under mkdocs-static-i18n, language switch included.

mkdocs-jupyter marks .ipynb files as documentation pages in on_files; mkdocs-static-i18n then
rebuilds every File (its on_files runs last, at priority -100) as a plain File, which for a
notebook means a static file: the raw JSON would be published as the page, and it gets no
alternates, so the language switch would lead to the other language's home page
(mkdocs-static-i18n issue #198). Running after it, mark the notebooks as pages again, keeping the
destination i18n computed, and give each the URL of its twin in every language.
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
    for file in files:
        if not file.src_uri.endswith(".ipynb"):
            continue
        file.is_documentation_page = lambda: True
        stem = PurePosixPath(file.src_uri).stem  # "08-performance" or "08-performance.en"
        stem = next((stem.removesuffix(f".{lang}") for lang in locales if stem.endswith(f".{lang}")), stem)
        file.alternates = {
            lang: SimpleNamespace(locale=lang, url=f"{stem}/" if lang == default else f"{lang}/{stem}/")
            for lang in locales
        }
    return files
