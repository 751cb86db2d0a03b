"""Install the translators: Chinese (zh_CN) from hotline/resources/translations, English as
the source language (fallback)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import resources

# the folder of the .qm files; None: the one shipped in the package, looked up when
# first needed (not at import: this module is read before the first paint, app.py)
TRANSLATIONS: Path | None = None
_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """'zh_CN' or 'en' for a setting value ('system' follows the desktop)."""
    if language == "system":
        return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese \
            else "en"
    return language if language in ("zh_CN", "en") else "en"


def install(language: str) -> str:
    """Install the translators of `language`; return the language in use."""
    app = QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = resolve(language)
    if lang == "zh_CN":
        ours = QTranslator(app)
        folder = TRANSLATIONS if TRANSLATIONS is not None else \
            resources.path("translations")
        if ours.load(str(folder / "hotline_zh_CN.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            lang = "en"  # .qm not built: English, the source language
        qt = QTranslator(app)
        if lang == "zh_CN" and qt.load("qtbase_zh_CN", QLibraryInfo.path(
                QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China)
                       if lang == "zh_CN" else QLocale(QLocale.Language.English))
    return lang
