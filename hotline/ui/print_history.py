"""The print log as a table (DESIGN §8: every print and export is logged): the
register page lists a case's prints beside its versions, the exports page the
latest exports."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..services.print_log import PrintEntry
from .rows_model import RowsModel
from .widgets import plain_tooltip, row_table


class PrintHistoryModel(RowsModel):
    COLUMNS = ("at", "by", "what", "destination", "pages")

    def headers(self):
        return (self.tr("When"), self.tr("By"), self.tr("What"), self.tr("To"),
                self.tr("Pages"))

    def what(self, row: PrintEntry) -> str:
        text = {
            "case_archive": self.tr("Archival copy v%1").replace(
                "%1", str(row.version or "")),
            "case_working": self.tr("Working copy"),
            "archive_register": self.tr("Archive register %1").replace("%1", row.detail),
            "monthly_report": self.tr("Monthly report %1").replace("%1", row.detail),
            "indicators": self.tr("Indicators %1").replace("%1", row.detail),
            "export": self.tr("Calls %1").replace("%1", row.detail),
        }.get(row.document, row.document)
        return text + (self.tr(" (masked)") if row.masked else "")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "at":
                return f"{row.at:%Y-%m-%d %H:%M}"
            if column == "what":
                return self.what(row)
            if column == "destination":
                return self.tr("Printer") if row.destination == "printer" \
                    else self.tr("File")
            if column == "pages":
                return str(row.pages) if row.pages else ""
            return row.by
        if role == Qt.ItemDataRole.ToolTipRole and column == "what":
            return plain_tooltip(self.what(row))
        return None


def print_table(name: str):
    """(model, view) of a print-log table."""
    model = PrintHistoryModel()
    view = row_table(model, name, (130, 110, 260, 70, 50), stretch=2)
    model.setParent(view)
    return model, view
