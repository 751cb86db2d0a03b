"""Hotline Desk (热线服务台)."""

__version__ = "0.1.0"
