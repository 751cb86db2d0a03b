"""PDF documents built with reportlab (case archives, monthly reports). No Qt."""
